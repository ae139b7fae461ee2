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


# A camp run for people in need (relief, aid, humanitarian, transit camps) is where unarmed people live
# (CODEBOOK 7), whatever its name calls them.
RELIEF_CAMPS = [
    ("Unidentified gunmen opened fire on a relief camp near Malakal on Thursday, wounding five aid workers.", "SS"),
    ("On 3 May 2024, armed men attacked a transit camp for returnees outside Renk, killing three people.", "SS"),
    ("GUNMEN HIT AID CAMP: Bandits opened fire on an aid camp in Maru, Zamfara State, killing four, "
     "police said.", "NG"),
]


@pytest.mark.parametrize("text,country", RELIEF_CAMPS)
def test_an_attack_on_a_relief_or_aid_camp_is_an_attack_on_civilians(text, country):
    ev = only_reported(text, "2024-05-06", country)
    assert ev.sub_event_type == "Attack", (ev.sub_event_type, ev.actor1, ev.actor2)
    assert ev.actor2 is None or ev.actor2.inter == 7
