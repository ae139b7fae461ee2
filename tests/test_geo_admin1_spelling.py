"""admin1 as the report spells its division.

A report keeps its own spelling of place names (the location's name is the surface text);
its first-level division does too when the report writes the division, or the town that is
the division's namesake, in another romanisation of the division's name ("Idleb" for
Idlib, "Odessa" for Odesa). Every place of that division in the report then carries the
same spelling. An abbreviation, a name in capitals, a town with another name than its
division, or a spelling that is the name of another division of the country leave the
gazetteer's English name. Sentences written for these tests, in several wordings.
"""
import pytest

from vigil.geo import event_location, geoparse


def admin1s(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    loc = event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)
    return {p.name: p.admin1 for p in places if p.latitude is not None}, loc


@pytest.mark.parametrize("text,hint,written", [
    ("Government guns pounded farmland near Saraqib in Idleb on Thursday evening.", "SY", "Idleb"),
    ("Residents of Idleb province said two rockets fell close to a bakery on Sunday.", "SY", "Idleb"),
    ("A car bomb wrecked a checkpoint on the road out of Ar-Raqqa, local activists reported.", "SY", "Ar-Raqqa"),
    ("Gunmen opened fire on a grain truck at the edge of al-Hasakeh before dawn on Monday.", "SY", "Al-Hasakeh"),
    ("Five men accused of smuggling weapons were detained in Dahuk province on Saturday.", "IQ", "Dahuk"),
    ("Several hundred people rallied in central Odessa against the new lockdown rules.", "UA", "Odessa"),
])
def test_admin1_takes_the_reports_spelling_of_its_division(pipeline, text, hint, written):
    names, loc = admin1s(pipeline, text, hint)
    assert loc is not None and loc.admin1 == written
    assert written in names.values()


def test_every_place_of_the_division_carries_the_same_spelling(pipeline):
    names, loc = admin1s(pipeline, "Shells hit Saraqib and Maarrat al-Numan in southern Idleb overnight, "
                                   "rescuers said.", "SY")
    assert names.get("Saraqib") == "Idleb" and names.get("Idleb") == "Idleb"
    assert loc.admin1 == "Idleb"


@pytest.mark.parametrize("text,hint,name,english", [
    # an abbreviation is no spelling of the division
    ("Police fired tear gas at a crowd of migrant workers in Kanpur, UP, on Sunday.", "IN", "Kanpur",
     "Uttar Pradesh"),
    # the town has another name than its division
    ("Hundreds of miners marched through Dnipro on Friday to demand unpaid wages.", "UA", "Dnipro",
     "Dnipropetrovsk"),
    # "Lima" is the name of another division of Peru: the capital's own division keeps its name
    ("Street vendors blocked an avenue in Lima on Tuesday to protest against evictions.", "PE", "Lima",
     "Lima Province"),
    # written as the gazetteer writes it: nothing changes
    ("Rebels shelled the outskirts of Aleppo on Wednesday, wounding three children.", "SY", "Aleppo", "Aleppo"),
])
def test_admin1_keeps_the_gazetteer_name_otherwise(pipeline, text, hint, name, english):
    names, loc = admin1s(pipeline, text, hint)
    assert names[name] == english
    assert loc is not None and loc.admin1 == english


@pytest.mark.parametrize("written,name,same", [
    ("Idleb", "Idlib", True), ("Ar-Raqqa", "Raqqa", True), ("Deir-ez-Zor", "Deir ez-Zor", True),
    ("Odessa", "Odesa", True), ("Dnipro", "Dnipropetrovsk", False), ("Taraz", "Zhambyl", False),
    ("Kharkiv", "Kherson", False), ("Casablanca", "Casablanca-Settat", False), ("Sibenik", "Sibenik-Knin", False),
])
def test_spelling_of(written, name, same):
    from vigil.geo.names import spelling_of
    assert spelling_of(written, name) is same


@pytest.mark.parametrize("text,hint,written", [
    # a position word that is part of the division's name stays
    ("Party workers clashed with police outside a polling station in West Bengal on Sunday.", "IN", "West Bengal"),
    # the report's hyphens are its spelling too
    ("A roadside mine killed a shepherd in the desert of Deir-ez-Zor on Friday.", "SY", "Deir-ez-Zor"),
])
def test_admin1_keeps_the_whole_name_as_written(pipeline, text, hint, written):
    names, loc = admin1s(pipeline, text, hint)
    assert loc is not None and loc.admin1 == written


def test_a_town_whose_division_adds_a_second_name_keeps_the_division_name(pipeline):
    names, loc = admin1s(pipeline, "Dockworkers in Casablanca walked off the job on Monday over unpaid "
                                   "bonuses.", "MA")
    assert loc.admin1 == "Casablanca-Settat"
