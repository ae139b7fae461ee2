"""A synthetic news corpus with poisoned documents, for bench/bench_poison.py and tests/test_poison.py.

``write(folder, n)`` writes ``n`` documents under ``folder``, one in every ``every`` of them
poisoned, the four kinds in turn:

- binary: a ``scan-K.txt`` file of image bytes (the reader refuses binary input);
- huge: a JSONL line larger than ``max_bytes`` (run the ingest with ``VIGIL_MAX_BYTES`` set to it);
- malformed: a JSONL line of JSON broken off mid-string;
- truncated: a ``cut-K.jsonl.gz`` whose gzip stream ends halfway (nothing of it can be read).

The good documents are short unique reports (bench_memory.article) in ``feed-NN.jsonl.gz`` files of
``per_file`` lines, written one line at a time. ``write`` returns the number of good documents and
the sources (as Vigil names them) of the poisoned ones: a run is right when the store holds exactly
that many articles and its failures are exactly those sources.
"""
from __future__ import annotations

import gzip
import json
import os

from bench_memory import article
from newstext import news_text

KINDS = ("binary", "huge", "malformed", "truncated")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4


def write(folder: str, n: int, every: int = 100, max_bytes: int = 200_000, per_file: int = 500) -> tuple:
    """(good, bad): the number of good documents written under ``folder`` and the set of the
    poisoned documents' sources."""
    os.makedirs(folder, exist_ok=True)
    huge = json.dumps({"text": news_text(max_bytes + 20_000, seed=3)})[:-1]
    good, bad, feed, f, line = 0, set(), None, None, 0
    try:
        for k in range(n):
            if f is None or line >= per_file:
                if f is not None:
                    f.close()
                feed = os.path.join(folder, f"feed-{k // per_file:05d}.jsonl.gz")
                f, line = gzip.open(feed, "wt", encoding="utf-8", compresslevel=3), 0
            kind = KINDS[(k // every) % len(KINDS)] if (k + 1) % every == 0 else None
            if kind == "binary":
                path = os.path.join(folder, f"scan-{k:07d}.txt")
                with open(path, "wb") as out:
                    out.write(PNG + k.to_bytes(4, "big"))
                bad.add(path)
            elif kind == "truncated":
                path = os.path.join(folder, f"cut-{k:07d}.jsonl.gz")
                whole = gzip.compress((json.dumps(article(k)) + "\n").encode("utf-8"))
                with open(path, "wb") as out:
                    out.write(whole[: len(whole) // 2])
                bad.add(path)
            else:
                line += 1
                if kind == "huge":
                    f.write(huge + f', "id": "huge-{k}"}}\n')
                    bad.add(f"{feed}:{line}")
                elif kind == "malformed":
                    f.write(json.dumps(article(k))[:60] + "\n")
                    bad.add(f"{feed}:{line}")
                else:
                    f.write(json.dumps(article(k)) + "\n")
                    good += 1
    finally:
        if f is not None:
            f.close()
    return good, bad

