"""Scale: worker processes, resume after a crash, streamed folders, the progress bar."""
import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from vigil import Options, Pipeline
from vigil.model import RawDoc
from vigil.pipeline import Progress, Stored

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOWNS = ["Nakuru", "Kisumu", "Eldoret", "Mombasa", "Thika", "Nyeri", "Machakos", "Kericho"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def report(k: int) -> str:
    """A short wire-style report, different for every k."""
    town, day = TOWNS[k % len(TOWNS)], DAYS[k % len(DAYS)]
    return (f"{200 + k} nurses marched to the county offices in {town} on {day} to demand {k % 5 + 2} months "
            f"of unpaid allowances, their union said. Police watched from side streets and no arrests were "
            f"reported. The union's branch secretary said the walkout would go on until the arrears were paid "
            f"(bulletin {k}).")


def docs(n: int) -> list:
    return [RawDoc(source=f"feed.jsonl:{k + 1}", text=report(k), published="2024-03-01") for k in range(n)]


def test_two_workers_give_the_records_of_one_in_input_order():
    raws = docs(9) + [RawDoc(source="feed.jsonl:10", error="malformed JSON line: Expecting value at column 1")]
    one = [r.to_dict() for r in Pipeline(Options(workers=1, batch_size=2)).run(raws)]
    two = [r.to_dict() for r in Pipeline(Options(workers=2, batch_size=2)).run(raws)]
    assert [r["article"]["source"] for r in two] == [r.source for r in raws]
    assert two == one
    assert sum(len(r["events"]) for r in two) >= 9          # every report is a protest
    assert two[-1]["errors"] and "malformed JSON line" in two[-1]["errors"][0]


def test_documents_already_stored_are_neither_annotated_nor_extracted():
    raws = docs(3)
    ids = [r.article.id for r in Pipeline(Options()).run(raws[:1])]   # the first one's content hash
    asked = []

    def known(batch):
        asked.extend(batch)
        return set(ids)

    pipe = Pipeline(Options(), known=known)
    out = list(pipe.run(raws))
    assert isinstance(out[0], Stored) and not out[0].events and out[0].article.id == ids[0]
    assert not isinstance(out[1], Stored) and out[1].events
    assert set(asked) == {r.article.id for r in out}
    only_stored = Pipeline(Options(), known=lambda batch: set(batch))
    assert all(isinstance(r, Stored) for r in only_stored.run(raws))
    assert only_stored._nlp is None                                   # the model was never needed


def _vigil(*args, **kw):
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "vigil.cli", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _count(db: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:        # not created yet
        return 0


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_killed_midway_then_rerun_stores_every_document_once_and_redoes_none(tmp_path, workers):
    n = 40
    feed = tmp_path / "feed.jsonl.gz"
    with gzip.open(feed, "wt", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"n{k}", "text": report(k), "published": "2024-03-01"}) + "\n")
    db = str(tmp_path / "v.db")
    proc = _vigil("ingest", feed, "--db", db, "--workers", workers, "--batch-size", 2, "--quiet")
    deadline = time.monotonic() + 300
    while _count(db) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed: " + proc.communicate()[1][-2000:]
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 4 <= before < n

    again = _vigil("ingest", feed, "--db", db, "--workers", workers, "--quiet")
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert f"{n - before} new, {before} already stored, 0 failed" in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT source_id) FROM articles").fetchone() == (n, n)
        assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0


