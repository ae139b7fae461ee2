"""CODEBOOK actor codes: the force whose vehicle, patrol or post a bomb hits is the bomb's target
(actor2), not its bomber; the owner of the bomb itself stays its bomber."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country,target", [
    ("A landmine exploded under a MINUSMA vehicle near Kidal on Tuesday, injuring 4 peacekeepers.", "ML",
     "United Nations Peacekeeping Forces"),
    ("A roadside bomb hit a vehicle of the Security Belt Forces in Zinjibar on Monday, wounding two.", "YE",
     "Southern Transitional Council"),
    ("A roadside bomb struck an AMISOM convoy near Marka on Wednesday, wounding three soldiers.", "SO",
     "AMISOM: African Union Mission in Somalia"),
])
def test_the_owner_of_what_a_bomb_hit_is_its_target(text, country, target):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor2 is not None and ev.actor2.canonical == target
    assert ev.actor1.canonical.startswith("Unidentified Armed Group")


def test_the_owner_of_the_bomb_stays_its_bomber():
    ev = only_reported("An al-Shabaab IED killed two soldiers near Afgoye on Sunday.", "2024-05-10", "SO")
    assert ev.actor1.canonical == "Al Shabaab"
