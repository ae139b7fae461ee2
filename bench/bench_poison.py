#!/usr/bin/env python3
"""Poisoned-corpus benchmark (never a test): 1% of the documents are poisoned (binary, huge, malformed,
truncated gzip; bench/poisoned.py) and `vigil ingest` must complete with every good document stored
and every bad one recorded, on SQLite, PostgreSQL and Dask alike (issue 13).

For each engine it prints the good documents written and stored, the poisoned ones written and
recorded, any missing or unexpected failure, the exit status and the wall time. PostgreSQL is a
throwaway server (tests/pg_server.py: Debian's postgresql package) unless --pg gives a URL.
tests/test_poison.py checks the same on 200 documents.

    python bench/bench_poison.py --docs 2000 --engines sqlite postgresql dask
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests"))
import poisoned  # noqa: E402

MAX_BYTES = 1_000_000        # the huge lines are just over it


def run(vigil: str, folder: str, target: str, engine: str, workers: int, good: int, bad: set) -> dict:
    from vigil.store import open_store
    cmd = [vigil, "ingest", folder, "--db", target, "--workers", str(workers), "--quiet"]
    if engine == "dask":
        cmd += ["--engine", "dask"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "VIGIL_MAX_BYTES": str(MAX_BYTES)})
    wall = time.perf_counter() - t0
    with open_store(target) as store:
        stored, failures = store.counts()["articles"], {f["source"] for f in store.failures()}
    return {"engine": engine, "status": proc.returncode, "good": good, "stored": stored, "bad": len(bad),
            "recorded": len(failures & bad), "missing": sorted(bad - failures)[:5],
            "unexpected": sorted(failures - bad)[:5], "wall_s": round(wall, 1),
            "ok": proc.returncode == 1 and stored == good and failures == bad,
            "summary": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--every", type=int, default=100, help="one document in this many is poisoned (100: 1%%)")
    ap.add_argument("--engines", nargs="+", default=["sqlite", "postgresql", "dask"],
                    choices=["sqlite", "postgresql", "dask"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", help="a PostgreSQL URL to a fresh database (default: a throwaway server)")
    ap.add_argument("--vigil", default=os.path.join(os.path.dirname(sys.executable), "vigil"))
    a = ap.parse_args()
    server = None
    with tempfile.TemporaryDirectory(prefix="vigil-poison-") as tmp:
        folder = os.path.join(tmp, "in")
        good, bad = poisoned.write(folder, a.docs, a.every, max_bytes=MAX_BYTES)
        print(json.dumps({"docs": a.docs, "good": good, "poisoned": len(bad)}), flush=True)
        try:
            for engine in a.engines:
                if engine == "postgresql":
                    if a.pg:
                        target = a.pg
                    else:
                        from pg_server import Server
                        server = server or Server().start()
                        target = server.create(f"poison_{int(time.time())}")
                else:
                    target = os.path.join(tmp, f"{engine}.db")
                print(json.dumps(run(a.vigil, folder, target, engine, a.workers, good, bad)), flush=True)
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
