"""The scored decision: could two mentions, from two reports, be one event?

``compare(a, b)`` gives a ``Verdict``: a score in [0, 1] and the reasons behind it, or a rejection
with its reason. Hard rules first (a different day, a different town, a different region: never
one event, however alike the wording: the same quote on posters in Khoy and in Abadan is two
events), then a weighted score over type, place and its precision, date, actors, counts and text.
Competing figures never count against a link: two outlets disagreeing on a toll is what one
event reported twice looks like.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import km
from .mention import Mention

THRESHOLD = 0.62          # a link needs at least this score
SAME_PLACE_KM = 3.0       # two precisely placed events further apart than this are in different places
NEAR_KM = 25.0            # "near X" (geo_precision 2) reaches this far
WEIGHTS = {"type": 0.25, "place": 0.30, "date": 0.15, "actors": 0.10, "counts": 0.05, "text": 0.15}


@dataclass(frozen=True)
class Verdict:
    score: float              # 0 when rejected
    reasons: tuple            # why: one short phrase per feature, or the one rejecting reason
    rejected: bool = False

    @property
    def linked(self) -> bool:
        return not self.rejected and self.score >= THRESHOLD


def _reject(reason: str) -> Verdict:
    return Verdict(0.0, (reason,), True)


def compare(a: Mention, b: Mention) -> Verdict:
    """Score two mentions of different reports as one event (see the module docstring)."""
    if a.article_id == b.article_id:
        return _reject("same report: its events are distinct by construction")
    if not set(a.families) & set(b.families):
        return _reject(f"different kinds of event ({a.event_type} / {b.event_type})")
    date = _date(a, b)
    if isinstance(date, str):
        return _reject(date)
    place = _place(a, b)
    if isinstance(place, str):
        return _reject(place)
    parts = {"type": _type(a, b), "place": place, "date": date, "actors": _actors(a, b),
             "counts": _counts(a, b), "text": _text(a, b)}
    score = sum(WEIGHTS[k] * v[0] for k, v in parts.items())
    return Verdict(round(score, 3), tuple(v[1] for v in parts.values()))


def _date(a: Mention, b: Mention):
    (alo, ahi), (blo, bhi) = a.days, b.days
    gap = max(alo - bhi, blo - ahi, 0)
    if gap > 1:
        return f"{gap} days apart"
    if (alo, ahi) == (blo, bhi) and alo == ahi:
        return 1.0, "same day"
    if gap == 0 and alo == ahi and blo == bhi:
        return 1.0, "same day"
    if alo == ahi and blo == bhi:
        return 0.6, "a day apart"
    return (0.5, "dates overlap (one is a week or month)") if gap == 0 else (0.3, "a day apart (imprecise)")


def _place(a: Mention, b: Mention):
    if a.country and b.country and a.country != b.country:
        return f"different countries ({a.country}, {b.country})"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return (1.0, f"same place ({a.location})") if (a.geo_precision or 3) <= 2 else (0.55, f"same region ({a.location})")
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    coords = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    if pa <= 2 and pb <= 2 and coords:
        dist = km(a.latitude, a.longitude, b.latitude, b.longitude)
        if pa == pb == 1:
            return (0.9, f"same place ({dist:.1f} km)") if dist <= SAME_PLACE_KM else \
                f"different places ({a.location}, {b.location}, {dist:.0f} km)"
        return (0.7, f"near each other ({dist:.0f} km)") if dist <= NEAR_KM else \
            f"too far apart ({a.location}, {b.location}, {dist:.0f} km)"
    if a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            return f"different regions ({a.admin1}, {b.admin1})"
        return 0.5, f"same region ({a.admin1}), one placed only by region"
    return "no place to compare"


def _type(a: Mention, b: Mention):
    if a.sub_event_type == b.sub_event_type:
        return 1.0, f"same type ({a.sub_event_type})"
    if a.event_type == b.event_type:
        return 0.7, f"same event type ({a.event_type})"
    return 0.45, f"related types ({a.sub_event_type} / {b.sub_event_type})"


def _actors(a: Mention, b: Mention):
    if not a.actors or not b.actors:
        return 0.5, "actors: one report names none"
    if {x.casefold() for x in a.actors} & {x.casefold() for x in b.actors}:
        return 1.0, "a shared actor"
    return 0.2, "no shared actor"


def _counts(a: Mention, b: Mention):
    pairs = [(x, y) for x, y in ((a.fatalities, b.fatalities), (a.injured, b.injured), (a.arrested, b.arrested))
             if x is not None and y is not None]
    if not pairs:
        return 0.5, "counts: nothing to compare"
    if all(x == y for x, y in pairs):
        return 1.0, "same figures"
    return 0.5, "competing figures"


def _text(a: Mention, b: Mention):
    if not a.terms or not b.terms:
        return 0.0, "text: no evidence words"
    sa, sb = set(a.terms), set(b.terms)
    j = len(sa & sb) / len(sa | sb)
    return min(1.0, 2.5 * j), f"text overlap {j:.2f}"
