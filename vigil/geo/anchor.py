"""The anchor of a place the gazetteer does not hold: where the text says it lies.

A village, a neighbourhood or an oil field the gazetteer lacks is still the event's place when
the text writes it as one (``written.unknown_places``). ACLED's coders write its name and, its
coordinates unknown, use those of the nearest known place with geo_precision 2 (codebook,
Precision): here the place the text says it lies in or near ("Tilwa, in Dodoma region", "near
Tilwa, 30 km south of Dodoma", "the Khurai area of Imphal East", "Tilwa (Kongwa, Dodoma)").
When the text says nothing of where it lies, the place is ``adrift``: locate gives it the
coordinates the event would have had without it (the paragraph's place, the dateline's, the
country's). A neighbourhood of a known town is that town ("the Gonda neighbourhood of Arusha",
"the Mbare suburb" of the town the report is at: ACLED's precision 1, the named town); an anchor
that is only a first-level division or a country gives precision 3.

The place that says where another lies is its anchor, not an event place of its own: ``anchors``
holds their start offsets. A known place written as part of another ("the Khurai area of
Imphal East") or inside a division it is not in takes that division's coordinates.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .. import docindex
from ..model import Place
from .gazetteer import Gazetteer
from .written import SMALL_PLACE_WORDS, WHERE_BEFORE, could_be_a_place, unknown_places

UNKNOWN = ("unknown1", "unknown2", "unknown3")     # features of anchored unknown places, by precision
_SMALL = "|".join(sorted((re.escape(w) for w in SMALL_PLACE_WORDS), key=len, reverse=True))
PARTS = {"area", "neighbourhood", "neighborhood", "quarter", "sector", "ward", "district", "suburb"}
GAP = re.compile(
    rf"^(?:\s+(?:forest|oil|gas|border|refugee|coastal|farming|fishing|mining))?(?:\s+(?P<word>{_SMALL}))?"
    r"(?:(?P<bracket>\s*\(\s*)|(?P<comma>\s*,\s*)"
    r"|(?:\s*,\s*(?P<words>(?:[\w'’-]+\s+){0,6}?)|\s+)"
    r"(?P<prep>in|of|near|outside|around|off|under|close\s+to|not\s+far\s+from|from|"
    r"(?:on\s+the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:outskirts|edge)\s+of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|neighbou?ring\s+|nearby\s+)?)$", re.I)
# the words of an apposition that says where a place lies: ", a farming village 30 km south of",
# ", the capital of", ", in the highlands of"
WHERE_WORDS = {"village", "villages", "town", "hamlet", "settlement", "city", "capital", "centre", "center",
               "community", "district", "area", "suburb", "neighbourhood", "neighborhood", "km", "kilometres",
               "kilometers", "miles", "north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "north-east", "north-west", "south-east", "south-west", "highlands", "outskirts", "edge",
               "port", "island", "seat", "locality", "camp", "border", "part", "heart"}
MAX_GAP = 80
ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)    # "a man from Afrin in Idleb": where he is from


@dataclass
class Unknown:
    """The usable places (known, and unknown ones at their anchors), sorted by start; the start
    offsets of the places that only say where another lies (``anchors``), of the unknown places
    the text says nothing of where they lie (``adrift``: the caller places them where it would
    have placed the event without them) and of the unknown divisions ("Chora district")."""
    usable: list
    anchors: set = field(default_factory=set)
    adrift: set = field(default_factory=set)
    divisions: set = field(default_factory=set)
    parts: set = field(default_factory=set)     # adrift, written as a part of a town ("the Mbare suburb")


def with_unknown(doc, ordered: list, known: list, gaz: Gazetteer, focus: Optional[str]) -> Unknown:
    """The known places of ``known`` with the unknown places written as where (see Unknown)."""
    text = docindex.text(doc)
    spans = unknown_places(doc, [(p.start, p.end) for p in known], gaz.demonym)
    spans, found = _known_after_all(doc, gaz, spans, known, focus)
    known = sorted(known + found, key=lambda p: p.start)
    taken = [(s, e) for s, e, _ in spans]
    for p in ordered:       # names the recognizer found but could not resolve
        if p.latitude is None and could_be_a_place(text, p.start, p.end, gaz.demonym) \
                and not any(a < p.end and p.start < b for a, b in taken) \
                and not any(q.start < p.end and p.start < q.end for q in known):
            spans.append((p.start, p.end, "where" if WHERE_BEFORE.search(text[max(0, p.start - 50):p.start])
                          else "take"))
    spans.sort()
    cands = sorted([(p.start, p.end, p) for p in known] + [(s, e, cue) for s, e, cue in spans],
                   key=lambda c: c[0])
    parent, kinds, anchors, towns = {}, {}, set(), set()
    for (qs, qe, q), (ps, pe, p) in zip(cands, cands[1:]):
        rel = None if ORIGIN_BEFORE.search(text[max(0, qs - 20):qs]) else _relation(text, qe, ps, q, p)
        as_division = bool(DIVISION_AFTER.match(text[pe:pe + 30])     # "Maru local government area": a division,
                           or isinstance(p, Place) and DIVISION_END.search(p.name))   # not the town
        if isinstance(p, Place) and p.feature == "city" and not as_division and (
                rel == "part" or rel == "in" and not isinstance(q, Place) and not _a_village(text, qs, qe)):
            towns.add(qs)                     # "the Gonda neighbourhood of Arusha", "Mabibo in Dar es Salaam":
            continue                          # a part of the town: the event is in the town
        if not isinstance(p, Place) and not isinstance(q, Place) and rel == "part" and not as_division:
            towns.add(qs)                     # "the Brooklyn area of Cite Soleil", neither known: a part of
            continue                          # the town too, and the event is in the town
        if rel:
            parent[qs], kinds[qs] = (ps, pe, p), rel
            anchors.add(ps)
    for s, e, q in cands:                     # "Tilwa village (Kongwa, Dodoma)": the places in brackets
        if s not in parent:
            inner = _bracketed(text, e, known)
            if inner is not None:
                parent[s], kinds[s] = (inner.start, inner.end, inner), "in"
                anchors.add(inner.start)
    # one name, one place: a name the report writes as a place once ("the village of Kok-Tash") or
    # as where things happened twice ("in Mekane Eyesus", "entered Mekane Eyesus") is a place wherever
    # a locative word or a verb of taking comes before it
    # (not a part of a town: "in Korangi" after "the Korangi neighbourhood" of the report's town is that town)
    seen = Counter(text[s:e] for s, e, _ in spans)
    parts = {text[s:e] for s, e, _ in spans if s in towns or PART_AFTER.match(text[e:e + 30])}
    sure = {text[s:e] for s, e, cue in spans if cue in ("word", "where") or seen[text[s:e]] >= 2} - parts
    by_start = {c[0]: c for c in cands}
    out = Unknown([], anchors)
    for s, e, q in cands:
        if isinstance(q, Place):
            out.usable.append(_known(q, _anchor(s, parent, by_start), kinds.get(s)))
            continue
        anchor = _anchor(s, parent, by_start)
        if s in towns or q in ("take", "loose") and s not in parent and text[s:e] not in sure:
            continue                          # "stormed Lumbe": a place only if the text says where it lies
        if anchor is None:
            anchor = _fallback(doc, s, known, focus, gaz)
            out.adrift.add(s)
            if PART_AFTER.match(text[e:e + 30]):
                out.parts.add(s)
        if anchor is None:
            continue
        if DIVISION_AFTER.match(text[e:e + 30]):
            out.divisions.add(s)
        out.usable.append(_placed(text[s:e], s, e, anchor, kinds.get(s) == "part"))
    # one name, one place: a known namesake of an unknown place the text anchors elsewhere
    # ("near Dovhe" after "the outskirts of Dovhe, Kharkiv") is that place
    placed = {u.name: u for u in out.usable if u.feature in UNKNOWN and u.start not in out.adrift}
    out.usable = [_same_as(u, placed.get(u.name)) for u in out.usable if u.latitude is not None]
    return out


# "the village of Tilwa", "Tilwa village", "the hamlet of Tilwa": a place of its own, never a part of a town
VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+(?:the\s+)?$", re.I)
VILLAGE_AFTER = re.compile(r"^\s+(?:village|hamlet|settlement)\b", re.I)


def _a_village(text: str, s: int, e: int) -> bool:
    """Whether the text calls the name at s:e a village: then "the village of Tilwa in Dodoma" is
    Tilwa near Dodoma (CODEBOOK, Precision: 2 an unknown village listed with its area), not a
    part of the town Dodoma the way "Mabibo in Dar es Salaam" is."""
    return bool(VILLAGE_BEFORE.search(text[max(0, s - 30):s]) or VILLAGE_AFTER.match(text[e:e + 20]))


def _same_as(u: Place, v: Optional[Place]) -> Place:
    if v is None or u.feature in UNKNOWN or (u.country, u.admin1) == (v.country, v.admin1):
        return u
    return Place(name=u.name, start=u.start, end=u.end, geonameid=None, latitude=v.latitude, longitude=v.longitude,
                 feature=v.feature, admin1=v.admin1, country=v.country)


PART_AFTER = re.compile(r"^\s+(?:neighbou?rhood|quarter|suburb|ward|area|sector|township)\b", re.I)
DIVISION_WORDS = (r"(?:district|county|territory|regency|tehsil|upazila|woreda|lga|local\s+government(?:\s+area)?|"
                  r"municipality|sub-district|sub-county|union|sector|block|province|region|state|governorate|"
                  r"oblast|raion|department|prefecture|circle|cercle)")
DIVISION_AFTER = re.compile(rf"^\s+{DIVISION_WORDS}\b", re.I)
DIVISION_END = re.compile(rf"\s{DIVISION_WORDS}$", re.I)     # "Macomia district", written as the division
BRACKET = re.compile(r"^(?:\s+[a-z]+){0,3}\s*\(([^()]{1,80})\)")


def _bracketed(text: str, e: int, known: list) -> Optional[Place]:
    """The most precise known place in the brackets right after a name ("Tilwa village (Kongwa,
    Dodoma)", "Tilwa police station (Kongwa"), or None."""
    m = BRACKET.match(text[e:e + 120])
    if not m:
        return None
    lo, hi = e + m.start(1), e + m.end(1)
    inner = [p for p in known if lo <= p.start and p.end <= hi and p.feature != "country" and p.latitude is not None]
    return min(inner, key=lambda p: (_coarse(p), p.start)) if inner else None


LANDFORM_AFTER = re.compile(r"^\s+(?:canyon|valley|river|mountains?|hills?|forest|lake|plain|plateau|desert|"
                            r"gorge|basin|highlands|delta|creek|oasis)\b", re.I)


def _known_after_all(doc, gaz: Gazetteer, spans: list, known: list, focus: Optional[str]) -> tuple:
    """(spans, places): a name written as where that the recognizer passed over ("between Tarin
    and Kolo", a name the NER took for a person's) is the place the report already put it at
    elsewhere (one name, one place), else the town the gazetteer has under it in the focus
    country, if its paragraph names no place in another province nor, written right before it, a
    town or district it lies far from ("Jalalpur, Shamli": not a Jalalpur 600 km from Shamli)."""
    from .resolve import resolve_name
    text = docindex.text(doc)
    resolved, refused = {}, set()
    same = {}
    for q in known:
        if q.feature in ("city", "admin2") and q.latitude is not None:
            same.setdefault(q.name, set()).add((q.geonameid, q.latitude, q.longitude, q.feature, q.admin1, q.country))
    for s, e, cue in spans:
        one = same.get(text[s:e])
        if one is not None and len(one) == 1:           # "Diéma, a town on the road to Kayes ... between Diéma and"
            gid, lat, lon, feature, admin1, cc = next(iter(one))
            resolved[s] = Place(name=text[s:e], start=s, end=e, geonameid=gid, latitude=lat, longitude=lon,
                                feature=feature, admin1=admin1, country=cc)
            continue
        p = resolve_name(gaz, text[s:e], focus, s) if cue != "take" and focus \
            and not LANDFORM_AFTER.match(text[e:e + 20]) else None      # "the Micay canyon" is no town Micay
        lo = text.rfind("\n", 0, s) + 1                 # the paragraph
        hi = text.find("\n", e) if text.find("\n", e) >= 0 else len(text)
        if p is not None and p.latitude is not None and p.country == focus and p.feature in ("city", "admin2") \
                and all(q.admin1 == p.admin1
                        for q in known if lo <= q.start < hi and q.feature != "country") \
                and not _far_from_next(text, e, p, known):
            resolved[s] = p
        else:
            refused.add(text[s:e])                      # one name, one place: a doubt anywhere is a doubt
    found = [p for p in resolved.values() if p.name not in refused or p.name in same]
    taken = {p.start for p in found}
    return [(s, e, cue) for s, e, cue in spans if s not in taken], found


FAR_KM = 180      # resolve.FAR_KM: farther than that from the town written next to it, a namesake


def _far_from_next(text: str, e: int, p: Place, known: list) -> bool:
    """Is ``p`` far from the town or district written right after its name ("Jalalpur, Shamli",
    "Pipri (Kaushambi")? Then it is a namesake elsewhere, not the place the text names."""
    for q in known:
        if q.start >= e and text[e:q.start].strip() in (",", "(") and q.feature in ("city", "admin2") \
                and q.latitude is not None:
            dlat = q.latitude - p.latitude
            dlon = (q.longitude - p.longitude) * math.cos(math.radians((q.latitude + p.latitude) / 2))
            return 111.2 * math.hypot(dlat, dlon) > FAR_KM
    return False


def _relation(text: str, qe: int, ps: int, q, p) -> Optional[str]:
    """"part" when p is the town q is a part of ("the Gonda area of Arusha"), "in" when the text
    puts q inside p ("Tilwa, in Dodoma region", "Tilwa (Kongwa"), "near" when it says where else
    q lies ("Tilwa, 30 km south of Dodoma", "Tilwa, a village near Kongwa"), else None."""
    if ps - qe > MAX_GAP:
        return None
    gap = text[qe:ps]
    m = GAP.match(gap)
    if not m or "\n" in gap or ". " in gap:
        return None
    words = (m.group("words") or "").split()
    if words and not (all(w.islower() or w.isdigit() for w in words) and set(words) & WHERE_WORDS):
        return None                           # ", May 3 - Fighting broke out in": not where q lies
    q_known, p_known = isinstance(q, Place), isinstance(p, Place)
    if q_known and words and words[0].lower() == "in":
        return None                           # "fighters from Raqqa, in the town of Tabqa": a new place
    if q_known and q.feature == "country":
        return None
    if q_known and p_known and q.feature in ("admin1", "region") and p.feature in ("city", "admin2"):
        return None                           # a town sharpens the province before it
    if m.group("comma") and q_known and not (p_known and p.feature in ("admin1", "admin2")):
        return None                           # "Goma, Bukavu and Uvira": a list
    if m.group("comma") and p_known and p.feature in ("admin1", "admin2"):
        return "in"                           # "Tilwa, Dodoma"
    if p_known and p.feature == "country" and q_known:
        return None
    word = (m.group("word") or "").lower()
    if (word in PARTS or PARTS & {w.lower() for w in words}) and (m.group("prep") or "").lower() == "of":
        return "part"
    return "in" if not words and (m.group("bracket") or (m.group("prep") or "").lower() in ("in", "of")) else "near"


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


def _placed(name: str, s: int, e: int, anchor: Place, part: bool = False) -> Place:
    """The unknown place ``name`` at its anchor's coordinates."""
    precision = 3 if _coarse(anchor) else 2
    return Place(name=name, start=s, end=e, geonameid=None, latitude=anchor.latitude, longitude=anchor.longitude,
                 feature=UNKNOWN[precision - 1], admin1=anchor.admin1, country=anchor.country)


def _known(q: Place, p: Optional[Place], kind: Optional[str]) -> Place:
    """A known place, or, when the text writes it as a part of a town ("the Khurai area of
    Imphal East") or puts it in another country or province (a namesake elsewhere), at the
    coordinates of the place it is said to be in, under its own name. ``p``: the most precise
    known place on the chain of places that say where q lies."""
    if p is None or kind is None:
        return q
    if kind == "part" and (p.feature == "admin2" or p.admin1 != q.admin1):
        return _placed(q.name, q.start, q.end, p)
    if kind == "in" and p.feature != "country" and p.country != q.country:
        return _placed(q.name, q.start, q.end, p, False)
    return q

