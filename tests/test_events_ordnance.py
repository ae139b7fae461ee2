"""What became of the explosives (vigil/extract/events/ordnance.py; cue words in vigil/data/events.yaml).

CODEBOOK 8, Disrupted weapons use: weapons or explosives defused, an attack foiled before it hits. A bomb
that goes off in the hands of those who plant or make it, a grenade that does not go off, and a device
defused "before it exploded" are no explosive attacks. A mine or a bomb that someone set and that hit its
target stays an explosion (CODEBOOK 6)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Three Taliban militants were killed when a bomb they were planting on a road in Helmand exploded "
     "prematurely.", "AF"),
    ("Two HTS fighters died when an explosive device they were assembling went off prematurely in a house "
     "in Idlib on Sunday.", "SY"),
    ("On 4 June 2024, two suspected Boko Haram members were killed while planting a landmine on a road near "
     "Bama (Borno).", "NG"),
    ("A rebel was badly hurt in Cauca on Friday when the explosives he was carrying accidentally went off, "
     "the army said.", "CO"),
])
def test_a_bomb_gone_off_in_its_planters_hands_is_disrupted_weapons_use(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text,country", [
    ("Militants lobbed a grenade at a police party in Srinagar on Tuesday, but it did not explode and "
     "nobody was hurt.", "IN"),
    ("An attacker threw a hand grenade into a bar in Bujumbura overnight; it failed to explode, police "
     "said.", "BI"),
    ("Gunmen left a bomb outside a polling station in Quetta on Monday, but the device failed to detonate.",
     "PK"),
])
def test_a_device_that_did_not_go_off_is_disrupted_weapons_use(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text,country", [
    ("Iraqi forces defused a booby-trapped car near Rutba on Wednesday before it exploded.", "IQ"),
    ("Police sappers in Peshawar dismantled a roadside bomb on Monday minutes before it was due to go off.",
     "PK"),
    ("Somali soldiers deactivated a car bomb parked outside a hotel in Mogadishu before it could explode.",
     "SO"),
])
def test_a_device_defused_before_it_exploded_is_disrupted_weapons_use(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text,country,sub", [
    ("A landmine planted by the Houthis killed a child in Hays district on Monday.", "YE",
     "Remote explosive/landmine/IED"),
    ("A roadside bomb exploded beside an army truck near Afgooye on Tuesday, killing two soldiers.", "SO",
     "Remote explosive/landmine/IED"),
    ("Militants hurled a grenade at a police post in Sopore on Friday, wounding two officers.", "IN", "Grenade"),
])
def test_a_device_that_hit_its_target_stays_an_explosion(text, country, sub):
    assert only_reported(text, "2024-06-10", country).sub_event_type == sub
