"""Beatings (CODEBOOK 4 and 7): a crowd that beats someone is mob violence; organised armed men who beat an
unarmed person, with no crowd among them, carry out an attack. The words that name only a beating are data
(vigil/data/events.yaml, cues: beating_words), read by doers.armed_beating."""
import pytest

import importlib

doers = importlib.import_module("vigil.extract.events.doers")
from vigil.extract.events.signals import cue

from _events_helpers import only_reported


def test_the_beating_words_come_from_the_lexicon():
    assert doers.BEATING_ONLY == cue("beating_words") and {"beat", "thrash"} <= doers.BEATING_ONLY


@pytest.mark.parametrize("text,country", [
    ("Soldiers beat a shopkeeper to death at a checkpoint outside Bamenda on Tuesday, his family said.", "CM"),
    ("A farmer died after police officers beat him at a roadblock near Kisumu on Sunday, relatives said.", "KE"),
    ("Two teachers were beaten by militiamen in the market of Bunia on Friday, accused of spying.", "CD"),
])
def test_armed_men_beating_an_unarmed_person_is_an_attack(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Attack"


@pytest.mark.parametrize("text,country", [
    ("A mob beat a suspected phone thief to death in a market in Kano on Sunday, police said.", "NG"),
    ("Angry villagers beat up two men accused of stealing goats near Mbale on Monday.", "UG"),
    ("A suspected burglar was beaten to death by residents in a suburb of Lusaka on Friday.", "ZM"),
])
def test_a_crowd_beating_someone_is_mob_violence(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Mob violence"
