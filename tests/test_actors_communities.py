"""Identity militias named by their communities (CODEBOOK actor codes: 4 identity militias): fighting
the report calls inter-clan, inter-tribal, intercommunal or clan-based is waged by the communities'
militias, on both sides; clans, tribes and families are a militia where the report arms them ("rival
clans armed with rifles", "two armed families"), and stay what they were unarmed (a brawl between
clans is a riot; families who march are protesters, families who flee are civilians)."""
import functools

from _events_helpers import first_reported

from vigil import nlp
from vigil.extract import actor_mentions, actors

reported = functools.partial(first_reported, published="2024-03-20")


def inters(ev):
    return [a.inter for a in (ev.actor1, ev.actor2) if a and a.inter]


def test_fighting_named_by_the_communities_that_wage_it_is_between_their_militias():
    for text, country in [
        ("Inter-clan clashes broke out near Beledweyne on Monday, leaving four people dead, elders said.", "SO"),
        ("Intercommunal clashes over grazing land left five people dead in a village near Marsabit on Sunday.",
         "KE"),
        ("Heavy intertribal fighting erupted again in the hills above Tari overnight.", "PG"),
        ("Inter-ethnic violence between two villages in Ituri killed at least nine people this week.", "CD"),
    ]:
        ev = reported(text, country)
        assert inters(ev) and inters(ev)[0] == 4, (text, ev.sub_event_type, ev.actor1, ev.actor2)


def test_clans_tribes_and_families_under_arms_are_identity_militias_on_both_sides():
    for text, country in [
        ("Rival clans armed with assault rifles fought for hours over farmland near Wajir, killing five.", "KE"),
        ("Two armed families exchanged fire in a village near Kirkuk on Friday, wounding three people.", "IQ"),
        ("Two families armed with pistols and rifles fought over a plot of land near Mosul on Sunday, "
         "killing two men.", "IQ"),
    ]:
        ev = reported(text, country)
        assert ev.sub_event_type == "Armed clash" and inters(ev) == [4, 4], (text, ev.sub_event_type, ev.actor1,
                                                                           ev.actor2)


def test_unarmed_clans_and_families_keep_their_own_codes():
    brawl = reported("Members of two clans clashed with sticks and bricks over a land dispute in a village in "
                     "Brahmanbaria, injuring 20 people.", "BD")
    assert 4 not in inters(brawl), (brawl.sub_event_type, brawl.actor1, brawl.actor2)
    march = reported("Families of the missing marched to the governor's office in Culiacan on Monday.", "MX")
    assert march.sub_event_type == "Peaceful protest" and inters(march) == [6], (march.actor1, march.actor2)
    doc = nlp.load()("Hundreds of families fled their homes after the floods, and the clans of the valley "
                     "met to share the grazing.")
    assert all(m.entries[0].inter != 4 for m in actor_mentions.mentions(doc))
    assert actors.lookup("clans", "SO") is None   # the word alone is no actor, armed or not
