"""The event's own place, including places the gazetteer does not hold.

ACLED's coders write the village, neighbourhood or oil field where an event happened and, when
its coordinates are unknown, use those of the nearest known place or area the report gives,
with geo_precision 2 (codebook, Precision). Each principle is tried on several sentences
written for these tests, in different wordings and countries, with the real pipeline.
"""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, clause=None, hint=None):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    start = 0 if clause is None else text.index(clause)
    end = len(text) if clause is None else start + len(clause)
    return places, event_location(doc, places, start, end, pipeline.gazetteer, focus)


def known(places, name):
    (p,) = [p for p in places if p.name == name and p.latitude is not None]
    return p


# 1. A place written as where the event happened is its location even when the gazetteer lacks it:
#    its name as written, no geonameid, the coordinates of the place the text says it is in or near.
@pytest.mark.parametrize("text,hint,name,anchor,precision", [
    ("Soldiers clashed with rebels near Tilwa in Kongwa district on Sunday.", "TZ", "Tilwa", "Kongwa", 2),
    ("Militants attacked Lumbe, a farming village 30 km south of Kigoma, overnight, burning homes.",
     "TZ", "Lumbe", "Kigoma", 2),
    ("Bandits raided the hamlet of Dan Gulbi near Gusau late on Friday and abducted 14 people.",
     "NG", "Dan Gulbi", "Gusau", 2),
    ("A car bomb went off on the outskirts of Tawila, west of El Fasher, on Wednesday.", "SD", "Tawila",
     "El Fasher", 2),
    ("A drone struck a checkpoint at the Rashid oil field near Basra on Saturday.", "IQ", "Rashid", "Basra", 2),
    ("Gunmen stormed the village of Kasoko, in Kigoma region, on Monday, killing four farmers.",
     "TZ", "Kasoko", "Kigoma", 3),                       # only a province says where: precision 3
    ("Two bombs exploded in Marabe township in Magway region on Tuesday, killing a teacher.",
     "MM", "Marabe", "Magway", 3),
])
def test_unknown_place_written_as_where_is_the_location_at_its_anchor(pipeline, text, hint, name, anchor,
                                                                      precision):
    places, loc = locate(pipeline, text, hint=hint)
    a = [p for p in places if p.name.startswith(anchor) and p.latitude is not None][0]
    assert (loc.name, loc.geonameid, loc.geo_precision) == (name, None, precision)
    assert (loc.latitude, loc.longitude, loc.admin1, loc.country) == (a.latitude, a.longitude, a.admin1, a.country)
    assert not [p for p in places if p.name == name and p.geonameid is not None]   # truly unknown


# A neighbourhood of a known town is that town (precision 1, "the named town"); a part of a
# district is named as written at the district (precision 2, "a small part of a region").
@pytest.mark.parametrize("text,hint,town", [
    ("Police fired tear gas at protesters in the Gonda neighbourhood of Arusha on Friday.", "TZ", "Arusha"),
    ("Troops shelled the Bab al-Nasr quarter of Aleppo on Tuesday.", "SY", "Aleppo"),
    ("MOMBASA, March 2 - Police clashed with youths in the Kisauni suburb late on Sunday.", "KE", "Mombasa"),
    ("Riot police fired tear gas at traders in Mabibo in Dar es Salaam on Monday.", "TZ", "Dar es Salaam"),
])
def test_a_part_of_a_town_is_the_town(pipeline, text, hint, town):
    places, loc = locate(pipeline, text, hint=hint)
    t = [p for p in places if p.name.lower() == town.lower()][0]
    assert (loc.name, loc.geonameid, loc.geo_precision) == (town, t.geonameid, 1)


def test_an_unknown_place_with_nothing_said_of_where_it_lies_is_at_the_paragraphs_place(pipeline):
    text = "Fighting spread across Kigoma region last week. On Monday, gunmen burned houses in the village of Mtanga."
    places, loc = locate(pipeline, text, clause="On Monday, gunmen burned houses in the village of Mtanga.", hint="TZ")
    assert (loc.name, loc.geonameid, loc.country, loc.admin1) == ("Mtanga", None, "TZ", "Kigoma")
    assert loc.geo_precision == 3                  # the paragraph's only known place is a province


# Streets, buildings, parks, people and organisations are not the event's place.
@pytest.mark.parametrize("text,hint,town", [
    ("Demonstrators marched along Moi Avenue in Nairobi on Friday.", "KE", "Nairobi"),
    ("Police dispersed a rally at Uhuru Park in Nairobi on Saturday.", "KE", "Nairobi"),
    ("A man was stabbed on Kenyatta Street in Nakuru on Friday night, police said.", "KE", "Nakuru"),
    ("Students rallied at Makerere University in Kampala on Thursday.", "UG", "Kampala"),
    ("Police arrested John Mwangi in Nakuru on Tuesday over a land dispute.", "KE", "Nakuru"),
    ("Protesters gathered outside the offices of Kenya Power in Nakuru on Monday.", "KE", "Nakuru"),
    ("Opposition leader Kizza Besigye was detained in Kampala on Monday.", "UG", "Kampala"),
])
def test_streets_buildings_people_and_organisations_are_not_unknown_places(pipeline, text, hint, town):
    _, loc = locate(pipeline, text, hint=hint)
    assert loc.name == town and loc.geonameid is not None and loc.geo_precision == 1


# 2. A known place written in the event's clause beats the dateline and other sentences' places;
#    "the town" without a name is the place the report was last at.
def test_a_place_in_the_clause_beats_the_dateline(pipeline):
    for text, hint, want in [
        ("NAIROBI, May 3 - A bus hit a landmine on the road between Mandera and Elwak on Tuesday, killing six.",
         "KE", "Mandera"),
        ("LAGOS, June 9 (Wire) - Gunmen kidnapped 12 travellers on the highway outside Lokoja on Sunday.", "NG", "Lokoja"),
    ]:
        _, loc = locate(pipeline, text, hint=hint)
        assert loc.name == want, (text, loc)


