"""Amhara's Fano militia is one actor (vigil/data/actors.yaml), a political militia (3) from its 2023 revolt on and
an identity militia (4) before it (CODEBOOK actor types; actors.as_of: the type follows the report's date), not a
rebel army ("Fano fighters" were read as generic militants, 2) nor a communal militia of no name."""
import pytest
from _events_helpers import first_reported

import vigil


@pytest.mark.parametrize("text,sub,side", [
    ("Fano fighters took control of the town of Debre Tabor in Ethiopia's Amhara region on Monday after clashing "
     "with federal troops, residents said.", "Non-state actor overtakes territory", "actor1"),
    ("Fano militiamen fought federal soldiers near Gondar in Ethiopia on Friday, a health worker said.",
     "Armed clash", "actor1"),
    ("Ethiopian troops retook the town of Kobo from Fano insurgents on Thursday after a day of fighting, the "
     "regional government said.", "Government regains territory", "actor2"),
])
def test_fano_is_a_political_militia(text, sub, side):
    evs = [e for e in vigil.extract_text(text, published="2024-11-20").events if e.status == "reported"]
    assert [e.sub_event_type for e in evs] == [sub], text
    a = getattr(evs[0], side)
    assert a is not None and (a.canonical, a.inter) == ("Fano Militia", 3), (text, evs[0].actor1, evs[0].actor2)


def test_fano_before_its_revolt_is_an_identity_militia():
    text = "Fano militiamen clashed with Tigrayan forces near Alamata in Ethiopia on Saturday, residents said."
    for day, inter in (("2021-09-10", 4), ("2024-09-10", 3)):
        ev = first_reported(text, "ET", day)
        assert (ev.actor1.canonical, ev.actor1.inter) == ("Fano Militia", inter), (day, ev.actor1)
