"""A place named after a mine ("near Karbonit Mine", "in the area of Mine 6/7", "the Zolote-3 Mine")
is a place, not a landmine (CODEBOOK 6: the weapon decides the sub-type; the word "mine" capitalised
inside a name names no weapon). A landmine, or a mine someone stepped on, stays a remote explosive.
Sentences written for these tests."""
import pytest

from _events_helpers import first_coded_draft

SHELLING_NEAR_A_MINE = [
    "On 12 June 2021, government forces fired 120mm mortars at rebel positions near Zolote-3 Mine, Luhansk.",
    "Separatist artillery shelled army positions in the area of Mine 4/2 on Sunday, the monitors said.",
    "Rockets fired from the hills struck houses near the Oleksandr-Zakhid Mine outside Horlivka overnight.",
]


@pytest.mark.parametrize("text", SHELLING_NEAR_A_MINE)
def test_a_place_named_after_a_mine_is_no_landmine(pipeline, text):
    _, _, _, rule = first_coded_draft(pipeline, text)
    assert rule == "Shelling/artillery/missile attack", rule


REAL_MINES = [
    "A shepherd was killed when he stepped on a mine near Kandahar on Monday.",
    "Two soldiers were wounded when their truck hit a landmine near Karbonit Mine.",
    "Mine blasts killed three villagers on a road outside Bossaso, local officials said.",
]


@pytest.mark.parametrize("text", REAL_MINES)
def test_a_mine_that_explodes_stays_a_remote_explosive(pipeline, text):
    _, _, _, rule = first_coded_draft(pipeline, text)
    assert rule == "Remote explosive/landmine/IED", rule
