"""The command line end to end: exit codes, bad input, the store, exports."""
import csv
import io
import json
import os

import pytest

from conftest import SAMPLES

GOOD = ("Riot police fired tear gas at hundreds of students protesting in Dhaka on Sunday, "
        "and detained 12 of them, police said.")


@pytest.fixture
def batch(tmp_path):
    """A folder with good documents and every kind of bad one."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-good.txt").write_text("Students dispersed\n\nBy Rana Das\n\n" + GOOD + "\n", encoding="utf-8")
    (d / "b-empty.txt").write_text("")
    (d / "c-binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x03\x04")
    (d / "d-latin1.txt").write_bytes("Title\n\nMarcha en Bogot\xe1".encode("latin-1"))
    (d / "e-nopage.html").write_text("<html><body><nav>Home | News</nav></body></html>")
    (d / "f-feed.jsonl").write_text(json.dumps({"id": "j1", "text": GOOD, "published": "2023-05-02"}) + "\n"
                                    + '{"text": "broken\n', encoding="utf-8")
    return d


def test_extract_bad_input_batch(batch, run_cli):
    status, out, err = run_cli("extract", "--quiet", "--published", "2023-05-01", batch, batch / "zz-missing.txt")
    recs = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    sources = [os.path.basename(r["article"]["source"]) for r in recs]
    assert sources == ["a-good.txt", "b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-nopage.html",
                       "f-feed.jsonl:1", "f-feed.jsonl:2", "zz-missing.txt"]
    good = [r for r in recs if not r["errors"]]
    assert len(good) == 2 and all(r["events"] for r in good)
    assert good[0]["article"]["byline"] == "Rana Das"
    bad = {os.path.basename(r["article"]["source"]): r["errors"][0] for r in recs if r["errors"]}
    assert "empty document" in bad["b-empty.txt"] and "binary" in bad["c-binary.txt"]
    assert "not UTF-8" in bad["d-latin1.txt"] and "no article text" in bad["e-nopage.html"]
    assert "malformed JSON line" in bad["f-feed.jsonl:2"] and "no such file" in bad["zz-missing.txt"]
    lines = [ln for ln in err.splitlines() if ln.startswith("vigil: error:")]
    assert len(lines) == 6 and all(name in err for name in bad)


def test_extract_all_good_exits_zero_and_usage_errors_exit_two(tmp_path, run_cli):
    p = tmp_path / "r.txt"
    p.write_text("Title\n\n" + GOOD)
    status, out, _ = run_cli("extract", "--quiet", p)
    assert status == 0 and len(out.splitlines()) == 1
    assert run_cli("extract", "--published", "yesterday", p)[0] == 2
    assert run_cli("extract", "--bogus", p)[0] == 2


def test_ingest_twice_same_counts_then_retry_failed(batch, tmp_path, run_cli):
    db = tmp_path / "v.db"
    status, _, err = run_cli("ingest", "--quiet", "--db", db, batch)
    assert status == 1 and "2 new, 0 already stored, 5 failed" in err
    first = run_cli("stats", "--db", db, "--json")[1]
    status, _, err = run_cli("ingest", "--quiet", "--db", db, batch)
    assert "0 new, 2 already stored, 5 failed" in err
    again = json.loads(run_cli("stats", "--db", db, "--json")[1])
    assert json.loads(first)["counts"] == again["counts"]
    assert again["counts"]["failures"] == 5
    (batch / "b-empty.txt").write_text("Title\n\n" + GOOD.replace("Sunday", "Monday"))
    status, _, err = run_cli("ingest", "--quiet", "--db", db, "--retry-failed")
    assert "retrying 5 failed" in err and "1 new" in err and "4 failed" in err and status == 1
    assert json.loads(run_cli("stats", "--db", db, "--json")[1])["counts"]["failures"] == 4


def test_export_jsonl_and_csv(tmp_path, run_cli):
    db = tmp_path / "v.db"
    p = tmp_path / "r.txt"
    p.write_text("Title\n\n" + GOOD)
    assert run_cli("ingest", "--quiet", "--db", db, p)[0] == 0
    status, out, _ = run_cli("export", "--db", db, "--format", "jsonl")
    (rec,) = [json.loads(x) for x in out.splitlines()]
    assert status == 0 and rec["text"] == GOOD
    status, out, _ = run_cli("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["event_type"] and rows[0]["evidence"] in GOOD + " … " + GOOD


def test_stats_and_search_need_a_store(tmp_path, run_cli):
    status, _, err = run_cli("stats", "--db", tmp_path / "none.db")
    assert status == 2 and "no store at" in err


def test_help_has_examples_for_every_command(run_cli):
    for cmd in ("extract", "ingest", "export", "stats", "search"):
        status, out, _ = run_cli(cmd, "--help")
        assert status == 0 and "Examples:" in out and f"vigil {cmd}" in out
    status, out, _ = run_cli("--version")
    assert status == 0 and out.startswith("vigil ")
