"""A town's outskirts are the town: CODEBOOK, Precision (geo_precision "1 the named town (or its
outskirts)"), while "near" a town stays 2. Sentences written for these tests."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name", [
    ("A suicide bomber blew himself up at a checkpoint on the outskirts of Kandahar on Sunday.", "AF", "Kandahar"),
    ("Militants stormed a police post on the southern outskirts of Mosul overnight, killing two officers.",
     "IQ", "Mosul"),
    ("Gunmen abducted eleven farmers on Kaduna's outskirts late on Friday, residents said.", "NG", "Kaduna"),
    ("Troops and rebels fought for hours in the eastern outskirts of Goma on Tuesday.", "CD", "Goma"),
])
def test_the_outskirts_of_a_town_are_the_town(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 1)
    assert loc.geonameid is not None


@pytest.mark.parametrize("text,hint,name", [
    ("A roadside bomb hit an army truck near Kandahar on Sunday.", "AF", "Kandahar"),
    ("Gunmen attacked a police post 20 km south of Mosul overnight.", "IQ", "Mosul"),
])
def test_near_a_town_stays_precision_2(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 2)


@pytest.mark.parametrize("text,hint,name,town", [
    ("The junta said its soldiers had retaken the village of Kyaung Gone, on the western outskirts of "
     "Mandalay, late on Sunday.", "MM", "Kyaung Gone", "Mandalay"),
    ("Gunmen burned houses in the hamlet of Ungwan Kaje, on the eastern outskirts of Kaduna, on Friday.",
     "NG", "Ungwan Kaje", "Kaduna"),
    ("Rebels shelled Mabanga, on the southern edge of Goma, overnight.", "CD", "Mabanga", "Goma"),
])
def test_a_place_on_a_towns_outskirts_is_that_place_not_the_town(pipeline, text, hint, name, town):
    """An unknown village said to lie "on the northern outskirts of" a town is the event's place, at
    the town's coordinates; the town only says where it lies."""
    loc = locate(pipeline, text, hint)
    assert loc.name == name and loc.geonameid is None
