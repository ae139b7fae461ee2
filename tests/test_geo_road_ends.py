"""A road named by its ends ("the road between A and B", "the highway that links A with B", "the
road from A to B") is where an ambush or a mine struck; its ends only say which road. A place the
clause names beside the road ("..., near the village of C", "..., near the C junction") is the most
specific place named, the event's (CODEBOOK, Precision), and is no landmark of the road's second end.
With no such place, the first end stands. Sentences written for these tests."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country,want", [
    ("Gunmen ambushed a police patrol on the highway between Kaduna and Abuja, near the village of Katari, "
     "on Monday, police said.", "NG", "Katari"),
    ("Two soldiers were killed when their vehicle struck a mine on the road from Gao to Ansongo, close to the "
     "village of Fafa, the army said on Tuesday.", "ML", "Fafa"),
    ("Separatist fighters attacked a military convoy on the road between Bamenda and Kumbo, near the Ndop "
     "junction, on Friday.", "CM", "Ndop"),
])
def test_a_place_beside_the_road_is_the_event_place(text, country, want):
    ev = only_reported(text, "2025-03-10", country)
    assert ev.location.name == want


def test_with_only_the_ends_named_the_first_end_stands():
    text = "Gunmen attacked a bus on the road between Diffa and Bosso on Sunday, killing four passengers."
    ev = only_reported(text, "2025-03-10", "NE")
    assert ev.location.name == "Diffa"
