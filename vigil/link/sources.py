"""Corroboration: how many independent sources stand behind a canonical event, and which.

Reports that are not independent of each other are joined into one source (union-find):

- a copy and its original (a syndicated wire story counts once, however many sites run it);
- outlets of one owner or one party (``owners``: outlet name -> owner, from vigil/data/outlets.yaml
  and whatever the caller adds);
- reports whose figures all come from one and the same claimant (two outlets relaying one
  party's statement are one claim, not two witnesses).

Only reports that say the event happened count; a report denying it is listed apart
(``denied_by``), with its outlet: Vigil records the denial, it does not weigh it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..datafile import read_yaml

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "outlets.yaml")
OWN_VOICE = ("unattributed", "media")     # claimant types that are the outlet speaking for itself


@dataclass(frozen=True)
class Source:
    """One independent source: the reports behind it and what ties them together."""
    key: str                  # the owner, the original report, or the claimant that joins them
    reports: tuple            # ({"article_id", "event_id", "outlet", "copy_of"}, ...), oldest first
    joined_by: tuple          # why the reports count once: "copy", "owner", "claimant" (empty: one report)


@lru_cache(maxsize=4)
def load_owners(path: str = DATA) -> dict:
    """Outlet name (casefolded) -> owner, from a YAML file of ``{owner: [outlet, ...]}``."""
    raw = read_yaml(path) or {}
    return {outlet.casefold(): owner for owner, outlets in (raw.get("owners") or {}).items() for outlet in outlets}


class _Union:
    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def sole_claimant(m) -> Optional[str]:
    """The one claimant (other than the outlet itself) all of a mention's figures come from, if so."""
    names = {c.claimant.casefold() for c in m.claims}
    types = {c.claimant_type for c in m.claims}
    if len(names) == 1 and not types & set(OWN_VOICE):
        return next(iter(names))
    return None


def independent_sources(members: list, owners: Optional[dict] = None) -> list:
    """The independent Sources among a canonical event's reported mentions (see the module docstring),
    in the order of their first report."""
    owners = load_owners() if owners is None else owners
    reported = sorted((m for m in members if m.status == "reported"), key=lambda m: m.order)
    units = _Union(m.event_id for m in reported)
    first: dict = {}
    edges = []
    for m in reported:
        outlet = (m.outlet or "").casefold()
        for kind, key in (("copy", m.copy_of or m.article_id), ("owner", owners.get(outlet, outlet) or None),
                          ("claimant", sole_claimant(m))):
            if key is not None and (kind, key) in first:
                units.join(first[kind, key], m.event_id)
                edges.append((m.event_id, kind))
            elif key is not None:
                first[kind, key] = m.event_id
    groups: dict = {}
    for m in reported:
        groups.setdefault(units.find(m.event_id), []).append(m)
    kinds: dict = {}
    for event_id, kind in edges:
        kinds.setdefault(units.find(event_id), set()).add(kind)
    return [Source(key=_key(ms[0], owners), joined_by=tuple(sorted(kinds.get(root, ()))), reports=tuple(
                {"article_id": m.article_id, "event_id": m.event_id, "outlet": m.outlet, "copy_of": m.copy_of}
                for m in ms))
            for root, ms in groups.items()]


def _key(m, owners: dict) -> str:
    outlet = (m.outlet or "").casefold()
    return owners.get(outlet) or m.outlet or m.copy_of or m.article_id
