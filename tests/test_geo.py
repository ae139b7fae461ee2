"""The geoparser: gazetteer cache, recognition, resolution and event locations.

Most tests build Docs on spacy.blank("en") with hand-set entities, so they need no model;
the seed test runs the real pipeline (the session fixture ``nlp``).
"""
import math
import os
import pickle

import pytest
from _geo_helpers import make_doc

from vigil.geo import event_location, geoparse, resolve_name, ruler_patterns
from vigil.geo import gazetteer as gz
from vigil.geo import geonames


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))




def near(place, lat, lon, tol=25):
    return place.latitude is not None and km(place.latitude, place.longitude, lat, lon) <= tol


@pytest.mark.parametrize("name,lat,lon", [
    ("Mahshahr", 30.56, 49.19),     # a short form of Bandar-e Mahshahr
    ("Urmia", 37.55, 45.08),        # an alternate name of Orumiyeh
    ("Khoy", 38.55, 44.95),         # the city in West Azarbaijan, not the village in Isfahan
    ("Karaj", 35.83, 50.99),        # the city, not the old name of Qods
    ("Tehran", 35.69, 51.42),       # the city, not the province
    ("Isfahan", 32.65, 51.67),
    ("Bojnurd", 37.47, 57.33),
])
def test_iranian_cities_resolve_to_the_right_town(gaz, name, lat, lon):
    p = resolve_name(gaz, name, focus="IR")
    assert p.feature == "city" and p.country == "IR" and near(p, lat, lon), p


def test_khoy_is_in_west_azarbaijan(gaz):
    assert resolve_name(gaz, "Khoy", focus="IR").admin1 == "West Azerbaijan"


def test_karaj_primary_name_beats_alternate_name_even_without_focus(gaz):
    p = resolve_name(gaz, "Karaj")
    assert near(p, 35.83, 50.99)          # Qods, the other candidate, lies 20 km away at 35.72, 51.11
    assert km(p.latitude, p.longitude, 35.7214, 51.109) > 10


def test_province_with_suffix_is_admin1_at_its_centre(gaz):
    p = resolve_name(gaz, "Lorestan Province", focus="IR")
    assert p.feature == "admin1" and p.admin1 == "Lorestan" and near(p, 33.49, 48.36, tol=150)


def test_countries_at_geonames_centres(gaz):
    us = resolve_name(gaz, "U.S.")
    assert us.feature == "country" and us.country == "US" and near(us, 39.76, -98.5, tol=1)
    assert resolve_name(gaz, "Britain").country == "GB"
    assert resolve_name(gaz, "Russian").country == "RU"           # an adjective of place


def test_unknown_name_is_explicitly_unresolved(gaz):
    p = resolve_name(gaz, "Xqzzyville")
    assert p.geonameid is None and p.latitude is None and p.feature == "other"


def test_seed_paragraphs_every_place_right(gaz, blank):
    text = ("In Khoy, a poster says this, while a poster of him in Abadan reads that. "
            "Meanwhile, in Mahshahr, units set ablaze an image. "
            "In Urmia, members set fire to a poster, while in Lorestan Province, they set fire to an entrance.")
    ents = [("Khoy", "GPE"), ("Abadan", "GPE"), ("Mahshahr", "GPE"), ("Urmia", "GPE"),
            ("Lorestan Province", "GPE")]
    places, focus = geoparse(make_doc(blank, text, ents), gaz, country_hint="IR")
    assert focus == "IR"
    got = {p.name: p for p in places}
    assert near(got["Khoy"], 38.55, 44.95) and near(got["Abadan"], 30.34, 48.3)
    assert near(got["Mahshahr"], 30.56, 49.19) and near(got["Urmia"], 37.55, 45.08)
    assert got["Lorestan Province"].feature == "admin1"


