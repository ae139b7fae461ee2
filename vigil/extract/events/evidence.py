"""Where each coded field of an event comes from: one span of the text per field.

``field_evidence(ctx, draft, event, facts, counts)`` gives, for the sub-event type (the word that
decided it), actor1 and actor2 (the mention the actor was read from), the location (the place
mention), the date (the date expression) and the fatalities, injured and arrested counts (the count
phrase), a Span, or None when the value was not read from the text (a default actor, the
publication date, a country-wide location, an unknown count).
"""
from __future__ import annotations

import bisect
from typing import Optional

from ...model import Span

FIELDS = ("sub_event_type", "actor1", "actor2", "location", "date", "fatalities", "injured", "arrested")


# The signal classes that name each sub-event type; the first such word in the text is its trigger.
TRIGGERS = {
    "Peaceful protest": ("protest", "symbolic"), "Protest with intervention": ("protest", "symbolic"),
    "Excessive force against protesters": ("protest", "symbolic"),
    "Violent demonstration": ("riot", "arson", "clash", "protest"), "Mob violence": ("mob", "riot", "attack", "clash"),
    "Armed clash": ("clash", "attack"), "Government regains territory": ("territory_gov", "territory_nonstate"),
    "Non-state actor overtakes territory": ("territory_nonstate", "territory_gov"),
    "Chemical weapon": ("chemical",), "Air/drone strike": ("airstrike",), "Suicide bomb": ("suicide",),
    "Shelling/artillery/missile attack": ("shelling", "clash"), "Remote explosive/landmine/IED": ("ied",),
    "Grenade": ("grenade",), "Sexual violence": ("sexual",), "Attack": ("attack", "execution"),
    "Abduction/forced disappearance": ("abduction", "arrest"), "Agreement": ("agreement",),
    "Arrests": ("arrest",), "Change to group/activity": ("change_group",),
    "Disrupted weapons use": ("weapons_disrupted",), "Headquarters or base established": ("hq",),
    "Looting/property destruction": ("destruction", "riot", "arson"),
    "Non-violent transfer of territory": ("transfer",), "Other": ("other",),
}


COUNT_KINDS = {"fatalities": ("killed",), "injured": ("injured",), "arrested": ("arrested", "detained")}


def _span(doc, start_tok: int, end_tok: int) -> Span:
    return Span(doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1]))


def _trigger(doc, d, sub) -> Optional[Span]:
    want = TRIGGERS.get(sub, ())
    sigs = sorted(d.signals, key=lambda x: x[2])
    hit = next((x for x in sigs if x[0] in want), sigs[0] if sigs else None)
    return _span(doc, hit[2], hit[3]) if hit else None


def _actor(doc, d, actor, mentions) -> Optional[Span]:
    """The mention the actor was read from: same surface text, inside the event's clauses first."""
    if actor is None:
        return None
    same = [m for m, _ in mentions if m.text == actor.name]
    inside = [m for m in same if any(s <= m.start < e for s, e in d.ranges)]
    m = (inside or same or [None])[0]
    return _span(doc, m.start, m.end) if m is not None else None


def _location(ctx, d, loc) -> Optional[Span]:
    if loc is None:
        return None
    doc = ctx.doc
    lo, hi = doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1])

    def same(p):
        return (loc.geonameid is not None and p.geonameid == loc.geonameid) or p.name.lower() == loc.name.lower()

    index = _places_index(ctx)
    if index is not None:
        return _location_by_bisection(ctx.places, index, loc, lo, hi)
    places = [p for p in ctx.places if same(p)]
    if not places:
        return None
    inside = [p for p in places if lo <= p.start < hi]
    before = [p for p in places if p.start < lo]
    p = inside[0] if inside else before[-1] if before else places[0]
    return Span(p.start, p.end)


def _places_index(ctx):
    """({geonameid: ([k], [start])}, {lower name: ([k], [start])}) over ctx.places (k: position),
    built once per document; None when the places are not in order of start."""
    places = ctx.places
    held = ctx.doc.user_data.get("vigil_places_index")
    if held is None or held[0] is not places or held[1] != len(places):
        index = None
        if all(a.start <= b.start for a, b in zip(places, places[1:])):
            index = ({}, {})
            for k, p in enumerate(places):
                for table, key in ((index[0], p.geonameid), (index[1], p.name.lower())):
                    ks, starts = table.setdefault(key, ([], []))
                    ks.append(k)
                    starts.append(p.start)
        held = ctx.doc.user_data["vigil_places_index"] = (places, len(places), index)
    return held[2]


def _location_by_bisection(places, index, loc, lo, hi) -> Optional[Span]:
    """_location's pick among the places that are ``loc`` (same geonameid or name): the first inside
    [lo, hi), else the last before lo, else the first; each list is in order of start."""
    lists = [index[1].get(loc.name.lower(), ([], []))]
    if loc.geonameid is not None:
        lists.append(index[0].get(loc.geonameid, ([], [])))
    lists = [x for x in lists if x[0]]
    if not lists:
        return None
    inside = [ks[j] for ks, starts in lists for j in (bisect.bisect_left(starts, lo),)
              if j < len(ks) and starts[j] < hi]
    before = [ks[j - 1] for ks, starts in lists for j in (bisect.bisect_left(starts, lo),) if j > 0]
    p = places[min(inside) if inside else max(before) if before else min(ks[0] for ks, _ in lists)]
    return Span(p.start, p.end)


def _count(counts, every, kinds, value) -> Optional[Span]:
    """The count phrase that gave the value: the event's own counts first, then any count of the
    report with that value (a toll told in a later sentence, by a claimant)."""
    if value is None:
        return None
    mine = [c for c in counts if c.kind in kinds]
    c = next((c for c in mine if c.value == value), None) or next(
        (c for c in every if c.kind in kinds and c.value == value), None) or (mine[0] if mine else None)
    return Span(c.start, c.end) if c is not None else None


def field_evidence(ctx, d, event, facts: dict, counts: list, date_mention=None) -> dict:
    """{field: Span | None} for the event built from draft ``d`` (see the module docstring)."""
    doc = ctx.doc
    out = {"sub_event_type": _trigger(doc, d, event.sub_event_type),
           "actor1": _actor(doc, d, event.actor1, facts.mentions),
           "actor2": _actor(doc, d, event.actor2, facts.mentions),
           "location": _location(ctx, d, event.location),
           "date": Span(date_mention.start, date_mention.end) if date_mention is not None else None}
    for field, kinds in COUNT_KINDS.items():
        out[field] = _count(counts, ctx.counts, kinds, getattr(event, field))
    return out
