"""A mutiny by inmates is their riot (CODEBOOK, Riots: inmates riot to press a demand, a violent
demonstration by rioters), also when the report never uses a riot word. Soldiers who mutiny are armed
(CODEBOOK 2), never rioters."""
import pytest

from _events_helpers import only_reported

PRISON_MUTINIES = [
    ("Inmates at the central prison in Lubumbashi staged a mutiny on Thursday, burning mattresses and "
     "holding three warders.", "CD"),
    ("Convicts mutinied at the Makala jail in Kinshasa overnight and smashed the doors of the infirmary.", "CD"),
    ("A mutiny erupted at the Tanguiéta prison in northern Benin on Sunday as detainees took over a wing.", "BJ"),
    ("Detainees at a penitentiary in San Pedro Sula mutinied on Monday over visiting rules, officials said.", "HN"),
]


@pytest.mark.parametrize("text,country", PRISON_MUTINIES)
def test_inmates_mutiny_is_a_riot_by_rioters(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1.inter == 5


def test_soldiers_mutiny_makes_no_rioters():
    import vigil
    rec = vigil.extract_text("Soldiers mutinied at a barracks outside Bamako on Tuesday over unpaid wages.",
                             published="2024-05-10", country="ML")
    assert not any(e.actor1 is not None and e.actor1.inter == 5 for e in rec.events)
