"""Places on the right map: the focus country, feature words and the event's own place.

Each principle is tried on several sentences written for these tests, in different wordings,
with the real pipeline (recognition included), and no country named in the text unless the
test is about that. The golden set (tests/golden/places.jsonl) measures the same principles
end to end; these tests pin them one by one.
"""
import pytest

from vigil.geo import event_location, geoparse
from vigil.geo.focus import Focus, infer_focus


def locate(pipeline, text):
    """(places, focus, the whole text's event location) for one report."""
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer)
    return places, focus, event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


def record(pipeline, text):
    from vigil.read import from_json
    raw = from_json({"id": "t", "text": text, "published": "2024-01-15"}, "test:1")
    return next(iter(pipeline.run([raw], None))).to_dict()


def place(places, name):
    return next(p for p in places if p.name == name)


# --- the focus country decides ambiguous names --------------------------------------------------

@pytest.mark.parametrize("text,name,cc", [
    ("Gunmen clashed for hours in Tripoli on Monday, a short drive north of Beirut.", "Tripoli", "LB"),
    ("Fighting spread from Beirut's southern suburbs to Tripoli overnight.", "Tripoli", "LB"),
    ("Militias from Misrata moved on Tripoli on Sunday.", "Tripoli", "LY"),
    ("Farmers marched from Mardan to Hyderabad and then to Bannu, organisers said.", "Hyderabad", "PK"),
])
def test_unambiguous_places_decide_the_country_of_a_namesake(pipeline, text, name, cc):
    places, focus, _ = locate(pipeline, text)
    assert place(places, name).country == cc, [(p.name, p.country) for p in places]
    assert focus == cc


def test_a_big_city_alone_is_no_confident_focus(gazetteer):
    from vigil.geo.recognize import Mention
    codes = gazetteer.lookup("Alexandria")
    i = codes[1] // 4 if gazetteer.kind[codes[0] // 4] != 0 else codes[0] // 4
    alone = infer_focus(gazetteer, [Mention(0, 10, "Alexandria", codes, "ent")], [i], lambda m: False)
    assert alone.country == "EG" and not alone.confident          # dwarfs its namesakes, but only a guess
    stated = infer_focus(gazetteer, [Mention(0, 10, "Alexandria", codes, "ent")], [i], lambda m: False,
                         written=["US", "US"])
    assert stated.country == "US"
    assert Focus(None, 0.0).confident is False


@pytest.mark.parametrize("text,name", [
    ("Gunmen attacked Ataye town in the North Shewa zone on Friday, burning dozens of homes.", "Ataye"),
    ("Soldiers and militia fighters clashed near Ataye in the North Shewa zone at dawn.", "Ataye"),
])
def test_a_confident_focus_rules_out_a_small_place_abroad(pipeline, text, name):
    places, focus, loc = locate(pipeline, text)
    assert focus == "ET"
    assert all(p.country in (None, "ET") for p in places), [(p.name, p.country) for p in places]
    assert loc.country == "ET" and loc.name == name


@pytest.mark.parametrize("text", [
    "Tatmadaw troops shelled Pale on Monday, killing four people, residents said.",
    "The Tatmadaw burned houses in Pale overnight, local volunteers said.",
])
def test_an_actor_of_the_dictionary_is_evidence_of_the_country(pipeline, text):
    rec = record(pipeline, text)
    assert all(p.get("country") in (None, "MM") for p in rec["places"]), rec["places"]   # not Pale in Bosnia
    assert rec["events"] and rec["events"][0]["location"]["country"] == "MM"


# --- feature words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers torched more than 200 houses in Kani township on Sunday, residents of the Sagaing region said.",
    "Residents of Kani township fled on Tuesday after airstrikes, a Sagaing region official said.",
    "Airstrikes hit a village in Pale township, Sagaing region, on Thursday, killing nine people.",
])
def test_a_township_is_not_a_japanese_or_bosnian_town(pipeline, text):
    places, focus, loc = locate(pipeline, text)
    assert all(p.country in (None, "MM") for p in places), [(p.name, p.country) for p in places]
    assert loc.country == "MM" and loc.geo_precision == 3           # the region: the township is unknown


