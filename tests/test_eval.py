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
