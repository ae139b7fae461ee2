#!/usr/bin/env python3
"""Benchmark: gazetteer load time and toponym resolutions per second on one core.

(a) load: the cached index read from disk (built first if missing; that build is reported
apart); (b) resolve: ``resolve_name`` over a mix of names (country, division and town names,
ambiguous ones such as "Springfield" and "San Jose", adjectives, unknown names), with and
without a focus country; (c) geoparse: whole-document recognition and resolution over
spacy.blank Docs whose entities are set by hand, in mentions per second.
Target: >= 5,000 resolutions/s after load.

  .venv/bin/python bench/bench_geo.py [--n 20000] [--cache-dir DIR]
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from vigil.geo import gazetteer as gz  # noqa: E402
from vigil.geo import geoparse, load_gazetteer, resolve_name  # noqa: E402

NAMES = ["Tehran", "Karaj", "Mahshahr", "Urmia", "Khoy", "Lorestan Province", "Iran", "U.S.", "Russia",
         "Washington", "New York", "Springfield", "San Jose", "Portland", "Paris", "London", "Cuauhtemoc",
         "Chihuahua", "Aleppo", "Idlib", "Donetsk", "Mosul", "Kabul", "Lagos", "Dhaka", "Chittagong",
         "Russian", "Iranian", "Middle East", "Gulf", "Xqzzyville", "Santa Cruz", "Victoria", "Alexandria"]
TEXT = ("In Tehran, protesters gathered while police in Karaj and Springfield watched. Officials in "
        "Washington and Moscow said Iran and Russia would talk in Paris, Texas, or Paris, France. ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000, help="resolutions to time (default 20000)")
    ap.add_argument("--cache-dir", help="gazetteer cache directory (default: ~/.cache/vigil)")
    a = ap.parse_args()
    path = gz.cache_path(a.cache_dir)
    if not os.path.exists(path):
        t = time.perf_counter()
        load_gazetteer(a.cache_dir)
        print(f"build (first use, once per cache): {time.perf_counter() - t:.1f} s")
        load_gazetteer.cache_clear()
    t = time.perf_counter()
    gaz = load_gazetteer(a.cache_dir)
    print(f"load: {time.perf_counter() - t:.2f} s  ({len(gaz):,} places, {os.path.getsize(path) / 1e6:.0f} MB cache)")
    names = (NAMES * (a.n // len(NAMES) + 1))[:a.n]
    for focus in (None, "IR"):
        t = time.perf_counter()
        for name in names:
            resolve_name(gaz, name, focus=focus)
        dt = time.perf_counter() - t
        print(f"resolve (focus {focus}): {len(names) / dt:,.0f} resolutions/s")
    import spacy
    nlp = spacy.blank("en")
    doc = nlp(TEXT * 20)
    doc.ents = [doc.char_span(m.start(), m.end(), label="GPE") for m in _places(doc.text)]
    t, runs, mentions = time.perf_counter(), 50, 0
    for _ in range(runs):
        mentions += len(geoparse(doc, gaz)[0])
    print(f"geoparse: {mentions / (time.perf_counter() - t):,.0f} mentions/s (recognition + resolution)")


def _places(text):
    import re
    return re.finditer(r"\b(?:Tehran|Karaj|Springfield|Washington|Moscow|Iran|Russia|Paris|Texas|France)\b", text)


if __name__ == "__main__":
    main()