@pytest.mark.parametrize("text,clause,want", [
    ("Rebels captured Bunia on Monday after heavy fighting.\nOn Tuesday, thousands of residents marched "
     "through the town's main street to protest.", "On Tuesday, thousands of residents marched through the "
     "town's main street to protest.", "Bunia"),
    ("NAIROBI, May 3 - Fighting broke out in Kasese on Monday.\n\nOn Tuesday, hundreds of people gathered in "
     "the town's central market to demand the release of detainees.", "On Tuesday, hundreds of people gathered "
     "in the town's central market to demand the release of detainees.", "Kasese"),
    ("KAMPALA, Aug 2 - Clashes broke out in Gulu late on Thursday.\n\nBy morning, soldiers were patrolling the "
     "city and shops stayed shut.", "By morning, soldiers were patrolling the city and shops stayed shut.", "Gulu"),
])
def test_the_town_without_a_name_is_where_the_report_last_was(pipeline, text, clause, want):
    _, loc = locate(pipeline, text, clause=clause)
    assert loc.name == want


def test_the_village_refers_back_to_an_unknown_village(pipeline):
    text = "Soldiers raided the village of Mbuyu near Kalemie on Monday. They burned 40 houses in the village."
    places, loc = locate(pipeline, text, clause="They burned 40 houses in the village.", hint="CD")
    kalemie = known(places, "Kalemie")
    assert (loc.name, loc.geo_precision, loc.latitude) == ("Mbuyu", 2, kalemie.latitude)


def test_an_unknown_place_reaches_the_record(pipeline):
    """End to end: the record's event carries the village, null geonameid, the district's point."""
    import vigil
    rec = vigil.extract_text("Armed men opened fire on worshippers in Kurmin Dogo, a village in Kaura district, "
                             "on Sunday, killing five people.", published="2024-05-20", country="NG")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert (ev.location.name, ev.location.geonameid, ev.location.geo_precision, ev.location.country) == \
        ("Kurmin Dogo", None, 2, "NG")
    assert ev.location.latitude is not None and ev.location.admin1 == "Kaduna"


@pytest.mark.parametrize("text,hint,want", [
    ("Police detained a trader from Bungoma in Kisumu on Monday.", "KE", "Kisumu"),
    ("Soldiers shot dead a herder from Gulu in Kitgum on Friday, relatives said.", "UG", "Kitgum"),
])
def test_where_someone_is_from_is_not_where_the_event_happened(pipeline, text, hint, want):
    _, loc = locate(pipeline, text, hint=hint)
    assert loc.name == want


# The district and province written after a place, in brackets or after "district,", name where
# it lies even when the tagger took them for people or bodies, and in any spelling the report's
# country has for them ("Kismaayo" for Kismayo).
@pytest.mark.parametrize("text,hint,division", [
    ("Insurgents ambushed a police patrol in the Sangar area of Qarabagh district, Ghazni, on Friday.",
     "AF", "Ghazni"),
    ("Two soldiers died when militants attacked a checkpoint in Kharwar district, Logar, late on Tuesday.",
     "AF", "Logar"),
    ("Fighters overran an army post in Dhobley town (Kismaayo, Lower Juba) shortly before dawn.",
     "SO", "Lower Juba"),
    ("Masked men seized two traders on the road outside Bahdo village (Ceel Buur, Galgaduud) on Monday.",
     "SO", "Galgaduud"),
])
def test_the_division_written_after_a_district_or_in_an_address(pipeline, text, hint, division):
    places, loc = locate(pipeline, text, hint=hint)
    assert loc is not None and loc.admin1 == division and loc.country == hint


# A tagger's entity that runs into an address bracket ("Kouloundou (Djibo, Soum" as one name) is
# no name: the places in the bracket still anchor the village.
@pytest.mark.parametrize("text,hint,anchor", [
    ("Raiders burned granaries in the hamlet of Kouloundou (Djibo, Soum) overnight.", "BF", "Djibo"),
    ("Gunmen shot a trader in the village of Tiabongou (Dori, Seno) on Sunday evening.", "BF", "Dori"),
])
def test_an_address_bracket_anchors_even_inside_a_broken_entity(pipeline, text, hint, anchor):
    places, loc = locate(pipeline, text, hint=hint)
    town = known(places, anchor)
    assert loc is not None and (loc.latitude, loc.longitude) == (town.latitude, town.longitude)
    assert loc.admin1 == town.admin1


# Somali and Arabic names are written with and without long vowels and doubled letters: a name
# unknown as written is found under such a spelling in the report's country.
@pytest.mark.parametrize("text,hint,written", [
    ("Clan militias fought over grazing land in Hiraan region on Thursday.", "SO", "Hiraan"),
    ("A soldier was shot dead at a livestock market in Lower Shabelle on Sunday.", "SO", "Lower Shabelle"),
    ("Fighters raided the hamlet of Gacal Ley (Jowhar, Middle Shabelle) and took away a teenager.", "SO",
     "Middle Shabelle"),
])
def test_a_division_found_under_its_long_vowel_spelling(pipeline, text, hint, written):
    places, loc = locate(pipeline, text, hint=hint)
    assert loc is not None and loc.country == hint and loc.admin1 == written
    assert any(p.feature == "admin1" and p.name == written and p.geonameid for p in places)


def test_a_brand_is_no_respelt_town(pipeline):
    places, _ = locate(pipeline, "Students cheered outside the arena after UConn beat Villanova on Saturday.",
                       hint="US")
    assert not any(p.name == "UConn" and p.geonameid for p in places)
