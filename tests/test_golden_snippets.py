"""The golden snippets (tests/golden/event_snippets.jsonl): a set the team wrote apart from the
training corpus and never trains on, every sub-type and non-events, scored as `vigil eval
snippets` scores it. The floors in tests/golden/floors.json ("snippets") only go up."""
import json
import os

from conftest import ROOT

FLOORS = json.load(open(os.path.join(ROOT, "tests", "golden", "floors.json"), encoding="utf-8"))["snippets"]


def test_golden_snippet_floors(pipeline):
    from vigil import evaluate
    m = evaluate.evaluate_snippets(os.path.join(ROOT, "tests", "golden", "event_snippets.jsonl"), pipeline)
    assert not m["failed"], m["failed"][:3]   # a crash would only show as lower scores
    got = {"detection_f1": m["detection"]["f1"], "sub_event_type_accuracy": m["sub_event_type"]["accuracy"],
           "event_type_accuracy": m["event_type"], "fatalities_exact": m["fatalities"], "actor_pair": m["actor_pair"]}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"
    assert m["non_events_coded"] <= FLOORS["non_events_coded_max"], m["non_events_coded"]
