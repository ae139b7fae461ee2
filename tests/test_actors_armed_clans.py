"""CODEBOOK actor codes: a community's men under arms are its militia (inter 4). Clans or tribes
that fight "with" guns are armed as surely as "clans armed with rifles": a communal clash on both
sides, not the state against militants."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Rival clans fought with guns over grazing land in Galkayo on Sunday, killing 4.", "SO"),
    ("Two clans clashed with rifles over a water point near Dhusamareb on Monday, leaving 6 dead.", "SO"),
    ("Rival tribes fought with Kalashnikovs over cattle near Kapoeta on Friday, killing 3.", "SS"),
])
def test_clans_that_fight_with_guns_are_their_militias(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.inter, ev.actor2.inter) == (4, 4)
