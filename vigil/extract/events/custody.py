"""Killings in custody (CODEBOOK 7): a person who died, was tortured or beaten where the state held him
("died in police custody", "tortured to death at a police station", "found dead in a cell", "a
custodial death") was attacked by the forces holding him, not in a fight with them.

``custody_place(doc, draft)`` gives the token indices of the place of custody ("police custody",
"a cell at the police station"), empty when the draft tells of no harm there.
"""
from __future__ import annotations

from ... import docindex
from .signals import cue

CUSTODY_PLACES = cue("custody_places")
CUSTODY_HARM = cue("custody_harm")
MOB_WORDS = cue("custody_mobs")


def custody_place(doc, d) -> frozenset:
    """A person died, was tortured or beaten where the state held him: "died in police custody",
    "tortured to death at a police station", "found dead in a cell", "a custodial death" (CODEBOOK 7:
    killings in custody are attacks by the forces holding the person, not a fight with them). A
    station counts only as a police one ("at the police station"), and the place must be where the
    harm happened ("in ... at ..." up to the harm word), not what was attacked ("attacked a police
    station": its object, no "in"/"at")."""
    lows = docindex.word_sets(doc)[0]
    if "custodial" not in lows and CUSTODY_PLACES.isdisjoint(lows):
        return frozenset()   # no word of custody in the document (most have none)
    out = set()
    for s, e in d.ranges:
        for t in docindex.tokens(doc)[s:e]:
            low = t.lower_
            if low == "custodial" and t.head.lemma_.lower() in CUSTODY_HARM:
                out.add(t.i)
            if low not in CUSTODY_PLACES or t.dep_ != "pobj" or t.head.lower_ not in ("in", "at", "inside"):
                continue
            if low in ("station", "precinct") and not any(c.lower_ in ("police", "thana") for c in t.children):
                continue
            up = t.head.head
            for _ in range(3):  # "found dead in a cell at the police station": up through the place words
                if up.lemma_.lower() in CUSTODY_HARM or up.lower_ in CUSTODY_HARM:
                    out |= {x.i for x in t.subtree}
                    break
                if up.dep_ != "pobj" and up.dep_ != "prep" and up.pos_ != "ADJ":
                    break
                up = up.head
    return frozenset() if not out or _stormed(doc, d) else frozenset(out)


def _stormed(doc, d) -> bool:
    """Armed men or a mob stormed the station or jail, or lynched the man held there: no killing by
    the forces holding him."""
    return any(c in ("clash", "ied", "grenade", "shelling", "suicide", "riot") and doc[s].lower_ != "gunfire" or (
        c == "mob" and p in MOB_WORDS) for c, p, s, _ in d.signals)
