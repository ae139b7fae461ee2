"""CODEBOOK 4 and Fatalities: a death a crowd blames on others (", accusing staff of letting a patient die")
is the crowd's grievance, told after its act, not that act's toll: the riot is coded with no deaths. A
killing the crowd itself did keeps its toll."""
import pytest

from _events_helpers import only_reported

GRIEVANCE = [
    ("Residents stormed a health centre in Gonaives on Wednesday, accusing nurses of letting a pregnant woman die.",
     "HT"),
    ("A mob torched a minibus in Gaya on Sunday, blaming its driver for the death of a schoolgirl.", "IN"),
    ("Hundreds of villagers ransacked a clinic in Mzuzu, alleging that doctors had let two children die.", "MW"),
]


@pytest.mark.parametrize("text,country", GRIEVANCE)
def test_a_death_the_crowd_blames_on_others_is_not_its_toll(text, country):
    ev = only_reported(text, "2024-06-05", country)
    assert ev.event_type == "Riots"
    assert not ev.fatalities


def test_a_killing_by_the_crowd_keeps_its_toll():
    ev = only_reported("Rioters stormed the mayor's office in Jalal-Abad, killing a guard, accusing officials of fraud.",
                       "2024-06-05", "KG")
    assert ev.event_type == "Riots"
    assert ev.fatalities == 1
