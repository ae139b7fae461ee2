"""Toponym recognition classes beyond spaCy's NER: datelines, demonyms the NER missed, names
repeated across a report, organisation names holding a place, US "City, ST" patterns, streets
and buildings. Docs are built on spacy.blank("en") with hand-set entities, so each test shows
exactly which NER mistake the rule survives; every sentence is written for these tests."""
import pytest
import spacy

from vigil.geo import geoparse, load_gazetteer
from vigil.geo.recognize import find_mentions


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def make_doc(blank, text, ents=()):
    """A Doc of ``text`` with entities given as (surface, label), first occurrences in order."""
    doc = blank(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, pos, label=label, alignment_mode="expand"))
    doc.ents = spans
    return doc


def names(doc, gaz, hint=None):
    return [m.text for m in find_mentions(doc, gaz, hint)]


def places(doc, gaz, hint=None):
    got, _ = geoparse(doc, gaz, country_hint=hint)
    return {p.name: p for p in got}


# --- English function words are not name connectors --------------------------------------------

@pytest.mark.parametrize("text,ents,want", [
    ("Artillery hit a market in northern Syria as Turkish troops moved south.",
     [("Syria", "GPE"), ("Turkish", "NORP")], "Syria"),
    ("The convoy waited in Kenya at Moyale for two days.", [("Kenya", "GPE"), ("Moyale", "GPE")], "Kenya"),
    ("Officials in Peru do Not expect more rain.", [("Peru", "GPE")], "Peru"),
])
def test_an_english_word_after_a_place_does_not_make_it_a_longer_unknown_name(gaz, blank, text, ents, want):
    assert want in names(make_doc(blank, text, ents), gaz)


def test_a_foreign_connector_still_marks_a_longer_unknown_name(gaz, blank):
    doc = make_doc(blank, "Residents of Jardines del Olivar said the water was cut.", [("Jardines", "GPE")])
    assert names(doc, gaz) == []


# --- datelines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("NAIROBI — Police fired tear gas at traders on Monday.", "NAIROBI"),
    ("By a staff reporter.\n\nMOMBASA, Kenya — Dock workers stayed home on Tuesday.", "MOMBASA"),
    ("Filed by Jane Roe, Associated Press DENVER (AP) The council voted on Friday.", "DENVER"),
    ("Reported by our desk. HOUSTON (Reuters) - Refinery workers walked out.", "HOUSTON"),
    ("A note from the editors.\nNEW DELHI: The court heard the plea on Monday.", "NEW DELHI"),
    ("ST. LOUIS – Firefighters put out a blaze downtown.", "ST. LOUIS"),
])
def test_capitals_opening_a_line_or_before_an_agency_are_a_dateline(gaz, blank, text, want):
    assert want in names(make_doc(blank, text), gaz)


@pytest.mark.parametrize("text,ent", [
    ("ATLANTA (AP) — A city aide was charged on Thursday.", ("ATLANTA", "ORG")),
    ("TORONTO — The transit board met on Monday.", ("TORONTO", "ORG")),
])
def test_a_dateline_the_ner_calls_an_organisation_is_still_a_dateline(gaz, blank, text, ent):
    assert ent[0] in names(make_doc(blank, text, [ent]), gaz)


@pytest.mark.parametrize("text", [
    "She holds a BA (Hons) in history from a college in the north.",
    "He said the NASA team — all six of them — had left.",
    "The band played LONDON CALLING twice that night.",
])
def test_capitals_that_are_not_a_dateline_are_not_places(gaz, blank, text):
    assert names(make_doc(blank, text), gaz) == []


# --- demonyms the NER missed or mislabelled ---------------------------------------------------------

@pytest.mark.parametrize("text,ents,want", [
    ("A Danish wave energy firm opened a test site.", [], ["Danish"]),
    ("Shells fell along the Syrian-Turkish border overnight.", [("Syrian", "NORP")], ["Syrian", "Turkish"]),
    ("The hotel was designed by a prominent Slovak architect.", [("Slovak", "PERSON")], ["Slovak"]),
    ("Prisoners languish in Azerbaijani jails, the group said.", [("Azerbaijani", "PERSON")], ["Azerbaijani"]),
    ("The trainer said the South Korean rider would return.", [], ["South Korean"]),
])
def test_a_capitalised_demonym_is_a_country_mention(gaz, blank, text, ents, want):
    assert names(make_doc(blank, text, ents), gaz) == want


def test_a_demonym_resolves_to_its_country(gaz, blank):
    doc = make_doc(blank, "Mexican officials met the caravan.")
    p = places(doc, gaz)["Mexican"]
    assert p.country == "MX" and p.feature == "country"


def test_a_demonym_inside_a_persons_full_name_is_not_a_place(gaz, blank):
    doc = make_doc(blank, "Coach Rosa English said the team would rest.", [("Rosa English", "PERSON")])
    assert names(doc, gaz) == []


# --- one sense per report ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,ents,count", [
    ("Troops shelled Douma on Monday. Douma's hospitals were full by night.",
     [("Douma", "GPE"), ("Douma", "PERSON")], 2),
    ("She moved to Delft last year. She reported it at the Delft police station.",
     [("Delft", "GPE"), ("Delft police station", "ORG")], 2),
    ("Snow closed roads around Toronto. The Toronto Police Services Board met anyway.",
     [("Toronto", "GPE"), ("The Toronto Police Services Board", "ORG")], 2),
])
def test_a_name_tagged_as_a_place_is_that_place_elsewhere_in_the_report(gaz, blank, text, ents, count):
    got = names(make_doc(blank, text, ents), gaz)
    assert got.count(ents[0][0]) == count


def test_a_repeated_name_inside_a_persons_full_name_stays_a_person(gaz, blank):
    text = "Flooding returned to Houston. Whitney Houston songs played at the shelter."
    doc = make_doc(blank, text, [("Houston", "GPE"), ("Whitney Houston", "PERSON")])
    assert names(doc, gaz) == ["Houston"]


def test_a_name_the_ner_calls_a_person_more_often_is_not_spread(gaz, blank):
    text = "Ruth told the story in Helen. Helen said later that Helen had been right."
    doc = make_doc(blank, text, [("Ruth", "PERSON"), ("Helen", "GPE"), ("Helen", "PERSON"), ("Helen", "PERSON")])
    assert names(doc, gaz).count("Helen") <= 1


def test_a_small_town_seen_once_without_a_cue_does_not_vouch_for_its_namesakes(gaz, blank):
    text = "Villanueva was quiet. Judge Villanueva ordered the two men to pay damages."
    doc = make_doc(blank, text, [("Villanueva", "GPE"), ("Villanueva", "PERSON")])
    assert names(doc, gaz).count("Villanueva") <= 1