def test_person_and_org_tagged_towns_count_when_written_as_places(gaz, blank):
    text = "In Bojnurd, a poster reads this. In Isfahan, they put up posters."
    doc = make_doc(blank, text, [("Bojnurd", "PERSON"), ("Isfahan", "ORG")])
    places, _ = geoparse(doc, gaz, country_hint="IR")
    assert [p.name for p in places] == ["Bojnurd", "Isfahan"]
    assert near(places[0], 37.47, 57.33) and near(places[1], 32.65, 51.67)


def test_organisation_names_are_not_places(gaz, blank):
    text = ("Amnesty International says he was executed for a donation to the MEK's satellite TV "
            "network Sima-ye Azadi (Voice of Freedom).")
    doc = make_doc(blank, text, [("Amnesty International", "ORG"), ("MEK", "ORG"),
                                 ("Sima-ye Azadi (Voice of Freedom", "ORG")])
    places, _ = geoparse(doc, gaz)
    assert places == []


def test_common_words_and_person_names_are_not_places(gaz, blank):
    text = "Police said the Protest ended. Michael Jordan arrived; Jordan said nothing."
    doc = make_doc(blank, text, [("Police", "GPE"), ("Protest", "GPE"), ("Michael Jordan", "PERSON"),
                                 ("Jordan", "GPE")])
    places, _ = geoparse(doc, gaz)
    assert places == []


def test_well_known_place_inside_a_name_is_a_mention_but_not_an_event_location(gaz, blank):
    text = "Protesters marched, Air Zimbabwe said."
    doc = make_doc(blank, text, [("Air Zimbabwe", "ORG")])
    places, focus = geoparse(doc, gaz)
    assert [(p.name, p.country) for p in places] == [("Zimbabwe", "ZW")]
    loc = event_location(doc, places, 0, 19, gaz, None)
    assert loc is None


def test_division_written_next_to_a_town_disambiguates_it(gaz, blank):
    text = "Police said a farmer was found shot on Saturday in Cuauhtemoc municipality, Chihuahua."
    doc = make_doc(blank, text, [("Cuauhtemoc", "GPE"), ("Chihuahua", "GPE")])
    places, focus = geoparse(doc, gaz, country_hint="MX")
    assert places[0].admin1 == "Chihuahua" and near(places[0], 28.41, -106.87)
    assert places[1].feature == "admin1"
    loc = event_location(doc, places, 0, len(text), gaz, focus)
    assert loc.name == "Cuauhtemoc" and loc.geo_precision == 2 and loc.admin1 == "Chihuahua"


def test_event_location_is_the_place_of_the_clause(gaz, blank):
    text = "In Tehran, a poster has the message, while a poster of him in Tabriz has the quote."
    doc = make_doc(blank, text, [("Tehran", "GPE"), ("Tabriz", "GPE")])
    places, focus = geoparse(doc, gaz, country_hint="IR")
    split = text.index("while")
    first = event_location(doc, places, 0, split, gaz, focus)
    second = event_location(doc, places, split, len(text), gaz, focus)
    assert first.name == "Tehran" and first.geo_precision == 1 and near(first, 35.69, 51.42)
    assert second.name == "Tabriz" and second.geo_precision == 1 and near(second, 38.08, 46.29)


def test_event_location_falls_back_to_preceding_place_in_paragraph(gaz, blank):
    text = "In Karaj, protesters gathered. They chanted slogans.\nLater, others marched."
    doc = make_doc(blank, text, [("Karaj", "GPE")])
    places, focus = geoparse(doc, gaz, country_hint="IR")
    inside = event_location(doc, places, text.index("They"), text.index("\n"), gaz, focus)
    assert inside.name == "Karaj" and inside.geo_precision == 1
    other_para = event_location(doc, places, text.index("Later"), len(text), gaz, focus)
    assert other_para.name != "Karaj" and other_para.geo_precision == 3


