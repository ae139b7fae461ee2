#!/usr/bin/env python3
"""Benchmark: one long document through the whole pipeline, 1 KB to 1 MB (target: flat time per KB,
peak memory under 1 GB at 1 MB).

Each size runs in its own process (so that peak memory is that document's): Vigil loads, warms up
on a short report, then Pipeline.run extracts one document of news-style sentences made up by
bench/newstext.py (dense: an event, a place and a count in nearly every sentence) with no time
limit. Prints seconds (wall clock, and the process's CPU time, which other work on the machine
disturbs less), milliseconds per KB, events found and the process's peak resident memory.
`--unpunctuated` uses the same words with no punctuation and no line breaks at all.

By default (`make bench`) 1, 10 and 100 KB, about a minute; `--full` adds 1 MB (a few minutes,
most of it spaCy's annotation). The gazetteer cache is read from ``$VIGIL_CACHE_DIR`` when set: a
process that has to build it peaks near 1 GB before any document, so give the benchmark a cache
of its own where other checkouts (another format version) keep replacing the shared one.

  .venv/bin/python bench/bench_long.py [--full | --sizes 1,10,100,1000] [--unpunctuated]
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

    pipe = Pipeline(Options(progress=False, time_limit=0, cache_dir=os.environ.get("VIGIL_CACHE_DIR")))
    next(pipe.run([parse_plain(news_text(1500, seed=1), "warm-up", title_line=False)]))
    text = (unpunctuated_text if unpunctuated else news_text)(kb * 1000)
    t, cpu = time.perf_counter(), time.process_time()
    rec = next(pipe.run([parse_plain(text, f"bench-{kb}kb", title_line=False)]))
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    return {"kb": kb, "chars": len(text), "seconds": round(secs, 2), "s_per_kb": round(secs / kb, 4),
            "cpu_seconds": round(cpu, 2), "cpu_s_per_kb": round(cpu / kb, 4),
            "events": len(rec.events), "errors": list(rec.errors),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10,100", help="document sizes in KB, comma-separated (default 1,10,100)")
    ap.add_argument("--full", action="store_true", help="1, 10, 100 and 1000 KB (the 1 MB figure)")
    ap.add_argument("--unpunctuated", action="store_true")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(a.one, a.unpunctuated)))
        return
    rows = []
    for kb in (int(s) for s in ("1,10,100,1000" if a.full else a.sizes).split(",")):
        cmd = [sys.executable, __file__, "--one", str(kb)] + (["--unpunctuated"] if a.unpunctuated else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"bench_long: {kb} KB failed:\n{out.stderr}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{r['kb']:>5} KB: {r['seconds']:>8.2f} s  {1000 * r['s_per_kb']:>7.1f} ms/KB  "
              f"(CPU {r['cpu_seconds']:.2f} s, {1000 * r['cpu_s_per_kb']:.1f} ms/KB)  {r['events']:>5} events  "
              f"peak {r['peak_mb']} MB" + (f"  ERRORS {r['errors']}" if r["errors"] else ""), flush=True)
    for key, what in (("s_per_kb", "time"), ("cpu_s_per_kb", "CPU time")):
        per_kb = [r[key] for r in rows if r["kb"] >= 10]
        if len(per_kb) > 1:
            print(f"{what} per KB, largest / smallest (10 KB and up): {max(per_kb) / min(per_kb):.2f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
