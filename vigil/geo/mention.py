"""A toponym mention and the words around a name that make it a place.

``Mention`` is what recognition hands to resolution; the predicates here read the tokens
before and after a name: a locative word ("in Goma"), a list ("Zinjibar (Zingibar, Abyan)"),
a division after a name ("Oulton Park, Cheshire."), a place noun or "-based" after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .names import QUALIFIERS, norm

PLACE_LABELS = {"GPE", "LOC"}
NAME_LABELS = {"ORG", "PERSON", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
EMBED_LABELS = {"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "MONEY"}
# Country names that are also given names: a PERSON entity needs context to be the country.
GIVEN_NAMES = {"jordan", "chad", "georgia", "india", "israel", "kenya", "america", "china", "niger"}
LOCATIVE = {"in", "at", "near", "outside", "across", "around", "into", "inside", "throughout",
            "towards", "toward", "via", "from", "to", "outskirts"}
PLACE_NOUNS = {"city", "town", "village", "province", "district", "county", "region", "state",
               "municipality", "governorate", "capital", "suburb", "neighbourhood", "neighborhood",
               "upazila", "township", "sadar", "area", "division"}
ORG_WORDS = {norm(w) for w in """international tv television radio network channel party
organization organisation council ministry university college school agency company corp
inc ltd bank press times news post herald tribune journal gazette magazine daily voice
committee commission foundation institute association society federation union club
army police force forces brigade front movement group airlines airways service services
department office court board authority fund trust hospital church team fc""".split()}
LEADING = {"the", "The", "THE"}
# "the judiciary's Mizan news agency", "Kabul television": the name of an outlet, no place of the report
OUTLET_AFTER = re.compile(r"^\s+(?:news\s+(?:agency|website|site|portal|outlet)|newspaper|television|tv|radio|"
                          r"broadcaster)\b", re.I)
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class Mention:
    """A candidate toponym: the span, its lookup candidates and how it was found."""
    start: int
    end: int
    text: str
    codes: tuple
    source: str               # "ent", "demonym", "cue", "embedded", "dateline"
    admin_hint: bool = False  # "Lorestan Province", "Washington state"
    entry: Optional[int] = None  # fixed resolution (demonyms)


def cued(doc, start: int) -> bool:
    """A locative word or a place noun right before the token at ``start``."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in LOCATIVE:
        return not (prev.lower_ == "to" and start >= 2 and doc[start - 2].lower_ in TO_A_PERSON)
    if prev.text in QUALIFIERS and start >= 2 and doc[start - 2].lower_ in LOCATIVE:
        return True                                                  # "in central Van"
    if prev.lower_ in ("of", "from") and start >= 2:
        before = doc[start - 2].lower_
        if before in PLACE_NOUNS or before in DIRECTION_NOUNS:     # "north of Goma", "20 km from Goma"
            return True
        k = start - 3 if before == "," and start >= 3 else start - 2
        return prev.lower_ == "of" and doc[k].ent_type_ == "PERSON" \
            and not (start + 1 < len(doc) and doc[start + 1].is_title)  # "Jo Reyes of Bellmore", not "of Aston Villa"
    return False


# Words after which "to" introduces a person, not a destination: "according to Davis", "close
# to Reyes", "offered the job to Bolton".
TO_A_PERSON = {"according", "close", "next", "thanks", "due", "similar", "resemblance", "compared", "talked",
               "spoke", "speaking", "said", "told", "wrote", "written", "married", "sent", "gave", "given",
               "offered", "job", "letter", "message", "reply", "replied", "answer", "loyal", "related", "known"}
DIRECTION_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "edge",
                   "km", "kms", "kilometres", "kilometers", "miles", "centre", "center", "heart", "countryside"}


def listed(doc, start: int) -> bool:
    """Written after "(" or "," that follow a name: "Zinjibar (Zingibar, Abyan)", "Leon, Guanajuato"."""
    if start < 2 or doc[start - 1].text not in ("(", ","):
        return False
    if doc[start - 1].text == "(":                     # "Kalyanpur village (Satkhira, Khulna)"
        return True
    prev = doc[start - 2]
    return prev.is_title or prev.is_upper or prev.text in ("(", ",")


def in_address(doc, start: int) -> bool:
    """Inside the brackets that give a place's district and province: "Bar Ujeed village
    (Ceel Buur, Galgaduud)", "Tanandava (Beroroha, Atsimo Andrefana)"."""
    k = start - 1
    while k >= 0 and doc[k].text not in ("(", ")", ".", ";") and start - k < 8:
        k -= 1
    return k >= 1 and doc[k].text == "(" and (doc[k - 1].is_title or doc[k - 1].lower_ in PLACE_NOUNS)


# Nouns after a name that make it a place, wherever it stands ("the Riverdale area"); not "city"
# or "state" ("Manchester City", "the Islamic State").
KIND_AFTER = {"area", "region", "district", "county", "province", "town", "village", "neighbourhood",
              "neighborhood", "suburb", "municipality", "township", "countryside", "outskirts"}
BASED = {"based", "born", "headquartered", "registered"}


def kind_written_after(doc, end: int) -> bool:
    """A place noun or "-based" right after the name: "the Riverdale area", "a Kent-based team"."""
    if end >= len(doc):
        return False
    if doc[end].lower_ in KIND_AFTER:
        return True
    return doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in BASED


def after_a_name(doc, start: int) -> bool:
    """Written after a name and a comma, closing the phrase: the "Cheshire" of "the race at
    Oulton Park, Cheshire." or of "in Kharwar district, Logar, on Monday" (not a name in the
    middle of a list: "Helen, Clarence, Irene")."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    prev = doc[start - 2]
    if prev.lower_ in PLACE_NOUNS and start >= 3 and (doc[start - 3].is_title or doc[start - 3].is_upper):
        pass                                       # "in Kharwar district, Logar": the division of a district
    elif not (prev.is_title or prev.is_upper) \
            or prev.ent_type_ == "PERSON" and prev.ent_iob_ == "I":   # "Tom Smith, Essex"
        return False
    end = start + 1
    while end < len(doc) and doc[end].is_title:
        end += 1
    return end == len(doc) or doc[end].text in (".", ";", ":", ")", "!", "?") or doc[end].is_space \
        or doc[end].text == "," and (end + 1 == len(doc) or not doc[end + 1].is_title)


def an_outlet(text: str, end: int) -> bool:
    """Is the name ending at ``end`` an outlet's ("Mizan news agency", "Kabul television")?"""
    return bool(OUTLET_AFTER.match(text[end:end + 30]))
