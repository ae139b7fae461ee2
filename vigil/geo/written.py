"""How a name is written: what its spelling and the words around it rule out.

A state abbreviation needs its period ("Mass." is Massachusetts, "Mass" a church service); a
bare postal code needs a place before it ("Raleigh, NC"); plain words ("Western", "West Coast")
are divisions only where the report is; a street or a building is not the town of its name;
an unknown longer name is a place only when written as one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from .. import docindex
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer
from .mention import NAME_LABELS, PLACE_NOUNS, Mention, cued, listed
from .names import (ADMIN_SUFFIXES, CITY_ALIASES, COMMON_WORDS, GENERIC_TAILS, POSTAL_CODE_COUNTRIES, QUALIFIERS,
                    STATE_ABBREVIATIONS, norm)

STATE_ABBREVIATION_KEYS = {norm(k): v for k, v in STATE_ABBREVIATIONS.items()}
CITY_ALIAS_IDS = set(CITY_ALIASES.values())
PLAIN_WORDS = COMMON_WORDS | set(QUALIFIERS)


def plain(key: str) -> bool:
    return all(w in PLAIN_WORDS for w in key.split())


def as_written(doc, m: Mention, gaz: Gazetteer, hint: Optional[str], ends: set,
                named: frozenset = frozenset()) -> Optional[Mention]:
    """Drop the candidates the way a name is written rules out (None when none is left):
    a state abbreviation is written with its period ("Mass." for Massachusetts, not the "Mass"
    of a church); a two-letter postal code is a division only after a place and a comma
    ("Raleigh, NC", not "the NC Dinos" or "Rothstein, P.A."); a plain word ("Western",
    "Centre", "Southern") is a division only with its kind written ("Western Province") or in
    the caller's focus country, and a name of plain words ("West Coast", "North West") only in
    a country the report names ("the North West and Limpopo provinces")."""
    if _street_or_building(doc, m, gaz):
        return None
    if m.entry is not None or not m.codes:
        return m
    key, text = norm(m.text), m.text
    drop = set()
    abbr = STATE_ABBREVIATION_KEYS.get(key)
    if abbr is not None and not text.isupper() and not text.endswith(".") and docindex.text(doc)[m.end:m.end + 1] != ".":
        drop.add(gaz.admin1.get(abbr))
    letters = text.replace(".", "")
    if 2 < len(key) <= 4 and " " not in key and m.source != "dateline" and any(c.isupper() for c in letters[1:]):
        drop.update(c // 4 for c in m.codes if gaz.kind[c // 4] in (CITY, ADMIN2)    # "MoD", "DBS": acronyms
                    and gaz.gid[c // 4] not in CITY_ALIAS_IDS)
    if len(key) <= 3 and not letters.isupper():                  # "Car" is no "CAR", the Central African Republic
        drop.update(c // 4 for c in m.codes if c % 4 == 2 or gaz.kind[c // 4] == COUNTRY
                    and norm(gaz.name[c // 4]) != key)
    if len(key) == 2 and letters.isupper() and m.source != "embedded":   # an abbreviation, not a town called "Pa"
        postal = _after_place(doc, m, ends, "." in text)
        drop.update(c // 4 for c in m.codes if gaz.kind[c // 4] == CITY and gaz.gid[c // 4] not in CITY_ALIAS_IDS
                    or gaz.kind[c // 4] in (ADMIN1, ADMIN2) and not (postal and gaz.cc[c // 4] in POSTAL_CODE_COUNTRIES))
    if not m.admin_hint and key in PLAIN_WORDS and text not in STATE_ABBREVIATIONS:
        drop.update(c // 4 for c in m.codes if gaz.kind[c // 4] in (ADMIN1, ADMIN2) and gaz.cc[c // 4] != hint)
    elif not m.admin_hint and " " in key and plain(key):      # "the West Coast": NZ's only if NZ is in the report
        drop.update(c // 4 for c in m.codes if gaz.kind[c // 4] in (CITY, ADMIN1, ADMIN2)
                    and gaz.cc[c // 4] not in named)
    if not drop:
        return m
    codes = tuple(c for c in m.codes if c // 4 not in drop)
    return dataclasses.replace(m, codes=codes) if codes else None


# Words that make a name a street's or a building's: "Atlantic Avenue" is no ocean, "the White
# House" no town, "the Russian Embassy" not in Russia.
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "square",
                "parade", "highway", "terrace", "crescent", "expressway", "freeway", "quarter"}
BUILDING_WORDS = {"house", "tower", "towers", "castle", "palace", "hall", "wing", "basilica", "cathedral",
                  "chapel", "mall", "hotel", "stadium", "arena", "theatre", "theater", "church", "school",
                  "academy", "courthouse", "prison", "centre", "center"}
ABROAD_WORDS = {"embassy", "consulate"}


def _street_or_building(doc, m: Mention, gaz: Gazetteer) -> bool:
    """A name that is a street's or a building's, not the place's: followed by a capitalised
    street word ("Atlantic Avenue": streets are named after elsewhere), by "Embassy" (an
    embassy stands abroad), or by "'s" and a building word ("St. Peter's Basilica"); or a town
    whose own name ends in a building or street word ("White House", "Washington Square")
    written as a building, with no locative word or list to make it the town."""
    after = docindex.text(doc)[m.end:m.end + 24]
    owner = after[:2] in ("'s", "’s")
    word = re.match(r" ([A-Z][a-z]+)\.?(?=\W|$)", after[2:] if owner else after)
    nxt = word.group(1).lower() if word else ""
    if nxt in ABROAD_WORDS or nxt in STREET_WORDS:
        return True
    if m.entry is not None:
        return False
    if owner and nxt in BUILDING_WORDS:
        return True
    last = m.text.split()[-1].lower().rstrip(".")
    if " " in m.text and (last in STREET_WORDS or last in BUILDING_WORDS) and m.codes \
            and gaz.kind[m.codes[0] // 4] == CITY:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is None or not (cued(doc, span.start) or listed(doc, span.start))
    return False


def _after_place(doc, m: Mention, ends: set, dotted: bool) -> bool:
    """Where a postal code names a division: after a place and a comma ("Raleigh, NC"), or after
    a comma that follows a name the NER calls no organisation or person ("Horry County, SC");
    written with periods ("B.C."), anywhere but after such a name ("Kaplan & Rothstein, P.A.")."""
    text, k = docindex.text(doc), m.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ",":
        return dotted
    if k - 1 in ends:
        return True
    prev = doc.char_span(k - 2, k - 1, alignment_mode="expand")
    return prev is not None and prev[0].text[:1].isupper() and (prev[0].ent_type_ not in NAME_LABELS
                                                                 or prev[0].lower_ in PLACE_NOUNS)


# Words that make an unknown name a place's: "the Kumbo River", "Lake Tana", "Gubi Hills".
PLACE_WORDS = frozenset(set(GENERIC_TAILS) | set(ADMIN_SUFFIXES) | PLACE_NOUNS | {
    "river", "lake", "mount", "mountain", "mountains", "hills", "hill", "heights", "island", "islands", "delta",
    "bay", "beach", "cape", "gulf", "sea", "ocean", "desert", "forest", "park", "creek", "falls", "canal",
    "plain", "plains", "plateau", "strait", "straits", "harbour", "harbor", "port", "estate", "camp",
    "street", "avenue", "road", "square", "quarter", "township", "borough", "parish", "ward", "oblast",
    "raion", "woreda", "kebele", "barangay", "lga"})


def written_as_place(doc, m: Mention) -> bool:
    """A place word in the name or after it, or a locative word before it."""
    words = set(norm(m.text).split())
    if words & PLACE_WORDS:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and (cued(doc, span.start) or span.end < len(doc) and doc[span.end].lower_ in PLACE_WORDS)
