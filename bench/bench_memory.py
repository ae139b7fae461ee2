#!/usr/bin/env python3
"""Memory benchmark (never a test): is the resident size of `vigil ingest` flat over a long corpus?

The issue's target: over a 200,000-document synthetic corpus streamed from JSONL.gz, the resident
size grows less than 10% after warm-up. The corpus is written to a .jsonl.gz one document at a
time (never held in memory); every document is short (two unique news-style sentences from
bench/newstext.py, about 250 characters) so that the full size runs in hours, not days. The ingest
runs as a subprocess; every --every documents (counted in the store) the resident size of its whole
process tree is sampled. Warm-up is the first 10% of the documents; growth is the largest sample
of the last 10% against the sample at the end of warm-up.

    python bench/bench_memory.py --docs 200000 --every 5000 --out bench-memory.jsonl
    python bench/bench_memory.py --docs 5000 --tracemalloc      # in-process: where the growth is

--tracemalloc runs the same ingest in this process under tracemalloc and prints the source lines
whose allocations grew most between the end of warm-up and the end (Python objects only).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_scale import tree_rss         # noqa: E402
from newstext import sentence            # noqa: E402


def article(k: int) -> dict:
    rng = random.Random(k)
    text = f"{sentence(rng, k)} {sentence(rng, k + 3)} (Report {k}.)"
    return {"id": f"mem-{k}", "text": text, "published": f"2024-{k % 12 + 1:02d}-{k % 28 + 1:02d}"}


def corpus(path: str, n: int) -> int:
    """Write ``n`` documents to ``path`` (gzip JSONL), one at a time; the mean text length."""
    chars = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as f:
        for k in range(n):
            doc = article(k)
            chars += len(doc["text"])
            f.write(json.dumps(doc) + "\n")
    return round(chars / max(n, 1))


def done(db: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "failures"))
    except sqlite3.Error:
        return 0


def measure(vigil: str, feed: str, n: int, every: int, workers: int, db: str, log) -> dict:
    import psutil
    t0 = time.perf_counter()
    proc = subprocess.Popen([vigil, "ingest", feed, "--db", db, "--workers", str(workers), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples, mark = [], every
    while proc.poll() is None:
        time.sleep(1.0)
        d = done(db)
        if d >= mark:
            rss = tree_rss(ps)
            if not rss:          # the ingest has just exited: no process left to measure
                break
            samples.append({"docs": d, "rss_mb": round(rss / 2**20, 1), "s": round(time.perf_counter() - t0)})
            log(samples[-1])
            mark = (d // every + 1) * every
    err = proc.stderr.read()
    proc.wait()            # the loop may leave as the ingest exits, before poll() has seen its status
    if proc.returncode not in (0, 1):
        sys.exit(f"vigil ingest failed ({proc.returncode}):\n{err[-2000:]}")
    return summary(samples, n, time.perf_counter() - t0)


def summary(samples: list, n: int, wall: float) -> dict:
    warm = next((s for s in samples if s["docs"] >= n // 10), samples[0] if samples else None)
    late = [s["rss_mb"] for s in samples if s["docs"] >= n * 0.9] or [samples[-1]["rss_mb"]] if samples else []
    if not warm or not late:
        return {"docs": n, "samples": len(samples)}
    return {"docs": n, "wall_s": round(wall), "docs_per_s": round(n / wall, 1),
            "rss_warm_mb": warm["rss_mb"], "rss_final_mb": max(late),
            "rss_growth_pct": round(100 * (max(late) - warm["rss_mb"]) / warm["rss_mb"], 1)}


def traced(feed: str, n: int, db: str, top: int = 15) -> None:
    """The ingest in this process under tracemalloc: the lines whose allocations grew after warm-up."""
    import tracemalloc
    from vigil.config import Options
    from vigil.pipeline import Pipeline
    from vigil.read import read_inputs
    from vigil.store import StoredIds, open_store
    opts = Options()
    tracemalloc.start(8)
    base = None
    with open_store(db) as store:
        for k, rec in enumerate(Pipeline(opts, known=StoredIds(db)).run(read_inputs([feed])), 1):
            if rec.errors:
                store.record_failure(rec.article.source, "; ".join(rec.errors))
            else:
                store.save(rec)
            if k == n // 10:
                base = tracemalloc.take_snapshot()
                print(f"warm-up done at {k} documents: traced {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MB")
    end = tracemalloc.take_snapshot()
    print(f"end at {n} documents: traced {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MB")
    for stat in end.compare_to(base, "traceback")[:top]:
        print(f"{stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks")
        for line in stat.traceback.format()[-6:]:
            print("    " + line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--every", type=int, default=1000, help="sample the resident size every that many documents")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--tracemalloc", action="store_true", help="in-process, under tracemalloc (slow)")
    ap.add_argument("--out", help="also append each sample and the summary to this JSONL file")
    ap.add_argument("--keep", help="folder for the corpus and the store (default: a temporary one)")
    ap.add_argument("--vigil", default=os.path.join(os.path.dirname(sys.executable), "vigil"))
    a = ap.parse_args()

    def log(obj) -> None:
        line = json.dumps(obj)
        print(line, flush=True)
        if a.out:
            with open(a.out, "a", encoding="utf-8") as f:
                f.write(line + "\n")

    with tempfile.TemporaryDirectory(prefix="vigil-memory-") as tmp:
        folder = a.keep or tmp
        os.makedirs(folder, exist_ok=True)
        feed, db = os.path.join(folder, "corpus.jsonl.gz"), os.path.join(folder, "memory.db")
        mean = corpus(feed, a.docs)
        log({"corpus": feed, "docs": a.docs, "mean_chars": mean, "bytes": os.path.getsize(feed)})
        if a.tracemalloc:
            traced(feed, a.docs, db)
        else:
            log(measure(a.vigil, feed, a.docs, a.every, a.workers, db, log))


if __name__ == "__main__":
    main()
