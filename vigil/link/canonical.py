"""The canonical event: one event as all its reports tell it.

``build(canonical_id, members)`` makes it from its mentions. Each coded field comes from its
best-evidenced reports: the type and actors that the most independent sources give (a source's
reports count once), ties going to the more confident report, then to the older; the place and
date that are the most precise (a town over a region, a day over a month: the link already
checked they agree), ties going to the most independent sources. Counts are never voted on: they are the
ledger's conservative figures, with every claimant's figure kept beside them (``claims``).
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from .ledger import conservative, ledger
from .sources import independent_sources


@dataclass(frozen=True)
class CanonicalEvent:
    """One event across reports. ``reports`` lists every mention (event id, article id, outlet,
    status, link score and reasons when given); ``sources`` the independent sources behind it;
    ``claims`` the ledger (see vigil.link.ledger)."""
    id: str
    status: str                     # "reported" (some report says it happened) or "negated" (only denials)
    event_type: str
    sub_event_type: str
    date: Optional[str]
    time_precision: Optional[int]
    actor1: Optional[str]
    actor2: Optional[str]
    location: Optional[str]
    geonameid: Optional[int]
    latitude: Optional[float]
    longitude: Optional[float]
    admin1: Optional[str]
    country: Optional[str]
    geo_precision: Optional[int]
    fatalities: Optional[int]
    injured: Optional[int]
    arrested: Optional[int]
    sources: int                    # the number of independent sources (reports that deny it: none)
    source_list: tuple              # vigil.link.sources.Source, as dicts
    reports: tuple                  # one dict per mention, oldest first
    claims: dict                    # the ledger
    disputed: bool                  # some figure is disputed, or some report denies the event

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def build(canonical_id: str, members: list, links: Optional[dict] = None, owners: Optional[dict] = None) -> CanonicalEvent:
    """The canonical event of these mentions; ``links``: event id -> Link, to list scores and reasons."""
    members = sorted(members, key=lambda m: m.order)
    sources = independent_sources(members, owners)
    voice = {}
    for i, s in enumerate(sources):
        for r in s.reports:
            voice[r["event_id"]] = i
    asserting = [m for m in members if m.status == "reported"] or members
    pick = _Picker(asserting, voice)
    kind = pick(lambda m: (m.event_type, m.sub_event_type))
    place = pick(lambda m: (m.location, m.geonameid, m.latitude, m.longitude, m.admin1, m.country, m.geo_precision)
                 if m.location or m.admin1 else None, precision=lambda m: -(m.geo_precision or 4))
    date = pick(lambda m: (m.date, m.time_precision) if m.date else None, precision=lambda m: -(m.time_precision or 5))
    claims = ledger(members)
    counts = {f: conservative(claims, f) for f in ("fatalities", "injured", "arrested")}
    for f in counts:
        if counts[f] is None:
            values = [getattr(m, f) for m in asserting if m.status == "reported" and getattr(m, f) is not None]
            counts[f] = min(values) if values else None
    place = place or (None,) * 7
    return CanonicalEvent(
        id=canonical_id, status="reported" if any(m.status == "reported" for m in members) else "negated",
        event_type=kind[0], sub_event_type=kind[1], date=(date or (None, None))[0], time_precision=(date or (None, None))[1],
        actor1=pick(lambda m: m.actors[0] if m.actors else None),
        actor2=pick(lambda m: m.actors[1] if len(m.actors) > 1 else None),
        location=place[0], geonameid=place[1], latitude=place[2], longitude=place[3], admin1=place[4],
        country=place[5], geo_precision=place[6], **counts, sources=len(sources),
        source_list=tuple(dataclasses.asdict(s) for s in sources),
        reports=tuple(_report(m, (links or {}).get(m.event_id)) for m in members), claims=claims,
        disputed=any(isinstance(v, dict) and v.get("disputed") for v in claims.values()) or "denials" in claims)


class _Picker:
    """Chooses a field's value by independent support, then precision, then confidence, then age."""

    def __init__(self, members: list, voice: dict):
        self.members, self.voice = members, voice

    def __call__(self, value, precision=None):
        precise_first = precision is not None
        precision = precision or (lambda m: 0)
        support, best = defaultdict(set), {}
        for m in self.members:
            v = value(m)
            if v is None:
                continue
            support[v].add(self.voice.get(m.event_id, m.event_id))
            rank = (precision(m), m.confidence, -m.order)
            if v not in best or rank > best[v]:
                best[v] = rank
        if not support:
            return None
        if precise_first:
            return max(support, key=lambda v: (best[v][0], len(support[v]), best[v]))
        return max(support, key=lambda v: (len(support[v]), best[v]))


def _report(m, link) -> dict:
    out = {"event_id": m.event_id, "article_id": m.article_id, "outlet": m.outlet, "status": m.status,
           "copy_of": m.copy_of, "sub_event_type": m.sub_event_type, "location": m.location, "date": m.date}
    if link is not None:
        out.update(score=link.score, reasons=list(link.reasons), decided_by=link.decided_by)
    return out
