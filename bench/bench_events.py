"""Benchmark: how much time event coding (rules and the learned classifier) adds to the spaCy pipeline
(target: at most 10%).

    .venv/bin/python bench/bench_events.py [TEXTS.jsonl|ACLED.csv] [--limit N] [--rules]

Without a file it uses the seed article (shared/seed/article.txt) split into paragraphs. It times
nlp.pipe over the texts, then counts + events on the finished docs (places, dates, claims and
quotes are left empty so that only this module's work is timed) and prints both and the ratio.
The packaged classifier scores every draft, as in the pipeline; ``--rules`` times the rules alone.
The ratio is of this process's CPU time (time.process_time), which other jobs on a shared machine
disturb far less than the wall-clock time (printed too); ``--profile N`` prints the N functions
with the most time of their own in the events stage (cProfile; it slows Cython-heavy code more).
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

from vigil import docindex  # noqa: E402
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
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also profile the events stage and print its N costliest functions")
    a = ap.parse_args()
    global CLASSIFIER
    from vigil.extract.events import learned
    CLASSIFIER = None if a.rules else learned.load()
    from vigil import nlp as vnlp
    nlp = vnlp.load()
    load_gazetteer()                                  # loaded once, as in the pipeline; not timed
    from vigil.pipeline import settle
    settle()                                          # then frozen for the collector, as before the pipeline's first block
    docs_in = texts(a.path, a.limit)
    list(nlp.pipe(docs_in[:20]))                      # warm up, and build the matchers once
    w0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(docs_in, batch_size=64))
    w_nlp, t_nlp = time.perf_counter() - w0, time.process_time() - c0
    _known(docs, docs_in)
    events.extract_events(ctx_for(docs[0]))
    w0, c0 = time.perf_counter(), time.process_time()
    n_events = sum(len(events.extract_events(ctx_for(doc))[0]) for doc in docs)
    w_ev, t_ev = time.perf_counter() - w0, time.process_time() - c0
    print(f"{len(docs)} docs: spaCy {t_nlp:.2f} s CPU ({w_nlp:.2f} s wall), counts+events {t_ev:.2f} s CPU "
          f"({w_ev:.2f} s wall): {100 * t_ev / t_nlp:.1f}% of spaCy ({100 * w_ev / w_nlp:.1f}% wall), "
          f"{n_events} events, {'rules alone' if CLASSIFIER is None else 'rules and classifier'}")
    if a.profile:
        import cProfile
        import pstats
        prof, fresh = cProfile.Profile(), _fresh(nlp, docs_in)
        prof.runcall(lambda: [events.extract_events(ctx_for(doc)) for doc in fresh])
        pstats.Stats(prof).sort_stats("tottime").print_stats(a.profile)


def _fresh(nlp, docs_in):
    """The docs annotated again (nothing cached in their user_data from a timed run)."""
    return _known(list(nlp.pipe(docs_in, batch_size=64)), docs_in)


def _known(docs, docs_in):
    """Each doc told its text, as the pipeline's annotation does (nlp.annotate: docindex.know_text),
    so that the events stage is not charged for rebuilding doc.text, which the pipeline never does."""
    for doc, text in zip(docs, docs_in):
        docindex.know_text(doc, text)
    return docs


CLASSIFIER = None


def ctx_for(doc):
    art = Article(id="b", title=None, byline=None, published="2020-05-01", url=None, outlet=None,
                  language="en", source="bench", text=docindex.text(doc))
    return Context(doc=doc, article=art, published=dt.date(2020, 5, 1), places=[], focus_country=None,
                   dates=[], counts=counts.find_counts(doc), claims=[], quotes=[], gazetteer=load_gazetteer(),
                   classifier=CLASSIFIER)


if __name__ == "__main__":
    main()
