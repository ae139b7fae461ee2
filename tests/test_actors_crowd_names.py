"""A crowd is named by the type its event gives it (CODEBOOK inter codes: 5 rioters, 6
protesters): villagers who storm a police post are "Rioters (X)" with code 5, as ACLED names them,
and a crowd that marches peacefully is "Protesters (X)" with code 6; the name and the code agree."""
import pytest

from _events_helpers import only_reported

VIOLENT = [
    ("Villagers attacked a police post in Sylhet on Friday following the detention of two fishermen.",
     "BD", "Rioters (Bangladesh)"),
    ("Angry residents beat a suspected thief to death in a market in Mbale on Tuesday.", "UG", "Rioters (Uganda)"),
    ("Locals torched a police outpost in Kasur on Sunday after a boy drowned in a canal.",
     "PK", "Rioters (Pakistan)"),
    ("Youths set fire to the district office in Kisii on Monday and hurled stones at police.", "KE", "Rioters (Kenya)"),
]


@pytest.mark.parametrize("text,country,name", VIOLENT)
def test_a_violent_crowd_is_named_rioters(text, country, name):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.event_type == "Riots"
    assert (ev.actor1.canonical, ev.actor1.inter) == (name, 5)


@pytest.mark.parametrize("text,country,name", [
    ("A crowd marched peacefully through Accra on Saturday to demand lower fuel prices.", "GH", "Protesters (Ghana)"),
    ("A crowd of parents rallied outside the education ministry in Lima on Thursday, demanding new schools.",
     "PE", "Protesters (Peru)"),
])
def test_a_peaceful_crowd_is_named_protesters(text, country, name):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Peaceful protest"
    assert (ev.actor1.canonical, ev.actor1.inter) == (name, 6)


def test_only_the_plain_crowds_are_renamed():
    from vigil.extract import actors
    from vigil.model import Actor
    named = actors.named_by_type
    assert named(Actor("villagers", "Protesters (Nigeria)", 5, "NG")).canonical == "Rioters (Nigeria)"
    assert named(Actor("villagers", "Protesters (Nigeria)", 6, "NG")).canonical == "Protesters (Nigeria)"
    assert named(Actor("a crowd", "Rioters (Côte d'Ivoire)", 6, "CI")).canonical == "Protesters (Côte d'Ivoire)"
    assert named(Actor("supporters", "Ruling Party (Kenya)", 5, "KE")).canonical == "Ruling Party (Kenya)"
    assert named(Actor("villagers", "Civilians (Mali)", 7, "ML")).canonical == "Civilians (Mali)"
    assert named(None) is None
