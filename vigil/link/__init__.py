"""Linking across reports: near-duplicate articles and the same event told twice.

Pure functions over records; the store calls them with candidates it looked up.

- ``simhash(text)``: a 64-bit fingerprint; two articles whose fingerprints differ in at most
  ``NEAR_BITS`` bits are near-duplicates (a syndicated story, a re-post). ``bands`` splits a
  fingerprint into eight 8-bit bands: by the pigeonhole principle, two near-duplicates share at
  least one band exactly, so candidates are found by an indexed lookup, never a scan.
- ``same_event(a, b)``: two reported events of the same type and sub-type, within
  ``EVENT_KM`` kilometres (or the same GeoNames place) and ``EVENT_DAYS`` days of each other.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from typing import Optional

NEAR_BITS = 7    # unrelated texts differ in about 32 bits (sd 4); a one-word edit of a news story in 5-10
EVENT_KM = 25.0
EVENT_DAYS = 1
_WORD = re.compile(r"\w+")


def simhash(text: str, shingle: int = 3) -> int:
    """Charikar's simhash over word shingles."""
    words = _WORD.findall(text.casefold())
    grams = [" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    weights = [0] * 64
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value      # fits SQLite's signed INTEGER


def bands(fingerprint: int) -> list:
    """The eight 8-bit bands of a fingerprint, as (band number, value) pairs."""
    u = fingerprint & (1 << 64) - 1
    return [(i, u >> (8 * i) & 0xFF) for i in range(8)]


def near_duplicate(a: int, b: int) -> bool:
    return bin((a ^ b) & (1 << 64) - 1).count("1") <= NEAR_BITS


def km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _day(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def same_event(a: dict, b: dict) -> bool:
    """Could these two stored event rows be one event? (keys: event_type, sub_event_type, date,
    geonameid, latitude, longitude, status)."""
    if a["status"] != "reported" or b["status"] != "reported":
        return False
    if (a["event_type"], a["sub_event_type"]) != (b["event_type"], b["sub_event_type"]):
        return False
    da, db = _day(a["date"]), _day(b["date"])
    if da is None or db is None or abs((da - db).days) > EVENT_DAYS:
        return False
    if a["geonameid"] is not None and a["geonameid"] == b["geonameid"]:
        return True
    coords = (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    return None not in coords and km(*coords) <= EVENT_KM
