"""The golden place set (tests/golden/places.jsonl): short reports the team wrote with no
country named, scored as `vigil eval places` scores them. Floors in tests/golden/floors.json
("places") only go up."""
import json
import os

import pytest

from conftest import ROOT
from vigil.errors import EvalError
from vigil.evaluate_places import load_places, predicted_place, right_place, score_places

DATA = os.path.join(ROOT, "tests", "golden", "places.jsonl")
FLOORS = json.load(open(os.path.join(ROOT, "tests", "golden", "floors.json"), encoding="utf-8"))["places"]


def test_golden_place_floors(pipeline):
    from vigil.evaluate_places import evaluate_places
    m = evaluate_places(DATA, pipeline)
    got = {"right_country": m["right_country"], "right_place": m["right_place"],
           "geo_precision": m["geo_precision"], "admin1": m["admin1"],
           "not_in_gazetteer_right_country": m["not_in_gazetteer"]["right_country"]}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}; misses: {m['misses']}"


def test_the_golden_set_is_what_its_datasheet_says():
    rows = load_places(DATA)
    assert len(rows) >= 150 and len({r["country"] for r in rows}) >= 60
    absent = [r for r in rows if not r["in_gazetteer"]]
    assert all(r["latitude"] is not None for r in rows if r["in_gazetteer"])
    assert 0 < len(absent) <= 5


GOLD = {"id": "1", "text": "...", "place": "Kasese", "country": "UG", "latitude": 0.183, "longitude": 30.083,
        "geonameid": 232066, "admin1": "Western", "geo_precision": 1, "classes": ["feature"]}


def rec(location=None, places=()):
    events = [{"status": "reported", "confidence": 0.5, "location": location}] if location else []
    return {"events": events, "places": list(places)}


def test_right_place_is_25_km_or_the_same_id_or_the_same_name_in_the_country():
    assert right_place(GOLD, {"name": "Kasese town", "latitude": 0.25, "longitude": 30.1, "country": "UG"})
    assert not right_place(GOLD, {"name": "Kasese town", "latitude": 0.6, "longitude": 30.1, "country": "UG"})
    assert right_place(GOLD, {"name": "X", "geonameid": 232066, "latitude": 9.0, "longitude": 9.0})
    assert right_place(GOLD, {"name": "Kasese", "country": "UG"})
    assert not right_place(GOLD, {"name": "Kasese", "country": "KE"})
    assert not right_place(GOLD, None)


def test_the_predicted_place_is_the_main_events_else_the_first_place_with_a_country():
    loc = {"name": "Kasese", "country": "UG", "latitude": 0.18, "longitude": 30.08, "geo_precision": 1}
    assert predicted_place(rec(loc)) == loc
    first = {"name": "Hoima", "country": "UG", "latitude": 1.43, "longitude": 31.35}
    assert predicted_place(rec(None, [{"name": "Bunyoro", "country": None}, first])) == first
    assert predicted_place(rec()) is None and predicted_place(None) is None


def test_score_counts_country_place_precision_and_absent_places_apart():
    absent = dict(GOLD, id="2", place="Kani", country="MM", latitude=None, longitude=None, geonameid=None,
                  in_gazetteer=False, classes=["homonym"])
    good = {"name": "Kasese", "country": "UG", "latitude": 0.18, "longitude": 30.08, "geo_precision": 2,
            "admin1": "Western Region"}
    m = score_places([GOLD, absent], [rec(good), rec({"name": "Kani", "country": "JP", "latitude": 35.4,
                                                      "longitude": 137.1, "geo_precision": 1})])
    assert m["right_country"] == 0.5 and m["right_place"] == 1.0
    assert m["geo_precision"] == 0.0 and m["admin1"] == 1.0
    assert m["not_in_gazetteer"] == {"reports": 1, "right_country": 0.0, "right_place": 0.0}
    assert m["classes"]["feature"]["right_place"] == 1.0 and "homonym" not in m["classes"]


def test_a_bad_line_is_named(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{\"text\": \"x\"}\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"p.jsonl:2: .*missing place, country"):
        load_places(str(path))
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"p.jsonl:1: not JSON"):
        load_places(str(path))
    with pytest.raises(EvalError, match="no such|No such"):
        load_places(str(tmp_path / "missing.jsonl"))
