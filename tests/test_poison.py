"""A corpus with poisoned documents (binary, huge, malformed, truncated gzip) completes with every
good document stored and every bad one recorded, on SQLite, PostgreSQL and Dask alike (issue 13;
bench/bench_poison.py runs the same at scale). The corpus comes from bench/poisoned.py."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench"))
import poisoned  # noqa: E402
from newstext import news_text  # noqa: E402

from vigil.store import open_store  # noqa: E402

MAX_BYTES = 200_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("poisoned") / "in")
    good, bad = poisoned.write(folder, 200, every=25, max_bytes=MAX_BYTES, per_file=80)
    assert good == 192 and len(bad) == 8                     # two of each kind
    return folder, good, bad


def _check(target, good, bad, err):
    with open_store(target) as store:
        counts, failures = store.counts(), {f["source"]: f["error"] for f in store.failures()}
    assert counts["articles"] == good, err[-3000:]
    assert set(failures) == bad
    kinds = sorted(next(k for k, why in (("binary", "binary file"), ("huge", "larger than max_bytes"),
                                         ("malformed", "malformed JSON line"), ("truncated", "cannot read past line"))
                        if why in e) for e in failures.values())
    assert kinds == sorted(poisoned.KINDS * 2)
    assert f"{good} new, 0 already stored, {len(bad)} failed" in err


def test_poisoned_corpus_on_sqlite_and_postgresql(corpus, store_target, run_cli, monkeypatch):
    folder, good, bad = corpus
    monkeypatch.setenv("VIGIL_MAX_BYTES", str(MAX_BYTES))
    status, _, err = run_cli("ingest", folder, "--db", store_target, "--workers", 2, "--quiet")
    assert status == 1
    _check(store_target, good, bad, err)
    status, _, err = run_cli("ingest", "--retry-failed", "--db", store_target, "--quiet")
    assert status == 1 and "0 new, 0 already stored, 8 failed" in err     # still bad, still recorded once each
    _check(store_target, good, bad, f"{good} new, 0 already stored, {len(bad)} failed")


def test_poisoned_corpus_on_dask(corpus, run_cli, monkeypatch, tmp_path):
    folder, good, bad = corpus
    monkeypatch.setenv("VIGIL_MAX_BYTES", str(MAX_BYTES))
    db = str(tmp_path / "v.db")
    status, _, err = run_cli("ingest", folder, "--db", db, "--engine", "dask", "--workers", 2, "--quiet")
    assert status == 1
    _check(db, good, bad, err)


def test_dask_workers_hold_the_time_limit(run_cli, tmp_path, monkeypatch):
    """A document over time_limit on a Dask worker fails alone, named, and the others are stored."""
    feed = tmp_path / "feed.jsonl"
    import json
    rows = [{"id": "a", "text": news_text(600, seed=11)}, {"id": "long", "text": news_text(3_000_000, seed=12)},
            {"id": "b", "text": news_text(600, seed=13)}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "v.db"
    monkeypatch.setenv("VIGIL_TIME_LIMIT", "10")
    status, _, err = run_cli("ingest", feed, "--db", db, "--engine", "dask", "--workers", 2, "--batch-size", 1,
                             "--quiet")
    assert status == 1 and "2 new, 0 already stored, 1 failed" in err, err
    assert "2 new, 0 already stored, 1 failed" in err
    with open_store(str(db)) as store:
        failures = store.failures()
    assert [f["source"] for f in failures] == [f"{feed}:2"]
    assert "took longer than 10 s (time_limit)" in failures[0]["error"]
