#!/usr/bin/env python3
"""Benchmark: the whole pipeline against spaCy alone, on the same texts, in one process.

Times (best of --runs, wall clock, after loading): (a) nlp.pipe alone over the texts with
Vigil's pipeline object; (b) Vigil's Pipeline.run over the same documents (cleaning, annotation,
every extractor, the geoparser). Prints docs/s for both and the overhead Vigil adds.
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


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


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
    spacy_s = best(lambda: list(nlp.pipe(texts, batch_size=32)), a.runs)
    vigil_s = best(lambda: list(pipe.run(docs)), a.runs)
    res = {"docs": len(docs), "load_s": round(load, 2), "spacy_docs_per_s": round(len(docs) / spacy_s, 1),
           "vigil_docs_per_s": round(len(docs) / vigil_s, 1),
           "overhead_pct": round(100 * (vigil_s - spacy_s) / spacy_s, 1)}
    print(json.dumps(res))
    print(f"pipeline: vigil {res['vigil_docs_per_s']} docs/s, spacy-only {res['spacy_docs_per_s']} docs/s, "
          f"Vigil adds {res['overhead_pct']}% (load {res['load_s']} s, {len(docs)} docs)")


if __name__ == "__main__":
    main()
