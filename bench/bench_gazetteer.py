#!/usr/bin/env python3
"""Benchmark: the gazetteer's cold build, its cached load, and name lookups.

(a) build: ``build()`` plus writing the cache file, into a fresh directory (--build; about a
minute), then a check that the file read back finds the same candidates as the fresh build
for every name; (b) load: ``load_gazetteer`` from the cache file in a new Python process
(import of vigil.geo.gazetteer excluded), the median of --loads runs; (c) lookup: one
``Gazetteer.lookup`` and one ``resolve_name`` per toponym over known, ambiguous, respelt and
unknown names. Targets: load < 1 s, lookup < 1 ms a toponym. The resident memory a load adds
is read from /proc/self/statm (Linux).

  .venv/bin/python bench/bench_gazetteer.py [--cache-dir DIR] [--build] [--loads 5] [--n 20000]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from vigil.geo import gazetteer as gz  # noqa: E402
from vigil.geo import resolve_name  # noqa: E402

NAMES = ["Tehran", "Karaj", "Mahshahr", "Lorestan Province", "Iran", "U.S.", "Springfield", "San Jose",
         "Paris", "Cuauhtemoc", "Aleppo", "As Samawah", "Kafr Nasij", "Donetsk", "Dhaka", "Chittagong",
         "Russian", "Middle East", "Xqzzyville", "Santa Cruz", "Victoria", "Alexandria", "Morris County",
         "Nord-Kivu", "Ontario", "Queensland", "Kyiv City", "Tripoli", "Lagos", "Unknownshire"]
LOAD = ("import sys, time; sys.path.insert(0, {root!r}); from vigil.geo import gazetteer as gz; "
        "rss = lambda: int(open('/proc/self/statm').read().split()[1]) * 4096 / 1e6; m = rss(); "
        "t = time.perf_counter(); g = gz.load_gazetteer({cache!r}); g.lookup('Tehran'); "
        "print(time.perf_counter() - t, rss() - m)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", help="gazetteer cache directory (default: VIGIL_CACHE_DIR or ~/.cache/vigil)")
    ap.add_argument("--build", action="store_true", help="also time a cold build into a temporary directory")
    ap.add_argument("--loads", type=int, default=5, help="cached loads to time, each in a new process")
    ap.add_argument("--n", type=int, default=20000, help="lookups to time (default 20000)")
    a = ap.parse_args()
    if a.build:
        cold_build()
    path = gz.cache_path(a.cache_dir)
    if not os.path.exists(path):
        t = time.perf_counter()
        gz.load_gazetteer(a.cache_dir)
        print(f"build (first use, once per cache): {time.perf_counter() - t:.1f} s")
    code = LOAD.format(root=os.path.dirname(HERE), cache=a.cache_dir)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(a.loads)]
    loads = [float(r[0]) for r in runs]
    print(f"load (new process, cached): median {statistics.median(loads):.3f} s, max {max(loads):.3f} s, "
          f"resident memory +{float(runs[0][1]):.0f} MB ({os.path.getsize(path) / 1e6:.0f} MB file)")
    gaz = gz.load_gazetteer(a.cache_dir)
    names = (NAMES * (a.n // len(NAMES) + 1))[:a.n]
    t = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    print(f"lookup: {(time.perf_counter() - t) / len(names) * 1e6:.1f} µs a toponym")
    t = time.perf_counter()
    for name in names:
        resolve_name(gaz, name)
    print(f"resolve_name: {(time.perf_counter() - t) / len(names) * 1e6:.1f} µs a toponym")


def cold_build():
    with tempfile.TemporaryDirectory() as tmp:
        path = gz.cache_path(tmp)
        t = time.perf_counter()
        data = gz.build()
        built = time.perf_counter() - t
        gz._write(path, data)
        print(f"cold build: {built:.1f} s, write {time.perf_counter() - t - built:.1f} s")
        fresh, read = gz.Gazetteer(data), gz.Gazetteer.from_file(path)
        differ = [k for k in fresh.index if fresh._codes(k) != read._codes(k)]
        print(f"read back: {len(read.index):,} names, {len(differ)} differ from the fresh build")
        del read


if __name__ == "__main__":
    main()
