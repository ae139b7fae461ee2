#!/usr/bin/env python3
"""Scale benchmark (never a test): `vigil ingest` of a synthetic news corpus streamed from JSONL.gz.

Reports docs/s with 1 and with N workers (the issue's target: N=2 on two cores >= 1.7x one worker)
and the resident memory of the whole process tree (parent and workers, sampled every half second):
its size after warm-up (the first 10% of documents) and at the end; growth must stay under 10%.
Full size is the issue's 200,000 documents (hours on two cores): `--docs 200000`.

    python bench/bench_scale.py --docs 2000 --workers 1 2
"""
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

import psutil

TOWNS = ["Nakuru", "Kisumu", "Eldoret", "Dhaka", "Sylhet", "Khulna", "Lyon", "Marseille", "Quito", "Cuenca",
         "Kano", "Abuja", "Gazipur", "Rajshahi", "Mombasa", "Isfahan"]
GROUPS = ["nurses", "teachers", "dock workers", "students", "farmers", "traders", "drivers", "miners"]
ACTS = ["marched to the county offices", "blocked the main road", "held a sit-in outside the ministry",
        "rallied at the central square", "walked off the job"]


def article(k: int, rng: random.Random) -> dict:
    town, group, act = rng.choice(TOWNS), rng.choice(GROUPS), rng.choice(ACTS)
    n = rng.randint(20, 5000)
    paras = [f"About {n} {group} {act} in {town} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
             f"demanding unpaid wages, organisers said.",
             f"Police {'fired tear gas and ' if k % 3 == 0 else ''}watched from side streets; "
             f"{'at least %d people were detained' % rng.randint(2, 40) if k % 4 == 0 else 'no arrests were reported'}.",
             f"A spokesman for the {group} said the protest would continue until talks resumed (item {k})."]
    return {"id": f"syn-{k}", "text": "\n\n".join(paras), "published": f"2024-{k % 12 + 1:02d}-15"}


def corpus(path: str, n: int) -> None:
    rng = random.Random(7)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps(article(k, rng)) + "\n")


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def count(db: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def run(vigil: list, feed: str, n: int, workers: int, tmp: str) -> dict:
    db = os.path.join(tmp, f"w{workers}.db")
    t0 = time.perf_counter()
    proc = subprocess.Popen(vigil + ["ingest", feed, "--db", db, "--workers", str(workers), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples, warm, first_doc = [], None, None
    while proc.poll() is None:
        time.sleep(0.5)
        done, rss = count(db), tree_rss(ps)
        if done and first_doc is None:
            first_doc = (time.perf_counter(), done)
        samples.append((done, rss))
        if warm is None and done >= n // 10:
            warm = rss
    err = proc.stderr.read()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"vigil ingest failed:\n{err[-2000:]}")
    late = [rss for done, rss in samples if done >= n * 0.9] or [samples[-1][1]]
    steady = (n - first_doc[1]) / (time.perf_counter() - first_doc[0]) if first_doc else float("nan")
    return {"workers": workers, "docs": count(db), "wall_s": round(wall, 1), "docs_per_s": round(n / wall, 2),
            "docs_per_s_after_load": round(steady, 2), "rss_warm_mb": round((warm or 0) / 2**20),
            "rss_end_mb": round(max(late) / 2**20),
            "rss_growth_pct": round(100 * (max(late) - warm) / warm, 1) if warm else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--vigil", default=os.path.join(os.path.dirname(sys.executable), "vigil"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vigil-scale-") as tmp:
        feed = os.path.join(tmp, "corpus.jsonl.gz")
        corpus(feed, a.docs)
        results = [run([a.vigil], feed, a.docs, w, tmp) for w in a.workers]
    for r in results:
        print(json.dumps(r))
    base = results[0]["docs_per_s"]
    for r in results[1:]:
        print(f"{r['workers']} workers: {r['docs_per_s'] / base:.2f}x {results[0]['workers']} "
              f"(after model load: {r['docs_per_s_after_load'] / results[0]['docs_per_s_after_load']:.2f}x)")


if __name__ == "__main__":
    main()
