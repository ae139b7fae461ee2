"""Linking measured end to end on the team's written scenarios (tests/data/link, 48 invented reports
in 14 scenarios): extracted by the pipeline, linked within the batch, scored pairwise against the
events each report tells. Targets (issue 15): precision >= 0.95, recall >= 0.90."""
import csv
import io
import itertools
import json
import os

import pytest

from vigil.link.batch import BatchLinker

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "link")
REPORTS = os.path.join(HERE, "reports.jsonl")


@pytest.fixture(scope="module")
def gold():
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def linked(pipeline, gold):
    from vigil.read import read_inputs
    records = [r.to_dict() for r in pipeline.run(read_inputs([REPORTS]))]
    assert not [r["errors"] for r in records if r["errors"]]
    batch = BatchLinker(owners={k.casefold(): v for k, v in gold["owners"].items()})
    out = {r["article"]["source_id"]: r for r in batch.run(records)}
    return out, {ce.id: ce for ce in batch.canonical_events()}


def pairwise(linked, gold) -> dict:
    """Report pairs: linked when any of their events share a canonical event; gold when they tell a
    common event."""
    records, _ = linked
    canon = {rid: {e["canonical_id"] for e in r["events"] if e["canonical_id"]} for rid, r in records.items()}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(canon), 2):
        said, truth = bool(canon[a] & canon[b]), bool(set(gold["gold"][a]) & set(gold["gold"][b]))
        tp, fp, fn = tp + (said and truth), fp + (said and not truth), fn + (truth and not said)
    return {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "tp": tp, "fp": fp, "fn": fn}


def canonical_of(linked, rid, sub=None):
    records, events = linked
    for e in records[rid]["events"]:
        if e["canonical_id"] and (sub is None or e["sub_event_type"] == sub):
            return events[e["canonical_id"]]
    return None


def test_the_scenarios_are_enough(gold):
    scenarios = {g.split("/")[0] for gs in gold["gold"].values() for g in gs}
    assert len(gold["gold"]) >= 40 and len(scenarios) >= 12


def test_pairwise_linking_precision_and_recall(linked, gold):
    m = pairwise(linked, gold)
    print(f"\nlinking on the written scenarios: {m}")
    assert m["precision"] >= 0.95 and m["recall"] >= 0.90, m


def test_a_story_and_its_syndicated_copies_are_one_event_and_one_source(linked):
    records, _ = linked
    wire = records["s01-wire"]["article"]["id"]
    assert [records[f"s01-copy-{x}"]["article"]["copy_of"] for x in "abc"] == [wire] * 3
    ce = canonical_of(linked, "s01-wire", "Protest with intervention")
    assert len([r for r in ce.reports if r["status"] == "reported"]) == 4 and ce.sources == 1
    assert "copy" in ce.source_list[0]["joined_by"]


def test_competing_tolls_stand_side_by_side(linked):
    ce = canonical_of(linked, "s02-a")
    assert {r["article_id"] for r in ce.reports} == {linked[0][f"s02-{x}"]["article"]["id"] for x in "abc"}
    killed = ce.claims["killed"]
    assert killed["disputed"] and killed["range"] == [2, 9] and killed["conservative"] == ce.fatalities == 2
    # police 2 (state), the hospital's doctors 5 ("five protesters were shot dead"), a rights group 9 (ngo)
    assert {e["claimant_type"] for e in killed["by_claimant"]} == {"state", "individual", "ngo"}
    assert ce.sources == 3


def test_a_denial_is_listed_with_its_outlet_and_not_counted(linked):
    ce = canonical_of(linked, "s03-a")
    assert ce.claims["denials"][0]["reports"][0]["outlet"] == "IRNA"
    assert ce.sources == 2 and ce.disputed and ce.status == "reported"


def test_neighbouring_towns_and_the_same_quote_in_two_cities_stay_apart(linked):
    assert canonical_of(linked, "s04-a").id == canonical_of(linked, "s04-b").id != canonical_of(linked, "s04-c").id
    khoy, abadan = canonical_of(linked, "s05-a"), canonical_of(linked, "s05-b")
    assert khoy.id != abadan.id and (khoy.location, abadan.location) == ("Khoy", "Abadan")
    assert linked[0]["s05-b"]["article"]["copy_of"] is None       # one template, two towns: not a copy


def test_outlets_of_one_owner_count_once(linked):
    ce = canonical_of(linked, "s11-a")
    assert len(ce.reports) == 3 and ce.sources == 2
    assert ("the ruling party", ("owner",)) in [(s["key"], s["joined_by"]) for s in ce.source_list]


def test_cli_extract_link_events_and_export(tmp_path, run_cli):
    out = tmp_path / "canonical.jsonl"
    status, stdout, _ = run_cli("extract", "--quiet", "--canonical", out, REPORTS)
    assert status == 0
    recs = [json.loads(line) for line in stdout.splitlines()]
    assert all("canonical_id" in e for r in recs for e in r["events"]) and "copy_of" in recs[0]["article"]
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["id"] for e in events} >= {e["canonical_id"] for r in recs for e in r["events"] if e["canonical_id"]}
    db = tmp_path / "v.db"
    assert run_cli("ingest", "--quiet", "--db", db, REPORTS)[0] == 0
    status, listed, _ = run_cli("events", "--canonical", "--min-sources", 3, "--db", db)
    assert status == 0 and "Karachi" in listed and "Rawalpindi" not in listed
    assert "disputed" in listed
    status, _, err = run_cli("link", "--db", db)
    assert status == 0 and "canonical events" in err
    status, relisted, _ = run_cli("events", "--canonical", "--min-sources", 3, "--db", db)
    assert relisted == listed                                            # same ids after a re-link
    status, csv_text, _ = run_cli("export", "--format", "csv", "--min-sources", 2, "--db", db)
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert rows and all(int(r["sources"]) >= 2 and r["canonical_id"].startswith("ce-") for r in rows)
    assert run_cli("events", "--db", db)[0] == 2                         # --canonical is needed for now


def test_the_seed_khoy_and_abadan_posters_with_the_same_quote_stay_two_events(pipeline):
    """The seed (shared/seed, read at test time) and a syndicated copy of it: every Khoy event links
    to the other report's Khoy event, never to Abadan's, though both posters carry the same quote."""
    from conftest import SHARED
    from vigil import Options, Pipeline
    from vigil.model import RawDoc
    path = os.path.join(SHARED, "seed", "article.txt")
    if not os.path.isfile(path):
        pytest.skip("../shared is not beside this checkout")
    text = open(path, encoding="utf-8").read()
    run = Pipeline(Options(published="2019-12-31", country="IR"))
    first, copy = (r.to_dict() for r in run.run([RawDoc(source="seed.txt", text=text, outlet="Outlet A"),
                                                 RawDoc(source="copy.txt", text=text + "\n\nSyndicated.",
                                                        outlet="Outlet B")]))
    batch = BatchLinker()
    first, copy = batch.add(first), batch.add(copy)
    assert copy["article"]["copy_of"] == first["article"]["id"]
    where = lambda rec, town: {e["canonical_id"] for e in rec["events"]
                               if (e["location"] or {}).get("name") == town and e["canonical_id"]}
    assert where(first, "Khoy") and where(first, "Abadan")
    assert where(copy, "Khoy") == where(first, "Khoy") and where(copy, "Abadan") == where(first, "Abadan")
    assert not where(first, "Khoy") & where(first, "Abadan")
    ce = next(c for c in batch.canonical_events() if c.id in where(first, "Khoy"))
    assert ce.sources == 1 and len(ce.reports) == 2                 # a copy is not a second source
