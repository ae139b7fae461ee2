"""A village said to be "in" a town is a place of its own: CODEBOOK, Precision ("2 near a known place,
or an unknown village listed with its area"). The unknown village is the event's place, at the town's
coordinates with precision 2, where a neighbourhood written "in" a town ("Mabibo in Dar es Salaam")
stays a part of that town (precision 1, the town). "The X area of Y local government area" (or district, ...)
names an area of the division Y, not a part of the town Y that shares its name: X is the place, precision 2;
"the X area of Y" with Y written as a town stays the town. Sentences written for these tests."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name", [
    ("Regime forces shelled the village of Kinda in Idleb on Saturday, killing two civilians.", "SY", "Kinda"),
    ("Bandits killed four farmers in Tungan Maje village in Kaduna on Friday, police said.", "NG", "Tungan Maje"),
    ("Soldiers torched houses in the hamlet of Nyakabanda in Goma on Sunday, residents said.", "CD", "Nyakabanda"),
    ("Militants burned the settlement of Ndau in Maiduguri overnight, residents said.", "NG", "Ndau"),
    # an area of a division that shares its name with its town: "the X (forest) area of Y local government area"
    ("Jets bombed a militant camp in the Kuyambana forest area of Maru local government area on Friday, "
     "the air force said.", "NG", "Kuyambana"),
    ("Gunmen kidnapped six traders in the Dogon Daji area of Tsafe local government area on Monday, police said.",
     "NG", "Dogon Daji"),
    ("Troops clashed with insurgents in the Garin Dogo area of Bama local government area overnight, "
     "a military source said.", "NG", "Garin Dogo"),
])
def test_a_village_in_a_town_is_the_village_near_the_town(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 2)
    assert loc.geonameid is None


@pytest.mark.parametrize("text,hint,name", [
    ("A mob lynched a suspected thief in Mabibo in Dar es Salaam on Monday.", "TZ", "Dar es Salaam"),
    ("Police dispersed protesters in Kibera in Nairobi on Monday with tear gas.", "KE", "Nairobi"),
])
def test_a_neighbourhood_in_a_town_is_still_the_town(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 1)


def test_an_area_of_a_town_written_as_a_town_is_the_town(pipeline):
    for text, hint, town in (("Police fired tear gas at traders in the Kasuwan Barci area of Zaria on Tuesday.", "NG",
                              "Zaria"),
                             ("A mob lynched a suspected thief in the Mabibo area of Dar es Salaam on Monday.", "TZ",
                              "Dar es Salaam")):
        loc = locate(pipeline, text, hint)
        assert loc.name == town and loc.geonameid is not None, (text, loc)
