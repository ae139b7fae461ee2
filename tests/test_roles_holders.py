"""Who holds what the attackers hit (CODEBOOK actor codes: actor2 is the one acted on): the forces named in a
by-phrase on the object ("stormed a post manned by soldiers", "ambushed a convoy escorted by police") are hit
with the post or the convoy; they are not its attackers. A by-phrase on the clause's own verb ("was attacked by
gunmen") or on its subject ("drones operated by the rebels struck") still names the doer."""
import pytest
from _events_helpers import inters

import vigil


def first(text, country, subs):
    evs = vigil.extract_text(text, published="2024-03-20", country=country).events
    evs = [e for e in evs if e.status == "reported" and e.sub_event_type in subs]
    assert evs, text
    return evs[0]



@pytest.mark.parametrize("text,country", [
    ("Jihadist fighters stormed a post manned by soldiers and volunteers of the VDP near Djibo on Saturday, "
     "killing 12 of them.", "BF"),
    ("Al-Shabaab militants overran a checkpoint guarded by troops outside Afgooye on Monday after a gun battle.",
     "SO"),
    ("On Sunday, Islamic State fighters attacked a base held by soldiers in the Menaka region, and the fighting "
     "lasted three hours.", "ML"),
])
def test_the_forces_who_hold_the_place_attacked_are_actor2(text, country):
    ev = first(text, country, ("Armed clash", "Attack", "Non-state actor overtakes territory"))
    assert ev.actor1 is not None and ev.actor1.inter == 2, (text, ev.actor1, ev.actor2)
    assert ev.actor2 is not None and ev.actor2.inter == 1, (text, ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,country", [
    ("A police patrol was attacked by gunmen on the road to Maiduguri on Tuesday, killing two officers.", "NG"),
    ("Drones operated by the rebels struck an army base in Goma on Friday.", "CD"),
])
def test_a_by_phrase_on_the_clause_itself_still_names_the_doer(text, country):
    ev = first(text, country, ("Armed clash", "Attack", "Air/drone strike"))
    assert ev.actor1 is not None and ev.actor1.inter in (2, 3), (text, ev.actor1, ev.actor2)


def test_the_holders_of_the_place_fire_comes_from_fire():
    ev = first("Shells fired from hills held by the rebels fell on a market in Bunagana on Sunday, killing four people.",
               "CD", ("Shelling/artillery/missile attack",))
    assert ev.actor1 is not None and ev.actor1.inter == 2, (ev.actor1, ev.actor2)
    assert ev.actor2 is not None and ev.actor2.inter == 7, (ev.actor1, ev.actor2)
