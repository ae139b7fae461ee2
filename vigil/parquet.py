"""Parquet datasets: one table per record kind, partitioned by month, that DuckDB reads directly.

``write(records, folder)`` streams contract records (dicts) into ``folder/<kind>/month=YYYY-MM/``
files, ``chunk`` records at a time (memory stays flat whatever the store's size). Kinds: articles,
events (with ``canonical_id`` and ``sources``), claims, quotes, places; every row carries its
``article_id``. Nested values (actors, locations, evidence spans) are flattened one level
(``actor1_name``, ``location_country``); lists are stored as JSON text. The month is the event's
date for events, else the article's publication date ("unknown" when there is none).
"""
from __future__ import annotations

import json
import os
from typing import Iterable, Iterator

KINDS = ("articles", "events", "claims", "quotes", "places")
CHUNK = 5000


def _flat(obj: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in obj.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}_"))
        elif isinstance(v, (list, tuple)):
            out[prefix + k] = json.dumps(v, ensure_ascii=False)
        else:
            out[prefix + k] = v
    return out


def _column(pa, values: list):
    """An Arrow column; values of mixed kinds (a number here, text there) are all kept as text."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None else str(v) for v in values], pa.string())


def rows(rec: dict) -> Iterator[tuple]:
    """(kind, row) for every row one contract record gives."""
    art = rec.get("article") or {}
    aid, month = art.get("id"), (art.get("published") or "unknown")[:7]
    yield "articles", {**_flat(art), "text": rec.get("text"), "month": month}
    for e in rec.get("events") or []:
        yield "events", {"article_id": aid, **_flat(e), "month": (e.get("date") or art.get("published") or "unknown")[:7]}
    for kind in ("claims", "quotes", "places"):
        for x in rec.get(kind) or []:
            yield kind, {"article_id": aid, **_flat(x), "month": month}


class Writer:
    """``add`` contract records one by one; every ``chunk`` records become one file per kind and month
    (named ``{part}-{n}-...``: a new ``part`` per run adds files and never rewrites one); ``close``
    writes the rest and returns rows written per kind."""

    def __init__(self, folder: str, chunk: int = CHUNK, part: str = "part"):
        self.folder, self.chunk, self.part = folder, chunk, part
        self.counts = {k: 0 for k in KINDS}
        self.buffers: dict = {k: [] for k in KINDS}
        self.n = self.seq = 0

    def add(self, rec: dict) -> None:
        for kind, row in rows(rec):
            self.buffers[kind].append(row)
        self.n += 1
        if self.n % self.chunk == 0:
            self._flush()

    def close(self) -> dict:
        self._flush()
        return self.counts

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        for kind, buf in self.buffers.items():
            if buf:
                table = pa.table({k: _column(pa, [r.get(k) for r in buf]) for k in sorted(set().union(*buf))})
                pq.write_to_dataset(table, os.path.join(self.folder, kind), partition_cols=["month"],
                                    basename_template=f"{self.part}-{self.seq:05d}-{{i}}.parquet",
                                    existing_data_behavior="overwrite_or_ignore")
                self.counts[kind] += len(buf)
                buf.clear()
        self.seq += 1


def write(records: Iterable[dict], folder: str, chunk: int = CHUNK, part: str = "part") -> dict:
    """Write the records' rows under ``folder``; returns rows written per kind."""
    out = Writer(folder, chunk, part)
    for rec in records:
        out.add(rec)
    return out.close()
