"""How a name is written: what its spelling and the words around it rule out.

A state abbreviation needs its period ("Mass." is Massachusetts, "Mass" a church service); a
bare postal code needs a place before it ("Raleigh, NC"); plain words ("Western", "West Coast")
are divisions only where the report is; a street or a building is not the town of its name;
an unknown longer name is a place only when written as one.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from .. import docindex
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer
from .mention import NAME_LABELS, ORG_WORDS, PLACE_NOUNS, Mention, cued, listed
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


class EndSearch:
    """A case-blind pattern that ends in whitespace at the end of the string (``...\\s+$``), for the
    few dozen characters before a name: ``search`` gives what ``regex.search`` gives, but runs it only
    when the string's last word ends in one of ``last_words`` (every word a match can end with, read
    from the pattern itself: ``last_words``). ``re.search`` tries every start of the string (about
    14 us on 50 characters); most names have no such word before them, and ``str.endswith`` says so
    in well under a microsecond. A tail that is not ASCII is searched as before (re.I folds some
    letters str.lower does not: "K", "ſ"); a pattern whose last word the reading cannot tell is
    always searched."""

    def __init__(self, regex: re.Pattern):
        self.regex, self.pattern = regex, regex.pattern
        self.last_words = last_words(regex)
        self.reach = max(map(len, self.last_words or ("",)), default=0) + 1

    def search(self, s: str):
        tail = s.rstrip()
        if len(tail) == len(s):              # no whitespace at the end: no match
            return None
        if self.last_words is not None:
            tail = tail[-self.reach:]
            if tail.isascii() and not tail.lower().endswith(self.last_words):
                return None
        return self.regex.search(s)


def last_words(regex: re.Pattern) -> Optional[tuple]:
    """The words (lower case, sorted) one of which ends every match of ``regex`` once its trailing
    whitespace is stripped, read from the parsed pattern: literal letters, groups, alternatives and
    optional parts ("towards?" ends in "toward" or "towards"); None when some match may end in
    something else (a class of characters, a repeat, nothing)."""
    try:
        from re import _parser as parser, _constants as c
    except ImportError:                      # Python before 3.11
        import sre_parse as parser
        import sre_constants as c

    def space(op, av) -> bool:
        return op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)] or op is c.LITERAL and chr(av).isspace()

    def ends(items: list, tail: bool) -> set:
        """Last words of the sequence; ``tail``: trailing whitespace is skipped, not a word's end."""
        if not items:
            return {""}
        (op, av), rest = items[-1], items[:-1]
        if op is c.AT:
            return ends(rest, tail)
        if op is c.SUBPATTERN:
            return ends(rest + list(av[-1]), tail)
        if op is c.BRANCH:
            return set().union(*(ends(rest + list(alt), tail) for alt in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, body = av
            if len(body) == 1 and space(*body[0]):
                return ends(rest, tail) if tail else {""}
            if hi != 1:
                return {""}
            return ends(rest + list(body), tail) | (ends(rest, tail) if lo == 0 else set())
        if space(op, av):
            return ends(rest, tail) if tail else {""}
        if op is c.LITERAL:
            return {w + chr(av).lower() for w in ends(rest, False)}
        return {""}

    words = ends(list(parser.parse(regex.pattern, regex.flags)), True)
    return None if "" in words else tuple(sorted(words))


# --- unknown places written as where something happened -------------------------------------
# A village, a neighbourhood or an oil field the gazetteer lacks is still the event's place when
# the text writes it as one: "the village of Kasoko", "Marabe township", "the Gonda neighbourhood
# of Arusha", "near Tilwa in Dodoma region", "stormed Lumbe, a farming village in Kasulu".
SMALL_PLACE_WORDS = ("village", "villages", "town", "hamlet", "township", "settlement", "neighbourhood",
                     "neighborhood", "quarter", "area", "district", "sub-district", "sector", "ward", "camp",
                     "oil field", "oilfield", "gas field", "forest", "locality", "commune", "suburb", "island",
                     "market", "junction", "valley", "refugee camp", "tehsil", "upazila", "woreda", "regency",
                     "territory", "county", "municipality", "union", "sub-county", "lga", "block", "estate",
                     "tea estate", "tea garden", "police station", "sector area")
_SMALL = "|".join(sorted((re.escape(w) for w in SMALL_PLACE_WORDS), key=len, reverse=True))
SMALL_AFTER = re.compile(rf"^\s+(?:(?:forest|border|coastal|farming|fishing|mining)\s+)?(?:{_SMALL})\b", re.I)
UNKNOWN_NAME = re.compile(r"(?<![\w'’-])(?:(?:al|el|ad|as|ar|an|ash|at|az)-)?[A-Z][\w'’]*"
                          r"(?:[- ](?:(?:de|des|del|la|le|el|al|da|do|dos)[- ])?[A-Z][\w'’]*){0,3}")
# "in Tilwa", "near Tilwa", "the village of Tilwa", "the outskirts of Tilwa", "residents of Tilwa"
WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|through|throughout|across|towards?|along|between|"
    r"(?:village|town|hamlet|settlement|township|locality|community|outskirts|residents|inhabitants|"
    r"villagers|people|streets|centre|center|suburbs?|areas?|parts?|edge|vicinity)\s+of|close\s+to)"
    r"\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|nearby|neighbouring|neighboring)\s+)?$",
    re.I)
WHERE_BEFORE = EndSearch(WHERE_BEFORE)
# verbs whose object is often a place: written with its area ("stormed Lumbe, a village in ...")
TAKE_BEFORE = re.compile(r"\b(?:entered|stormed|occupied|overran|raided|seized|captured|took|retook|"
                         r"recaptured|shelled|bombed|besieged|attacked|hit|struck|torched|looted)\s+(?:control\s+of\s+)?$",
                         re.I)
TAKE_BEFORE = EndSearch(TAKE_BEFORE)
NOT_A_PLACE_AFTER = re.compile(r"^(?:'s|’s|\s+(?:street|st|avenue|road|rd|drive|boulevard|lane|highway|"
                               r"bridge|station|hospital|school|university|college|mosque|church|prison|"
                               r"airport|stadium|hotel|market\s+(?:square|hall))\b)", re.I)
NOT_PLACE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW",
                    "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE"}


