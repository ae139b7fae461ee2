#!/usr/bin/env python3
"""Benchmark: the whole pipeline against spaCy alone, on the same texts, in one process.

Times (best of --runs, wall clock, after loading and a warm-up; the sides take turns within each run, so a
busy machine slows them alike): (a) spaCy's own full pipeline (the model as spacy.load gives it)
over the texts; (b) nlp.pipe with Vigil's pipeline object (its ruler and stand-ins); (c) Vigil's
Pipeline.run over the same documents (cleaning, annotation, every extractor, the geoparser).
Prints docs/s for each, the ratio (c)/(a) (issue 13's target: >= 1.0) and the overhead of (c)
over (b). shared/tools/bench_throughput.py measures the same ratio on whole processes.
Texts: the bundled samples/ repeated up to --docs documents, or --texts DIR|FILE.jsonl.

  .venv/bin/python bench/bench_pipeline.py --docs 200
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from vigil import Options, Pipeline  # noqa: E402
from vigil.read import read_inputs  # noqa: E402


def load_docs(path: str, n: int) -> list:
    docs = [d for d in read_inputs([path]) if not d.error]
    if not docs:
        sys.exit(f"bench: no readable documents under {path}")
    return (docs * (n // len(docs) + 1))[:n]


def best(fns: dict, runs: int) -> dict:
    """The best wall-clock time of each function over ``runs`` rounds, the functions taking turns."""
    times: dict = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return {name: min(ts) for name, ts in times.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", default=os.path.join(os.path.dirname(HERE), "samples"))
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    docs = load_docs(a.texts, a.docs)
    pipe = Pipeline(Options(progress=False))
    t = time.perf_counter()
    nlp, _ = pipe.nlp, pipe.gazetteer
    load = time.perf_counter() - t
    from vigil.clean import clean
    texts = [clean(d).text for d in docs]
    import spacy
    plain = spacy.load(pipe.options.model)
    list(plain.pipe(texts[:4]))
    list(pipe.run(docs[:4]))   # first-use loads (classifier, date parser, actor lists) are not the rate
    secs = best({"plain": lambda: list(plain.pipe(texts)),
                 "spacy": lambda: list(nlp.pipe(texts, batch_size=32)),
                 "vigil": lambda: list(pipe.run(docs))}, a.runs)
    rate = {k: round(len(docs) / v, 1) for k, v in secs.items()}
    res = {"docs": len(docs), "load_s": round(load, 2), "plain_spacy_docs_per_s": rate["plain"],
           "spacy_docs_per_s": rate["spacy"], "vigil_docs_per_s": rate["vigil"],
           "ratio": round(secs["plain"] / secs["vigil"], 2),
           "overhead_pct": round(100 * (secs["vigil"] - secs["spacy"]) / secs["spacy"], 1)}
    print(json.dumps(res))
    print(f"pipeline: vigil {res['vigil_docs_per_s']} docs/s, spaCy's full pipeline {res['plain_spacy_docs_per_s']} "
          f"docs/s, ratio {res['ratio']}; Vigil's annotation alone {res['spacy_docs_per_s']} docs/s, the rest adds "
          f"{res['overhead_pct']}% (load {res['load_s']} s, {len(docs)} docs)")


if __name__ == "__main__":
    main()
