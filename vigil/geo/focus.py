"""The focus country of a report: which country the whole text is about, and how sure that is.

Every piece of evidence votes for a country: a country named (2; its demonym 1), a first-level
division or a town whose name exists in one country only (1), a big city that dwarfs its
namesakes abroad (0.75: "Tripoli" alone is Libya's, but not against "Beirut"), an actor of the
dictionary tied to a country ("the Tatmadaw", "Houthi forces": 1 each), a division written
next to a name ("Alexandria, La.": 1) and a feature word used for divisions in a few countries
only ("township", "upazila", "regency": 0.5 shared). A name with namesakes in several
countries, or known only as another place's other name, votes for none.

A country's forces named by its demonym ("Turkish drones", "Russian troops") say whose forces
acted, not where (CODEBOOK actor codes: a state's forces acting outside their own country are
external forces, 8): such a phrase is one vote for its country however often it recurs, its
demonym casts no vote of its own, it loses a tie to any other evidence and it never makes the
focus confident, so a town the report names abroad stays a candidate ("Turkish drones struck
near Zakho" is in Iraq, not a Zakho in Turkey).

The confidence is the winner's share of all votes, lowered when the winner holds less than
one full vote (so a big city's name alone, 0.75, is no confident focus). A confident focus
decides ambiguous names: a place in the focus country gets a larger bonus over countries the
report never names, and a small town abroad in such a country is not a candidate at all (a
township in Sagaing is never Kani in Japan).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer

PROMINENT_VOTE = 0.75
ACTOR_VOTE = 1.0
FORCE_VOTE = 1.0         # once per country, for forces named by their demonym
FEATURE_VOTE = 0.5
CONFIDENT = 0.8          # the share of votes from which the focus decides ambiguous names


@dataclass(frozen=True)
class Focus:
    country: Optional[str]
    confidence: float               # 0..1: 1 when the caller gave the country
    votes: tuple = ()               # (country, votes), most first

    @property
    def confident(self) -> bool:
        return self.country is not None and self.confidence >= CONFIDENT


def infer_focus(gaz: Gazetteer, mentions: list, first: list, skip, actor_countries=(),
                feature_countries=(), written=(), forces=()) -> Focus:
    """The focus country from the report's mentions (``first``: each one's context-free
    resolution; ``skip(m)``: mentions that say nothing about the country, such as names inside
    an organisation's name), the countries of its dictionary actors and of its feature words,
    ``written``: the countries of divisions written next to a name ("Alexandria, La.") and
    ``forces``: (country, start, end) character spans of forces named by their demonym."""
    votes = Counter()
    for m, i in zip(mentions, first):
        if i is None or skip(m) or (m.source == "demonym" or gaz.kind[i] == COUNTRY) and any(
                s <= m.start < e for _, s, e in forces):          # "Turkish drones", "Turkey shelled": the doer
            continue
        kind = gaz.kind[i]
        if kind == COUNTRY:
            votes[gaz.cc[i]] += 2 if m.source != "demonym" else 1
        elif kind in (CITY, ADMIN1, ADMIN2):
            votes[gaz.cc[i]] += mention_vote(gaz, i, m.codes)
    for cc in written:
        votes[cc] += 1.0
    for cc in actor_countries:
        votes[cc] += ACTOR_VOTE
    for ccs in feature_countries:
        for cc in ccs:
            votes[cc] += FEATURE_VOTE / max(1, len(ccs) - 1)
    force = Counter({cc: FORCE_VOTE for cc, _, _ in forces if cc})
    votes = Counter({cc: v for cc, v in (votes + force).items() if cc and v > 0})
    if not votes:
        return Focus(None, 0.0)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], force[kv[0]]))   # a tie goes to other evidence
    cc, top = ranked[0]
    confidence = top / sum(votes.values()) * min(1.0, top - force[cc])
    if len(ranked) > 1 and ranked[1][1] == top:
        confidence = 0.0                     # a tie decides nothing
    return Focus(cc, round(confidence, 3), tuple(ranked))


def mention_vote(gaz: Gazetteer, i: int, codes) -> float:
    """How much a place name resolved to entry i says about its country: 1 when every sense
    of the name (not counting other alternate names) lies in one country, 0.75 for a big city
    that dwarfs its namesakes, else nothing."""
    main = [c // 4 for c in codes if c % 4 < 2]
    if not main:
        return 0.0            # known only as another place's other name ("North Shewa" -> Shewah)
    if len({gaz.cc[j] for j in main}) == 1:
        return 1.0
    others = [gaz.pop[j] for j in main if gaz.cc[j] != gaz.cc[i] and gaz.kind[j] == CITY]
    if gaz.pop[i] >= 1000000 and gaz.pop[i] >= 3 * max(others, default=0):
        return PROMINENT_VOTE
    return 0.0
