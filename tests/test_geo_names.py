"""Names the gazetteer gives: English division names and one reading per name in a report.

Sentences are written for these tests; the divisions are real GeoNames ones.
"""
from collections import Counter

from _geo_helpers import make_doc

from vigil.geo import event_location, geoparse, resolve_name


def _parse(gaz, blank, text, ents, hint=None):
    doc = make_doc(blank, text, ents)
    places, focus = geoparse(doc, gaz, country_hint=hint)
    return places, event_location(doc, places, 0, len(text), gaz, focus)


# -- a city that is its own division and the province around it keep distinct names ------------

def test_capital_city_division_and_its_province_have_different_names(gaz):
    city = resolve_name(gaz, "Kyiv", focus="UA")
    oblast = resolve_name(gaz, "Kyiv Oblast", focus="UA")
    assert city.feature == "city" and city.admin1 == "Kyiv City"
    assert oblast.feature == "admin1" and oblast.admin1 == "Kyiv"


def test_city_division_takes_its_city_form_in_other_countries_too(gaz):
    assert resolve_name(gaz, "Maputo", focus="MZ").admin1 == "Maputo City"
    assert resolve_name(gaz, "Maputo Province", focus="MZ").admin1 == "Maputo"
    assert resolve_name(gaz, "Almaty Region", focus="KZ").admin1 == "Almaty Region"
    assert resolve_name(gaz, "Almaty", focus="KZ").admin1 == "Almaty"


def test_few_divisions_of_one_country_still_share_a_name(gaz):
    # those left have no English form that tells them apart in the sources
    shared = Counter((key.split(".")[0], name) for key, name in gaz.adm_english.items())
    assert sum(1 for n in shared.values() if n > 1) <= 4


# -- a division already named in English keeps its name ------------------------------------------

def test_division_already_named_in_english_is_unchanged(gaz):
    assert resolve_name(gaz, "North Carolina").admin1 == "North Carolina"
    assert resolve_name(gaz, "Lorestan Province").admin1 == "Lorestan"


# -- a name repeated in one report names the same place ----------------------------------------

def test_repeat_of_a_village_unknown_in_its_division_is_not_a_namesake_elsewhere(gaz, blank):
    text = ("Separatists fired mortars at army trenches near Vodyane, Donetsk, overnight. "
            "Observers later counted 30 blasts around Vodyane.")
    places, loc = _parse(gaz, blank, text, [("Vodyane", "GPE"), ("Donetsk", "GPE"), ("Vodyane", "GPE")], "UA")
    assert [p.geonameid for p in places if p.name == "Vodyane"] == [None, None]
    assert loc.admin1 == "Donetsk"


def test_repeat_of_a_town_placed_by_its_country_keeps_that_country(gaz, blank):
    text = ("Two men were shot dead in Tripoli, Lebanon, late on Friday. "
            "Security sources in Tripoli said the gunmen fled on a motorbike.")
    places, _ = _parse(gaz, blank, text, [("Tripoli", "GPE"), ("Lebanon", "GPE"), ("Tripoli", "GPE")])
    assert [p.country for p in places if p.name == "Tripoli"] == ["LB", "LB"]


def test_repeat_of_a_town_placed_by_its_state_keeps_that_state(gaz, blank):
    text = ("A warehouse fire broke out in Springfield, Illinois, on Sunday. "
            "Firefighters in Springfield said nobody was hurt.")
    places, _ = _parse(gaz, blank, text, [("Springfield", "GPE"), ("Illinois", "GPE"), ("Springfield", "GPE")])
    assert [p.admin1 for p in places if p.name == "Springfield"] == ["Illinois", "Illinois"]


def test_a_division_of_the_same_name_is_not_forced_into_the_town(gaz, blank):
    text = "Crowds gathered in Washington, D.C., while farmers in Washington state blocked a road."
    places, _ = _parse(gaz, blank, text, [("Washington", "GPE"), ("D.C.", "GPE"), ("Washington", "GPE")], "US")
    assert places[-1].feature == "admin1" and places[-1].admin1 == "Washington"


# -- a capital or a city of a million before a division it is not in starts a list -------------

def test_capital_before_a_foreign_division_is_a_list_not_a_place_in_it(gaz, blank):
    text = "The orchestra will tour Copenhagen, Hamburg, Brasov and Mannheim in the autumn."
    ents = [("Copenhagen", "GPE"), ("Hamburg", "GPE"), ("Mannheim", "GPE")]
    places, _ = _parse(gaz, blank, text, ents)
    assert places[0].country == "DK" and places[0].feature == "city"


def test_big_city_of_a_million_is_no_village_of_the_division_after_it(gaz, blank):
    text = "Fans travelled from Milan, Bavaria and Tyrol for the final."
    places, _ = _parse(gaz, blank, text, [("Milan", "GPE"), ("Bavaria", "GPE"), ("Tyrol", "GPE")])
    assert places[0].country == "IT"


def test_small_town_before_a_division_it_is_not_in_stays_unresolved(gaz, blank):
    text = "Shelling hit Lozuvatka, Luhansk, at dawn."
    places, _ = _parse(gaz, blank, text, [("Lozuvatka", "GPE"), ("Luhansk", "GPE")], "UA")
    assert places[0].geonameid is None or places[0].admin1 == "Luhansk"


# -- a name unknown as written is tried in its other romanisations -----------------------------

