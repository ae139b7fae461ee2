"""A known name that only begins a longer one is not a place of its own.

"Bala Dasht village", "Bali Doogle village", "Bala Duri I area": the NER often cuts a village's
name at its first word, and the gazetteer knows that word as a town elsewhere (a Bala in Romania,
Bali in Indonesia). A name the text goes on with more capitalised words and then a word for a small
place (village, hamlet, area ...) is one longer name: the known first word is not the place, nor is
a known word inside the longer name ("Dasht"). The longer name, unknown, is then found as a place
where the text writes it as one (``written.unknown_places``) and placed where the text says it lies.
"""
from __future__ import annotations

import re


SMALL = r"(?:village|villages|hamlet|settlement|town|area|locality)"
# the words that go on with the name: "Dasht", "Doogle", "Duri I", "Kalan"; not "IDP" or "Airport"
GOES_ON = re.compile(rf"^(?:[ -](?:[A-Z][a-z][\w'’]*|I{{1,3}})){{1,3}}(?=\s+{SMALL}\b)")
FACILITY = {"airport", "university", "market", "bridge", "road", "street", "camp", "base", "station", "port",
            "district", "province", "region", "county", "city", "state", "valley", "river", "lake", "mountain",
            "hills", "forest", "border", "crossing", "centre", "center", "hospital", "prison", "square"}


def without_prefixes(text: str, mentions: list, gaz) -> list:
    """``mentions`` less each known name that only begins a longer unknown name written as a small
    place, and less the known names inside that longer name."""
    runs = []
    for m in mentions:
        hit = GOES_ON.match(text[m.end:m.end + 60])
        if not hit or text[m.start:m.end][:1].islower():
            continue
        words = re.findall(r"[\w'’]+", hit.group(0))
        if any(w.lower() in FACILITY for w in words) or gaz.lookup(text[m.start:m.end + hit.end()]):
            continue                       # "Kabul Airport area"; a longer name the gazetteer knows
        runs.append((m.start, m.end + hit.end()))
    if not runs:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in runs)]
