"""The geoparser: gazetteer cache, recognition, resolution and event locations.

Most tests build Docs on spacy.blank("en") with hand-set entities, so they need no model;
the seed test runs the real pipeline (the session fixture ``nlp``).
"""
import math
import os
import pickle

import pytest
import spacy
from spacy.tokens import Span

from vigil.geo import event_location, geoparse, load_gazetteer, resolve_name, ruler_patterns
from vigil.geo import gazetteer as gz


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="session")
def blank():
    return spacy.blank("en")


def make_doc(blank, text, ents):
    """A Doc of ``text`` with entities given as (surface, label), first occurrences in order."""
    doc = blank(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, pos, label=label, alignment_mode="expand"))
    doc.ents = spans
    return doc


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
    text = "On 9 May 2020, in Cuauhtemoc municipality, Chihuahua, a man was found dead."
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
    b = gz._Builder()
    i = b.add(1, "Testville", 1.0, 2.0, "XX", "", 100, gz.CITY)
    b.name_it(i, "Testville", False)
    return b.finish(dict(admin1={}, country={}, demonym={}, adm_english={}, adm_kind={}, capitals=frozenset()))


def test_cache_is_built_once_atomically_and_versioned(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(gz, "build", lambda: calls.append(1) or _tiny_build())
    load = gz.load_gazetteer.__wrapped__
    path = gz.cache_path(str(tmp_path))
    assert f"-v{gz.FORMAT_VERSION}-" in os.path.basename(path)
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
