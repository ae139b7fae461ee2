#!/usr/bin/env python3
"""Benchmark (never a test): the CPU the parent process spends beside its workers, per document.

With ``--workers N`` the parent reads the input, hands blocks to the workers, receives their records
and writes them (``vigil extract``: JSON lines and the batch linker; ``vigil ingest``: SQLite and its
linking). On a machine with N cores the parent competes with the workers for CPU, so its share caps
the speed-up of N workers over one. Wall-clock times on a shared machine are noise; CPU times are
not: each run is a fresh process that runs the command in-process and reports getrusage for itself
(the parent) and for its reaped children (the workers), minus the CPU spent before the command
started (imports).

    python bench/bench_parent.py --texts reports.jsonl --workers 2 --command extract ingest
    python bench/bench_parent.py --texts reports.jsonl --profile parent.prof   # cProfile of the parent

Prints, per command: documents, parent CPU ms/doc, workers' CPU ms/doc, and the parent's share.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
args, profile = json.loads(sys.argv[2]), sys.argv[3]
from vigil import cli
import vigil.pipeline, vigil.pool, vigil.extract, vigil.store, vigil.link.batch  # imports are not the run's cost
def cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime
p0, c0, t0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
out = open(os.devnull, "w")
old, sys.stdout = sys.stdout, out
prof = None
if profile:
    import cProfile
    prof = cProfile.Profile()
    prof.enable()
try:
    code = cli.main(args)
except SystemExit as e:
    code = e.code
if prof:
    prof.disable()
    prof.dump_stats(profile)
sys.stdout = old
print(json.dumps({"exit": code, "parent": cpu(resource.RUSAGE_SELF) - p0,
                  "workers": cpu(resource.RUSAGE_CHILDREN) - c0, "wall": time.perf_counter() - t0}))
"""


def count(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def run(command: str, texts: str, workers: int, tmp: str, profile: str = "") -> dict:
    args = [command, "--quiet", "--workers", str(workers), texts]
    if command == "ingest":
        db = os.path.join(tmp, f"bench-{os.getpid()}-{len(os.listdir(tmp))}.db")
        args += ["--db", db]
    proc = subprocess.run([sys.executable, "-c", CHILD, ROOT, json.dumps(args), profile],
                          capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        sys.exit(f"bench_parent: {command} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", required=True, help="a JSONL file of documents (or any input vigil reads)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--command", nargs="+", default=["extract", "ingest"], choices=["extract", "ingest"])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--profile", metavar="OUT", help="cProfile the parent (first command) into OUT")
    a = ap.parse_args()
    n = count(a.texts) if a.texts.endswith(".jsonl") else None
    with tempfile.TemporaryDirectory(prefix="vigil-bench-parent-") as tmp:
        if a.profile:
            r = run(a.command[0], a.texts, a.workers, tmp, os.path.abspath(a.profile))
            print(f"profile of the parent written to {a.profile}: {json.dumps(r)}")
            return
        for command in a.command:
            for _ in range(a.runs):
                r = run(command, a.texts, a.workers, tmp)
                docs = n or 1
                print(f"{command} --workers {a.workers}: {n} documents, parent {1000 * r['parent'] / docs:.2f} ms/doc, "
                      f"workers {1000 * r['workers'] / docs:.2f} ms/doc, parent share "
                      f"{r['parent'] / max(r['parent'] + r['workers'], 1e-9):.1%} (wall {r['wall']:.1f} s, exit {r['exit']})",
                      flush=True)


if __name__ == "__main__":
    main()
