"""A chemical attack whose user the report does not name is an army's, as unnamed shelling is (CODEBOOK 6:
chemical agents used as weapons), never the police's; a named user stays actor1."""
import pytest

from _events_helpers import only_reported

UNNAMED = [
    ("A chlorine attack on a neighbourhood of Saraqib injured dozens of people on Sunday.", "SY"),
    ("Residents of a village near Mosul were treated for breathing problems after a toxic gas attack on Friday.",
     "IQ"),
    ("At least nine people died in a sarin attack on a market in Hama province, medics said.", "SY"),
]


@pytest.mark.parametrize("text,country", UNNAMED)
def test_an_unnamed_chemical_attacker_is_no_police_force(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Chemical weapon"
    assert ev.actor1.inter == 1 and "police" not in (ev.actor1.canonical or ev.actor1.name).lower()


def test_a_named_army_keeps_its_chemical_attack():
    ev = only_reported("Army helicopters dropped chlorine canisters on Latamneh on Saturday, doctors said.",
                       "2024-05-10", "SY")
    assert ev.sub_event_type == "Chemical weapon" and ev.actor1.inter == 1
