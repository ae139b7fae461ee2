"""Classes of rule errors found by scoring the rules alone on the team's corpus (session 13), each a
codebook principle, each in several wordings and countries written for these tests:

- who takes a place is the subject of the taking word (CODEBOOK 5): armed men who overrun an army post
  overtake territory, however the soldiers killed are parsed; troops that drive fighters out of a town
  regain it; a hamlet, a checkpost or barracks is a place taken;
- fighters who give themselves up to the other side, and a peace pact, are an Agreement (CODEBOOK 8);
- "members of" a state force who beat someone are that force (CODEBOOK 2 and 7: an attack, no mob);
- soldiers who burn houses "after residents fled": the residents did nothing (CODEBOOK 8: property
  destruction by an armed force, no mob)."""
import pytest

from _events_helpers import only_reported

PUBLISHED = "2024-06-03"


def _coded(text, country):
    import vigil
    rec = vigil.extract_text(text, published=PUBLISHED, country=country)
    return [(e.sub_event_type, e.actor1 and e.actor1.inter) for e in rec.events if e.status == "reported"]


@pytest.mark.parametrize("text,country", [
    ("ISWAP fighters captured a military checkpost near Monguno on Sunday after clashes with troops. Four "
     "soldiers killed, per security sources.", "NG"),
    ("Al-Shabaab fighters overran a Somali army base near Bardere on Wednesday after a firefight. Six soldiers "
     "killed, according to local elders.", "SO"),
    ("Boko Haram insurgents stormed and captured the military barracks in Rann after hours of fighting on "
     "Friday.", "NG"),
])
def test_armed_men_who_take_an_army_post_overtake_territory(text, country):
    ev = only_reported(text, PUBLISHED, country)
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1.inter == 2


@pytest.mark.parametrize("text,country", [
    ("Nigerian troops dislodged ISWAP fighters from Marte after a gun battle on Saturday, the army said.", "NG"),
    ("On 9 May, Mozambican soldiers drove insurgents out of Quissanga after two days of fighting.", "MZ"),
    ("Colombian troops recaptured a rural hamlet near Tibu from ELN guerrillas after a gun battle on Friday.", "CO"),
])
def test_troops_who_drive_armed_men_from_a_place_regain_territory(text, country):
    ev = only_reported(text, PUBLISHED, country)
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.inter == 1


@pytest.mark.parametrize("text,country", [
    ("On 30 May, 25 ELN guerrillas surrendered to the Colombian army in Arauca department, according to a "
     "military statement.", "CO"),
    ("Eleven Boko Haram fighters gave themselves up to Cameroonian troops in Kolofata on Tuesday, the defence "
     "ministry said.", "CM"),
    ("On 1 June, about 30 NPA rebels laid down their arms before the Philippine army in Agusan del Sur under "
     "a government amnesty programme.", "PH"),
    ("Elders of the Dinka and Nuer communities signed a peace pact in Bor on Sunday, pledging to end cattle "
     "raids.", "SS"),
])
def test_surrenders_and_peace_pacts_are_agreements_by_the_rules(text, country):
    from _events_helpers import run
    evs, _, _ = run(text, country=country, published=PUBLISHED)
    assert [e.sub_event_type for e in evs if e.status == "reported"][:1] == ["Agreement"]


@pytest.mark.parametrize("text,country", [
    ("On 9 May, members of the Bolivarian National Police whipped several residents who broke the curfew in "
     "Maracaibo.", "VE"),
    ("Members of the Sudanese Armed Forces flogged three traders accused of hoarding fuel in Kassala on "
     "Sunday.", "SD"),
    ("Members of the Ivorian gendarmerie beat a motorcycle taxi driver to death at a checkpoint near Bouake on "
     "Saturday.", "CI"),
])
def test_members_of_a_state_force_who_beat_someone_attack_civilians(text, country):
    assert _coded(text, country)[:1] == [("Attack", 1)]


@pytest.mark.parametrize("text,country", [
    ("On 12 May, Ethiopian soldiers burned dozens of homes in a village near Gondar after residents fled.", "ET"),
    ("Sudanese army troops set fire to the market in a village outside Kadugli on Monday after villagers had "
     "left; no one was hurt.", "SD"),
    ("Junta soldiers torched about 60 houses in Gangaw township after the villagers fled into the forest, "
     "local media said.", "MM"),
])
def test_troops_who_burn_homes_after_residents_fled_destroy_property(text, country):
    assert _coded(text, country)[:1] == [("Looting/property destruction", 1)]
