"""A weapon that was found or seized after the event is not the weapon the event used (CODEBOOK 6:
remote violence is typed by the weapon used; CODEBOOK 8: weapons seized are disrupted weapons use).
"A grenade was found at the scene" of a shooting leaves a shooting; a grenade found with nothing else
told stays disrupted weapons use. Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,published,sub", [
    ("Gunmen shot dead a village chief in Djugu on Saturday. Soldiers who reached the village later found "
     "a mortar shell in the bush.", "CD", "2025-03-10", "Attack"),
    ("Troops killed two militants who opened fire on a patrol near Sopore on Tuesday. Officers later "
     "recovered a grenade and a rifle from the bodies.", "IN", "2025-03-06", "Armed clash"),
    ("Gunmen killed a trader in Maiduguri on Monday, police said, adding that an unexploded grenade was "
     "found at the scene.", "NG", "2025-03-05", "Attack"),
])
def test_a_weapon_found_afterwards_does_not_type_the_event(text, country, published, sub):
    rec = vigil.extract_text(text, published=published, country=country)
    assert [e.sub_event_type for e in rec.events if e.status == "reported"] == [sub], \
        [(e.sub_event_type, e.status) for e in rec.events]


def test_weapons_found_alone_stay_disrupted_weapons_use():
    rec = vigil.extract_text("Police found two grenades in a car in Lagos on Monday.", published="2025-03-05",
                             country="NG")
    assert [e.sub_event_type for e in rec.events] == ["Disrupted weapons use"]
