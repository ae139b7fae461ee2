"""The full-article golden set (tests/golden/articles): 40 reports the team wrote, each with the
events a careful coder takes out of it, scored as sets the way `vigil eval articles` scores them.
The floors in tests/golden/floors.json ("articles") only go up; the counts of events dated after
publication and of state forces coded as an unidentified group only go down."""
import json
import os

from conftest import ROOT

from vigil import evaluate

FLOORS = json.load(open(os.path.join(ROOT, "tests", "golden", "floors.json"), encoding="utf-8"))["articles"]


def test_place_matching_ignores_case_accents_and_generic_words():
    assert evaluate.place_matches("Lakki Marwat district", {"name": "Lakki Marwat"})
    assert evaluate.place_matches("Diéma", {"name": "Diema"})
    assert evaluate.place_matches("Murais front, al-Dhale", {"name": "Al Dhale"})
    assert evaluate.place_matches("Kairouan province", {"name": "Haffouz", "admin1": "Kairouan"})
    assert not evaluate.place_matches("Kucheri", {"name": "Gusau", "admin1": "Zamfara"})
    assert not evaluate.place_matches("North West region", {"name": "Northwest Territories"})


def test_matching_is_one_to_one_by_type_place_and_date():
    gold = [{"event_type": "Battles", "place": "Bara", "date": "2025-06-21"},
            {"event_type": "Battles", "place": "Bara", "date": "2025-06-22"}]
    one = {"event_type": "Battles", "location": {"name": "Bara"}, "date": "2025-06-21"}
    assert evaluate._matching(gold, [one]) in ([(0, 0)], [(1, 0)])
    assert len(evaluate._matching(gold, [one, dict(one, date="2025-06-22")])) == 2
    assert evaluate._matching(gold, [dict(one, event_type="Protests")]) == []
    assert evaluate._matching(gold, [dict(one, date="2025-06-25")]) == []


def test_matching_pairs_each_event_with_its_own_telling():
    """Two events a day apart at one town (an air strike on the 19th, shelling on the 20th), each
    extracted: every gold event is paired with the extracted event of its own sub-type, not the other's
    (both pairings are maximum matchings by type, place and date)."""
    g = {"event_type": "Explosions/Remote violence", "place": "El Fasher"}
    gold = [dict(g, sub_event_type="Air/drone strike", date="2025-06-19"),
            dict(g, sub_event_type="Shelling/artillery/missile attack", date="2025-06-20")]
    p = {"event_type": "Explosions/Remote violence", "location": {"name": "El Fasher"}}
    for pred in ([dict(p, sub_event_type="Shelling/artillery/missile attack", date="2025-06-20"),
                  dict(p, sub_event_type="Air/drone strike", date="2025-06-19")],
                 [dict(p, sub_event_type="Air/drone strike", date="2025-06-19"),
                  dict(p, sub_event_type="Shelling/artillery/missile attack", date="2025-06-20")]):
        pairs = evaluate._matching(gold, pred)
        assert [gold[i]["sub_event_type"] for i, _ in pairs] == [pred[j]["sub_event_type"] for _, j in pairs]
    # of one sub-type, the closer date: "fighting on the 21st" pairs with the 21st, "on the 22nd" with the 22nd
    b = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    gold = [dict(b, place="Bara", date="2025-06-21"), dict(b, place="Bara", date="2025-06-22")]
    pred = [dict(b, location={"name": "Bara"}, date="2025-06-22"), dict(b, location={"name": "Bara"}, date="2025-06-21")]
    assert evaluate._matching(gold, pred) == [(0, 1), (1, 0)]


def test_score_counts_roles_late_dates_and_unidentified_state():
    doc = {"published": "2025-03-01", "events": [
        {"status": "reported", "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "place": "Kumbo", "date": "2025-02-27", "actor1_inter": 1, "actor2_inter": 7, "fatalities": 2}]}
    pred = {"status": "reported", "event_type": "Violence against civilians", "sub_event_type": "Attack",
            "location": {"name": "Kumbo"}, "date": "2025-02-27", "fatalities": 2,
            "actor1": {"inter": 7, "canonical": "Civilians (Cameroon)"},
            "actor2": {"inter": 1, "canonical": "Military Forces of Cameroon"}}
    m = evaluate.score_articles([doc], [{"events": [pred, dict(pred, status="planned", date="2025-03-09")]}])
    assert (m["precision"], m["recall"], m["actor_roles"], m["dated_after_publication"]) == (1.0, 1.0, 0.0, 1)
    swapped = dict(pred, actor1={"inter": 1, "canonical": "Unidentified Armed Group (Cameroon)"}, actor2={"inter": 7})
    m = evaluate.score_articles([doc], [{"events": [swapped]}])
    assert (m["actor_roles"], m["state_as_unidentified"]) == (1.0, 1)


def test_golden_article_floors(pipeline):
    m = evaluate.evaluate_articles(os.path.join(ROOT, "tests", "golden", "articles"), pipeline)
    assert not m["failed"], m["failed"][:3]   # a crash would only show as lower scores
    got = {k: m[k] for k in ("precision", "recall", "sub_event_type", "actor_roles", "fatalities")}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"
    assert m["dated_after_publication"] <= FLOORS["dated_after_publication_max"], m
    assert m["state_as_unidentified"] <= FLOORS["state_as_unidentified_max"], m


FRESH = json.load(open(os.path.join(ROOT, "tests", "golden", "floors.json"), encoding="utf-8"))["articles_fresh"]


def test_fresh_article_floors(pipeline):
    """The second, fresh set (tests/golden/articles-fresh, FRESH.md): 12 reports nobody tuned on."""
    m = evaluate.evaluate_articles(os.path.join(ROOT, "tests", "golden", "articles-fresh"), pipeline)
    assert not m["failed"], m["failed"][:3]
    got = {k: m[k] for k in ("precision", "recall", "sub_event_type", "actor_roles", "fatalities")}
    low = {k: round(v, 3) for k, v in got.items() if v < FRESH[k]}
    assert not low, f"below the floors {FRESH}: {low}"
    assert m["articles"] == 12 and m["gold_events"] == 80, m
    assert m["dated_after_publication"] <= FRESH["dated_after_publication_max"], m
    assert m["state_as_unidentified"] <= FRESH["state_as_unidentified_max"], m
