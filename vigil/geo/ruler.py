"""EntityRuler patterns for place names spaCy's small model tends to get wrong.

Forced: country names (spaCy calls "Azerbaijan" a person), first-level divisions written
with their kind ("Lorestan Province", "Benue State") and multi-word division names
("Tamil Nadu", "West Azerbaijan"), and cities of a million or more people. Left out: any
name that is also a given name or a common word ("Jordan", "Victoria", "Police"), so the
ruler never turns a person or an organisation into a place.
"""
from __future__ import annotations

import re

from .gazetteer import CITY, Gazetteer
from .names import COMMON_WORDS, COUNTRY_ALIASES, QUALIFIERS, norm
from .recognize import GIVEN_NAMES

# Division names that are also words, persons or brands in English news.
AMBIGUOUS = GIVEN_NAMES | {norm(w) for w in """victoria washington florida virginia carolina
indiana georgia santa cruz amazonas rio sol paris delta lagos plateau central eastern western
northern southern north south east west capital federal""".split()}
BIG_CITY = 1_000_000
TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")
WRITTEN_KINDS = {"province", "state", "governorate"}   # "Lorestan Province", "Benue State"


def ruler_patterns(gaz: Gazetteer) -> list:
    """EntityRuler patterns (label GPE) for place names worth forcing; about 3,000."""
    names = set()
    for cc, i in gaz.country.items():
        names.add(gaz.name[i])
        names.update(COUNTRY_ALIASES.get(cc, ()))
    for key, i in gaz.admin1.items():
        eng, kind = gaz.adm_english.get(key) or gaz.name[i], gaz.adm_kind.get(key, "")
        if " " in eng and not _also_city(gaz, eng):
            names.add(eng)
        if kind in WRITTEN_KINDS:
            names.add(f"{eng} {kind}")
    for i in _big_cities(gaz):
        names.add(gaz.name[i])
    return [{"label": "GPE", "pattern": _tokens(n)} for n in sorted(names) if _safe(n)]


def _tokens(name: str) -> list:
    """A token pattern: exact words, any case for a trailing kind ("province", "Province")."""
    words = TOKEN.findall(name)
    pattern = [{"ORTH": w} for w in words]
    if len(words) > 1 and words[-1] in WRITTEN_KINDS:
        pattern[-1] = {"LOWER": words[-1]}
    return pattern


def _also_city(gaz: Gazetteer, name: str) -> bool:
    return any(gaz.kind[c // 4] == CITY and c % 4 == 0 for c in gaz.lookup(name))


def _big_cities(gaz: Gazetteer):
    for i, (kind, pop) in enumerate(zip(gaz.kind, gaz.pop)):
        if kind == CITY and pop >= BIG_CITY:
            yield i


def _safe(name: str) -> bool:
    """Worth forcing: ASCII, capitalised, and not a word or name with another sense."""
    key = norm(name)
    if not key or not name.isascii() or not name[:1].isupper() or key in AMBIGUOUS or key in COMMON_WORDS:
        return False
    words = key.split()
    return len(words) > 1 or words[0] not in QUALIFIERS