def test_poisoned_documents_fail_alone_with_workers(tmp_path, run_cli):
    good = [{"id": f"g{k}", "text": report(k)} for k in range(6)]
    lines = [json.dumps(d) for d in good[:3]] + ["{\"id\": \"bad\", \"text\": "] + [json.dumps(d) for d in good[3:]]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    whole = gzip.compress(("\n".join(json.dumps(d) for d in good) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "v.db"
    status, _, err = run_cli("ingest", tmp_path, "--db", db, "--workers", 2, "--batch-size", 2, "--quiet")
    assert status == 1
    with sqlite3.connect(db) as con:
        failures = dict(con.execute("SELECT source, error FROM failures"))
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert f"{tmp_path / 'feed.jsonl'}:4" in failures and "malformed JSON" in failures[f"{tmp_path / 'feed.jsonl'}:4"]
    assert str(tmp_path / "blob.txt") in failures
    assert str(tmp_path / "cut.jsonl.gz") in failures and "cannot read past line" in failures[str(tmp_path / "cut.jsonl.gz")]
    assert articles == 6              # the six good reports, each once (the cut file repeats some of them)


def test_a_folder_is_read_in_sorted_path_order_one_folder_at_a_time(tmp_path):
    from vigil.read import _walk
    for rel in ["b.txt", "b/c.txt", "b-x.txt", "a/z/y.txt", "a.txt", "b/skip.bin", ".hidden/h.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Protesters gathered outside the ministry.", encoding="utf-8")
    walked = _walk(str(tmp_path))
    assert not isinstance(walked, list)                       # a generator: nothing listed ahead
    paths = [os.path.relpath(p, tmp_path) for p, problem in walked if problem is None]
    assert paths == ["a.txt", "a/z/y.txt", "b-x.txt", "b.txt", "b/c.txt"] == sorted(paths)


def test_progress_bar_counts_rate_failures_and_eta():
    shown = []
    bar = Progress(shown.append, every=0, total=4)
    rec = next(Pipeline(Options()).run([RawDoc(source="x", error="cannot read: no such file")]))
    bar.tick(rec)
    bar.tick(rec)
    bar.close()
    assert shown[-2].startswith("\r") and "2/4 documents (2 failed)" in shown[-2] and "docs/s" in shown[-2]
    assert "ETA" in shown[-2] and shown[-1] == "\n"
    quiet = Progress(None, every=0)
    quiet.tick(rec)
    quiet.close()
    assert quiet.done == 1


def test_ingest_is_quiet_on_a_pipe_but_for_its_summary(tmp_path):
    (tmp_path / "a.txt").write_text(report(1), encoding="utf-8")
    proc = _vigil("ingest", tmp_path / "a.txt", "--db", tmp_path / "v.db")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "docs/s" not in err and "\r" not in err and "1 new, 0 already stored" in err


def test_a_worker_that_dies_fails_only_the_documents_it_held(monkeypatch):
    import vigil.pipeline
    real = vigil.pipeline.Pipeline.run_block

    def dies_on_poison(self, block):
        if any(r.source == "poison" for r in block):
            os._exit(3)                      # as if killed by the kernel, mid-block
        return real(self, block)

    monkeypatch.setattr(vigil.pipeline.Pipeline, "run_block", dies_on_poison)   # the forked workers inherit it
    raws = docs(2) + [RawDoc(source="poison", text=report(50))] + docs(6)[2:]
    out = list(Pipeline(Options(workers=2, batch_size=1)).run(raws))
    assert [r.article.source for r in out] == [r.source for r in raws]
    assert [r.article.source for r in out if r.errors] == ["poison"]      # its block alone (one document)
    assert "worker process died" in out[2].errors[0]
    assert all(r.events for r in out if r.article.source != "poison")     # every other one was done


def test_each_block_hands_freed_heap_memory_back(monkeypatch):
    from vigil import pipeline
    calls = []
    monkeypatch.setattr(pipeline, "release_memory", lambda: calls.append(1))
    out = list(Pipeline(Options(batch_size=1)).run(docs(9)))     # blocks of 4 documents: 4, 4, 1
    assert len(out) == 9 and not any(r.errors for r in out)
    assert len(calls) == 3


def test_release_memory_is_a_no_op_where_the_c_library_has_no_malloc_trim(monkeypatch):
    from vigil import pipeline
    monkeypatch.setattr(pipeline, "_TRIM", False)
    pipeline.release_memory()                                     # no error, nothing called
    seen = []
    monkeypatch.setattr(pipeline, "_TRIM", lambda pad: seen.append(pad))
    pipeline.release_memory()
    assert seen == [0]


def _with_actors(k: int) -> RawDoc:
    """A report naming actors from the dictionary, with a code word no earlier report used."""
    lines = [f"Houthi fighters attacked a government outpost near Marib on Sunday, killing two soldiers (ref Qv{k}zz).",
             f"Al-Shabaab claimed an attack on a police station in Baidoa that killed {k % 4 + 2} officers (file Rk{k}ww).",
             f"Members of the Sinaloa cartel shot dead a local official in Culiacan on Friday (note Ty{k}pp).",
             f"Riot police arrested {k + 3} students who marched on the education ministry in Dhaka (tag Mx{k}jj)."]
    text = lines[k % len(lines)] + " The figures came from the vellimonds' ledger."   # a word new to spaCy, every time
    return RawDoc(source=f"actors:{k}", text=text, published="2024-05-06")


def test_each_block_frees_the_words_it_added_and_codes_the_same(monkeypatch):
    """A block runs in a spaCy memory zone: the new words of its reports leave the vocabulary when it
    ends (else a long run keeps ~390 bytes a new word for good), and the records are those of a run
    without zones, actors included, whose matchers are built over the vocabulary before any zone, and
    lemmas of words new to spaCy that come back in later blocks (remembered as text, not as hashes)."""
    import contextlib

    from vigil import pipeline
    from vigil.extract import actor_mentions
    actor_mentions._matchers.cache_clear()               # built afresh in this run, as in a new process
    pipe = Pipeline(Options(batch_size=1))        # blocks of four reports
    strings = []
    zoned = []
    for start in (0, 4, 8):
        zoned += [r.to_dict() for r in pipe.run([_with_actors(k) for k in range(start, start + 4)])]
        strings.append(len(pipe.nlp.vocab.strings))
    assert strings[1] == strings[2]               # the later blocks' code words are gone again
    assert not any(r["errors"] for r in zoned)
    assert all(r["events"] and r["events"][0]["actor1"] for r in zoned)
    monkeypatch.setattr(pipeline.Pipeline, "_zone", lambda self: contextlib.nullcontext())
    plain = [r.to_dict() for r in Pipeline(Options(batch_size=1)).run([_with_actors(k) for k in range(12)])]
    assert zoned == plain
    grown = len(pipe.nlp.vocab.strings)
    assert grown > strings[2]                     # without zones the same words stay


def test_the_per_word_caches_stay_bounded_over_new_words(monkeypatch):
    """Every word a corpus has not used before adds an entry to the lemma, attribute and signal
    caches; each starts again at its limit, so a long run's memory stays flat."""
    from vigil import annotators
    from vigil.extract.events import signals
    pipe = Pipeline(Options(batch_size=8))
    # this pipeline's own caches (other tests' pipelines may still be alive, with their own)
    caches = [proc for _, proc in pipe.nlp.pipeline if isinstance(proc, (annotators.LemmaCache, annotators.AttributeCache))]
    assert len(caches) == 2 and all(c.limit <= 10_000 for c in caches) and signals.MEMO_LIMIT <= 10_000
    for c in caches:
        monkeypatch.setattr(c, "limit", 40)
    monkeypatch.setattr(signals, "MEMO_LIMIT", 40)
    words = [f"Traders in Kisumu said the {k}th zelvorant shipment was late." for k in range(60)]
    list(pipe.run([RawDoc(source=f"w{k}", text=t, published="2024-03-01") for k, t in enumerate(words)]))
    lex = signals._lexicon(signals.DATA)
    assert 0 < len(lex["token_keys"]) <= 40
    for c in caches:
        assert len(c.cache) <= 40
        if isinstance(c, annotators.AttributeCache):
            assert all(len(seen) <= 40 for _, _, seen in c.words.values())


def test_the_word_set_hashes_kept_for_token_lookups_stay_bounded():
    """docindex.where remembers the hashes of the word sets it is asked about; a report's own
    names are such a set, so over a long run the memory must start again at its limit."""
    import spacy

    from vigil import docindex
    doc = spacy.blank("en")("Kisumu and Eldoret, then Kisumu again")
    for k in range(docindex.HASHES_LIMIT * 3):
        found = docindex.where(doc, "ORTH", frozenset({"Kisumu", f"name{k}"}))
        assert [t.i for t in found] == [0, 5]
    assert 0 < len(docindex._HASHES) <= docindex.HASHES_LIMIT


def test_a_reports_own_word_set_is_hashed_without_being_kept():
    """A set used once (the place names one report repeats) is not kept: it would only churn the
    cache the fixed word lists share."""
    import spacy

    from vigil import docindex
    doc = spacy.blank("en")("Kisumu and Eldoret, then Kisumu again")
    docindex.where(doc, "ORTH", frozenset({"and"}))
    before = dict(docindex._HASHES)
    for k in range(50):
        found = docindex.where(doc, "ORTH", frozenset({"Eldoret", f"own{k}"}), keep=False)
        assert [t.i for t in found] == [2]
    assert docindex._HASHES == before
