"""Two classes the first versions got wrong, pinned on sentences written for these tests: a strike told as
workers walking off the job or downing tools is a peaceful protest (CODEBOOK, Protests: strikes are
demonstrations); an armed group that overruns a post or a town takes territory (CODEBOOK, Battles:
non-state actor overtakes territory)."""
import pytest

import vigil


def reported(text, country):
    rec = vigil.extract_text(text, published="2024-10-16", country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


@pytest.mark.parametrize("text,country", [
    ("Nurses walked off the job at hospitals across Nairobi on Monday to demand unpaid wages.", "KE"),
    ("Dock workers in Durban downed tools on Tuesday, demanding a new wage agreement.", "ZA"),
    ("Teachers in Lusaka stayed away from classrooms on Wednesday in a strike over late salaries.", "ZM"),
])
def test_a_walkout_is_a_peaceful_protest(text, country):
    assert reported(text, country) == ["Peaceful protest"], text


@pytest.mark.parametrize("text,country", [
    ("Jihadist fighters overran an army post in Djibo on Sunday, killing 12 soldiers, security sources said.", "BF"),
    ("Rebels overran the town of Bunia on Tuesday after government troops withdrew.", "CD"),
    ("Insurgents seized control of the district headquarters in Kunduz on Friday after heavy fighting.", "AF"),
])
def test_an_armed_group_that_overruns_a_place_takes_territory(text, country):
    assert "Non-state actor overtakes territory" in reported(text, country), text
