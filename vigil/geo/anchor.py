"""The anchor of a place the gazetteer does not hold: where the text says it lies.

A village, a neighbourhood or an oil field the gazetteer lacks is still the event's place when
the text writes it as one (``written.unknown_places``). ACLED's coders write its name and, its
coordinates unknown, use those of the nearest known place with geo_precision 2 (codebook,
Precision): here the place the text says it lies in or near ("Tilwa, in Dodoma region", "near
Tilwa, 30 km south of Dodoma", "the Gonda neighbourhood of Arusha", "Tilwa (Kongwa, Dodoma)"),
else the known place its paragraph was at in the same country, else the dateline's, else the
focus country's centre. A neighbourhood of a known town keeps precision 1 (the named town), an
anchor that is only a first-level division or a country gives precision 3.

The place that says where another lies is its anchor, not an event place of its own: ``anchors``
holds their start offsets. A known place written as part of another ("the Khurai area of
Imphal East") or inside a division it is not in takes that division's coordinates.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from .. import docindex
from ..model import Place
from .gazetteer import Gazetteer
from .written import SMALL_PLACE_WORDS, WHERE_BEFORE, unknown_places

UNKNOWN = ("unknown1", "unknown2", "unknown3")     # features of anchored unknown places, by precision
_SMALL = "|".join(sorted((re.escape(w) for w in SMALL_PLACE_WORDS), key=len, reverse=True))
PARTS = {"area", "neighbourhood", "neighborhood", "quarter", "sector", "ward", "district", "suburb"}
GAP = re.compile(
    rf"^(?:\s+(?:forest|oil|gas|border|refugee|coastal|farming|fishing|mining))?(?:\s+(?P<word>{_SMALL}))?"
    r"(?:(?P<bracket>\s*\(\s*)|(?P<comma>\s*,\s*)"
    r"|(?:\s*,\s*(?P<words>(?:[\w'’-]+\s+){0,6}?)|\s+)"
    r"(?P<prep>in|of|near|outside|around|off|close\s+to|not\s+far\s+from|from)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|neighbou?ring\s+|nearby\s+)?)$", re.I)
CLAUSE_WORDS = {"where", "which", "who", "whom", "whose", "when", "and", "but", "while", "as", "after", "before",
                "then", "said", "says", "told", "killing", "leaving", "wounding", "according", "with", "from"}
MAX_GAP = 80
KNOWN_KM = 60.0           # a known place farther than this from the town it is said to be in is a namesake


def with_unknown(doc, ordered: list, known: list, gaz: Gazetteer, focus: Optional[str]) -> tuple:
    """(usable, anchors): the known places and the anchored unknown ones, sorted by start, and
    the start offsets of the places that only say where another lies."""
    text = docindex.text(doc)
    spans = unknown_places(doc, [(p.start, p.end) for p in known], gaz.demonym)
    spans, found = _known_after_all(gaz, text, spans, focus)
    known = sorted(known + found, key=lambda p: p.start)
    taken = [(s, e) for s, e, _ in spans]
    for p in ordered:       # names the recognizer found but could not resolve
        if p.latitude is None and not any(a < p.end and p.start < b for a, b in taken) \
                and not any(q.start < p.end and p.start < q.end for q in known):
            spans.append((p.start, p.end, "where" if WHERE_BEFORE.search(text[max(0, p.start - 50):p.start])
                          else "take"))
    cands = sorted([(p.start, p.end, p) for p in known] + [(s, e, cue) for s, e, cue in spans],
                   key=lambda c: c[0])
    parent, kinds, anchors = {}, {}, set()
    for (qs, qe, q), (ps, pe, p) in zip(cands, cands[1:]):
        rel = _relation(text, qe, ps, q, p)
        if rel:
            parent[qs], kinds[qs] = (ps, pe, p), rel
            anchors.add(ps)
    by_start = {c[0]: c for c in cands}
    usable = []
    for s, e, q in cands:
        if isinstance(q, Place):
            usable.append(_known(q, parent.get(s), kinds.get(s)))
            continue
        anchor = _anchor(s, parent, by_start)
        part = kinds.get(s) == "part"
        if q == "take" and s not in parent:
            continue                          # "stormed Lumbe": a place only if the text says where it lies
        if anchor is None:
            anchor = _fallback(doc, s, known, focus, gaz)
        if anchor is None:
            continue
        usable.append(_placed(text[s:e], s, e, anchor, part and kinds.get(s) == "part"))
    return [u for u in usable if u is not None and u.latitude is not None], anchors


def _known_after_all(gaz: Gazetteer, text: str, spans: list, focus: Optional[str]) -> tuple:
    """(spans, places): a name written as where that the recognizer passed over ("between Tarin
    and Kolo", a name the NER took for a person's) is the town the gazetteer has under it in
    the focus country."""
    from .resolve import resolve_name
    rest, found = [], []
    for s, e, cue in spans:
        p = resolve_name(gaz, text[s:e], focus, s) if cue != "take" and focus else None
        if p is not None and p.latitude is not None and p.country == focus and p.feature in ("city", "admin2"):
            found.append(p)
        else:
            rest.append((s, e, cue))
    return rest, found


def _relation(text: str, qe: int, ps: int, q, p) -> Optional[str]:
    """"part" when p is the town q is a part of ("the Gonda area of Arusha"), "in" when p says
    where q lies ("Tilwa, in Dodoma region", "Tilwa (Kongwa"), else None."""
    if ps - qe > MAX_GAP:
        return None
    gap = text[qe:ps]
    m = GAP.match(gap)
    if not m or "\n" in gap or ". " in gap:
        return None
    words = (m.group("words") or "").lower().split()
    if words and (words[0].strip(",") in CLAUSE_WORDS or any(w in ("said", "says", "told") for w in words)):
        return None
    q_known, p_known = isinstance(q, Place), isinstance(p, Place)
    if q_known and q.feature == "country":
        return None
    if q_known and p_known and q.feature in ("admin1", "region") and p.feature in ("city", "admin2"):
        return None                           # a town sharpens the province before it
    if m.group("comma") and q_known and not (p_known and p.feature in ("admin1", "admin2")):
        return None                           # "Goma, Bukavu and Uvira": a list
    if p_known and p.feature == "country" and q_known:
        return None
    word = (m.group("word") or "").lower()
    return "part" if word in PARTS and (m.group("prep") or "").lower() == "of" else "in"


def _anchor(s: int, parent: dict, by_start: dict) -> Optional[Place]:
    """The most precise known place on the chain of places that say where ``s`` lies."""
    best, seen = None, set()
    while s in parent and s not in seen:
        seen.add(s)
        ps, _, p = parent[s]
        if isinstance(p, Place) and p.latitude is not None and (best is None or _coarse(p) < _coarse(best)):
            best = p
        s = ps
    return best


def _coarse(p: Place) -> int:
    return 0 if p.feature in ("city", "admin2", "other") + UNKNOWN[:2] else 1 if p.feature != "country" else 2


def _fallback(doc, s: int, known: list, focus: Optional[str], gaz: Gazetteer) -> Optional[Place]:
    """The known place the paragraph was at before ``s`` (in the focus country), else the
    report's first known town in it, else the focus country."""
    text = docindex.text(doc)
    para = text.rfind("\n", 0, s) + 1
    before = [p for p in known if para <= p.start < s and p.feature != "country"
              and (focus is None or p.country == focus)]
    if before:
        return min(before, key=lambda p: (_coarse(p), -p.start))
    head = [p for p in known if p.start < 80 and p.feature not in ("country",) and (focus is None or p.country == focus)]
    if head:
        return head[0]
    i = gaz.country_entry(focus)
    if i is None or gaz.lat[i] != gaz.lat[i]:
        return None
    return Place(name=gaz.name[i], start=-1, end=-1, geonameid=None, latitude=round(gaz.lat[i], 5),
                 longitude=round(gaz.lon[i], 5), feature="country", admin1=None, country=focus)


def _placed(name: str, s: int, e: int, anchor: Place, part: bool) -> Place:
    """The unknown place ``name`` at its anchor's coordinates."""
    coarse = _coarse(anchor)
    precision = 3 if coarse else (1 if part and anchor.feature == "city" else 2)
    return Place(name=name, start=s, end=e, geonameid=None, latitude=anchor.latitude, longitude=anchor.longitude,
                 feature=UNKNOWN[precision - 1], admin1=anchor.admin1, country=anchor.country)


def _known(q: Place, rel: Optional[tuple], kind: Optional[str]) -> Place:
    """A known place, or, when the text puts it in another country or far from the town it is
    said to be in (a namesake elsewhere) or writes it as a part of a town, at that town's
    coordinates under its own name."""
    if rel is None or not isinstance(rel[2], Place) or rel[2].latitude is None:
        return q
    p = rel[2]
    if kind == "part" and p.feature in ("city", "admin2"):
        return _placed(q.name, q.start, q.end, p, True)
    inside = q.country == p.country and (p.feature not in ("city", "admin2") or _km(q, p) <= KNOWN_KM)
    return q if inside or p.feature == "country" else _placed(q.name, q.start, q.end, p, False)


def _km(a: Place, b: Place) -> float:
    la, lb = math.radians(a.latitude), math.radians(b.latitude)
    d = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.longitude - a.longitude) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(d)))
