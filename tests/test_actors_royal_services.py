"""The United Kingdom's armed services are named without a demonym ("the Royal Air Force", "the RAF", "the
Royal Navy"): they are the UK's state forces (CODEBOOK actor codes: 1 state forces; 8 abroad), not the forces
of the country they strike in. India's "RAF" is its Rapid Action Force, police, in reports on India."""
import functools

import pytest

from _events_helpers import first_reported

reported = functools.partial(first_reported, published="2024-05-07")


@pytest.mark.parametrize("text,country", [
    ("The Royal Air Force carried out strikes on Houthi targets near Hodeidah on Monday.", "YE"),
    ("On 3 May 2024, RAF Typhoon jets bombed an ISIS position near Palmyra, the Ministry of Defence said.", "SY"),
    ("A Royal Navy destroyer shot down two Houthi drones over the Red Sea on Tuesday, officials said.", "YE"),
])
def test_the_uks_services_named_without_a_demonym_are_the_uks_forces(text, country):
    ev = reported(text, country)
    assert ev.actor1.canonical == "Military Forces of United Kingdom" and ev.actor1.inter == 8, (
        ev.sub_event_type, ev.actor1, ev.actor2)


def test_indias_raf_is_its_rapid_action_force():
    ev = reported("RAF personnel fired tear gas to disperse stone-pelting protesters in Meerut on Friday.", "IN")
    assert any(a and a.canonical == "Police Forces of India" for a in (ev.actor1, ev.actor2)), (ev.actor1, ev.actor2)
