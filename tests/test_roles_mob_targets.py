"""CODEBOOK 4 ("a crowd torching a police post" is mob violence) and CODEBOOK actor codes (actor2 is the one
acted on): when the crowd's own verb acts on state forces, their post or their officers, those forces are
actor2, even where the report first tells of a civilian the forces harmed (the grievance that gathered the
crowd). A policeman the crowd does not act on is no party."""
import pytest

import vigil

STORMED = [
    ("A police officer shot dead a hawker in Kisii on Monday during a dispute over a permit, witnesses said. "
     "Hours later a crowd of traders stormed the police post at the market and set it ablaze.", "KE"),
    ("A boda boda rider was killed by an officer at a roadblock near Eldoret on Friday. An angry mob then "
     "attacked the police station in the town, burning two patrol cars.", "KE"),
    ("A man died in custody at a station in Gaya on Friday, and villagers later surrounded the police chowki and "
     "attacked the constables posted there with sticks.", "IN"),
    ("In Kankan, a gendarme shot dead a young mechanic at a checkpoint on Saturday after a quarrel over a fine, "
     "his family said. Within the hour a crowd of several hundred youths stormed the gendarmerie post and "
     "set it on fire.", "GN"),
]


def _mob(text, country):
    (ev,) = [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
             if e.status == "reported" and e.sub_event_type == "Mob violence"]
    return ev


@pytest.mark.parametrize("text,country", STORMED)
def test_forces_a_crowd_storms_are_actor2(text, country):
    ev = _mob(text, country)
    assert ev.actor1.inter == 5
    assert ev.actor2.inter == 1 and ev.actor2.canonical.startswith("Police Forces of")


def test_a_policeman_the_crowd_does_not_act_on_is_no_party():
    ev = _mob("A mob in Kisumu lynched a man suspected of killing a police officer on Sunday.", "KE")
    assert ev.actor2.inter == 7


def test_forces_named_after_the_crowds_first_victims_leave_them_actor2():
    ev = _mob("A mob attacked two nurses and a police officer in Meerut on Sunday as they went to test a family "
              "for cholera.", "IN")
    assert ev.actor2.inter == 7
