"""Militias named as the fighters of two communities or places ("clan militias from the Hawiye and Darod
sub-clans", "vigilantes from the Tiv and Jukun communities") fight each other: both sides are identity militias
(CODEBOOK actor codes, 4), whatever else the report calls one side ("armed men", "gunmen", "fighters").
Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country", [
    ("Clan militias from Hawiye and Darod sub-clans exchanged fire near Galkayo on Monday, killing three fighters, "
     "elders said.", "SO"),
    ("Vigilantes from the Tiv and Jukun communities fought near Wukari on Friday, and armed men from one side "
     "burned several houses, police said.", "NG"),
    ("Clan fighters from the Habar Gidir and Abgaal sub-clans fought near Adale on Tuesday, killing two gunmen, "
     "elders said.", "SO"),
    ("Tribal militias from the Murle and Lou Nuer communities exchanged fire in Pibor on Sunday, killing five "
     "fighters, officials said.", "SS"),
])
def test_militias_of_two_communities_are_both_sides(text, country):
    evs = [e for e in vigil.extract_text(text, published="2025-05-20", country=country).events
           if e.status == "reported" and e.sub_event_type == "Armed clash"]
    assert evs, text
    assert (evs[0].actor1.inter, evs[0].actor2.inter if evs[0].actor2 else None) == (4, 4), (evs[0].actor1,
                                                                                            evs[0].actor2)


def test_troops_of_two_units_still_fight_the_rebels():
    evs = [e for e in vigil.extract_text("Soldiers from the army's 3rd and 5th brigades clashed with rebels near "
                                         "Kalehe on Monday.", published="2025-05-20", country="CD").events
           if e.status == "reported"]
    assert evs and evs[0].actor1.inter == 1 and evs[0].actor2 is not None and evs[0].actor2.inter == 2
