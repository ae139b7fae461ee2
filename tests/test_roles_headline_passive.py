"""A headline writes the passive without its auxiliary ("Soldiers killed in Cabo Delgado", "Two policemen shot
dead in Kano") and the active in the present tense ("Gunmen kill 4"): the people before a harm verb's bare
participle, with no object after it, are the ones harmed (CODEBOOK actor codes: actor1 is the one who acts,
actor2 the one acted on), not state forces attacking civilians."""
import pytest

from vigil import nlp
from vigil.extract import actor_mentions
from vigil.extract.events import agency

from _events_helpers import only_reported


def _role(text, word):
    doc = nlp.load()(text)
    (m,) = [m for m in actor_mentions.mentions(doc) if m.text == word]
    return agency.role(doc, m)


@pytest.mark.parametrize("text,word", [
    ("Five soldiers killed in Cabo Delgado ambush", "soldiers"),
    ("Two policemen shot dead in Kano", "policemen"),
    ("Police officer hacked to death in Marsabit", "Police officer"),
    ("Three jawans injured as IED goes off in Sukma", "jawans"),
    ("Soldiers killed in Cabo Delgado\n\nInsurgents ambushed an army patrol near Mocimboa da Praia on Friday, "
     "killing five soldiers, local sources said.", "Soldiers"),
])
def test_the_people_before_a_headlines_bare_participle_are_harmed(text, word):
    assert _role(text, word) == "patient"


@pytest.mark.parametrize("text,country", [
    ("Five soldiers killed in Cabo Delgado ambush", "MZ"),
    ("Two policemen shot dead in Kano", "NG"),
])
def test_a_headline_of_forces_killed_is_no_attack_by_them_on_civilians(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert not (ev.sub_event_type == "Attack" and ev.actor1 is not None and ev.actor1.inter == 1), (
        ev.sub_event_type, ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,word", [
    ("Gunmen killed five villagers in Zamfara", "Gunmen"),            # a headline's object: they killed
    ("Soldiers killed two suspected rebels near Beni on Monday, the army said.", "Soldiers"),
    ("Police shot dead a robbery suspect in Nairobi on Friday.", "Police"),
])
def test_doers_with_an_object_or_in_prose_still_act(text, word):
    assert _role(text, word) == "agent"
