"""CODEBOOK 8: a military exercise or drill held by state forces is a routine of theirs, no strategic
development (the codebook lists troop deployments and non-violent operations, which name where forces go to
fight or guard). A deployment or an operation told with it stays an event."""
import pytest

import vigil

EXERCISES = [
    ("South Korean troops held live-fire drills near the border on Thursday, the defence ministry said.", "KR"),
    ("On 2 May 2024, the Indian Army conducted a military exercise in the Thar desert near Jaisalmer.", "IN"),
    ("Russia's navy began drills in the Baltic Sea on Thursday, involving 20 warships, state media said.", "RU"),
    ("The Nigerian Army launched a training exercise code-named Crocodile Smile in Calabar on Thursday.", "NG"),
]


def _events(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country", EXERCISES)
def test_a_military_exercise_is_no_event(text, country):
    assert _events(text, country) == []


@pytest.mark.parametrize("text,country", [
    ("Somali troops launched a military operation against al-Shabaab in Hiraan on Thursday after a month of "
     "training.", "SO"),
    ("Belarusian troops began drills near the Ukrainian border on Thursday as Russia deployed additional forces "
     "to the area.", "BY"),
])
def test_an_operation_or_a_deployment_told_with_it_stays(text, country):
    assert [e.sub_event_type for e in _events(text, country)] == ["Change to group/activity"]
