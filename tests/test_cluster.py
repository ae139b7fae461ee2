"""The Dask engine on a two-worker LocalCluster, Parquet output, and the PostgreSQL store from the CLI."""
import json
import sqlite3

import pyarrow.dataset as ds

from test_scale import report


def _corpus(tmp_path, n=8):
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    lines = [json.dumps({"id": f"w{k}", "text": report(k), "published": "2024-03-01"}) for k in range(n)]
    lines.insert(3, '{"id": "broken", "text": ')                     # a malformed line among them
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "noise.txt").write_bytes(b"\x00\x01\x02binary\xff" * 40)
    return feed


def test_dask_engine_on_two_workers_stores_and_writes_parquet(tmp_path, run_cli):
    feed = _corpus(tmp_path)
    db, out = tmp_path / "v.db", tmp_path / "pq"
    status, _, err = run_cli("ingest", feed.parent, "--db", db, "--engine", "dask", "--workers", 2,
                             "--batch-size", 1, "--parquet", out, "--quiet")
    assert status == 1, err                                              # two documents failed, the rest went on
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
        failures = [r[0] for r in con.execute("SELECT source FROM failures ORDER BY source")]
    assert failures == [f"{feed}:4", str(feed.parent / "noise.txt")]
    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    events = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
    assert articles.num_rows == 8 and set(articles.column("month").to_pylist()) == {"2024-03"}
    assert events.num_rows >= 8 and {"article_id", "event_type", "location_name"} <= set(events.column_names)
    # a rerun stores nothing twice and extracts nothing again
    status, _, err = run_cli("ingest", feed, "--db", db, "--engine", "dask", "--workers", 2, "--quiet")
    assert "0 new, 8 already stored, 1 failed" in err


def test_export_parquet_partitioned_by_month(tmp_path, run_cli):
    feed = _corpus(tmp_path, 3)
    db = tmp_path / "v.db"
    run_cli("ingest", feed, "--db", db, "--quiet")
    status, _, err = run_cli("export", "--format", "parquet", "--db", db)
    assert status == 2 and "-o DIR" in err
    status, _, err = run_cli("export", "--format", "parquet", "--db", db, "-o", tmp_path / "out")
    assert status == 0 and "3 articles" in err
    assert sorted(p.name for p in (tmp_path / "out" / "events").iterdir()) == ["month=2024-03"] or \
        all(p.name.startswith("month=") for p in (tmp_path / "out" / "events").iterdir())
    events = ds.dataset(tmp_path / "out" / "events", format="parquet", partitioning="hive").to_table()
    assert set(events.column("article_id").to_pylist()) == set(
        ds.dataset(tmp_path / "out" / "articles", format="parquet", partitioning="hive").to_table().column("id").to_pylist())
    assert "canonical_id" in events.column_names


def test_cli_ingest_export_stats_search_on_postgresql(postgres, run_cli, tmp_path):
    url = postgres.create("cli_" + tmp_path.name.lower().replace("-", "_")[:40])
    feed = _corpus(tmp_path, 4)
    status, _, err = run_cli("ingest", feed, "--db", url, "--workers", 2, "--quiet")
    assert status == 1 and "4 new, 0 already stored, 1 failed" in err
    status, out, _ = run_cli("stats", "--db", url, "--json")
    summary = json.loads(out)
    assert summary["counts"]["articles"] == 4 and summary["counts"]["failures"] == 1
    assert summary["by_type"] and summary["links"]["canonical_events"] >= 1
    status, out, _ = run_cli("export", "--format", "jsonl", "--db", url)
    assert status == 0 and len(out.splitlines()) == 4
    assert all(e["canonical_id"] for line in out.splitlines() for e in json.loads(line)["events"])
    status, out, _ = run_cli("search", "nurses unpaid", "--db", url)
    assert status == 0 and out.count("\n    ") == 4
    status, _, err = run_cli("ingest", feed, "--db", url, "--quiet")
    assert "0 new, 4 already stored, 1 failed" in err
