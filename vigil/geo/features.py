"""Feature words: the word that says what kind of place a name is.

"Kani township", "Tillaberi region", "the village of Bura", "Kajuru local government area":
the word next to a name says its kind, and some say its country too.

- ``feature_of(text, m)``: the feature word written with mention m, as a class: "division1"
  (province, region, state ...), "division2" (district, county, township ...), "village",
  "town", or None.
- ``fit(gaz, i, feature)``: a score adjustment for entry i named with that word (a village is
  not a city of 100,000; a district is not a first-level division; a region is one).
- ``countries_of(word)``: the countries a division word is used in, when it is used in few
  ("upazila": Bangladesh; "township": Myanmar, the US, Canada, South Africa, China).
- ``feature_mentions(doc, gaz, mentions)``: names spaCy missed that such a word marks as a
  place ("in Pale township, Sagaing region", "residents of Bawku"), when the gazetteer knows
  them; the recognizer's mentions are kept as they are.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import docindex
from .gazetteer import ADMIN1, ADMIN2, CITY, Gazetteer
from .names import COMMON_WORDS, norm
from .recognize import Mention

DIVISION1 = ("province", "region", "state", "governorate", "oblast", "voivodeship", "wilaya")
DIVISION2 = ("district", "county", "township", "regency", "upazila", "municipality", "local government area",
             "lga", "tehsil", "woreda", "territory", "zone", "sub-county", "prefecture", "commune")
CLASSES = {**{w: "division1" for w in DIVISION1}, **{w: "division2" for w in DIVISION2},
           "village": "village", "hamlet": "village", "town": "town", "city": "town", "port": "town"}
# division words used in a few countries only: the word is evidence of the country
WORD_COUNTRIES = {
    "township": ("MM", "US", "CA", "ZA", "CN", "TW"), "upazila": ("BD",), "regency": ("ID",),
    "local government area": ("NG", "AU"), "lga": ("NG", "AU"), "tehsil": ("IN", "PK"), "woreda": ("ET",),
    "oblast": ("UA", "RU", "BY", "KZ", "KG", "BG"), "voivodeship": ("PL",), "wilaya": ("DZ", "MR", "OM"),
    "governorate": ("EG", "IQ", "SY", "YE", "JO", "LB", "TN", "OM", "KW", "BH", "PS", "LY", "SA"),
    "sub-county": ("UG", "KE"),
}
VILLAGE_POPULATION = 100000      # a village or hamlet is not a city this big
_WORDS = "|".join(sorted((re.escape(w) for w in CLASSES), key=len, reverse=True))
AFTER = re.compile(rf"^\s+({_WORDS})\b", re.I)
BEFORE = re.compile(rf"\b(?:the\s+)?({_WORDS})\s+of\s+$", re.I)
# "residents of X", "the streets of X": a name after these is a place
PLACE_OF = re.compile(rf"\b(?:{_WORDS}|residents|inhabitants|people|streets|outskirts|centre|center|"
                      r"suburbs?|areas?|parts?)\s+of\s+$", re.I)
# "the Gota area of Ahmedabad", "the Brooklyn neighbourhood of Cite Soleil": a part of the town after it
PART_OF_AFTER = re.compile(r"^(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+(?:neighbou?rhoods?|areas?|sectors?|wards?|quarters?|"
                           r"barangays?|mahallas?|colon(?:y|ies))\s+(?:of|in|on)\b", re.I)
NAME = re.compile(r"[A-Z][\w'’]*(?:[- ](?:(?:de|des|del|la|el|al|ar|as|ad|an)[- ])?[A-Z][\w'’]*){0,3}")


def feature_of(text: str, m) -> Optional[str]:
    """The class of the feature word written right after or right before mention m."""
    word = feature_word(text, m)
    return CLASSES.get(word) if word else None


TAIL = re.compile(r"\s(city|town|village)$", re.I)       # the mention "Amara city" names a town


def feature_word(text: str, m) -> Optional[str]:
    tail = TAIL.search(text[m.start:m.end])
    if tail:
        return tail.group(1).lower()
    after = AFTER.match(text[m.end:m.end + 30])
    if after and not text[m.end:m.end + 1] == "," and text[m.end:m.end + 1] != ".":
        return after.group(1).lower()
    before = BEFORE.search(text[max(0, m.start - 30):m.start])
    return before.group(1).lower() if before else None


def part_of_town(text: str, m) -> bool:
    """Is mention m written as a part of the town named after it ("the Brooklyn area of ...")?"""
    return bool(PART_OF_AFTER.match(text[m.end:m.end + 60]))


def countries_of(word: Optional[str]) -> tuple:
    return WORD_COUNTRIES.get(word or "", ())


def fit(gaz: Gazetteer, i: int, feature: Optional[str]) -> float:
    """Score adjustment for entry i named with a feature word of this class."""
    kind = gaz.kind[i]
    if feature == "division1":
        return 3.0 if kind == ADMIN1 else 0.0
    if feature == "division2":
        return -2.0 if kind == ADMIN1 else 0.0
    if feature == "village":
        return -3.0 if kind != CITY or gaz.pop[i] >= VILLAGE_POPULATION else 0.0
    if feature == "town":
        return -2.0 if kind in (ADMIN1, ADMIN2) else 0.0
    return 0.0


def feature_mentions(doc, gaz: Gazetteer, mentions: list) -> list:
    """Names no mention covers that a feature word marks as places, with their candidates."""
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for hit in NAME.finditer(text):
        s, e = hit.start(), hit.end()
        if any(a < e and s < b for a, b in taken) or (s and text[s - 1].isalnum()):
            continue
        after = AFTER.match(text[e:e + 30])
        cued = bool(after and text[e:e + 1] == " ") or bool(PLACE_OF.search(text[max(0, s - 30):s]))
        if not cued or _sentence_start(text, s) and not after:
            continue
        if _inside_name_entity(doc, s, e):
            continue
        codes = gaz.lookup(hit.group(0))
        codes = tuple(c for c in codes if gaz.kind[c // 4] in (CITY, ADMIN1, ADMIN2))
        if not codes or norm(hit.group(0)) in COMMON_WORDS or norm(hit.group(0)) in gaz.demonym:   # "English city"
            continue
        out.append(Mention(s, e, hit.group(0), codes, "feature",
                           bool(after and CLASSES.get(after.group(1).lower()) == "division1")))
        taken.append((s, e))
    return out


def _sentence_start(text: str, s: int) -> bool:
    before = text[:s].rstrip()
    return not before or before[-1] in ".!?\n"


def _inside_name_entity(doc, s: int, e: int) -> bool:
    """Inside a longer organisation, person or work name ("Kachin Independence Army")."""
    for ent in docindex.ents(doc):
        if ent.start_char <= s and e <= ent.end_char and ent.label_ in ("ORG", "PERSON", "FAC", "WORK_OF_ART",
                                                                       "EVENT", "LAW", "PRODUCT") \
                and (ent.end_char - ent.start_char) > (e - s) + 2:
            return True
    return False
