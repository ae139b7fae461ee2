"""What a protest is about ends where the report's own clause resumes (CODEBOOK 3: a protest against something
names its topic; what the crowd did at it is the event). A deed told under a teller ("..., police said") is
the sentence's main clause too, and a past-tense deed the parser hangs on the topic's participle ("protesters
demanding bread stoned police") is no part of the demand: the police the crowd attacked are the riot's
actor2 (CODEBOOK actor codes: actor2 is the one acted on)."""
import pytest

import vigil


def _main(text, country):
    evs = [e for e in vigil.extract_text(text, published="2025-06-03", country=country).events
           if e.status == "reported"]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize("text,country", [
    ("A teacher protesting against pension cuts hurled a stone at a police officer in Asuncion on Tuesday, "
     "police said.", "PY"),
    ("Youths protesting over the death of a boy threw stones at police in Conakry on Wednesday, witnesses said.",
     "GN"),
    ("Demonstrators demanding lower fuel prices stoned police and burned tyres in Kassala on Monday, local "
     "officials said.", "SD"),
    ("Protesters demanding the release of detained activists attacked police and torched a car in Bamako on "
     "Sunday, officials said.", "ML"),
])
def test_the_police_a_crowd_attacks_are_its_actor2(text, country):
    e = _main(text, country)
    assert e.sub_event_type == "Violent demonstration", (text, e.sub_event_type)
    assert e.actor2 is not None and e.actor2.inter == 1, (text, e.actor1, e.actor2)


@pytest.mark.parametrize("text,country", [
    ("Shopkeepers protesting a new levy that they say doubles their costs closed their stalls in Kano on Monday.",
     "NG"),
    ("Hundreds of people marched through Sylhet on Friday demanding justice for a student who was killed by "
     "police last week.", "BD"),
])
def test_what_a_protest_is_about_stays_its_topic(text, country):
    e = _main(text, country)
    assert e.sub_event_type == "Peaceful protest", (text, e.sub_event_type, e.actor1, e.actor2)
    assert e.actor2 is None, (text, e.actor1, e.actor2)
