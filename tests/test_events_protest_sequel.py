"""What a protest is about is its topic (CODEBOOK 3: "a protest against the killing of a student" is
a protest); but "after" under a death or a wound tells what happened before it at the scene: "two
marchers died after soldiers moved to break up a road blockade" is force against the protest, not a
peaceful protest about the soldiers (clauses._sequel)."""
from _events_helpers import run


def reported(evs):
    return [e.sub_event_type for e in evs if e.status == "reported"]


def test_marchers_who_died_after_soldiers_broke_up_a_blockade():
    evs, _, _ = run("Two marchers died in Tegucigalpa on Tuesday after soldiers moved to break up a road blockade.",
                    places=["Tegucigalpa"], country="HN", published="2024-09-12")
    assert reported(evs) == ["Excessive force against protesters"]


def test_demonstrators_who_died_after_police_cleared_an_airport_blockade():
    evs, _, _ = run("Four demonstrators died in Juliaca on Friday after police moved to clear a blockade of the "
                    "airport.", places=["Juliaca"], country="PE", published="2024-01-11")
    assert reported(evs) == ["Excessive force against protesters"]


def test_demonstrators_killed_after_riot_police_broke_up_a_sit_in():
    evs, _, _ = run("Two demonstrators were killed on Sunday after riot police moved in to break up a sit-in on the "
                    "main highway near Cochabamba.", places=["Cochabamba"], country="BO", published="2024-11-05")
    assert reported(evs) == ["Excessive force against protesters"]


def test_a_marcher_shot_dead_after_troops_charged_a_rally():
    evs, _, _ = run("One marcher was shot dead on Friday after troops charged a rally of farmers in Multan.",
                    places=["Multan"], country="PK", published="2025-03-16")
    assert reported(evs) == ["Excessive force against protesters"]


def test_a_protest_after_a_killing_keeps_its_topic():
    """The killing a protest followed is what it was about, no event of this report."""
    evs, _, _ = run("Students protested in Rajshahi on Monday after a classmate was killed by police.",
                    places=["Rajshahi"], country="BD", published="2024-07-17")
    assert reported(evs) == ["Peaceful protest"]
