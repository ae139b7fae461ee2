#!/usr/bin/env python3
"""Benchmark (never a test): the speed-up of N workers over one, from CPU times, not wall clock.

On a shared machine wall-clock speed-ups are noise. This measures what decides them, in CPU
seconds, and replays the pool's schedule: (1) a worker's start-up (model, gazetteer, classifier,
first document); (2) each document's CPU, processed alone; then, for each block size, it hands the
blocks to N simulated workers in input order, each taking the next block when it finishes its
last (as ProcessPoolExecutor does), and reports the time the last worker finishes against one
worker doing it all. The parent's share (reading, linking, writing: bench_parent.py) is not in it.

    python bench/bench_blocks.py --texts reports.jsonl --workers 2 --blocks 32 16 8 4
"""
import argparse
import heapq
import os
import resource
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from vigil import Options, Pipeline  # noqa: E402
from vigil.read import read_inputs  # noqa: E402


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def schedule(costs: list, size: int, workers: int) -> float:
    """When the last of ``workers`` finishes, each taking the next block of ``size`` documents."""
    blocks = [sum(costs[k:k + size]) for k in range(0, len(costs), size)]
    free = [0.0] * workers
    for b in blocks:
        heapq.heappush(free, heapq.heappop(free) + b)
    return max(free)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", required=True)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--blocks", type=int, nargs="+", default=[32, 16, 8, 4])
    a = ap.parse_args()
    raws = [d for d in read_inputs([a.texts])][:a.limit]
    t = cpu()
    pipe = Pipeline(Options(progress=False))
    pipe.classifier, pipe.nlp, pipe.gazetteer
    pipe.run_block(raws[:1])
    start = cpu() - t
    costs = []
    for raw in raws:
        t = cpu()
        pipe.run_block([raw])
        costs.append(cpu() - t)
    one = start + sum(costs)
    print(f"{len(raws)} documents: start-up {start:.2f} s CPU, documents {sum(costs):.2f} s CPU "
          f"({1000 * sum(costs) / len(raws):.1f} ms/doc, longest {1000 * max(costs):.0f} ms); one worker {one:.2f} s")
    for size in a.blocks:
        n = start + schedule(costs, size, a.workers)
        print(f"blocks of {size:3d}: {a.workers} workers finish at {n:.2f} s, speed-up {one / n:.3f} "
              f"(no tail: {one / (start + sum(costs) / a.workers):.3f})")


if __name__ == "__main__":
    main()
