"""Aircraft that strike, hit or bomb a place carry out an air strike (CODEBOOK, Explosions/Remote
violence: Air/drone strike), whatever else the clause says was destroyed; "strike" alone stays a
labour word. Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country", [
    ('On Monday, army aircraft struck rebel positions near Kadugli, according to a military statement that '
     'said "dozens of vehicles" had been destroyed.', "SD"),
    ("Military jets struck RSF camps outside Nyala on Friday, the army said.", "SD"),
    ("Government aircraft hit a fuel depot in Nyala overnight.", "SD"),
    ("Russian warplanes struck the outskirts of Idlib at dawn, local rescuers said.", "SY"),
])
def test_aircraft_striking_is_an_air_strike(text, country):
    rec = vigil.extract_text(text, published="2024-11-12", country=country)
    assert [e.sub_event_type for e in rec.events if e.status == "reported"] == ["Air/drone strike"]


def test_a_labour_strike_is_still_no_air_strike():
    rec = vigil.extract_text("Dock workers went on strike in Port Sudan on Monday over unpaid wages.",
                             published="2024-11-12", country="SD")
    assert "Air/drone strike" not in [e.sub_event_type for e in rec.events]
