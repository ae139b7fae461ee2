"""Reactions to a report's events are no events of their own (CODEBOOK 9: code what the report says
happened; one event per happening): groups "on both sides" trading accusations, "a youth body said the
attack was planned". A determiner ("both") names the parties, not a happening, and "body" as the
subject of a verb of saying is an organisation, not a corpse."""
from _events_helpers import run
from vigil import nlp as vigil_nlp
from vigil.extract.events.signals import find_signals, idle_signal


def reported(evs):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in evs if e.status == "reported"]


def _clf():
    from vigil.extract.events import learned
    return learned.load()


def test_accusations_from_both_sides_are_no_second_event():
    clf = _clf()
    text = ("Gunmen set fire to at least 20 houses in Kuru on Monday, police said.\n\n"
            "Community groups on both sides have appealed for calm but traded accusations. A farmers' body in Jos "
            "said the burning of the houses in Kuru was \"an act of war\", while a herders' group said the shooting "
            "at Bokkos was proof that militias act freely.")
    evs, _, _ = run(text, places=["Kuru", "Jos", "Bokkos"], published="2023-05-10", classifier=clf)
    assert reported(evs) == [("Looting/property destruction", "Kuru")]


def test_a_union_body_condemning_a_crackdown_is_no_riot():
    clf = _clf()
    text = ("Police fired tear gas at students marching in Ibadan on Thursday.\n\n"
            "The students' union body in Oyo said the crackdown in Ibadan was a disgrace, and parents on both sides "
            "of the dispute called for talks.")
    evs, _, _ = run(text, places=["Ibadan", "Oyo"], published="2023-05-10", classifier=clf)
    assert reported(evs) == [("Protest with intervention", "Ibadan")]


def test_a_speaking_body_keeps_the_clash_it_comments_on():
    clf = _clf()
    text = ("Soldiers and militiamen exchanged fire near Bunia on Tuesday, the army said.\n\n"
            "Leaders on both sides blamed each other. A Hema youth body in Mahagi said the attack near Bunia was "
            "planned in advance.")
    evs, _, _ = run(text, places=["Bunia", "Mahagi"], country="CD", published="2023-05-10", classifier=clf)
    assert reported(evs) == [("Armed clash", "Bunia")]


def _idle_bodies(text):
    doc = vigil_nlp.load()(text)
    return [doc[s[2]].text for s in find_signals(doc) if doc[s[2]].lower_ == "body" and idle_signal(doc, s)]


def test_body_is_an_organisation_only_when_it_speaks():
    assert _idle_bodies("A tribal body in the hills said the villagers had fired first.") == ["body"]
    assert _idle_bodies("The students' body accused the police of brutality.") == ["body"]
    assert _idle_bodies("The body of a journalist was found near the river on Tuesday.") == []
    assert _idle_bodies("A body lay in the street for hours after the shooting.") == []
