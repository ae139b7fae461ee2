"""A part of a town is in that town: "the X area of Y" sits in Y (CODEBOOK, Precision: a
neighbourhood is its town), so X is a local place of the report's country, never a namesake
abroad, however big ("the Brooklyn area of ..." in a Haitian report is no borough of New York).
When neither X nor Y is in the gazetteer, the event is at Y.

Reports written for these tests, in several countries and wordings.
"""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer)
    return places, focus, event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,part,cc", [
    ("Armed men set fire to a dozen homes in the Brooklyn area of Cité Soleil on Tuesday, residents said. "
     "Gang violence has spread from Delmas to Pétion-Ville, police in Port-au-Prince said.", "Brooklyn", "HT"),
    ("Youths clashed with police in the Hollywood neighbourhood of Kumasi on Saturday. Traders in Accra and "
     "Tamale closed their shops, Ghana's police service said.", "Hollywood", "GH"),
    ("Police fired tear gas at traders in the Queens quarter of Kisumu on Monday. Similar protests were held "
     "in Nakuru and Eldoret, and Kenya's interior ministry called for calm.", "Queens", "KE"),
    ("Residents blocked a road in the Harlem sector of Kananga on Friday, angry at power cuts, while "
     "in Kinshasa and Mbuji-Mayi traders went on strike, Congolese officials said.", "Harlem", "CD"),
])
def test_a_part_of_a_town_is_no_namesake_abroad(pipeline, text, part, cc):
    places, focus, loc = locate(pipeline, text)
    assert focus == cc
    assert all(p.country in (None, cc) for p in places if p.name == part), [(p.name, p.country) for p in places]
    assert loc is not None and loc.country == cc, loc


@pytest.mark.parametrize("text", [
    "Gunmen raped four women in the Brooklyn area of Cité Soleil overnight, a clinic in Cité Soleil said on "
    "Monday. Police in Port-au-Prince said gangs also attacked Delmas.",
])
def test_neither_part_nor_town_known_the_event_is_at_the_town(pipeline, text):
    from vigil.read import from_json
    raw = from_json({"id": "t", "text": text, "published": "2024-06-12"}, "test:1")
    events = next(iter(pipeline.run([raw], None))).to_dict()["events"]
    assert events and events[0]["location"]["name"] == "Cité Soleil", events
    assert events[0]["location"]["country"] == "HT"


@pytest.mark.parametrize("text,name,cc", [
    ("Police arrested twelve protesters in the Brooklyn neighbourhood of New York on Sunday, the NYPD said.",
     "Brooklyn", "US"),
    ("Riot police dispersed a crowd in the Gota area of Ahmedabad on Monday, Gujarat police said.", "Ahmedabad", "IN"),
])
def test_a_part_of_a_town_in_the_report_s_own_country_stays_there(pipeline, text, name, cc):
    places, _, loc = locate(pipeline, text)
    assert loc is not None and loc.country == cc, loc
    assert any(p.name == name and p.country == cc for p in places), [(p.name, p.country) for p in places]
