"""CODEBOOK 3: a road blocked with burning tyres or barricades is a blockade by demonstrators, so the
crowd that then stones the police commits a violent demonstration, not mob violence outside any
demonstration (CODEBOOK 4 keeps mob violence for lynchings, beatings and a crowd torching a post)."""
import functools

from _events_helpers import kinds, run as _run

run = functools.partial(_run, published="2024-03-14")


def test_youths_burning_barricades_and_stoning_police_are_a_violent_demonstration():
    evs, _, _ = run("Youths set up burning barricades on the main road into Kolda on Tuesday and threw stones at "
                    "police, who fired tear gas to clear the way.", places=["Kolda"], country="SN")
    assert kinds(evs)[:1] == ["Violent demonstration"]


def test_residents_blocking_a_road_with_burning_tyres_are_a_violent_demonstration():
    evs, _, _ = run("Residents of Port-Gentil blocked the coastal road with burning tyres on Monday and pelted "
                    "gendarmes with stones after their water supply was cut for a week.",
                    places=["Port-Gentil"], country="GA")
    assert kinds(evs)[:1] == ["Violent demonstration"]


def test_barricades_of_burning_tyres_across_an_avenue_are_a_violent_demonstration():
    evs, _, _ = run("In Bukavu, young men erected barricades across Avenue Lumumba on Wednesday and hurled stones "
                    "at police vehicles, witnesses said.", places=["Bukavu"], country="CD")
    assert kinds(evs)[:1] == ["Violent demonstration"]


def test_a_mob_that_lynches_behind_barricades_stays_mob_violence():
    evs, _, _ = run("An angry mob set up barricades and lynched a suspected thief in Ibadan on Sunday.",
                    places=["Ibadan"], country="NG")
    assert kinds(evs)[:1] == ["Mob violence"]