def test_country_only_event_gets_precision_3_and_the_country_centre(gaz, blank):
    text = "Protesters gathered across Iran on Friday, the Iranian opposition said."
    doc = make_doc(blank, text, [("Iran", "GPE"), ("Iranian", "NORP")])
    places, focus = geoparse(doc, gaz)
    assert focus == "IR" and [p.feature for p in places] == ["country", "country"]
    loc = event_location(doc, places, 0, len(text), gaz, focus)
    assert loc.geo_precision == 3 and loc.country == "IR" and loc.admin1 is None
    assert near(loc, 32.0, 53.0, tol=1)


def test_province_event_gets_precision_3(gaz, blank):
    text = "In Lorestan Province, they set fire to the entrance of a regime center."
    doc = make_doc(blank, text, [("Lorestan Province", "GPE")])
    places, focus = geoparse(doc, gaz, country_hint="IR")
    loc = event_location(doc, places, 0, len(text), gaz, focus)
    assert loc.geo_precision == 3 and loc.admin1 == "Lorestan"


def test_no_place_and_no_focus_means_no_location(gaz, blank):
    doc = make_doc(blank, "Someone protested somewhere.", [])
    assert event_location(doc, [], 0, 10, gaz, None) is None


def test_ruler_patterns_are_few_and_safe(gaz):
    pats = ruler_patterns(gaz)
    assert 500 < len(pats) < 5000
    assert all(p["label"] in ("GPE", "LOC") for p in pats)
    words = {" ".join(t.get("ORTH") or t.get("LOWER") for t in p["pattern"]) for p in pats}
    assert "Lorestan province" in words and "Azerbaijan" in words
    assert not {"Jordan", "Police", "Georgia", "Washington"} & words


def _tiny_build():
    b = geonames._Builder()
    i = b.add(1, "Testville", 1.0, 2.0, "XX", "", 100, gz.CITY)
    b.name_it(i, "Testville", False)
    return b.finish(dict(admin1={}, country={}, demonym={}, adm_english={}, adm_kind={}, capitals=frozenset()))


