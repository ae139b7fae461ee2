"""Benchmark: how much time event coding (rules and the learned classifier) adds to the spaCy pipeline
(target: at most 10%).

    .venv/bin/python bench/bench_events.py [TEXTS.jsonl|ACLED.csv] [--limit N] [--rules]

Without a file it uses the seed article (shared/seed/article.txt) split into paragraphs. It times
nlp.pipe over the texts, then counts + events on the finished docs (places, dates, claims and
quotes are left empty so that only this module's work is timed) and prints both and the ratio.
The packaged classifier scores every draft, as in the pipeline; ``--rules`` times the rules alone.
Not a test.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from vigil.extract import Context, counts, events  # noqa: E402
from vigil.model import Article  # noqa: E402
from vigil.geo import load_gazetteer  # noqa: E402

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seed", "article.txt")


def texts(path, limit):
    if path is None:
        with open(SEED, encoding="utf-8") as f:
            paras = [p for p in f.read().split("\n") if len(p) > 80]
        return (paras * (limit // len(paras) + 1))[:limit]
    if path.endswith(".csv"):
        with open(path, encoding="utf-8-sig", newline="") as f:
            return [r["notes"] for r, _ in zip(csv.DictReader(f), range(limit)) if r.get("notes")]
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line, _ in zip(f, range(limit))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--rules", action="store_true", help="time the codebook rules alone, without the classifier")
    a = ap.parse_args()
    global CLASSIFIER
    from vigil.extract.events import learned
    CLASSIFIER = None if a.rules else learned.load()
    from vigil import nlp as vnlp
    nlp = vnlp.load()
    load_gazetteer()                                  # loaded once, as in the pipeline; not timed
    docs_in = texts(a.path, a.limit)
    list(nlp.pipe(docs_in[:20]))                      # warm up, and build the matchers once
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs_in, batch_size=64))
    t_nlp = time.perf_counter() - t0
    events.extract_events(ctx_for(docs[0]))
    t0 = time.perf_counter()
    n_events = 0
    for doc in docs:
        n_events += len(events.extract_events(ctx_for(doc))[0])
    t_ev = time.perf_counter() - t0
    print(f"{len(docs)} docs: spaCy {t_nlp:.2f} s, counts+events {t_ev:.2f} s "
          f"({100 * t_ev / t_nlp:.1f}% of spaCy), {n_events} events, "
          f"{'rules alone' if CLASSIFIER is None else 'rules and classifier'}")


CLASSIFIER = None


def ctx_for(doc):
    art = Article(id="b", title=None, byline=None, published="2020-05-01", url=None, outlet=None,
                  language="en", source="bench", text=doc.text)
    return Context(doc=doc, article=art, published=dt.date(2020, 5, 1), places=[], focus_country=None,
                   dates=[], counts=counts.find_counts(doc), claims=[], quotes=[], gazetteer=load_gazetteer(),
                   classifier=CLASSIFIER)


if __name__ == "__main__":
    main()
