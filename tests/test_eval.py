"""`vigil eval acled`: scoring the event coder against an ACLED-style export.

tests/data/acled_mini.csv is three notes we wrote in ACLED's style, with the codes a coder would give.
"""
import json
import os

from conftest import ROOT

from vigil import evaluate

MINI = os.path.join(ROOT, "tests", "data", "acled_mini.csv")


def test_load_reads_notes_dates_countries_and_actor_pairs():
    events = evaluate.load(MINI)
    assert [e["doc"]["id"] for e in events] == ["TST1", "TST2", "TST3"]
    first = events[0]
    assert first["doc"]["text"].endswith("unpaid salaries.")  # the [size=...] tag is gone
    assert first["doc"]["published"] == "2021-05-06" and first["doc"]["country"] == "KE"
    assert events[1]["inters"] == (1, 2) and events[2]["doc"]["country"] == "BD"


def test_macro_f1_counts_a_label_only_ever_predicted_wrongly():
    m = evaluate.classification(["A", "A", "B"], ["A", "A", "C"])
    assert m["f1"]["C"] == 0.0 and m["f1"]["B"] == 0.0 and m["f1"]["A"] == 1.0
    assert abs(m["macro_f1"] - 1 / 3) < 1e-9 and abs(m["accuracy"] - 2 / 3) < 1e-9


def test_score_uses_the_most_confident_reported_event():
    gold = evaluate.load(MINI)[:1]
    rec = {"events": [
        {"status": "historical", "confidence": 0.9, "event_type": "Riots", "sub_event_type": "Mob violence"},
        {"status": "reported", "confidence": 0.6, "event_type": "Protests", "sub_event_type": "Peaceful protest",
         "actor1": {"inter": 6}, "date": "2021-05-03", "fatalities": 0,
         "location": {"latitude": -1.28, "longitude": 36.82, "admin1": "Nairobi"}}]}
    m = evaluate.score(gold, [rec])
    assert m["event_type"]["accuracy"] == 1.0 and m["sub_event_type"]["accuracy"] == 1.0
    assert m["actor_pair"] == 1.0 and m["location_25km"] == 1.0 and m["admin1"] == 1.0 and m["date_exact"] == 1.0
    assert evaluate.score(gold, [None])["no_event"] == 1.0


def test_eval_command_scores_the_mini_export(tmp_path, run_cli):
    out = tmp_path / "m.json"
    status, stdout, stderr = run_cli("eval", "acled", "--data", MINI, "--json", out, "--quiet")
    assert status == 0, stderr
    assert "event_type" in stdout and "sub_event_type" in stdout
    m = json.loads(out.read_text())
    assert m["events"] == 3 and m["no_event"] == 0.0
    assert m["event_type"]["accuracy"] == 1.0, m
    assert m["date_exact"] == 1.0


def test_eval_command_rejects_a_file_that_is_no_export(tmp_path, run_cli):
    bad = tmp_path / "x.csv"
    bad.write_text("id,text\n1,hello\n")
    status, _, err = run_cli("eval", "acled", "--data", bad, "--quiet")
    assert status == 2 and "not an ACLED export" in err and "x.csv" in err
    status, _, err = run_cli("eval", "acled", "--data", tmp_path / "missing.csv", "--quiet")
    assert status == 2 and "cannot read" in err


def test_reliability_bins_count_mean_confidence_and_share_right():
    pairs = [(0.95, True), (0.9, True), (0.88, False), (0.6, True), (0.55, False), (0.3, False), (1.0, True)]
    bins = {(b["low"], b["high"]): b for b in evaluate.reliability(pairs)}
    top = bins[(0.85, 1.0)]
    assert top["n"] == 4 and abs(top["right"] - 0.75) < 1e-9           # 1.0 falls in the last bin
    assert abs(top["confidence"] - (0.95 + 0.9 + 0.88 + 1.0) / 4) < 1e-9
    assert bins[(0.5, 0.7)]["n"] == 2 and bins[(0.5, 0.7)]["right"] == 0.5
    assert bins[(0.0, 0.5)]["right"] == 0.0 and bins[(0.7, 0.85)]["n"] == 0
    assert bins[(0.7, 0.85)]["confidence"] is None


def test_snippet_scores_carry_a_reliability_curve_of_reported_events():
    rows = [{"text": "a", "sub_event_type": "Peaceful protest"}, {"text": "b", "sub_event_type": None},
            {"text": "c", "sub_event_type": "Attack"}]
    ev = lambda sub, c: {"events": [{"status": "reported", "event_type": "Protests", "sub_event_type": sub,
                                     "confidence": c, "actor1": None, "actor2": None}]}
    m = evaluate.score_snippets(rows, [ev("Peaceful protest", 0.9), ev("Peaceful protest", 0.6), {"events": []}])
    curve = {b["low"]: b for b in m["reliability"]}
    assert curve[0.85]["n"] == 1 and curve[0.85]["right"] == 1.0
    assert curve[0.5]["n"] == 1 and curve[0.5]["right"] == 0.0         # a non-event coded is never right
    assert "reliability" in evaluate.report_snippets(m)
