"""Places taken named by a common noun: "the district capital", "the outskirts of", "the district centre"
(place_nouns in vigil/data/events.yaml; territory.taken_place). CODEBOOK 5: a non-state group that takes a
place by fighting overtakes territory; an attack on the place that is fought off is an armed clash."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Insurgents occupied the district capital of Macomia after a battle with soldiers on Friday.", "MZ"),
    ("Jihadists took control of Djibo's outskirts on Monday after attacking a gendarmerie post, residents said.",
     "BF"),
    ("Al-Shabaab fighters seized the district centre of Adan Yabaal after heavy fighting with Somali troops on "
     "Thursday.", "SO"),
])
def test_a_capital_outskirts_or_centre_taken_by_fighting_is_overtaken(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Non-state actor overtakes territory"


def test_an_attack_on_the_district_capital_fought_off_is_a_clash():
    ev = only_reported("Insurgents tried to seize the district capital of Macomia on Friday but were repelled "
                       "by soldiers after heavy fighting.", "2024-06-10", "MZ")
    assert ev.sub_event_type == "Armed clash"
