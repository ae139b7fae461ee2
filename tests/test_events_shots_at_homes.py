"""CODEBOOK 7: shots fired at a home are aimed at the unarmed people who live there: an attack on
civilians, not an armed clash (CODEBOOK 5 needs armed, organised men on both sides). The police who tell
of the shooting ("police said") are its source, not a side that fired back. Dwelling words are data
(events.yaml cue dwellings)."""
import pytest

from _events_helpers import inters, only_reported


@pytest.mark.parametrize("text,country", [
    ("Gunmen fired at least eight shots at the house of a prosecution witness in Pietermaritzburg on Tuesday "
     "night, police said. Nobody was hurt.", "ZA"),
    ("Unidentified men fired several shots at the home of a trade union leader in Kalutara on Sunday night; "
     "no one was injured, police said.", "LK"),
    ("Gunmen fired shots at the house of a local journalist in Culiacán early on Monday, state police said.", "MX"),
])
def test_shots_at_a_home_are_an_attack_on_civilians(text, country):
    ev = only_reported(text, "2024-10-02", country)
    assert ev.sub_event_type == "Attack"
    assert inters(ev)[1] in (7, None)


def test_fire_at_a_police_post_that_is_returned_stays_a_clash():
    ev = only_reported("Gunmen fired at a police post in Quetta on Friday, and policemen returned fire.", "2024-10-02", "PK")
    assert ev.sub_event_type == "Armed clash"
