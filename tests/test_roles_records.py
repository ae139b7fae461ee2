"""A record of many deeds told in the present perfect ("the Houthis have laid mines widely", "the army has taken
over hundreds of Hezbollah positions") in a sentence the draft joins to its event is background (CODEBOOK actor
codes: actor1 and actor2 are the parties to this event): the group it names is neither the doer nor the target.
The event's own sentence may be in the present perfect ("Gunmen have killed dozens of villagers")."""
import pytest
from _events_helpers import inters

import vigil


def first(text, country, sub):
    evs = [e for e in vigil.extract_text(text, published="2025-03-05", country=country).events
           if e.status == "reported" and e.sub_event_type == sub]
    assert evs, text
    return evs[0]



@pytest.mark.parametrize("text,country", [
    ("A farmer was killed on Monday when his tractor hit a landmine near Hays in Hodeidah province. Aid workers "
     "say the Houthis have laid mines widely across the province.", "YE"),
    ("Two boys were wounded on Friday when a mine exploded in a field outside Kandahar, officials said. Residents "
     "say the Taliban have planted mines repeatedly in the area.", "AF"),
])
def test_the_group_named_in_a_record_of_mine_laying_is_not_the_bomber(text, country):
    ev = first(text, country, "Remote explosive/landmine/IED")
    assert inters(ev) == (3, 7), (text, ev.actor1, ev.actor2)


def test_the_group_named_in_a_record_of_finds_is_not_the_owner():
    text = ("On Sunday, army units found and dismantled two rocket launchers hidden in an orchard near Qlaileh, the "
            "army said. The army has announced dozens of similar finds in recent months and has taken over hundreds "
            "of Hezbollah positions in the south.")
    ev = first(text, "LB", "Disrupted weapons use")
    assert inters(ev) == (1, None), (ev.actor1, ev.actor2)


def test_an_event_told_in_the_present_perfect_keeps_its_doer():
    ev = first("Gunmen have killed dozens of villagers in Zamfara this week, police said on Friday.", "NG", "Attack")
    assert inters(ev) == (3, 7), (ev.actor1, ev.actor2)
