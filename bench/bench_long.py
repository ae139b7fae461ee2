#!/usr/bin/env python3
"""Benchmark: one long document through the whole pipeline, 1 KB to 1 MB (target: flat time per KB,
peak memory under 1 GB at 1 MB).

Each size runs in its own process (so that peak memory is that document's): Vigil loads, warms up
on a short report, then Pipeline.run extracts one document of news-style sentences made up by
bench/newstext.py (dense: an event, a place and a count in nearly every sentence) with no time
limit. Prints seconds, seconds per KB, events found and the process's peak resident memory.
`--unpunctuated` uses the same words with no punctuation and no line breaks at all.

  .venv/bin/python bench/bench_long.py [--sizes 1,10,100,1000] [--unpunctuated]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)


def one(kb: int, unpunctuated: bool) -> dict:
    from newstext import news_text, unpunctuated_text
    from vigil import Options, Pipeline
    from vigil.read.text import parse_plain

    pipe = Pipeline(Options(progress=False, time_limit=0))
    next(pipe.run([parse_plain(news_text(1500, seed=1), "warm-up", title_line=False)]))
    text = (unpunctuated_text if unpunctuated else news_text)(kb * 1000)
    t = time.perf_counter()
    rec = next(pipe.run([parse_plain(text, f"bench-{kb}kb", title_line=False)]))
    secs = time.perf_counter() - t
    return {"kb": kb, "chars": len(text), "seconds": round(secs, 2), "s_per_kb": round(secs / kb, 4),
            "events": len(rec.events), "errors": list(rec.errors),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10,100,1000", help="document sizes in KB, comma-separated")
    ap.add_argument("--unpunctuated", action="store_true")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(a.one, a.unpunctuated)))
        return
    rows = []
    for kb in (int(s) for s in a.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(kb)] + (["--unpunctuated"] if a.unpunctuated else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"bench_long: {kb} KB failed:\n{out.stderr}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{r['kb']:>5} KB: {r['seconds']:>8.2f} s  {1000 * r['s_per_kb']:>7.1f} ms/KB  "
              f"{r['events']:>5} events  peak {r['peak_mb']} MB" + (f"  ERRORS {r['errors']}" if r["errors"] else ""),
              flush=True)
    per_kb = [r["s_per_kb"] for r in rows if r["kb"] >= 10]
    if len(per_kb) > 1:
        print(f"time per KB, largest / smallest (10 KB and up): {max(per_kb) / min(per_kb):.2f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