def test_doubled_letter_written_once_or_twice_finds_the_same_town(gaz):
    assert resolve_name(gaz, "Kafr Nassij", focus="SY").geonameid == resolve_name(gaz, "Kafr Nasij", focus="SY").geonameid
    assert resolve_name(gaz, "Jowharr", focus="SO").geonameid == resolve_name(gaz, "Jowhar", focus="SO").geonameid


def test_one_of_several_doubled_letters_written_once_finds_the_town(gaz):
    # the gazetteer keeps one doubled letter ("Musayyib", "Qayyarah"), the report doubles another too
    for written, known in (("Mussayyib", "Musayyib"), ("Qayyarra", "Qayyarah")):
        p = resolve_name(gaz, written, focus="IQ")
        assert p.geonameid is not None and p.geonameid == resolve_name(gaz, known, focus="IQ").geonameid


def test_feminine_ending_with_or_without_its_h_finds_the_same_town(gaz):
    for written, known in (("Bartala", "Bartalah"), ("Shaqlawa", "Shaqlawah")):
        p = resolve_name(gaz, written, focus="IQ")
        assert p.geonameid is not None and p.geonameid == resolve_name(gaz, known, focus="IQ").geonameid


def test_respelt_name_is_read_so_only_in_the_reports_country(gaz, blank):
    text = "Exiles from Kafr Nassij met in Berlin and Hamburg on Sunday."
    places, _ = _parse(gaz, blank, text, [("Kafr Nassij", "GPE"), ("Berlin", "GPE"), ("Hamburg", "GPE")])
    assert [p.name for p in places] == ["Berlin", "Hamburg"]            # no Syrian village abroad
    places, _ = _parse(gaz, blank, "Shelling hit Kafr Nassij on Sunday.", [("Kafr Nassij", "GPE")], "SY")
    assert places[0].country == "SY"


def test_town_known_only_by_a_name_with_transliteration_marks_is_found():
    from vigil.geo.names import is_latin, is_latin_name
    for name in ("Shu‘fāţ", "Abū ‘Arīsh", "Kakaʻako", "Rosemont–La Petite-Patrie"):
        assert is_latin_name(name) and not is_latin(name)
    assert not is_latin_name("Половинка") and not is_latin_name("")


def test_towns_named_with_marks_are_in_the_gazetteer(gaz):
    from vigil.geo.gazetteer import CITY
    for written, cc in (("Shu'fat", "PS"), ("Shufat", "PS"), ("Abu Arish", "SA"), ("Abu 'Arish", "SA"),
                        ("Rosemont-La Petite-Patrie", "CA")):
        codes = gaz.lookup(written)
        assert codes and codes[0] % 4 == 0, written
        i = codes[0] // 4
        assert gaz.kind[i] == CITY and gaz.cc[i] == cc, written


def test_brand_or_acronym_is_never_respelt(gaz):
    assert gaz.lookup("UConn") == () and gaz.lookup("Uconn") != ()


def test_respellings_are_few_and_only_of_longer_names():
    from vigil.geo.gazetteer import _respellings
    assert _respellings("kafr nassij") == ["kafr nasij"]
    assert _respellings("ash shajara") == ["ash shajarah"]
    assert _respellings("mansurah") == ["mansura"]
    assert _respellings("hama") == [] and _respellings("baghdad") == []
    assert "muhammadiya" in _respellings("muhammadiyya") and "muhamadiyya" in _respellings("muhammadiyya")
    assert len(_respellings("muhammadiyya")) <= 8


# -- a county goes with the state of the small towns the report names --------------------------

def test_county_is_the_one_in_the_state_of_a_town_named_beside_it(gaz, blank):
    text = "Suffolk County police dug up the cellar of a farmhouse in Southold on Tuesday."
    places, _ = _parse(gaz, blank, text, [("Suffolk County", "GPE"), ("Southold", "GPE")], "US")
    assert places[0].feature == "admin2" and places[0].admin1 == "New York"


def test_county_without_such_a_town_keeps_its_most_populous_namesake(gaz, blank):
    text = "Suffolk County prosecutors charged two men on Tuesday."
    places, _ = _parse(gaz, blank, text, [("Suffolk County", "GPE")], "US")
    assert places[0].feature == "admin2" and places[0].admin1 == "Massachusetts"


def test_long_vowel_spellings():
    from vigil.geo.names import long_vowel_spellings
    assert "lower shabeelle" in long_vowel_spellings("lower shabelle")
    assert "middle shabele" in long_vowel_spellings("middle shabelle")
    assert "hiiraan" in long_vowel_spellings("hiraan")
    assert long_vowel_spellings("ras") == []              # too short a word to respell


# -- a peninsula that is no one country is a region, not the country its adjective names ------

def test_peninsulas_are_regions_not_the_country_of_their_adjective(gaz, blank):
    cases = [("Tensions rose across the Korean Peninsula after the missile test.", "Korean Peninsula", 37.0, 40.5),
             ("Drought has hit farms across the Iberian Peninsula this summer.", "Iberian Peninsula", 38.0, 42.5),
             ("Migrant workers from the Arabian Peninsula sent money home.", "Arabian Peninsula", 18.0, 28.0)]
    for text, name, south, north in cases:
        places, _ = _parse(gaz, blank, text, [(name, "LOC")])
        assert places[0].feature == "region" and places[0].country is None, name
        assert south < places[0].latitude < north, name
    p = resolve_name(gaz, "Indochina")
    assert p.feature == "region" and 10.0 < p.latitude < 20.0
    assert resolve_name(gaz, "South Korea").country == "KR"          # the country keeps its name
