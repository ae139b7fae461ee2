"""CODEBOOK 7: a camp where refugees or displaced people live is no armed target: armed men who attack it
harm civilians (Violence against civilians / Attack), not a clash. An army camp stays an armed target."""
import pytest

from _events_helpers import only_reported

CAMPS = [
    ("Gunmen attacked a refugee camp near Kakuma on Sunday night, killing seven people.", "KE"),
    ("Armed men raided a camp for displaced families outside Dori on Tuesday, killing at least 15.", "BF"),
    ("Militants stormed an IDP camp in Mafa on Friday and shot dead four residents, officials said.", "NG"),
]


@pytest.mark.parametrize("text,country", CAMPS)
def test_an_attack_on_a_camp_of_displaced_people_is_an_attack_on_civilians(text, country):
    ev = only_reported(text, "2024-04-22", country)
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 is None or ev.actor2.inter == 7


def test_an_attack_on_an_army_camp_is_still_a_clash():
    ev = only_reported("Rebels attacked an army camp near Butembo, killing three soldiers.", "2024-04-22", "CD")
    assert ev.sub_event_type == "Armed clash"
