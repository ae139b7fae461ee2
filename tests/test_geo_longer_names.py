"""A known name that only begins a longer village name is not the place: CODEBOOK, Precision (the
event's place is the named village; unknown, it takes the coordinates of the area the text puts it
in, precision 2). "Bala Dasht village" is no Bala in Romania, "Bali Doogle village" no Bali in
Indonesia. Sentences written for these tests, with names of my own making."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name,admin1", [
    ("A drone strike killed two herders in Bala Sarwan village of Kajran district, Daykundi, on Monday.",
     "AF", "Bala Sarwan", "Daykundi"),
    ("A roadside bomb hit an army truck near Bali Goofle village (Afgooye, Lower Shabelle) on Sunday.",
     "SO", "Bali Goofle", "Lower Shabelle"),
    ("Gunmen shot dead a teacher in Paris Nuevo village of Comalapa, Chiapas, on Friday.",
     "MX", "Paris Nuevo", "Chiapas"),
])
def test_a_known_first_word_of_a_village_name_is_not_the_place(pipeline, text, hint, name, admin1):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.admin1, loc.country) == (name, admin1, hint) and loc.geonameid is None, loc


@pytest.mark.parametrize("text,hint,name", [
    ("Rockets struck near Kabul Airport area on Sunday, police said.", "AF", "Kabul"),
    ("Police fired tear gas at protesters in Lahore on Monday.", "PK", "Lahore"),
])
def test_a_town_before_a_facility_or_alone_stays(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert loc.name == name and loc.geonameid is not None


@pytest.mark.parametrize("text,ent,hint,cc", [
    ("Teachers protested outside the governor's office in Amara city on Monday.", "Amara city", "IQ", "IQ"),
    ("Hundreds marched through Bali town on Sunday against a new tax.", "Bali town", "CM", "CM"),
])
def test_a_name_written_with_city_or_town_names_a_town(gaz, blank, text, ent, hint, cc):
    """"Amara city" is a town (the Iraqi one), never a first-level division of the same name abroad
    (Ethiopia's Amhara is also spelt Amara): the word inside the name counts as the feature word
    written after it (CODEBOOK, Precision: 1 the named town)."""
    from _geo_helpers import make_doc
    places, _ = geoparse(make_doc(blank, text, [(ent, "GPE")]), gaz, country_hint=hint)
    got = [p for p in places if p.name.startswith(ent.split()[0])]
    assert got and got[0].country == cc and got[0].feature == "city", got
