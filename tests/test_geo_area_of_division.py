"""An unknown area written as part of a division ("the X forest area of Y local government area", "the
X area of Y district") is a place near that division's seat, not the town that shares the division's
name: CODEBOOK, Precision ("2 near a known place, or a small part of a region"). The unknown area is
the event's place (its name, the division town's coordinates, precision 2), where "the X area of Y"
with Y written as a town stays a part of that town (precision 1). Sentences written for these tests."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name", [
    ("Jets bombed a militant camp in the Kuyambana forest area of Maru local government area on Friday, "
     "the air force said.", "NG", "Kuyambana"),
    ("Gunmen kidnapped six traders in the Dogon Daji area of Tsafe local government area on Monday, police said.",
     "NG", "Dogon Daji"),
    ("Troops clashed with insurgents in the Garin Dogo area of Bama local government area overnight, "
     "a military source said.", "NG", "Garin Dogo"),
])
def test_an_area_of_a_division_is_the_area(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 2)
    assert loc.geonameid is None


@pytest.mark.parametrize("text,hint,name", [
    ("Police fired tear gas at traders in the Kasuwan Barci area of Zaria on Tuesday.", "NG", "Zaria"),
    ("A mob lynched a suspected thief in the Mabibo area of Dar es Salaam on Monday.", "TZ", "Dar es Salaam"),
])
def test_an_area_of_a_town_is_still_the_town(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert loc.name == name and loc.geonameid is not None
