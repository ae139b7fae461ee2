"""Of the places a clause names, the one where its event happened (issues 10 and 14).

Codebook, Precision: the event is coded at the named town (1), near a known place or in a small
part of a region (2), or only at the region (3). A clause often names more than one place: the
province it sits in, the town a village lies near, the towns a road runs between. Each principle
is tried on several sentences written for these tests, in different wordings and countries,
with the real pipeline.
"""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, clause=None, hint=None):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    start = 0 if clause is None else text.index(clause)
    end = len(text) if clause is None else start + len(clause)
    return places, event_location(doc, places, start, end, pipeline.gazetteer, focus)


# 1. A name written as a province ("In Hodeidah province", "In Deraa province") is the province,
#    though the gazetteer holds a town of that name: the district or town the clause names
#    within it is where the event happened.
@pytest.mark.parametrize("text,hint,place", [
    ("In Hodeidah province, Houthi shelling wounded three fishermen in Zabid district on Monday.", "YE", "Zabid"),
    ("In Deraa province, gunmen killed a former rebel commander near Nawa on Tuesday.", "SY", "Nawa"),
    ("In Aleppo province, Turkish-backed fighters clashed with Kurdish forces near Al-Bab on Friday.", "SY",
     "Al-Bab"),
])
def test_a_name_written_as_a_province_gives_way_to_the_place_within_it(pipeline, text, hint, place):
    _, loc = locate(pipeline, text, hint=hint)
    assert loc.name == place
    assert loc.geo_precision == 2                  # "near Nawa", "in Zabid district"


# 2. "near Dogon Dawa in Birnin Gwari local government area": the town names the division the
#    village lies in; the village is no neighbourhood of the town. ACLED codes the village, at the
#    coordinates of the place the text puts it in, with precision 2.
@pytest.mark.parametrize("text,hint,village,anchor", [
    ("Bandits killed seven miners near Dogon Dawa in Birnin Gwari local government area on Saturday.", "NG",
     "Dogon Dawa", "Birnin Gwari"),
    ("Gunmen attacked worshippers at Kwanar Dutse in Maru local government area on Friday evening.", "NG",
     "Kwanar Dutse", "Maru"),
])
def test_a_village_in_a_division_named_after_a_town_is_the_place(pipeline, text, hint, village, anchor):
    places, loc = locate(pipeline, text, hint=hint)
    a = [p for p in places if p.name == anchor and p.latitude is not None][0]
    assert (loc.name, loc.geonameid, loc.geo_precision) == (village, None, 2)
    assert (loc.latitude, loc.longitude, loc.country) == (a.latitude, a.longitude, a.country)


# 3. An apposition that says what a name is ("Kolokani, a town in the Koulikoro region", "Djibo, the main
#    town of Soum province") makes it a place, though the NER did not; the places inside the
#    apposition only say where it lies.
@pytest.mark.parametrize("text,hint,place", [
    ("Jihadists announced a blockade of Kolokani, a town in the Koulikoro region, on Monday.", "ML", "Kolokani"),
    ("Militants declared a siege of Djibo, the main town of Soum province, on Monday.", "BF", "Djibo"),
    ("Soldiers repelled an attack on Ayorou, a market town on the river road between Niamey and the Malian "
     "border town of Ansongo, on Sunday.", "NE", "Ayorou"),
])
def test_an_apposition_makes_a_place_and_its_places_only_say_where(pipeline, text, hint, place):
    _, loc = locate(pipeline, text, hint=hint)
    assert loc.name == place


# 4. One name, one place: a town the report has placed is that town wherever it writes it again.
def test_a_town_named_again_is_the_same_town(pipeline):
    text = ("Jihadists announced a blockade of Kolokani, a town in the Koulikoro region, on Monday.\n\n"
            "On Thursday, jihadists ambushed a convoy on the road between Kolokani and Didiéni, and drivers "
            "who reached Kati on Friday said trucks were burned.")
    clause = text.split("\n\n")[1]
    _, first = locate(pipeline, text, clause=text.split("\n\n")[0], hint="ML")
    _, loc = locate(pipeline, text, clause=clause, hint="ML")
    assert first.name == "Kolokani" and first.geonameid is not None
    assert (loc.name, loc.geonameid) == ("Kolokani", first.geonameid)


# A name before a landform word is the landform's, not a town's of that name.
def test_a_name_before_a_landform_word_is_no_town(gazetteer):
    from vigil.geo.anchor import LANDFORM_AFTER
    for after in (" canyon this year", " valley, where", " river on Monday", " hills overnight"):
        assert LANDFORM_AFTER.match(after)
    assert not LANDFORM_AFTER.match(" town on Monday")


# ... but a province the text names beside a name ("near Bohdanivka, Donetsk") says which of the
# namesakes it is.
@pytest.mark.parametrize("text,hint,place,admin1", [
    ("Rebels fired mortars at army positions near Bohdanivka, Donetsk, on Tuesday. Monitors heard blasts "
     "near Bohdanivka.", "UA", "Bohdanivka", "Donetsk"),
    ("Two fighters died in an air strike in Baharak district, Takhar, on Friday. Officials said the strike "
     "near Baharak hit a compound.", "AF", "Baharak", "Takhar"),
])
def test_a_province_named_with_a_town_decides_its_namesake(pipeline, text, hint, place, admin1):
    _, loc = locate(pipeline, text, hint=hint)
    assert (loc.name, loc.admin1) == (place, admin1)


# 5. One name, one place, for a name the gazetteer lacks: written once as a place ("the village
#    of Sar Chashma") or twice as where things happened ("in Tadjenout ... entered Tadjenout"), it
#    is the place wherever a locative word or a verb of taking comes before it.
@pytest.mark.parametrize("text,hint,clause,place", [
    ("Residents of the village of Sar Chashma said the army had left. On Monday, militants entered Sar Chashma "
     "and burned the clinic.", "AF", "On Monday, militants entered Sar Chashma and burned the clinic.", "Sar Chashma"),
    ("Life returned slowly to the markets in Tadjenout last month.\n\nOn Friday, rebels stormed Tadjenout after "
     "a night of fighting, residents said.", "ML",
     "On Friday, rebels stormed Tadjenout after a night of fighting, residents said.", "Tadjenout"),
    ("Aid workers in Kalebuka said food was short.\n\nOn Sunday, militiamen raided Kalebuka and took cattle, "
     "and in Kalebuka the clinic was looted.", "CD",
     "On Sunday, militiamen raided Kalebuka and took cattle, and in Kalebuka the clinic was looted.", "Kalebuka"),
])
def test_an_unknown_name_written_as_a_place_elsewhere_is_the_place(pipeline, text, hint, clause, place):
    _, loc = locate(pipeline, text, clause=clause, hint=hint)
    assert loc.name == place and loc.geonameid is None

