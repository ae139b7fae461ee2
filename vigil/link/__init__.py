"""Linking across reports: copies of one story, one event told many times, and who backs it.

Pure functions over records, used by ``vigil extract`` (within a batch, in memory) and by the store
(``vigil ingest``, against what is stored); neither re-links what was linked before.

- ``copies``: syndicated copies and light rewrites (MinHash LSH over word shingles); a copy is kept
  as a copy of its original, not as new evidence.
- ``mention``: one event as one report tells it, the shape linking reads.
- ``score``: the scored decision on two mentions, with its reasons.
- ``linker``: blocking (type family, day window, map cell or region) and the assignment of each
  new mention to a canonical event, with stable ids and reviewers' merges and splits.
- ``sources``: corroboration, the independent sources behind a canonical event.
- ``ledger``: every figure from every report, by claimant, with the conservative figure and range.
- ``canonical``: the canonical event built from its mentions.
- ``batch``: all of it over a stream of contract records (what ``vigil extract`` runs).

``km`` is the great-circle distance other stages use too.
"""
from __future__ import annotations

import math


def km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
