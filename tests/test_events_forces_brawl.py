"""CODEBOOK 4 and 5: soldiers or policemen who fight each other with fists, sticks or batons are armed,
organised forces fighting (ACLED codes police and soldiers who fight each other as an armed clash), not a mob:
mob violence needs an unarmed crowd. Forces beating a civilian stay an attack."""
import pytest

import vigil

BRAWLS = [
    ("Soldiers brawled with policemen at a checkpoint in Makurdi on Thursday, beating each other with sticks and "
     "belts.", "NG"),
    ("Two groups of police officers fought with fists and batons at a police station in Eldoret on Thursday after "
     "a dispute over bribes.", "KE"),
    ("Police constables scuffled with each other at the Rajarbagh police lines in Dhaka on Thursday, leaving three "
     "injured.", "BD"),
]


def _only(text, country):
    (ev,) = [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
             if e.status == "reported"]
    return ev


@pytest.mark.parametrize("text,country", BRAWLS)
def test_forces_fighting_each_other_are_no_mob(text, country):
    ev = _only(text, country)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1.inter == 1


def test_soldiers_and_police_are_both_sides():
    ev = _only(BRAWLS[0][0], "NG")
    assert {ev.actor1.canonical, ev.actor2.canonical} == {"Military Forces of Nigeria", "Police Forces of Nigeria"}


def test_forces_beating_a_civilian_stay_an_attack():
    ev = _only("Police beat a suspected thief to death in Eldoret on Thursday, witnesses said.", "KE")
    assert ev.sub_event_type == "Attack"
