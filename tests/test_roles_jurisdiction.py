"""A police station that names the area a place lies in ("a village under Sadar police station", "within the limits
of Bhanga police station"), as South Asian reports locate places, is a place and not a party (CODEBOOK actor codes:
the actors act or are acted on). A mob that attacks the police station has the police as actor2."""
import functools

import pytest

from _events_helpers import inters
from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-20")


def reported(text, country):
    evs, _, _ = run(text, country=country)
    return [e for e in evs if e.status == "reported"]



@pytest.mark.parametrize("text,country", [
    ("A mob torched two shops in Rampur village under Sadar police station on Sunday.", "IN"),
    ("Villagers beat a suspected thief to death in Kalia village, within the limits of Bhanga police station, "
     "on Monday.", "BD"),
    ("Two groups of villagers hurled bricks at each other at Char Kukri under Kotwali Police Station on Friday, "
     "injuring ten people.", "BD"),
])
def test_a_police_station_that_names_the_area_is_no_party(text, country):
    """"under X police station": the jurisdiction a place lies in, not the police acting or acted on."""
    evs = [e for e in reported(text, country) if e.sub_event_type == "Mob violence"]
    assert evs, (text, [(e.sub_event_type, inters(e)) for e in reported(text, country)])
    assert 1 not in inters(evs[0]), (text, evs[0].actor1, evs[0].actor2)


def test_a_mob_that_attacks_a_police_station_has_the_police_as_actor2():
    evs = [e for e in reported("A mob attacked the Bhanga police station on Monday and injured two officers.", "BD")
           if e.sub_event_type == "Mob violence"]
    assert evs and inters(evs[0]) == (5, 1), [(e.sub_event_type, e.actor1, e.actor2) for e in evs]
