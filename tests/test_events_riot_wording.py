"""Riot wording outside a demonstration: nameless or crowd doers, crude bombs, vandalism (ACLED
codes these as mob violence or violent demonstrations, not attacks, clashes or looting)."""
import functools

from _events_helpers import kinds, run as _run

run = functools.partial(_run, published="2023-05-10")


def test_vandalism_by_nameless_people_is_mob_violence():
    evs, _, _ = run("On 3 May, unidentified persons ransacked and looted a ward councillor's home "
                    "in Rangpur.", places=["Rangpur"], country="BD")
    assert kinds(evs)[0] == "Mob violence"


def test_nameless_people_beating_someone_is_mob_violence():
    evs, _, _ = run("On 3 May, unidentified assailants beat and injured a councillor candidate in Khulna "
                    "as votes were counted.", places=["Khulna"], country="BD")
    assert kinds(evs)[0] == "Mob violence"


def test_crude_bombs_set_off_by_nameless_people_are_mob_violence():
    evs, _, _ = run("Unknown assailants hurled two crude bombs outside a polling station in Sylhet on Sunday, "
                    "injuring a guard.", places=["Sylhet"], country="BD")
    assert kinds(evs)[0] == "Mob violence"


def test_bombs_that_went_off_are_no_disrupted_weapons_use():
    evs, _, _ = run("On 3 May, party activists exploded cocktail bombs near a rival party office in Bogra. "
                    "Police later recovered three unexploded cocktail bombs.", places=["Bogra"], country="BD")
    assert "Disrupted weapons use" not in kinds(evs)[:1]


def test_demonstrators_looting_weapons_are_a_violent_demonstration():
    evs, _, _ = run("On 3 May, hundreds of marching students forced their way into a prison in Kishoreganj, "
                    "smashed its gates and looted rifles and ammunition during their demonstration.",
                    places=["Kishoreganj"], country="BD")
    assert kinds(evs)[0] == "Violent demonstration"


def test_former_soldiers_gathering_to_demand_are_a_protest():
    evs, _, _ = run("On 3 May, former army officers and relatives of missing people gathered outside the "
                    "ministry in Dhaka, demanding the release of the detainees.", places=["Dhaka"], country="BD")
    assert kinds(evs)[0] == "Peaceful protest"


def test_crowds_an_unknown_name_fighting_are_mob_violence():
    evs, _, _ = run("On 3 May, relatives of a patient and intern doctors clashed at a hospital in Faridpur. "
                    "At least 10 people were injured.", places=["Faridpur"], country="BD")
    assert kinds(evs)[0] == "Mob violence"


def test_demonstrators_who_clash_with_police_firing_live_rounds_stage_a_violent_demonstration():
    evs, _, _ = run("On 3 May, marching students and police clashed in Kishoreganj town, the students demanding a "
                    "recount of the exam results. Officers fired live rounds and tear gas.", places=["Kishoreganj"],
                    country="BD")
    assert kinds(evs)[0] == "Violent demonstration"