def test_cache_is_built_once_atomically_and_versioned(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(gz, "build", lambda: calls.append(1) or _tiny_build())
    load = gz.load_gazetteer.__wrapped__
    path = gz.cache_path(str(tmp_path))
    assert os.path.basename(path) == f"gazetteer-v{gz.FORMAT_VERSION}.bin"
    g = load(str(tmp_path))
    assert calls == [1] and os.path.exists(path) and g.lookup("testville")
    assert [f for f in os.listdir(tmp_path) if f.startswith(".gazetteer-")] == []   # no temp left
    load(str(tmp_path))
    assert calls == [1]                                           # read from the cache


def test_stale_or_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(gz, "build", lambda: calls.append(1) or _tiny_build())
    path = gz.cache_path(str(tmp_path))
    old = tmp_path / "gazetteer-v1-py39.pickle"                 # an older version's cache
    old.write_bytes(b"old")
    with open(path, "wb") as f:
        pickle.dump({"version": gz.FORMAT_VERSION - 1}, f)       # an old format under this name
    gz.load_gazetteer.__wrapped__(str(tmp_path))
    assert not old.exists()                                     # replaced by the new build
    with open(path, "wb") as f:
        f.write(b"not a pickle")
    gz.load_gazetteer.__wrapped__(str(tmp_path))
    assert calls == [1, 1]


def test_seed_article_places_with_the_real_model(nlp, gazetteer):
    text = ("In Isfahan, they put up posters. In Tehran, a poster has the message, while a poster of "
            "him in Tabriz has the quote. In Bojnurd, a poster has the message. In Karaj, members put "
            "images of leaders. Support for the MEK carries the death penalty in Iran. Amnesty "
            "International says he sent a donation to the MEK's satellite TV network Sima-ye Azadi "
            "(Voice of Freedom).")
    places, focus = geoparse(nlp(text), gazetteer, country_hint="IR")
    got = {p.name: p for p in places}
    for name, lat, lon in [("Isfahan", 32.65, 51.67), ("Tehran", 35.69, 51.42), ("Tabriz", 38.08, 46.29),
                           ("Bojnurd", 37.47, 57.33), ("Karaj", 35.83, 50.99)]:
        assert near(got[name], lat, lon), name
    for bad in ("Sima-ye Azadi", "Voice of Freedom", "Amnesty International"):
        s = text.index(bad)
        assert not [p for p in places if p.start < s + len(bad) and s < p.end], bad


# --- ACLED-style notes: homonyms, the division named beside a town, the clause's own place ---

def _loc(gaz, blank, text, ents, hint, clause=None):
    doc = make_doc(blank, text, ents)
    places, focus = geoparse(doc, gaz, country_hint=hint)
    start, end = (0, len(text)) if clause is None else (text.index(clause), text.index(clause) + len(clause))
    return places, event_location(doc, places, start, end, gaz, focus)


def test_small_town_abroad_loses_to_the_focus_country_namesake(gaz, blank):
    text = "Government forces repelled an assault on Hays (Hays, Al Hudaydah) on Monday."
    places, loc = _loc(gaz, blank, text, [("Hays", "GPE"), ("Hays", "GPE"), ("Al Hudaydah", "GPE")], "YE")
    assert places[0].country == "YE" and loc.country == "YE" and loc.admin1 == "Al Hudaydah"


def test_unknown_village_is_not_its_small_namesake_abroad(gaz, blank):
    text = "Rebels looted wheat crops in Rihaniya in al-Hasakeh."
    places, loc = _loc(gaz, blank, text, [("Rihaniya", "GPE"), ("al-Hasakeh", "GPE")], "SY")
    assert places[0].geonameid is None
    assert loc.country == "SY" and loc.name == "al-Hasakeh"      # "in" a town: in the town


def test_without_a_hint_a_lone_small_town_keeps_its_best_candidate(gaz):
    assert resolve_name(gaz, "Hays").country == "US"


def test_division_loses_to_its_capital_listed_under_another_spelling(gaz):
    p = resolve_name(gaz, "Mogilev", focus="BY")
    assert p.feature == "city" and near(p, 53.91, 30.34), p


@pytest.mark.parametrize("name,lat,lon", [
    ("San Andres de Tuxtla", 18.45, -95.21),   # GeoNames writes "San Andrés Tuxtla"
    ("San Francisco Campeche", 19.85, -90.53),  # ... and "San Francisco de Campeche"
    ("Ar-Raqqa", 35.95, 39.01),                 # the article written, GeoNames without it
])
def test_spelling_variants_find_the_town(gaz, name, lat, lon):
    p = resolve_name(gaz, name)
    assert near(p, lat, lon), p


def test_place_list_tagged_as_organisation_is_the_event_place(gaz, blank):
    text = "Late on Sunday in Santa Fe, Ocotepeque, gunmen fired on a bus."
    _, loc = _loc(gaz, blank, text, [("Santa Fe, Ocotepeque", "ORG")], "HN")
    assert loc.name == "Santa Fe" and loc.admin1 == "Ocotepeque" and loc.geo_precision == 1


def test_bracketed_division_splits_an_organisation_entity(gaz, blank):
    text = "Nurses marched on Tuesday in Concepcion (Biobio) over unpaid overtime."
    _, loc = _loc(gaz, blank, text, [("Concepcion (Biobio", "ORG")], "CL")
    assert loc.name == "Concepcion" and loc.country == "CL" and near(loc, -36.83, -73.05)


def test_town_after_a_locative_and_a_qualifier_is_a_place(gaz, blank):
    text = "Activists organized a protest outside the party building in central Van on Friday."
    places, loc = _loc(gaz, blank, text, [], "TR")
    assert [p.name for p in places] == ["Van"] and loc.name == "Van" and loc.country == "TR"


def test_town_tagged_as_nationality_counts_when_written_as_a_place(gaz, blank):
    text = "Students clashed with league members in Patiya town (Chittagong) on Sunday."
    _, loc = _loc(gaz, blank, text, [("Patiya", "NORP"), ("Chittagong", "PERSON")], "BD")
    assert loc.name == "Patiya" and loc.admin1 == "Chittagong"


def test_name_cut_at_its_head_is_read_whole(gaz, blank):
    text = "Guards used tear gas on rioting prisoners in Port Sudan (Red Sea state)."
    places, loc = _loc(gaz, blank, text, [("Sudan", "GPE"), ("Red Sea state", "GPE")], "SD")
    assert places[0].name == "Port Sudan" and loc.name == "Port Sudan" and near(loc, 19.62, 37.22)
    text = "A riot broke out among inmates on Thursday in Valle de Santiago, Guanajuato."
    places, loc = _loc(gaz, blank, text, [("Valle de", "FAC"), ("Santiago", "GPE")], "MX")
    assert loc.name == "Valle de Santiago" and loc.admin1 == "Guanajuato"


def test_town_written_with_city_finds_the_town(gaz, blank):
    text = "Houthi forces fired at houses in Hays city (Al Hudaydah)."
    _, loc = _loc(gaz, blank, text, [("Hays city", "GPE"), ("Al Hudaydah", "PERSON")], "YE")
    assert loc.country == "YE" and loc.geo_precision == 1 and loc.admin1 == "Al Hudaydah"


def test_division_beside_a_town_is_the_one_that_holds_it(gaz, blank):
    text = "A man was beaten to death in Patiala (Punjab) over a rivalry."
    places, _ = _loc(gaz, blank, text, [("Patiala", "GPE"), ("Punjab", "GPE")], None)
    assert places[0].country == "IN" and places[0].admin1 == "Punjab"


def test_town_in_brackets_rules_out_a_namesake_elsewhere(gaz, blank):
    text = "On Monday farm labourers blocked the main road near Pati village (Barwani, Madhya Pradesh)."
    places, loc = _loc(gaz, blank, text, [("Pati", "GPE"), ("Barwani", "ORG"), ("Madhya Pradesh", "GPE")], "IN")
    assert places[0].geonameid is None
    barwani = places[1]
    assert loc.name == "Pati" and loc.geonameid is None and loc.geo_precision == 2   # the village, at Barwani
    assert (loc.latitude, loc.admin1) == (barwani.latitude, "Madhya Pradesh")


def test_neighbourhood_of_a_city_is_located_at_the_city(gaz, blank):
    text = "Street vendors rallied on Friday in Gota, a neighbourhood of Ahmedabad city (Ahmedabad, Gujarat)."
    _, loc = _loc(gaz, blank, text, [("Gota", "GPE"), ("Ahmedabad", "GPE"), ("Ahmedabad", "GPE"),
                                     ("Gujarat", "GPE")], "IN")
    assert loc.name == "Ahmedabad" and loc.admin1.startswith("Gujar")


def test_country_never_beats_a_division_named_in_the_clause(gaz, blank):
    text = "People in Zinijbar (Zingibar, Abyan) joined a demonstration in South Yemen."
    _, loc = _loc(gaz, blank, text, [("Zinijbar", "GPE"), ("Yemen", "GPE")], "YE")
    # the town as written, at its district's place (the spelling in brackets)
    assert loc.name == "Zinijbar" and loc.geo_precision == 2 and loc.admin1 == "Abyan" and loc.geonameid is None


def test_place_later_in_the_sentence_beats_the_country_centre(gaz, blank):
    text = "On 6 May 2020, a policeman was shot by Taliban militants while shopping in PD1 of Lashkargah city, Helmand."
    _, loc = _loc(gaz, blank, text, [("Taliban", "ORG"), ("Lashkargah", "ORG"), ("Helmand", "GPE")], "AF",
                  clause="On 6 May 2020, a policeman was shot by Taliban militants")
    assert loc.admin1 == "Helmand" and near(loc, 31.59, 64.37)


def test_place_inside_an_outlet_name_does_not_set_the_focus_country(nlp, gazetteer):
    text = ("SANTIAGO, March 15 (Cordillera News Service) — Thousands marched through central Santiago on "
            "Monday and walked along the Alameda towards the palace. Hundreds more gathered in Valparaiso.")
    places, focus = geoparse(nlp(text), gazetteer)
    got = {p.name: p for p in places}
    assert focus == "CL"
    assert got["Valparaiso"].country == "CL"
    assert got["Alameda"].geonameid is None          # "the Alameda" is a street here, not Alameda, California


def test_dateline_capitals_are_shown_in_title_case():
    from vigil.geo.locate import display_name
    assert display_name("DHAKA") == "Dhaka" and display_name("Mahshahr") == "Mahshahr"
    assert display_name("UAE") == "UAE"


def test_a_city_named_x_city_is_that_city_not_the_country(nlp, gazetteer):
    places, _ = geoparse(nlp("Hundreds of mothers also marched in Mexico City on Wednesday."), gazetteer, country_hint="MX")
    (p,) = [p for p in places if p.name == "Mexico City"]
    assert p.feature == "city" and abs(p.latitude - 19.43) < 0.3


def test_capital_dateline_and_direction_cue_make_a_person_tagged_town_a_place(nlp, gazetteer):
    text = ("GOMA — The army and M23 rebels fought for hours in the hills about 20 km north of Goma on "
            "Wednesday, a spokesman said.")
    places, _ = geoparse(nlp(text), gazetteer, country_hint="CD")
    names = [(p.name, p.country) for p in places if p.feature == "city"]
    assert names == [("GOMA", "CD"), ("Goma", "CD")]


def test_a_country_named_as_a_modifier_gives_way_to_the_paragraphs_place():
    """ "Sudan's health ministry said ..." names who speaks, not where it happened: the event stays
    at the place its paragraph is at; a country written as where ("across Kenya") stays the place."""
    import vigil
    for text, country, want in [
        ("Then the war reached Kharkiv. On Friday, a missile hit a market in the city, killing three people, "
         "Ukraine's emergency service said.", "UA", "Kharkiv"),
        ("Gunmen stormed a village near Maiduguri on Sunday. Nigeria's army said it killed 20 of the attackers "
         "in a counter-attack hours later.", "NG", "Maiduguri"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-20", country=country)
        assert rec.events and all(e.location.name == want for e in rec.events if e.status == "reported"), \
            (text, [(e.sub_event_type, e.location.name) for e in rec.events])
    rec = vigil.extract_text("Protests over fuel prices spread across Kenya on Monday, organisers said.",
                             published="2024-05-20", country="KE")
    assert [e.location.geo_precision for e in rec.events] == [3], rec.events


# Second-level divisions (counties, districts), lists of names and regions with a feature type.

@pytest.mark.parametrize("name,focus,cc,admin1", [
    ("Morris County", "US", "US", "New Jersey"),     # the biggest of three, in the focus country
    ("Hampshire", "GB", "GB", "England"),            # the county, not the village in Illinois
    ("Norfolk", "GB", "GB", "England"),
    ("Suffolk County", "US", "US", None),
])
def test_counties_are_places_of_their_own(gaz, name, focus, cc, admin1):
    p = resolve_name(gaz, name, focus=focus)
    assert p.feature == "admin2" and p.country == cc and p.latitude is not None, p
    assert admin1 is None or p.admin1 == admin1


def test_a_town_beats_its_namesake_county(gaz):
    york = resolve_name(gaz, "York", focus="GB")
    assert york.feature == "city" and near(york, 53.96, -1.08)
    assert resolve_name(gaz, "Yavatmal", focus="IN").feature == "city"
    district = resolve_name(gaz, "Yavatmal District", focus="IN")     # written as the district: the district
    assert district.feature == "admin2" and district.admin1 and near(district, 20.3, 78.1, tol=80)


def test_a_county_named_in_text_is_found_and_votes_for_its_country(gaz, blank):
    text = "Deputies in Walker County searched the woods after two inmates escaped on Sunday."
    places, focus = geoparse(make_doc(blank, text, [("Walker County", "GPE")]), gaz)
    assert focus == "US" and places[0].feature == "admin2" and places[0].country == "US"


@pytest.mark.parametrize("text,ents,want", [
    ("Engineers are leaving states such as California or Washington for cheaper homes.",
     [("California", "GPE"), ("Washington", "GPE")], {"Washington": "admin1"}),
    ("Trips took the team to Alaska, Hawaii, Florida and Washington last year.",
     [("Alaska", "GPE"), ("Hawaii", "GPE"), ("Florida", "GPE"), ("Washington", "GPE")], {"Washington": "admin1"}),
    ("The chain has shops in Chicago, Dallas, New York and Seattle.",
     [("Chicago", "GPE"), ("Dallas", "GPE"), ("New York", "GPE"), ("Seattle", "GPE")], {"New York": "city"}),
])
def test_a_list_holds_names_of_one_kind(gaz, blank, text, ents, want):
    places, _ = geoparse(make_doc(blank, text, ents), gaz)
    got = {p.name: p.feature for p in places}
    assert all(got[k] == v for k, v in want.items()), got


@pytest.mark.parametrize("text,ents", [
    ("The firm has offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit.",
     [("Los Angeles", "GPE"), ("Miami", "GPE"), ("West Palm Beach", "GPE"), ("New York", "GPE"), ("Detroit", "GPE")]),
    ("Buses left Atlanta, Orlando, Tampa, Texas and Ohio before dawn.",
     [("Atlanta", "GPE"), ("Orlando", "GPE"), ("Tampa", "GPE"), ("Texas", "GPE"), ("Ohio", "GPE")]),
])
def test_a_name_in_a_list_is_not_placed_in_the_next_one(gaz, blank, text, ents):
    """"West Palm Beach, New York" inside a list is two items, not a town in New York State."""
    places, _ = geoparse(make_doc(blank, text, ents), gaz)
    florida = [p for p in places if p.name in ("West Palm Beach", "Tampa")]
    assert florida and all(p.latitude is not None and p.admin1 == "Florida" for p in florida), florida


def test_a_town_written_before_its_division_still_lies_in_it(gaz, blank):
    text = "Dozens were evacuated from Thruxton, Hampshire, and from Patiala, Punjab and Ludhiana on Friday."
    ents = [("Thruxton", "GPE"), ("Hampshire", "GPE"), ("Patiala", "GPE"), ("Punjab", "GPE"), ("Ludhiana", "GPE")]
    got = {p.name: p for p in geoparse(make_doc(blank, text, ents), gaz)[0]}
    assert got["Thruxton"].country == "GB" and got["Patiala"].country == "IN"


def test_regions_have_a_feature_type_and_region_precision(gaz, blank):
    p = resolve_name(gaz, "Horn of Africa")
    assert p.feature == "region" and p.latitude is not None and p.geonameid is None
    text = "Locusts swept across the Sahel, aid agencies said."
    doc = make_doc(blank, text, [("Sahel", "LOC")])
    places, focus = geoparse(doc, gaz)
    loc = event_location(doc, places, 0, len(text), gaz, focus)
    assert loc.geo_precision == 3


def test_county_locations_have_precision_two(gaz, blank):
    text = "Two men were arrested in Morris County on Friday after a robbery, police said."
    doc = make_doc(blank, text, [("Morris County", "GPE")])
    places, focus = geoparse(doc, gaz, country_hint="US")
    loc = event_location(doc, places, 0, len(text), gaz, focus)
    assert loc.geo_precision == 2 and loc.admin1 == "New Jersey"


def test_cache_dir_comes_from_the_environment_when_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIL_CACHE_DIR", str(tmp_path / "from-env"))
    assert os.path.dirname(gz.cache_path()) == str(tmp_path / "from-env")
    assert os.path.dirname(gz.cache_path(str(tmp_path / "given"))) == str(tmp_path / "given")
    monkeypatch.delenv("VIGIL_CACHE_DIR")
    assert os.path.dirname(gz.cache_path()).endswith(os.path.join(".cache", "vigil"))