def unknown_places(doc, taken: list, demonyms=frozenset()) -> list:
    """(start, end, cue) of every name the gazetteer did not place but the text writes as a
    place: a small-place word after it ("Marabe township", "the Gonda neighbourhood"), a
    place word before it ("the village of Kasoko"), or a locative word before a name the NER
    calls a place ("near Tilwa"); ``cue`` is "word" for the first two, "where" for the last,
    "loose" for a locative word before a name the NER calls something else, "take" for a name
    after a verb of taking ("stormed Lumbe"); the caller keeps the last two only when the text
    says where they lie (or the gazetteer knows them). ``taken``: (start, end) of the places already known."""
    text = docindex.text(doc)
    taken = sorted(taken)
    ends = [b for _, b in taken]
    out = []
    for hit in UNKNOWN_NAME.finditer(text):
        s, e = hit.start(), hit.end()
        k = bisect.bisect_right(ends, s)                 # the first known place ending after s
        if k < len(taken) and taken[k][0] < e:
            continue
        # the words around the name first (about 7 us), then the name itself (about 10 us): most
        # capitalised words have no cue, and every test here is one that must pass, in any order
        before = text[max(0, s - 50):s]
        if _word_typed(text, s, e, before):
            cue = "word"
        elif WHERE_BEFORE.search(before):                # searched once
            cue = None                                   # "where" or "loose", by the entity's label below
        elif TAKE_BEFORE.search(before):
            cue = "take"
        elif out and out[-1][2] in ("word", "where") and re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[out[-1][1]:s]):
            cue = out[-1][2]                             # "near Kasoko and Lumbe"
        else:
            continue
        if not could_be_a_place(text, s, e, demonyms):
            continue
        ent = docindex.ent_around(doc, s, e)
        if ent is not None and (ent.label_ in NOT_PLACE_LABELS or ent.end_char - ent.start_char > e - s + 2
                                and (set(norm(ent.text).split()) & ORG_WORDS or ent.label_ == "PERSON")):
            continue                                     # inside a date, a person's or an organisation's name
        if cue is None:
            cue = "where" if ent is not None and ent.label_ in ("GPE", "LOC", "FAC") else "loose"
        out.append((s, e, cue))
    return out


# the last word of a street's, a building's or a park's name ("Moi Avenue", "Uhuru Park")
NOT_A_PLACE_WORDS = STREET_WORDS | BUILDING_WORDS | {"park", "gardens", "garden", "bridge", "station", "airport",
                                                     "port", "base", "barracks", "office", "offices"}


def could_be_a_place(text: str, s: int, e: int, demonyms=frozenset()) -> bool:
    """Not an acronym ("LoC"), plain words, a demonym, an organisation's name, a street's, a
    building's or a park's ("Moi Avenue", "Uhuru Park") or a person's ("Mwangi's")."""
    word, key = text[s:e], norm(text[s:e])
    if " " not in word and len(word) <= 5 and (word.isupper() or any(c.isupper() for w in word.split("-") for c in w[1:])):
        return False                                     # "LoC", "MoD"; not "Ma-Ei", two words joined
    return bool(key) and not (plain(key) or key in demonyms or set(key.split()) & ORG_WORDS
                              or key.split()[-1] in NOT_A_PLACE_WORDS or NOT_A_PLACE_AFTER.match(text[e:e + 20]))


