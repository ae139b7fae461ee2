"""A community's raiders and factions are its militia (CODEBOOK actor codes: 4 identity militias; CODEBOOK 2
and 5): "Pokot raiders", "Kusasi and Mamprusi factions" are organised armed men of a named community, so their
fighting is an armed clash between militias and their killings of herders are attacks on civilians, not a mob's
riot nor no event at all. A party's factions stay what they were (a brawl of party men is a riot)."""
import functools

import pytest

from _events_helpers import first_reported

reported = functools.partial(first_reported, published="2024-05-07")


def inters(ev):
    return [a.inter for a in (ev.actor1, ev.actor2) if a and a.inter]


@pytest.mark.parametrize("text,country", [
    ("Kusasi and Mamprusi factions clashed in Bawku on Tuesday, leaving three people dead.", "GH"),
    ("Gunshots rang out in Bawku overnight as Kusasi and Mamprusi factions clashed again, residents said.", "GH"),
    ("Turkana and Pokot raiders exchanged fire near Kapedo on Saturday, police said.", "KE"),
    ("On 3 May 2024, Konkomba and Nawuri factions fought in Kpandai district, leaving two people dead.", "GH"),
])
def test_named_communities_factions_or_raiders_fighting_is_a_clash_of_militias(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Armed clash" and 4 in inters(ev) and not {5, 6} & set(inters(ev)), (
        ev.sub_event_type, ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,country", [
    ("Pokot raiders stole cattle and shot two herders dead in Baringo county on Wednesday.", "KE"),
    ("On 3 May 2024, Murle raiders attacked a cattle camp in Jonglei, killing five herders.", "SS"),
    ("TOPOSA RAIDERS KILL FOUR: Toposa raiders shot dead four herders near Kapoeta on Sunday and drove off "
     "their goats, officials said.", "SS"),
])
def test_a_communitys_raiders_who_kill_herders_attack_civilians_as_its_militia(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Attack" and ev.actor1.inter == 4 and ev.actor2.inter == 7, (
        ev.sub_event_type, ev.actor1, ev.actor2)


def test_a_partys_factions_are_no_community_militia():
    ev = reported("Two factions of the ruling party clashed in Narayanganj on Friday, leaving 15 injured.", "BD")
    assert 4 not in inters(ev), (ev.sub_event_type, ev.actor1, ev.actor2)
