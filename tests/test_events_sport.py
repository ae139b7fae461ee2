"""CODEBOOK 1: sport is out of scope. Teams that "clash", "battle" or "attack" in a match make no
event; fans who fight at a match are an unarmed crowd (CODEBOOK 4), whose fights are riots, never
an armed clash."""
import pytest

from _events_helpers import only_reported


def reported(text, country):
    import vigil
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    return [e for e in rec.events if e.status == "reported"]


@pytest.mark.parametrize("text,country", [
    ("Arsenal clashed with Chelsea in a tense match at the Emirates on Saturday.", "GB"),
    ("Esperance clashed with Club Africain in the Tunis derby on Sunday.", "TN"),
    ("Boca Juniors clashed with River Plate in a heated game in Buenos Aires on Sunday.", "AR"),
    ("Kaizer Chiefs battled Orlando Pirates for ninety minutes in the cup final in Johannesburg on Saturday.", "ZA"),
])
def test_teams_that_clash_in_a_match_make_no_event(text, country):
    assert reported(text, country) == []


@pytest.mark.parametrize("text,country", [
    ("Rival fans fought after the derby in Belgrade on Saturday.", "RS"),
    ("Fans of the two clubs clashed during the match in Cairo on Sunday.", "EG"),
    ("Ultras clashed with police after the cup final in Istanbul on Wednesday.", "TR"),
])
def test_fans_who_fight_at_a_match_riot(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.event_type == "Riots"
    assert ev.actor1.inter == 5


def test_a_death_at_a_match_stays_an_event():
    ev = only_reported("A supporter was stabbed to death when rival fans fought after the derby in Split on Sunday.",
                       "2024-05-10", "HR")
    assert ev.event_type == "Riots" and ev.fatalities == 1
