"""Exports from the store: the contract's JSONL, and one CSV row per event (ACLED-like columns).

Both carry the link fields the store adds to each event: ``canonical_id`` (the event across
reports it is one report of) and ``sources`` (how many independent sources back that canonical
event); ``min_sources`` keeps only the events backed by at least that many."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Optional

CSV_COLUMNS = ["event_id", "article_id", "event_date", "date_end", "time_precision", "event_type",
               "sub_event_type", "plover_type", "plover_mode", "status", "actor1", "inter1", "actor2", "inter2",
               "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
               "injured", "arrested", "confidence", "claims", "source", "title", "evidence", "canonical_id", "sources"]
FORMATS = ("jsonl", "csv")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")   # what a spreadsheet may run as a formula (OWASP)


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def event_rows(rec: dict) -> Iterable[dict]:
    """One flat row per event of a contract record; claims are summarised with their claimants."""
    text, art = rec.get("text") or "", rec.get("article") or {}
    claims = {c["id"]: c for c in rec.get("claims") or []}
    for e in rec.get("events") or []:
        loc, a1, a2 = e.get("location") or {}, e.get("actor1") or {}, e.get("actor2") or {}
        said = [claims[c] for c in e.get("claim_ids") or [] if c in claims]
        yield {"event_id": e["id"], "article_id": art.get("id"), "event_date": e.get("date"),
               "date_end": e.get("date_end"), "time_precision": e.get("time_precision"),
               "event_type": e.get("event_type"), "sub_event_type": e.get("sub_event_type"),
               "plover_type": (e.get("plover") or {}).get("type"), "plover_mode": (e.get("plover") or {}).get("mode"),
               "status": e.get("status"), "actor1": a1.get("canonical") or a1.get("name"), "inter1": a1.get("inter"),
               "actor2": a2.get("canonical") or a2.get("name"), "inter2": a2.get("inter"),
               "country": loc.get("country"), "admin1": loc.get("admin1"), "location": loc.get("name"),
               "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
               "geo_precision": loc.get("geo_precision"), "fatalities": e.get("fatalities"),
               "injured": e.get("injured"), "arrested": e.get("arrested"), "confidence": e.get("confidence"),
               "claims": "; ".join(_claim_text(c) for c in said), "source": art.get("source"),
               "title": art.get("title"),
               "evidence": " … ".join(text[s["start"]:s["end"]] for s in e.get("evidence") or []),
               "canonical_id": e.get("canonical_id"), "sources": e.get("sources")}


def _claim_text(c: dict) -> str:
    who = c.get("claimant") or {}
    value = c.get("value") if c.get("value") is not None else f"{c.get('low')}-{c.get('high')}"
    qual = f"{c['qualifier']} " if c.get("qualifier") else ""
    return f"{qual}{value} {c.get('kind')} ({who.get('name') or 'unattributed'}, {who.get('type')})"


def neutralise(value):
    """A text cell a spreadsheet would read as a formula, made inert as OWASP recommends: a leading
    single quote (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``). Numbers are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(records: Iterable[dict], out: IO[str], safe: bool = True) -> int:
    """One row per event; ``safe`` (the csv_safe setting) neutralises formula-like text cells."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for rec in records:
        for row in event_rows(rec):
            writer.writerow({k: neutralise(v) for k, v in row.items()} if safe else row)
            n += 1
    return n


def backed(records: Iterable[dict], min_sources: int) -> Iterable[dict]:
    """Records keeping only the events whose canonical event has at least ``min_sources`` sources;
    records left with no event are dropped."""
    for rec in records:
        events = [e for e in rec.get("events") or [] if (e.get("sources") or 0) >= min_sources]
        if events:
            yield {**rec, "events": events}


def export(records: Iterable[dict], fmt: str, out: IO[str], csv_safe: bool = True,
           min_sources: Optional[int] = None) -> int:
    """Write records in ``fmt``; returns how many rows (JSONL: records, CSV: events) were written."""
    if min_sources:
        records = backed(records, min_sources)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out, csv_safe)
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
