"""What the learned model reads in short, note-style reports (corpus part security_notes.jsonl):
a post or patrol that answers a thrown grenade with gunfire fought back (CODEBOOK 5: an attack on a
military post that is fought off is an armed clash, not a one-way grenade attack), and a
demonstration whose people threw stones or burned things stays a violent demonstration whatever the
police did to break it up (CODEBOOK 3). Sentences written for these tests, none from the corpus."""
import pytest
from _events_helpers import first_coded_draft

from vigil.extract.events.classify import NONE, TAKE_OVER


def main_draft_given_event(pipeline, text: str) -> dict:
    """P(sub-type | event) of the draft the rules rank first, as the packaged model gives them."""
    from vigil.extract.events.learned import features
    doc, d, facts, rule = first_coded_draft(pipeline, text)
    (probs,) = pipeline.classifier.predict([features(doc, d, facts, rule)])
    p_event = 1.0 - probs[NONE]
    return {k: v / p_event for k, v in probs.items() if k != NONE}


GRENADE_FOUGHT_OFF = [
    "Militants lobbed a grenade at an army camp near Anantnag on Friday night, and soldiers returned fire for "
    "several minutes, police said.",
    "On 14 June 2026, insurgents threw a grenade at a border guard post near Kandahar and the guards answered "
    "with machine-gun fire until the attackers withdrew.",
]


@pytest.mark.parametrize("text", GRENADE_FOUGHT_OFF)
def test_a_grenade_answered_with_gunfire_reads_as_a_clash(pipeline, text):
    given = main_draft_given_event(pipeline, text)
    assert max(given, key=given.get) == "Armed clash", given


def test_a_grenade_thrown_then_a_gunfight_stays_the_rules_armed_clash(pipeline):
    from vigil.read.text import parse_plain
    text = ("Al-Shabaab fighters tossed a grenade over the wall of a police compound in Marka on Sunday before "
            "trading gunfire with officers for a quarter of an hour.")
    (rec,) = pipeline.run([parse_plain(text, "t", title_line=False)])
    assert [e.sub_event_type for e in rec.events if e.status == "reported"] == ["Armed clash"]


RIOT_BROKEN_UP = [
    "Dock workers demanding overdue wages hurled rocks at the port police in Matadi on Tuesday, and officers "
    "fired tear gas and arrested a dozen of them.",
    "On 3 May 2026, villagers demonstrating against a quarry threw stones at the site office near Kandy and "
    "police broke up the crowd with tear gas.",
    "Taxi drivers protesting new fares set a police motorbike on fire in Douala on Wednesday; officers used "
    "tear gas and batons to scatter them.",
]


@pytest.mark.parametrize("text", RIOT_BROKEN_UP)
def test_demonstrators_violence_outweighs_the_police_dispersal(pipeline, text):
    given = main_draft_given_event(pipeline, text)
    assert given["Violent demonstration"] >= TAKE_OVER, given
