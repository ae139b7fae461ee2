"""The linker: each new mention joins the canonical event it best matches, or founds a new one.

Incremental by construction: ``Linker.assign(mention)`` compares the new mention with the
candidates its index returns (blocking: the type family, the day window, the map cell or the
first-level region), never with everything, and never moves an earlier mention. A canonical
event's id comes from the mention that founded it (``canonical_id``), so re-runs in the same order
give the same ids and new reports never renumber existing ones.

The index is pluggable: ``GridIndex`` keeps mentions in memory (``vigil extract``, ``vigil link``,
the benchmark); the store passes its own, backed by indexed tables. Reviewers' decisions come in
as ``Constraints``: a merge (two events are one) is followed, a split (two events are not) is
never overridden.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Optional, Protocol

from ..model import stable_id
from .mention import Mention
from .score import THRESHOLD, compare

CELL_DEGREES = 0.25       # map cells for blocking; a mention looks in its cell and the eight around it


def canonical_id(founder_event_id: str) -> str:
    """The id of the canonical event founded by this event: stable for as long as the event exists."""
    return stable_id("ce", founder_event_id)


@dataclass(frozen=True)
class Link:
    """Where one mention went: its canonical event, the score and reasons, or why it founded one."""
    event_id: str
    canonical_id: Optional[str]       # None: not linkable (historical, planned, no date or place)
    score: Optional[float] = None     # None when it founded the canonical event
    reasons: tuple = ()
    matched_event_id: Optional[str] = None   # the mention it scored best against
    decided_by: str = "linker"        # or "reviewer"

    @property
    def founded(self) -> bool:
        return self.canonical_id is not None and self.matched_event_id is None


@dataclass
class Constraints:
    """Reviewers' decisions, as event id pairs: ``merge`` pairs are one event, ``split`` pairs are not."""
    merge: set = field(default_factory=set)
    split: set = field(default_factory=set)

    def add(self, kind: str, a: str, b: str) -> None:
        (self.merge if kind == "merge" else self.split).add(frozenset((a, b)))

    def apart(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.split

    def together(self, a: str) -> set:
        return {x for pair in self.merge if a in pair for x in pair if x != a}


class Index(Protocol):
    def candidates(self, m: Mention) -> Iterable[tuple]:
        """(mention, canonical id) pairs that blocking lets through for ``m``."""

    def add(self, m: Mention, canonical: str) -> None:
        """Remember ``m`` as a member of ``canonical``."""

    def canonical_of(self, event_id: str) -> Optional[str]:
        """The canonical event an already linked event belongs to, if any."""


def block_keys(m: Mention) -> list:
    """Where ``m`` is filed: (family, day, place key) for each family and each day it may fall on."""
    lo, hi = m.days
    places = []
    if m.latitude is not None and (m.geo_precision or 3) <= 2:
        places.append(("cell", math.floor(m.latitude / CELL_DEGREES), math.floor(m.longitude / CELL_DEGREES)))
    if m.admin1:
        places.append(("region", m.country, m.admin1))
        if (m.geo_precision or 3) > 2 or m.latitude is None:
            places.append(("vague", m.country, m.admin1))
    return [(f, d, p) for f in m.families for d in range(lo, hi + 1) for p in places]


def probe_keys(m: Mention) -> list:
    """The keys to look in for ``m``: neighbouring cells, the day before and after, vague mentions
    of its region (a precise mention), or everything in its region (a vague one)."""
    lo, hi = m.days
    places = []
    vague = m.latitude is None or (m.geo_precision or 3) > 2
    if not vague:
        y, x = math.floor(m.latitude / CELL_DEGREES), math.floor(m.longitude / CELL_DEGREES)
        places += [("cell", y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
    if m.admin1:
        places.append(("region" if vague else "vague", m.country, m.admin1))
    return [(f, d, p) for f in m.families for d in range(lo - 1, hi + 2) for p in places]


class GridIndex:
    """Mentions in memory, filed under their block keys."""

    def __init__(self):
        self.cells: dict = {}
        self.where: dict = {}

    def candidates(self, m: Mention):
        seen = set()
        for key in probe_keys(m):
            for other in self.cells.get(key, ()):
                if other.event_id not in seen:
                    seen.add(other.event_id)
                    yield other, self.where[other.event_id]

    def add(self, m: Mention, canonical: str) -> None:
        self.where[m.event_id] = canonical
        for key in block_keys(m):
            self.cells.setdefault(key, []).append(m)

    def canonical_of(self, event_id: str) -> Optional[str]:
        return self.where.get(event_id)


class Linker:
    """Assigns mentions, one at a time, to canonical events (see the module docstring)."""

    def __init__(self, index: Optional[Index] = None, constraints: Optional[Constraints] = None):
        self.index = index if index is not None else GridIndex()
        self.constraints = constraints or Constraints()

    def assign(self, m: Mention) -> Link:
        """Link one mention and remember it; a mention that cannot be linked gets canonical id None."""
        if not m.linkable:
            return Link(m.event_id, None, reasons=("not linkable: " + _why_not(m),))
        for partner in sorted(self.constraints.together(m.event_id)):
            joined = self.index.canonical_of(partner)
            if joined:
                self.index.add(m, joined)
                return Link(m.event_id, joined, 1.0, ("a reviewer merged it with " + partner,), partner, "reviewer")
        best = self._best(m)
        if best is None:
            founded = canonical_id(m.event_id)
            self.index.add(m, founded)
            return Link(m.event_id, founded, reasons=("no earlier report of this event",))
        score, _, canonical, other, verdict = best
        self.index.add(m, canonical)
        return Link(m.event_id, canonical, score, verdict.reasons, other.event_id)

    def _best(self, m: Mention):
        by_canonical, blocked = {}, set()
        for other, canonical in self.index.candidates(m):
            if other.article_id == m.article_id or self.constraints.apart(m.event_id, other.event_id):
                blocked.add(canonical)      # one report's events stay apart; a reviewer's split holds
                continue
            verdict = compare(m, other)
            if verdict.linked:
                cand = (verdict.score, -other.order, canonical, other, verdict)
                if canonical not in by_canonical or cand[:2] > by_canonical[canonical][:2]:
                    by_canonical[canonical] = cand
        options = [c for k, c in by_canonical.items() if k not in blocked]
        return max(options, key=lambda c: c[:2]) if options else None

    def run(self, mentions: Iterable[Mention]) -> list:
        """Assign many mentions in order; their Links."""
        return [self.assign(m) for m in mentions]


def _why_not(m: Mention) -> str:
    if m.status not in ("reported", "negated"):
        return f"status {m.status}"
    if m.days is None:
        return "no date to the month"
    return "no place to the region"


__all__ = ["Link", "Linker", "GridIndex", "Constraints", "Index", "canonical_id", "block_keys", "probe_keys",
           "THRESHOLD"]
