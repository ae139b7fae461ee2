"""Linking a batch in memory: what ``vigil extract`` and ``vigil link`` run.

``BatchLinker.add(record)`` takes contract records one at a time (so output can stream), marks the
article a copy of an earlier one, links its events, and returns the record with the fields linking
adds: ``article.copy_of`` and each event's ``canonical_id``. ``canonical_events()`` builds every
canonical event of the batch at the end (the sources behind each are only known then).
"""
from __future__ import annotations

from typing import Iterable, Optional

from .canonical import CanonicalEvent, build
from .copies import CopyIndex
from .linker import Constraints, GridIndex, Link, Linker
from .mention import Mention, mentions


def places_of(record: dict) -> list:
    """The GeoNames ids of the places a contract record names."""
    return [p.get("geonameid") for p in record.get("places") or []]


def annotate(record: dict, copy_of: Optional[str], canonical: dict, sources: Optional[dict] = None) -> dict:
    """A copy of a contract record with the link fields: ``article.copy_of``, each event's
    ``canonical_id`` (``canonical``: event id -> canonical id) and, when ``sources`` (canonical id ->
    count) is given, each event's ``sources``."""
    out = dict(record)
    out["article"] = {**(record.get("article") or {}), "copy_of": copy_of}
    events = []
    for ev in record.get("events") or []:
        cid = canonical.get(ev["id"])
        extra = {"canonical_id": cid}
        if sources is not None:
            extra["sources"] = sources.get(cid) if cid else None
        events.append({**ev, **extra})
    out["events"] = events
    return out


class BatchLinker:
    """Copies, links and canonical events of records seen so far (see the module docstring)."""

    def __init__(self, owners: Optional[dict] = None, constraints: Optional[Constraints] = None):
        self.owners = owners
        self.copies = CopyIndex()
        self.linker = Linker(GridIndex(), constraints)
        self.members: dict = {}
        self.links: dict = {}
        self.order = 0

    def add(self, record: dict) -> dict:
        """Link one record; the record with its link fields (see ``annotate``)."""
        art = record.get("article") or {}
        if record.get("errors") or not art.get("id"):
            return annotate(record, None, {})
        copy_of = self.copies.add(art["id"], record.get("text") or "", places_of(record))
        ms = list(mentions(record, self.order, copy_of))
        self.order += len(ms)
        done = {}
        for m in ms:
            link = self.add_mention(m)
            done[m.event_id] = link.canonical_id
        return annotate(record, copy_of, done)

    def add_mention(self, m: Mention) -> Link:
        link = self.linker.assign(m)
        self.links[m.event_id] = link
        if link.canonical_id:
            self.members.setdefault(link.canonical_id, []).append(m)
        return link

    def run(self, records: Iterable[dict]) -> list:
        return [self.add(r) for r in records]

    def canonical_events(self) -> list:
        """Every canonical event so far, in the order they were founded."""
        return [build(cid, ms, self.links, self.owners) for cid, ms in self.members.items()]


__all__ = ["BatchLinker", "annotate", "CanonicalEvent"]
