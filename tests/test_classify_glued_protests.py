"""Activists who glue or chain themselves to a road, a gate or a vehicle stage a sit-down protest
(CODEBOOK 3: a public gathering to make a point; a blockade by demonstrators), though no word
"protest" names it: Protests, with the activists as protesters."""
import pytest

from _events_helpers import only_reported

GLUED = [
    ("Eight climate activists glued themselves to a runway at Munich airport on Saturday, delaying flights.", "DE"),
    ("Members of Letzte Generation glued their hands to the asphalt on a main road in Graz on Tuesday.", "AT"),
    ("Campaigners superglued themselves to the doors of a bank headquarters in Madrid on Monday.", "ES"),
    ("Four pensioners chained themselves to the railings outside the labour ministry in Athens on Thursday.", "GR"),
]


@pytest.mark.parametrize("text,country", GLUED)
def test_activists_fixing_themselves_in_place_is_a_protest(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.event_type == "Protests"
    assert ev.actor1.inter == 6
