"""Event locations: where a clause's event happened, with ACLED's geo_precision.

1 the named town; 2 near a town ("near Khoy", "Cuauhtemoc municipality") or a named
sub-national region; 3 only the first-level division (its centre) or only the country (its
centre). The place is the one the clause names ("In Isfahan, ..."; "a poster of him in
Tabriz"), else the nearest place before it in the same paragraph, else the report's
dateline, else the focus country; never a place that is only an adjective ("Iranian") or
part of an organisation's name ("Tehran University").
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Location, Place
from .gazetteer import Gazetteer

LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|across|throughout|near|outside|around|into)\s+(?:the\s+)?$", re.I)
NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|outskirts of|close to|vicinity of|(?:km|kms|kilometers|kilometres|miles) "
    r"(?:from|of|outside)|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? "
    r"(?:of|part of)|parts? of|areas? of|suburbs? of)\s+(?:the\s+)?$", re.I)
NEAR_AFTER = re.compile(r"^\s+(?:municipality|district|county|area|region|outskirts|suburbs?|countryside|"
                        r"vicinity|environs|surroundings)\b", re.I)
NAME_LABELS = {"ORG", "NORP", "PRODUCT", "EVENT", "LAW", "PERSON"}   # a FAC's place is where it is
PART_OF_AFTER = re.compile(r"^(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+(?:neighbou?rhoods?|areas?|sectors?|wards?|quarters?|"
                           r"barangays?|mahallas?|colon(?:y|ies))\s+(?:of|in|on)\b", re.I)
LISTED_BEFORE = re.compile(r"[A-Za-z][\w'’.-]*\s*(?:\(|,)\s*$")
PRECISION = {"city": 1, "other": 2, "admin1": 3, "country": 3}
FEATURE_RANK = {"city": 2.0, "other": 1.0, "admin1": 1.0, "country": -3.0}   # a country only when alone


def event_location(doc, places: list, start: int, end: int, gaz: Gazetteer,
                   focus_country: Optional[str]) -> Optional[Location]:
    """The Location of the event told in ``doc.text[start:end]``, or None if nothing fits."""
    text = doc.text
    usable = [p for p in places if p.latitude is not None and _locatable(doc, p, gaz, places)]
    inside = [p for p in usable if start <= p.start and p.end <= end]
    if inside:
        p = max(inside, key=lambda p: (_rank(text, p), -p.start))
        return _location(text, p)
    p = _preceding(text, usable, start) or _dateline(text, usable) or _following(text, usable, end) \
        or _following(text, usable, end, cued=False)
    if p is not None:
        return _location(text, p)
    return country_location(gaz, focus_country)


def country_location(gaz: Gazetteer, cc: Optional[str]) -> Optional[Location]:
    """A country-only location: its centre, precision 3."""
    i = gaz.country_entry(cc)
    if i is None or gaz.lat[i] != gaz.lat[i]:
        return None
    return Location(name=gaz.name[i], geonameid=gaz.gid[i] or None, latitude=round(gaz.lat[i], 5),
                    longitude=round(gaz.lon[i], 5), admin1=None, country=cc, geo_precision=3)


def _locatable(doc, p: Place, gaz: Gazetteer, places: tuple = ()) -> bool:
    """Not an adjective of place, and not inside a longer non-place name."""
    from .names import norm
    if norm(p.name) in gaz.demonym and p.feature != "city":
        return False
    for ent in doc.ents:
        if ent.start_char <= p.start and p.end <= ent.end_char:
            if ent.label_ in NAME_LABELS and (ent.end_char - ent.start_char) > (p.end - p.start) + 4 \
                    and not _all_places(doc.text, ent, places):
                return False
    return True


def _all_places(text: str, ent, places: list) -> bool:
    """Is the entity only place names and punctuation ("Santa Fe, Ocotepeque" tagged ORG)?"""
    rest = list(text[ent.start_char:ent.end_char])
    for q in places:
        if ent.start_char <= q.start and q.end <= ent.end_char:
            rest[q.start - ent.start_char:q.end - ent.start_char] = " " * (q.end - q.start)
    return not any(ch.isalnum() for ch in "".join(rest))


def _rank(text: str, p: Place) -> float:
    """How surely the clause's event happened at p: a locative word before it, its kind."""
    before = text[max(0, p.start - 40):p.start]
    cue = 2.0 if LOCATIVE_BEFORE.search(before) or NEAR_BEFORE.search(before) else 0.0
    part = -3.0 if PART_OF_AFTER.match(text[p.end:p.end + 60]) else 0.0   # "Gota area of Ahmedabad"
    return cue + part + FEATURE_RANK.get(p.feature, 0.0)


def _preceding(text: str, places: list, start: int) -> Optional[Place]:
    """The nearest non-country place before ``start`` in the same paragraph, preferring one
    written as where something happened ("in Cuauhtemoc, Chihuahua, ..." -> Cuauhtemoc)."""
    para = text.rfind("\n", 0, start) + 1
    before = [p for p in places if para <= p.start < start and p.feature != "country"]
    cued = [p for p in before if LOCATIVE_BEFORE.search(text[max(0, p.start - 40):p.start])]
    return cued[-1] if cued else before[-1] if before else None


def _following(text: str, places: list, end: int, cued: bool = True) -> Optional[Place]:
    """A place the same sentence names after the clause ("..., police said in Tabriz");
    with ``cued`` False, any (but a country) it names ("... in PD1 of Lashkargah city")."""
    stop = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    after = [p for p in places if end <= p.start < stop and p.feature != "country"
             and (not cued or LOCATIVE_BEFORE.search(text[max(0, p.start - 40):p.start]))]
    return after[0] if after else None


def _dateline(text: str, places: list) -> Optional[Place]:
    """A place opening the report ("WASHINGTON (AP) --", "Tehran, Dec 3 -")."""
    for p in places:
        if p.start > 60:
            break
        line_start = text.rfind("\n", 0, p.start) + 1
        if not text[line_start:p.start].strip() and re.match(r"^\s*(?:,|\(|—|–|-|:)", text[p.end:p.end + 3]):
            return p if p.feature != "country" else None
    return None


def _location(text: str, p: Place) -> Location:
    precision = PRECISION.get(p.feature, 2)
    before = text[max(0, p.start - 40):p.start]
    if precision == 1 and (NEAR_BEFORE.search(before) or NEAR_AFTER.match(text[p.end:p.end + 30])
                           or LISTED_BEFORE.search(before)):
        precision = 2                     # near it, or the area an unknown village lies in
    return Location(name=display_name(p.name), geonameid=p.geonameid, latitude=p.latitude,
                    longitude=p.longitude, admin1=p.admin1, country=p.country, geo_precision=precision)


def display_name(surface: str) -> str:
    """The place as the text names it, but a dateline's capitals set in title case ("DHAKA")."""
    return surface.title() if surface.isupper() and len(surface) > 3 else surface
