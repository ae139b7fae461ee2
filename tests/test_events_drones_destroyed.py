"""Drones or missiles that air defences destroy in flight are shot down: Disrupted weapons use (CODEBOOK 8: "a
missile or drone shot down before it hits"), with actor2 whose they were. A missile that destroys a drone factory
is still a strike. Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,owner", [
    ("The mayor of Kharkiv said air defences had destroyed four Russian drones over the city before dawn.", "UA", 8),
    ("Ukraine's air force said it had destroyed 30 Russian drones and two cruise missiles over the Kyiv region "
     "overnight, with no casualties reported.", "UA", 8),
    ("Saudi air defences destroyed two ballistic missiles fired toward the city of Jazan on Monday, the "
     "coalition said.", "SA", None),
])
def test_drones_destroyed_in_flight_are_disrupted_weapons_use(text, country, owner):
    evs = [e for e in vigil.extract_text(text, published="2025-04-02", country=country).events
           if e.status == "reported"]
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"], [(e.sub_event_type, e.actor2) for e in evs]
    assert evs[0].actor1 is not None and evs[0].actor1.inter == 1
    if owner is not None:
        assert evs[0].actor2 is not None and evs[0].actor2.inter == owner, evs[0].actor2


def test_a_missile_that_destroys_a_drone_factory_is_a_strike():
    evs = vigil.extract_text("A Ukrainian missile destroyed a drone factory in the Russian city of Yelabuga on "
                             "Tuesday, regional officials said.", published="2025-04-02", country="RU").events
    assert [e.sub_event_type for e in evs if e.status == "reported"] == ["Shelling/artillery/missile attack"]
