"""Classes of rule errors found by scoring the rules alone on the team's corpus (session 14), each a
codebook principle, each in several wordings and countries written for these tests (the rules alone:
``run`` gives the draft no learned classifier):

- a crowd that gathered and was dispersed, broken up or tear-gassed by the police is a demonstration,
  and arrests at the scene make it a protest with intervention, not Arrests (CODEBOOK 3; CODEBOOK 8
  keeps Arrests for arrests outside a protest event);
- an armed force that leaves or vacates a place and hands it over, or leaves it to another force, with no
  fight, makes a non-violent transfer of territory (CODEBOOK 8: a place handed over or abandoned without
  fighting), not a change to the group's activity; a force that leaves its barracks to deploy hands
  nothing over;
- "marchers" are demonstrators (CODEBOOK 3: a march is a demonstration), so state forces that fire on
  marchers and kill or badly hurt them use excessive force against protesters, and police who beat them
  intervene: no Attack on civilians."""
import pytest

from _events_helpers import kinds, run

PUBLISHED = "2024-06-03"


@pytest.mark.parametrize("text,country", [
    ("Congolese police broke up a crowd of opposition supporters assembled in Lubumbashi on Friday and arrested "
     "twelve of them.", "CD"),
    ("Police dispersed a crowd of farmers assembled outside the governor's office in Multan on Monday and "
     "detained nine of them.", "PK"),
    ("Gendarmes fired tear gas at teachers gathered in front of the education ministry in Libreville on "
     "Wednesday; the union said 15 members were taken into custody.", "GA"),
    ("On 1 June, riot police baton-charged a crowd of bus drivers gathered at the Kathmandu terminal and "
     "arrested eight.", "NP"),
])
def test_a_gathering_dispersed_with_arrests_is_a_protest_with_intervention(text, country):
    evs, _, _ = run(text, country=country, published=PUBLISHED)
    assert kinds(evs) == ["Protest with intervention"]
    (ev,) = [e for e in evs if e.status == "reported"]
    assert ev.actor1.inter == 6 and ev.actor2.inter == 1


@pytest.mark.parametrize("text,country", [
    ("Police detained a union leader at her house in Ndola on Saturday, the union said.", "ZM"),
    ("Police dispersed a mob that had gathered to lynch a suspected thief in Kano on Sunday and arrested four "
     "people.", "NG"),
])
def test_arrests_and_mobs_without_a_dispersed_gathering_stay_as_they_were(text, country):
    got = kinds(run(text, country=country, published=PUBLISHED)[0])
    assert got and "Protest with intervention" not in got


@pytest.mark.parametrize("text,country", [
    ("On 11 March, Burundian troops left their base in Kamanyola and handed it over to Congolese soldiers.", "CD"),
    ("Kenyan troops of the African Union mission left their base in the town of Bardere on Saturday and handed "
     "it over to Somali soldiers.", "SO"),
    ("On 30 May, SPLA-IO fighters left the town of Pagak and government troops moved in on the same day, county "
     "officials said.", "SS"),
])
def test_a_place_one_force_leaves_to_another_is_a_non_violent_transfer(text, country):
    evs, _, _ = run(text, country=country, published=PUBLISHED)
    assert [k for k in kinds(evs) + kinds(evs, "historical")] == ["Non-violent transfer of territory"]


def test_a_force_that_leaves_its_barracks_to_deploy_transfers_nothing():
    evs, _, _ = run("Soldiers left their barracks in Conakry on Tuesday and deployed across the city ahead of the "
                    "vote.", country="GN", published=PUBLISHED)
    assert "Non-violent transfer of territory" not in kinds(evs)


@pytest.mark.parametrize("text,country,sub", [
    ("On 9 March, police opened fire on marchers demanding the release of detained activists in Bukavu, "
     "killing two people.", "CD", "Excessive force against protesters"),
    ("Troops fired live rounds at marchers on the road to the governor's residence in Sagaing on Sunday, "
     "killing three.", "MM", "Excessive force against protesters"),
    ("Police beat marchers with batons as they tried to reach parliament in Tbilisi on Monday.", "GE",
     "Protest with intervention"),
])
def test_force_used_on_marchers_is_used_on_protesters(text, country, sub):
    evs, _, _ = run(text, country=country, published=PUBLISHED)
    assert [k for k in kinds(evs) + kinds(evs, "historical")] == [sub]
    (ev,) = [e for e in evs if e.status in ("reported", "historical")]
    assert ev.actor2.inter == 6 or ev.actor1.inter == 6