@pytest.mark.parametrize("text,name,feature", [
    ("An explosive device hit a convoy in the Kidal region on Wednesday.", "Kidal", "admin1"),
    ("Clashes were reported across Kidal region on Wednesday.", "Kidal", "admin1"),
    ("Gunmen attacked a bus station in Kidal town on Wednesday.", "Kidal", "city"),
])
def test_a_feature_word_chooses_the_kind_of_place(pipeline, text, name, feature):
    places, _, _ = locate(pipeline, text)
    assert place(places, name).feature == feature


@pytest.mark.parametrize("text,name", [
    ("Residents of Bawku fled after gunmen opened fire in the central market.", "Bawku"),
    ("Airstrikes hit a village in Pale township, Sagaing region, on Thursday.", "Sagaing"),
    ("Protesters filled the streets of Bawku on Monday.", "Bawku"),
])
def test_a_feature_word_marks_a_name_as_a_place(pipeline, text, name):
    places, _, _ = locate(pipeline, text)
    assert any(p.name == name and p.country for p in places), [(p.name, p.country) for p in places]


# --- the event's own place -------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,precision", [
    ("Militants ambushed a bus near Mpeketoni in Lamu County on Monday.", "Mpeketoni", 2),
    ("A roadside mine struck a minibus outside Lashkar Gah on Wednesday.", "Lashkar Gah", 2),
    ("Gunmen killed six labourers in Balochistan on Monday.", "Balochistan", 3),
    ("Herders clashed with farmers in the village of Bura in Tana River on Thursday.", "Bura", 1),
    ("Gunmen on motorbikes attacked the village of Tera in the Tillaberi region, killing eight.", "Tera", 1),
])
def test_near_a_town_is_precision_2_and_a_region_3(pipeline, text, name, precision):
    _, _, loc = locate(pipeline, text)
    assert (loc.name, loc.geo_precision) == (name, precision)


@pytest.mark.parametrize("text,name,state", [
    ("Two men were shot dead outside a nightclub in Alexandria, La., early on Sunday.", "Alexandria", "Louisiana"),
    ("A fire destroyed a church in Florence, Ala., on Tuesday night.", "Florence", "Alabama"),
    ("Students marched through Columbia, Mo., on Friday.", "Columbia", "Missouri"),
])
def test_a_town_and_its_state_in_ap_style(pipeline, text, name, state):
    _, _, loc = locate(pipeline, text)
    assert (loc.name, loc.country, loc.admin1) == (name, "US", state)


@pytest.mark.parametrize("text,name", [
    ("Residents of San Fernando, south of Chaguanas, protested on Monday.", "San Fernando"),
    ("A car bomb exploded in Tuz Khurmatu, south of Kirkuk, killing five people.", "Tuz Khurmatu"),
    ("Police clashed with students in Gampola, near Kandy, on Tuesday.", "Gampola"),
    ("Miners blocked the highway near Chala, in Arequipa, for a third day.", "Chala"),
])
def test_a_place_that_only_says_where_another_lies_is_not_the_event_place(pipeline, text, name):
    _, _, loc = locate(pipeline, text)
    assert loc.name == name


def test_a_region_sharpened_by_a_town_near_it_is_the_town(pipeline):
    _, _, loc = locate(pipeline, "Indigenous groups blocked roads in the province of Cotopaxi, near Latacunga, on Monday.")
    assert (loc.name, loc.geo_precision) == ("Latacunga", 2)


@pytest.mark.parametrize("text,name", [
    ("Fishermen blocked the port of Vigo on Thursday against new quota rules agreed in Brussels.", "Vigo"),
    ("Teachers struck in Tabriz on Monday over a pay law passed in Tehran last month.", "Tabriz"),
])
def test_a_place_in_a_clause_about_a_noun_is_not_the_event_place(pipeline, text, name):
    _, _, loc = locate(pipeline, text)
    assert loc.name == name


@pytest.mark.parametrize("text,name", [
    ("Youths set fire to cars in the Villeneuve district of Grenoble on Tuesday night.", "Grenoble"),
    ("A bomb went off in the Rueso district of Narathiwat on Monday.", "Rueso"),
])
def test_a_district_of_a_town_is_the_town_unless_a_district_is_so_named(pipeline, text, name):
    _, _, loc = locate(pipeline, text)
    assert loc.name == name
