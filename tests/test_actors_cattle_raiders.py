"""Raiders who take livestock by force are an armed group (CODEBOOK 1-2: armed groups that attack
people are in scope; an unidentified armed group, 3), and a cattle camp where herders live is no
armed target (CODEBOOK 7): their killings are attacks on civilians, not a mob's or a clash."""
import pytest

from _events_helpers import only_reported

RAIDS = [
    ("Cattle rustlers shot dead three herders near Baringo on Tuesday and drove off 150 cows.", "KE"),
    ("Cattle raiders killed nine people in an attack on a village in Warrap State on Friday.", "SS"),
    ("Armed raiders stormed a cattle camp near Kapoeta on Sunday, killing six herders.", "SS"),
]


@pytest.mark.parametrize("text,country", RAIDS)
def test_a_cattle_raid_that_kills_is_an_attack_by_an_armed_group(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.inter == 3
