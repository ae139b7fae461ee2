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
in_may = functools.partial(first_reported, published="2024-05-07")


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


def test_armed_men_named_by_their_community_alone_are_its_militia():
    # CODEBOOK actor codes (4 identity militias) and 2 (armed and organised): "Kuki gunmen", "Nuer fighters",
    # "armed Murle youths" are their community's militia, not an unidentified group, rebels or a crowd.
    for text, country in [
        ("Kuki gunmen opened fire on farmers working their paddy fields near Moirang on Thursday, killing "
         "two of them, police said.", "IN"),
        ("JUBA, May 6 (Vigil Wire) - Nuer fighters raided a cattle camp outside Akobo on Monday and killed eleven "
         "herders, a county commissioner said.", "SS"),
        ("On 3 May 2024, armed Murle youths abducted four children from a homestead near Bor (Jonglei).", "SS"),
        ("Hema fighters kill six in Djugu\n\nHema fighters killed six people in an attack on a village in Djugu "
         "territory on Tuesday, local leaders said.", "CD"),
        ("Dinka youths armed with rifles stormed a settlement near Rumbek on Saturday, shooting dead five "
         "people.", "SS"),
    ]:
        ev = in_may(text, country)
        assert ev.actor1 is not None and ev.actor1.inter == 4, (text, ev.sub_event_type, ev.actor1, ev.actor2)


def test_a_community_name_makes_no_militia_of_victims_rebels_or_an_unarmed_crowd():
    victims = in_may("Soldiers shot dead three Meitei villagers at a checkpoint in Bishnupur on Friday.", "IN")
    assert victims.actor2 is not None and victims.actor2.inter == 7, (victims.actor1, victims.actor2)
    rebels = in_may("Nuer rebels attacked an army barracks in Nasir on Sunday, the army spokesman said.", "SS")
    assert 2 in inters(rebels) and 4 not in inters(rebels), (rebels.actor1, rebels.actor2)
    march = in_may("Hundreds of Dinka youths marched through Rumbek on Monday to demand jobs.", "SS")
    assert march.sub_event_type == "Peaceful protest" and inters(march) == [6], (march.actor1, march.actor2)
    doc = nlp.load()("Shells fired from afar hit the market, and gunmen later looted shops on the Luba road.")
    assert all(m.entries[0].inter != 4 for m in actor_mentions.mentions(doc))
