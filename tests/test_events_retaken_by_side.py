"""CODEBOOK 5: who takes a place decides the sub-type, whatever the taking word: a non-state group that
"recaptures" or "retakes" a town from the state overtakes territory, the state that takes it back regains it,
and the learned model may not give the place to the other side."""
import pytest

import vigil


def reported(text, country):
    """The first reported event of the shipped pipeline (rules and learned model)."""
    rec = vigil.extract_text(text, published="2024-05-07", country=country)
    evs = [e for e in rec.events if e.status == "reported"]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize("text,country", [
    ("Al-Shabaab recaptured the town of Bulo Burde from government forces on Monday after heavy fighting.", "SO"),
    ("JNIM militants recaptured the town of Boni from the Malian army after a day of fighting, sources said.", "ML"),
    ("TOWN FALLS BACK TO MILITANTS: Al-Shabaab fighters retook the town of Mahaday from Somali troops on Monday after a fierce "
     "battle, residents said.", "SO"),
])
def test_a_non_state_group_that_retakes_a_place_from_the_state_overtakes_it(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Non-state actor overtakes territory", (ev.sub_event_type, ev.actor1, ev.actor2)
    assert ev.actor1.inter == 2, ev.actor1


def test_the_state_that_retakes_a_place_regains_it():
    ev = reported("On 3 May 2024, Somali forces recaptured the town of Bulo Burde from al-Shabaab after heavy fighting.", "SO")
    assert ev.sub_event_type == "Government regains territory", (ev.sub_event_type, ev.actor1, ev.actor2)
    assert ev.actor1.inter == 1, ev.actor1
