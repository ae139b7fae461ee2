"""State forces marching in a parade are a ceremony: no demonstration (CODEBOOK 3: a gathering to
make a demand or a point) and no conflict move (CODEBOOK 8: deployments and operations name where
forces go to fight or guard). An armed group's show of force, a deployment, and a protest march
called a parade stay events."""
import pytest

import vigil

PARADES = [
    ("Tanks and thousands of soldiers paraded through Hanoi on Tuesday to mark the anniversary of reunification.",
     "VN"),
    ("Troops marched past the president in Abuja on Friday in the annual Armed Forces Day parade.", "NG"),
    ("Police officers paraded in Dodoma on Wednesday during the Union Day celebrations.", "TZ"),
]


@pytest.mark.parametrize("text,country", PARADES)
def test_forces_on_parade_are_no_event(text, country):
    assert [e for e in vigil.extract_text(text, published="2024-05-10", country=country).events
            if e.status == "reported"] == []


@pytest.mark.parametrize("text,country", [
    ("The army deployed two battalions to Menaka on Monday to secure the town.", "ML"),
    ("Hundreds marched in a Pride parade in Warsaw on Saturday, demanding equal rights.", "PL"),
])
def test_deployments_and_protest_parades_stay_events(text, country):
    assert [e for e in vigil.extract_text(text, published="2024-05-10", country=country).events
            if e.status == "reported"]