# "Kolokani, a town north of Bamako", "Tilwa, another farming village in": an apposition says what it is
APPOSITION_AFTER = re.compile(
    r"^,\s+(?:a|an|another|the)\s+(?:(?:small|large|main|chief|provincial|regional|district|remote|farming|fishing|mining|coastal|border|market|rural|"
    r"frontline|front-line|nearby|neighbou?ring|hilltop|desert|riverside|lakeside|mountain|mainly|largely|"
    r"predominantly|[\w]+-(?:majority|speaking|populated|controlled|held))\s+){0,3}"
    r"(?:village|town|city|capital|hamlet|settlement|township|locality|community|suburb|port)\b(?!\s+(?:council|hall|official)s?\b)",
    re.I)
FEATURE_WORD_OF = EndSearch(
    re.compile(r"\b(?:village|town|hamlet|settlement|township|locality|community|outskirts|suburbs)\s+of\s+$", re.I))


OWN_KIND_WORDS = frozenset({"village", "hamlet", "settlement", "camp", "island", "neighbourhood", "neighborhood"})


def _typed_by_own_word(name: str) -> bool:
    """A name whose last word says what kind of place it is ("Thanbaw Island", "Kalobeyei Camp")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in OWN_KIND_WORDS


def _word_typed(text: str, s: int, e: int, before: str) -> bool:
    """Is the name at text[s:e] written with a word that says it is a small place: after it ("Tumbalaga
    village", not at a sentence's start), before it ("the village of Kisharo"), an apposition ("Kiptalai,
    a farming village") or its own last word ("Thanbaw Island")? ``before``: the text just before it."""
    return bool(SMALL_AFTER.match(text[e:e + 30]) and not _sentence_initial(text, s) or FEATURE_WORD_OF.search(before)
                or APPOSITION_AFTER.match(text[e:e + 80]) or _typed_by_own_word(text[s:e]))


def _sentence_initial(text: str, s: int) -> bool:
    before = text[:s].rstrip()
    return not before or before[-1] in ".!?\n\"“"


# --- a name the text types as a place ----------------------------------------------------------
# "Kiptalai, some 30 km from Eldoret", "Nhamacanga, 12 miles south of the border": a distance says it is a place
DISTANCE_AFTER = re.compile(r"^,\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|barely)\s+)?"
                            r"\d+(?:[.,]\d+)?\s*(?:km|kms|kilometres|kilometers|miles)\b", re.I)
# "the outskirts of Lukweti", "the Kanaga area of Bel-Air": a name that has outskirts or parts is a place
PARTS_OF_BEFORE = EndSearch(re.compile(
    r"(?:\boutskirts|\bsuburbs?|\b[A-Z][\w'’-]*\s+(?:area|neighbou?rhood|quarter|district|sector|ward))\s+of\s+$"))
PERSON_OR_ORG = frozenset({"PERSON", "ORG"})


def typed_as_place(doc, name: str) -> bool:
    """Does the text itself type ``name`` as a place (CODEBOOK, Precision: an unknown place named as
    written, at the anchor the text gives)? Somewhere it is written with a small-place word ("Tumbalaga
    village", "the Bolowa camp", "the village of Kisharo"), an apposition that says what it is ("Kiptalai,
    a farming village"), a distance ("Kiptalai, about 30 km from Eldoret"), its own last word ("Thanbaw
    Island") or as what has outskirts or parts ("the outskirts of Lukweti"); and nowhere is it part of a
    longer name the NER calls a person's or an organisation's ("police arrested Juan Mamani": a surname,
    however often repeated; the NER's label on the bare name itself is no evidence, as it calls most names
    it does not know persons or firms)."""
    text = docindex.text(doc)
    if not name or not name[:1].isupper():
        return False
    typed = _typed_by_own_word(name)
    forms = "|".join(re.escape(f) for f in dict.fromkeys((name, name.upper())))     # "LUKWETI" in a heading
    for hit in re.finditer(rf"(?<![\w'’-])(?:{forms})(?![\w'’-])", text):
        s, e = hit.start(), hit.end()
        ent = docindex.ent_around(doc, s, e)
        if ent is not None and ent.label_ in PERSON_OR_ORG and len(ent.text) > e - s + 2 and ent.text.upper() != ent.text:
            return False                                 # a surname ("Juan Mamani"), a word of a firm's name
        if typed:
            continue
        before = text[max(0, s - 50):s]
        typed = bool(_word_typed(text, s, e, before) or DISTANCE_AFTER.match(text[e:e + 40])
                     or PARTS_OF_BEFORE.search(before))
    return typed
