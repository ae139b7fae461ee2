"""A town written with its district ("Rapar, Nalanda") lies in that district: CODEBOOK, Precision
("2 ... an unknown village listed with its area"). A namesake the gazetteer holds in another state,
far from the district, is not the place: the name is an unknown village of the district, at the
district's coordinates with precision 2. A namesake in the district's own state stays. Sentences
written for these tests."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name,admin1", [
    ("A mob lynched a man accused of theft in Rapar, Nalanda on Sunday, police said.", "IN", "Rapar", "Bihar"),
    ("Police fired tear gas at villagers protesting in Rapar, Dumka district on Monday.", "IN", "Rapar",
     "Jharkhand"),
    ("Two men were hacked to death over a land dispute in Pati, Sambalpur on Friday.", "IN", "Pati", "Odisha"),
])
def test_a_namesake_in_another_state_is_not_the_listed_town(pipeline, text, hint, name, admin1):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.admin1, loc.geo_precision) == (name, admin1, 2)
    assert loc.geonameid is None


@pytest.mark.parametrize("text,hint,name", [
    ("Two men were shot dead over a land dispute in Hamirpur, Saharanpur on Sunday, police said.", "IN", "Hamirpur"),
    ("Villagers blocked a road in protest in Rampur, Sitapur on Monday after a boy drowned in a drain.", "IN",
     "Rampur"),
])
def test_a_namesake_far_from_the_town_written_after_it_is_not_the_place(pipeline, text, hint, name):
    """"Hamirpur, Saharanpur": the Hamirpurs the gazetteer knows lie 200 km and more from Saharanpur,
    so the name is an unknown place near Saharanpur (its coordinates, precision 2)."""
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision, loc.admin1) == (name, 2, "Uttar Pradesh") and loc.geonameid is None


def test_a_town_near_the_town_written_after_it_stays(pipeline):
    loc = locate(pipeline, "A mob beat a man to death in Deoband, Saharanpur on Friday.", "IN")
    assert (loc.name, loc.geo_precision) == ("Deoband", 1) and loc.geonameid is not None


def test_a_town_of_the_districts_own_state_stays(pipeline):
    loc = locate(pipeline, "Farmers blocked the highway in Muzaffarpur, Nalanda district on Monday.", "IN")
    assert (loc.name, loc.admin1, loc.geo_precision) == ("Muzaffarpur", "Bihar", 1)


@pytest.mark.parametrize("text,hint,name,admin1", [
    ("Traders shut their shops in protest in Rapar, Ahmedabad and Surat on Monday.", "IN", "Rapar", "Gujarat"),
    ("Strikes closed markets in Goma, Bukavu and Uvira on Monday.", "CD", "Goma", "Nord-Kivu"),
])
def test_a_list_of_towns_is_no_town_and_its_district(pipeline, text, hint, name, admin1):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.admin1, loc.geo_precision) == (name, admin1, 1)
