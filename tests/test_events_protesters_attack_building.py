"""Demonstrators who attack a building (CODEBOOK 3: demonstrators who commit violence or destruction make a
violent demonstration, whatever the protest is about). "Attacked a commander's residence" names a building
as what the crowd attacked (facts: property_target), so the protesters were violent; a protest at or
outside a building stays peaceful."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("PTI supporters protesting Imran Khan's arrest attacked a military commander's residence in Lahore on "
     "Tuesday.", "PK"),
    ("Students protesting fee hikes attacked the vice-chancellor's office in Dhaka on Monday.", "BD"),
    ("Demonstrators angry over fuel prices attacked a petrol station in Kano on Wednesday.", "NG"),
])
def test_protesters_who_attack_a_building_riot(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text,country", [
    ("Students protesting fee hikes rallied outside the vice-chancellor's office in Dhaka on Monday.", "BD"),
    ("Residents marched to the governor's office in Kano on Wednesday to protest attacks by bandits.", "NG"),
])
def test_protesters_at_a_building_stay_peaceful(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Peaceful protest"
