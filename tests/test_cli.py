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


def test_a_second_feed_reusing_ids_is_stored_and_ids_kept_as_source_id(tmp_path, run_cli):
    db = tmp_path / "v.db"
    texts = ["Farmers blocked a road near Nakuru on Monday.", "Students marched in Eldoret on Monday.",
             "Traders closed the market in Kisii on Monday in protest."]
    for name, rows in (("one.jsonl", texts), ("two.jsonl", [t.replace("Monday", "Friday") for t in texts])):
        (tmp_path / name).write_text("".join(json.dumps({"id": str(n), "text": t}) + "\n"
                                             for n, t in enumerate(rows, 1)), encoding="utf-8")
    assert "3 new, 0 already stored" in run_cli("ingest", "--quiet", "--db", db, tmp_path / "one.jsonl")[2]
    status, _, err = run_cli("ingest", "--quiet", "--db", db, tmp_path / "two.jsonl")
    assert status == 0 and "3 new, 0 already stored" in err
    recs = [json.loads(x) for x in run_cli("export", "--db", db)[1].splitlines()]
    assert [r["article"]["source_id"] for r in recs] == ["1", "2", "3"] * 2
    assert len({r["article"]["id"] for r in recs}) == 6


def test_retry_failed_with_nothing_to_retry_does_not_read_stdin(tmp_path, run_cli, monkeypatch):
    class NoStdin:
        @property
        def buffer(self):
            raise AssertionError("standard input was read")
    monkeypatch.setattr("sys.stdin", NoStdin())
    status, _, err = run_cli("ingest", "--quiet", "--db", tmp_path / "v.db", "--retry-failed")
    assert status == 0 and "retrying 0 failed document(s)" in err and "0 new, 0 already stored, 0 failed" in err


def test_a_file_failure_clears_once_its_lines_are_read(tmp_path, run_cli):
    import gzip
    db, feed = tmp_path / "v.db", tmp_path / "feed.jsonl.gz"
    rows = [json.dumps({"text": GOOD.replace("12", str(n))}) + "\n" for n in range(13, 60)]
    body = gzip.compress("".join(rows).encode("utf-8"), mtime=0)
    feed.write_bytes(body[: len(body) * 2 // 3])                 # cut off: the last lines are lost
    status, _, err = run_cli("ingest", "--quiet", "--db", db, feed)
    kept = int(err.split("vigil ingest: ")[1].split(" new")[0])
    failures = json.loads(run_cli("stats", "--db", db, "--json")[1])["failures"]
    assert status == 1 and 0 < kept < len(rows) and [f["source"] for f in failures] == [str(feed)]
    assert "cannot read past line" in failures[0]["error"]
    feed.write_bytes(body)                                        # the whole file again
    status, _, err = run_cli("ingest", "--quiet", "--db", db, "--retry-failed")
    assert status == 0 and f"{len(rows) - kept} new, {kept} already stored, 0 failed" in err
    assert json.loads(run_cli("stats", "--db", db, "--json")[1])["failures"] == []


def test_file_names_with_newlines_and_escape_codes_stay_on_one_line(tmp_path, run_cli):
    bad = tmp_path / "evil\nvigil: ok\x1b[2J.txt"
    bad.write_bytes(b"")
    status, out, err = run_cli("extract", "--quiet", bad)
    lines = err.splitlines()
    assert status == 1 and len(lines) == 1 and "\x1b" not in err
    assert lines[0].endswith("evil\\nvigil: ok\\x1b[2J.txt: empty document")
    assert json.loads(out)["article"]["source"] == str(bad)


def test_search_errors_say_what_went_wrong(tmp_path, run_cli):
    db = tmp_path / "v.db"
    (tmp_path / "r.txt").write_text("Title\n\n" + GOOD)
    run_cli("ingest", "--quiet", "--db", db, tmp_path / "r.txt")
    status, out, _ = run_cli("search", "--db", db, "tear gas")
    assert status == 0 and "[tear]" in out
    status, _, err = run_cli("search", "--db", db, '"unclosed')
    assert status == 2 and "bad search query" in err and "hint: SQLite FTS5 syntax" in err
    assert run_cli("search", "--db", db, "--limit", "0", "police")[0] == 2
    import sqlite3
    con = sqlite3.connect(db)
    con.execute("DROP TABLE articles_fts")
    con.commit()
    status, _, err = run_cli("search", "--db", db, "police")
    assert status == 2 and "bad search query" not in err and "no such table" in err


def test_a_locked_store_is_an_error_message_not_a_traceback(tmp_path, run_cli, monkeypatch):
    import sqlite3
    from vigil.store import sqlite as store_sqlite
    monkeypatch.setattr(store_sqlite, "WAIT", 0.3)
    db = tmp_path / "v.db"
    (tmp_path / "r.txt").write_text("Title\n\n" + GOOD)
    run_cli("stats", "--db", db)                                  # no store yet
    store_sqlite.SQLiteStore(str(db)).close()
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")
    status, _, err = run_cli("ingest", "--quiet", "--db", db, tmp_path / "r.txt")
    other.rollback()
    assert status == 2 and "is locked" in err and "hint: another vigil process" in err and "Traceback" not in err


def test_csv_export_neutralises_formulas_unless_asked_not_to(tmp_path, run_cli):
    db = tmp_path / "v.db"
    (tmp_path / "f.jsonl").write_text(json.dumps({"title": '=HYPERLINK("http://example.invalid","x")',
                                                  "outlet": "+cmd|' /C calc'!A0", "text": GOOD}) + "\n")
    run_cli("ingest", "--quiet", "--db", db, tmp_path / "f.jsonl")
    rows = list(csv.DictReader(io.StringIO(run_cli("export", "--db", db, "--format", "csv")[1])))
    assert rows and all(r["title"] == "'=HYPERLINK(\"http://example.invalid\",\"x\")" for r in rows)
    assert rows[0]["latitude"] == "" or not rows[0]["latitude"].startswith("'")
    raw = list(csv.DictReader(io.StringIO(run_cli("export", "--db", db, "--format", "csv", "--no-csv-safe")[1])))
    assert raw[0]["title"].startswith("=HYPERLINK")
    from vigil.export import neutralise
    assert [neutralise(v) for v in ("@SUM(A1)", "-2+3", "\tx", "ok", -4.5, None)] == \
        ["'@SUM(A1)", "'-2+3", "'\tx", "ok", -4.5, None]


def test_a_report_in_another_language_says_so(tmp_path, run_cli):
    p = tmp_path / "fa.txt"
    p.write_text("اعتراض در اصفهان\n\nصدها نفر روز جمعه در مرکز شهر اصفهان تجمع کردند و پلیس گفت که چند نفر "
                 "بازداشت شدند. گزارش‌ها از درگیری در خیابان‌های اطراف حکایت دارد.", encoding="utf-8")
    status, out, err = run_cli("extract", "--quiet", p)
    rec = json.loads(out)
    assert status == 1 and rec["article"]["language"] == "fa" and rec["events"] == []
    assert "language 'fa' is not supported yet" in rec["errors"][0] and rec["text"].startswith("صدها")
