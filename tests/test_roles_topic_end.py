"""What a protest is about ends where the people's own deeds begin (CODEBOOK 3 and actor codes: rioters who
pelt the police have the police as actor2). "Protesters marching against the new tax looted shops and threw
stones at police": the topic ("against the new tax") does not run over the finite verbs of the main clause,
so the police they pelt are a party. What a topic's own phrase governs stays topic: "protesting over the
killing of a student who was shot by police" names no party to the protest."""
import functools

import pytest

from _events_helpers import inters
from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-20")


def reported(text, country):
    evs, _, _ = run(text, country=country)
    return [e for e in evs if e.status == "reported"]



@pytest.mark.parametrize("text,country", [
    ("Demonstrators marching against the new fuel tax in Blantyre looted two shops and threw stones at police "
     "on Thursday.", "MW"),
    ("Villagers protesting over power cuts blocked the main road out of Kisumu on Monday, threw rocks at "
     "police officers and burned tyres.", "KE"),
    ("In Lagos on Friday, traders angry over the demolition of their stalls stoned riot police and set a "
     "lorry on fire.", "NG"),
])
def test_rioters_who_pelt_police_after_naming_their_cause_have_the_police_as_actor2(text, country):
    evs = [e for e in reported(text, country) if e.sub_event_type == "Violent demonstration"]
    assert evs, (text, [(e.sub_event_type, inters(e)) for e in reported(text, country)])
    assert inters(evs[0]) == (5, 1), (text, evs[0].actor1, evs[0].actor2)


@pytest.mark.parametrize("text,country", [
    ("Hundreds of students protesting over the killing of a classmate who was shot by police marched to the "
     "governor's office in Kaduna on Monday.", "NG"),
    ("Nurses rallied outside parliament in Nairobi on Tuesday against a law that police enforced last year "
     "with arrests.", "KE"),
])
def test_the_police_named_inside_a_protest_cause_are_no_party(text, country):
    evs = reported(text, country)
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], (text, [(e.sub_event_type, inters(e)) for e in evs])
    assert inters(evs[0]) == (6, None), (text, evs[0].actor1, evs[0].actor2)
