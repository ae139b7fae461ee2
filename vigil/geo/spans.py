"""A run of tokens as a place mention: the span trimmed of articles and possessives, looked up
in the gazetteer under its spelling, a long-vowel respelling ("Hiraan") or its core name
("Eastern Ghouta", "Benue State"). Every recogniser in recognize.py and datelines.py builds its
mentions here."""
from __future__ import annotations

from typing import Optional

from .gazetteer import ADMIN2, CITY, RESPELT, Gazetteer
from .mention import LEADING, POSSESSIVE, Mention
from .names import (ADMIN_SUFFIXES, COMMON_WORDS, CONNECTORS, GENERIC_TAILS, QUALIFIERS, STATE_ABBREVIATIONS,
                    first_known_spelling, norm)

PLACE_TAILS = {"city", "town", "village"}


def trim(doc, start: int, end: int) -> tuple:
    """Token range without a leading article and a trailing possessive or punctuation."""
    while start < end and (doc[start].text in LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    return start, end


def span_mention(doc, start: int, end: int, gaz: Gazetteer, source: str) -> Optional[Mention]:
    """A mention for tokens [start, end) with its candidates (maybe none)."""
    start, end = trim(doc, start, end)
    if start >= end:
        return None
    span = doc[start:end]
    text = POSSESSIVE.sub("", span.text) if len(span) == 1 else span.text
    key = norm(text)
    if not key or not any(c.isupper() for c in text) or key in QUALIFIERS \
            or key in CONNECTORS and text not in STATE_ABBREVIATIONS:          # "de", not "La." (Louisiana)
        return None
    codes, admin_hint = gaz.lookup(text), False
    if all(c % 4 == RESPELT for c in codes):            # none, or only respelt ones (maybe abroad)
        codes = tuple(codes) + long_vowels(gaz, text, key)
    if key in COMMON_WORDS:             # "Police" is a town in Poland, "Gulf" still a region
        codes = tuple(c for c in codes if gaz.kind[c // 4] not in (CITY, ADMIN2))
        if not codes:
            return None
    words = key.split()
    if words[-1] in ADMIN_SUFFIXES and len(words) > 1:
        admin_hint = True
    elif end < len(doc) and doc[end].lower_ in ("province", "state", "governorate", "oblast", "region"):
        admin_hint = True
    s, e = span.start_char, span.start_char + len(text)
    if codes and len(words) > 1 and words[-1] in PLACE_TAILS and not any(c % 4 == 0 for c in codes):
        seen = set(codes)        # "Hays city": Hays, not only what calls itself so; "Mexico City" is itself
        codes = tuple(codes) + tuple(c for c in variant_codes(gaz, words) if c not in seen)
    return Mention(s, e, text, codes or variant_codes(gaz, words), source, admin_hint)


def long_vowels(gaz: Gazetteer, text: str, key: str) -> tuple:
    """Candidates of a name unknown as written under a spelling with or without a long vowel or a
    doubled letter in one word ("Lower Shabelle", "Hiraan"), as respellings; never for "UConn"."""
    if not text[:1].isupper() or len(key) < 5 or not key.replace(" ", "").isalpha() or not text.istitle():
        return ()
    codes = first_known_spelling(gaz, key)
    return tuple(c - c % 4 + RESPELT for c in codes)


def variant_codes(gaz: Gazetteer, words: list) -> tuple:
    """Candidates for "Eastern Ghouta", "Korean Peninsula", "Benue State": the core name."""
    if len(words) < 2:
        return ()
    if words[0] in QUALIFIERS:
        return gaz.lookup(" ".join(words[1:]))
    for tail in GENERIC_TAILS + ADMIN_SUFFIXES:
        n = len(tail.split())
        if len(words) > n and " ".join(words[-n:]) == tail:
            core = " ".join(words[:-n])
            d = gaz.demonym.get(core)
            return (4 * d,) if d is not None else gaz.lookup(core)
    return ()
