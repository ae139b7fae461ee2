"""Disrupted weapons use is weapons or explosives seized or defused, an attack foiled, a missile or
drone shot down (CODEBOOK 8): a coast guard or police that "intercepts" migrants, or a boat or truck
carrying passengers, stops people and no weapon; an interception of a boat carrying arms, or of
rockets, stays disrupted weapons use."""
import pytest

import vigil

PEOPLE = [
    ("Libyan coastguards intercepted 120 migrants at sea on Tuesday.", "LY"),
    ("Indian police intercepted a truck carrying 30 workers from Bihar on Sunday night.", "IN"),
    ("The Moroccan navy intercepted a boat carrying 52 migrants off the coast of Tarfaya on Friday.", "MA"),
    ("Mauritanian coastguards intercepted a pirogue carrying 200 passengers near Nouadhibou on Monday.", "MR"),
]


def _subs(text, country):
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


@pytest.mark.parametrize("text,country", PEOPLE)
def test_people_intercepted_are_no_disrupted_weapons_use(text, country):
    assert "Disrupted weapons use" not in _subs(text, country)


@pytest.mark.parametrize("text,country", [
    ("The Yemeni coast guard intercepted a boat carrying rifles and ammunition off Mokha on Saturday.", "YE"),
    ("Israeli air defences intercepted three rockets fired from southern Lebanon on Thursday.", "IL"),
])
def test_weapons_intercepted_stay_disrupted_weapons_use(text, country):
    assert "Disrupted weapons use" in _subs(text, country)
