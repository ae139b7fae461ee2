"""Toponym recognition: which spans of a spaCy Doc name places.

spaCy's GPE and LOC entities are the backbone; the gazetteer adds places spaCy labels as
persons or organisations when the context says "place" ("In Bojnurd, ..."), adjectives of
place ("Iranian", "Russian"), and well-known places embedded in names ("Air Zimbabwe").
Organisation and person names that merely look like places are rejected: a name must
either be labelled as a place by spaCy or earn it from its context.
"""
from __future__ import annotations

import bisect
from typing import Optional

from .. import docindex
from .datelines import dateline_mentions
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, Gazetteer
from .longer import without_prefixes
from .mention import (EMBED_LABELS, an_outlet, GIVEN_NAMES, LEADING, NAME_LABELS, ORG_WORDS, PLACE_LABELS, PLACE_NOUNS,
                      POSSESSIVE, Mention, after_a_name, cued, in_address, kind_written_after, listed)
from .names import COMMON_WORDS, CONNECTORS, POSTAL_CODE_COUNTRIES, norm
from .spans import span_mention
from .written import as_written, plain, written_as_place

__all__ = ["Mention", "find_mentions", "GIVEN_NAMES"]
# Connectors that are also English words: "Syria as Turkish forces ..." does not join two names.
ENGLISH_WORDS = {"as", "at", "an", "of", "do", "a"}
JOINERS = frozenset({"and", "or", ","})


def find_mentions(doc, gaz: Gazetteer, hint: Optional[str] = None) -> list:
    """Every toponym mention in the Doc, sorted by start, without overlaps.

    ``hint`` is the focus country when known: a name listed after a place ("Zinjibar
    (Zingibar, Abyan)") then counts as a place if that country has it.
    """
    found = []
    for ent in docindex.ents(doc):       # place entities first: "[Valle de] Santiago" beats a FAC "Valle de"
        if ent.label_ in PLACE_LABELS:
            found += _place_entity(doc, ent, gaz)
    for ent in docindex.ents(doc):
        if ent.label_ == "NORP":
            found += _demonym(ent, gaz, doc, hint)
        if ent.label_ in NAME_LABELS and not any(m.start < ent.end_char and ent.start_char < m.end for m in found):
            found += _named_entity(doc, ent, gaz, hint)
    covered = {t.i for e in docindex.ents(doc) for t in e}
    found += _cued_tokens(doc, gaz, covered, hint)
    found += dateline_mentions(doc, gaz)
    found += _demonym_words(doc, gaz)
    found += _repeated_names(doc, gaz, found)
    found += _coordinated(doc, gaz, found)
    persons = _person_words(doc)
    text = docindex.text(doc)
    kept = without_prefixes(text, [m for m in _without_overlaps(found) if not _person_like(doc, m, persons)
                                   and not an_outlet(text, m.end)], gaz)
    ends = {m.end for m in kept if m.codes}
    named = {gaz.cc[m.codes[0] // 4] for m in kept if m.codes and m.codes[0] % 4 < 2 and m.entry is None
             and gaz.kind[m.codes[0] // 4] in (COUNTRY, ADMIN1) and not plain(norm(m.text))} | {hint}
    out = []
    for m in kept:
        m = as_written(doc, m, gaz, hint, ends, named)
        if m is not None:
            out.append(m)
    return out


def _person_words(doc) -> set:
    """Words of the multi-word person names in the Doc ("Buhari" of "Muhammadu Buhari")."""
    return {norm(t.text) for e in docindex.ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}


def _person_like(doc, m: Mention, persons: set) -> bool:
    """A one-word mention no gazetteer knows, or part of a person's name here ("Buhari")
    and not written as a place ("in Sherpur"); a longer name no gazetteer knows unless it is
    written as a place ("Dayo Adeyemi" tagged GPE is dropped, "the Kumbo River" and "in Upper
    Ngala" are kept)."""
    if m.source in ("demonym", "embedded", "dateline"):      # "Seattle" of "Seattle Fire" beside "Seattle Seahawks"
        return False
    if " " in m.text:
        return not m.codes and not written_as_place(doc, m)
    if not m.codes:
        return True
    if norm(m.text) not in persons:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is None or not (cued(doc, span.start) or listed(doc, span.start))


def _place_entity(doc, ent, gaz: Gazetteer) -> list:
    """Mentions from a GPE/LOC entity: itself, or its comma-separated parts."""
    if _org_like(ent):
        return _embedded(doc, ent, gaz)
    longer = _longer_name(doc, ent, gaz)
    if longer is not None:
        return [longer]
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in CONNECTORS - ENGLISH_WORDS and doc[ent.end].is_lower \
            and doc[ent.end + 1].is_title:
        return []                    # "Jardines [de los Belenes]": a longer name we do not know
    out = []
    for s, e in _comma_parts(ent):
        m = span_mention(doc, s, e, gaz, "ent")
        if m is not None and not m.codes and any(t.text in ("-", "/", "and") for t in doc[s:e]):
            inner = _embedded(doc, doc[s:e], gaz)          # "Asia-Pacific", "Vienna/Fairfax"
            out += inner or [m]
        elif m is not None:
            out.append(m)
    return out


def _comma_parts(ent) -> list:
    """Token ranges of an entity split at its commas and brackets ("Cuauhtemoc, Chihuahua",
    "Concepcion (Biobio")."""
    parts, start = [], ent.start
    for t in ent:
        if t.text in (",", "(", ")"):
            if t.i > start:
                parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, ent.end))
    return parts


def _longer_name(doc, ent, gaz: Gazetteer) -> Optional[Mention]:
    """The full name when spaCy cut it short: "As Sabaa", "Martinez [de la Torre]"."""
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in CONNECTORS:
        start -= 1
    ends = [e for e in _name_ends(doc, ent.end - 1, set()) if e > ent.end]
    tries = [(start, x) for x in ends] + [(start, end)]
    tries += [(s, x) for s in _name_starts(doc, start) for x in ends + [end]]
    for s, e in tries:
        if (s, e) != (ent.start, ent.end):
            m = span_mention(doc, s, e, gaz, "ent")
            if m is not None and m.codes and m.codes[0] % 4 < 2:
                return m
    return None


def _name_starts(doc, start: int) -> list:
    """Earlier starts of a name spaCy cut at its head: "[Port] Sudan", "[Valle de] Santiago",
    "[Tarn] Taran"; capitalised words (and connectors) outside any organisation or person."""
    out, s = [], start
    while s > 0 and start - s < 3:
        t = doc[s - 1]
        if not (t.is_title or (t.lower_ in CONNECTORS and t.is_lower)) or t.ent_type_ in NAME_LABELS - {"FAC"}:
            break
        s -= 1
        if t.is_title:
            out.append(s)
    return out[::-1]


def _org_like(span) -> bool:
    return len(span) > 1 and any(norm(t.text) in ORG_WORDS for t in span)


def _demonym(ent, gaz: Gazetteer, doc=None, hint: Optional[str] = None) -> list:
    """An adjective of place ("Russian", "anti-Russian", "South Korean") as a country mention."""
    text, start = POSSESSIVE.sub("", ent.text), ent.start_char
    if "-" in text and gaz.demonym.get(norm(text)) is None:      # "anti-Russian", "Russian-European"
        out, offset = [], 0
        for part in text.split("-"):
            i = gaz.demonym.get(norm(part))
            if i is not None and part[:1].isupper():
                out.append(Mention(start + offset, start + offset + len(part), part, (4 * i,), "demonym", entry=i))
            offset += len(part) + 1
        return out
    i = gaz.demonym.get(norm(text))
    if i is not None:
        return [Mention(start, start + len(text), text, (4 * i,), "demonym", entry=i)]
    codes = gaz.lookup(text)                                      # "Tunis" mislabelled NORP
    if codes and codes[0] % 4 == 0 and _prominent(gaz, codes[0] // 4):
        return [Mention(start, start + len(text), text, codes, "ent")]
    if codes and doc is not None and hint and (cued(doc, ent.start) or listed(doc, ent.start)) \
            and any(gaz.cc[c // 4] == hint and c % 4 < 2 for c in codes):
        return [Mention(start, start + len(text), text, codes, "ent")]   # "in Patiya town"
    return []


def _demonym_words(doc, gaz: Gazetteer) -> list:
    """Adjectives of place the NER left out or mislabelled ("Danish developer", "the Syrian-Turkish
    border", "Slovak architect" taken for a person): every capitalised word (or pair: "South
    Korean") that is a demonym, except inside a person's full name."""
    names = {t.i for e in docindex.ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    heads = _demonym_heads(gaz)
    out, skip = [], -1
    for t in docindex.where(doc, "LOWER", heads):
        if t.i <= skip or not t.is_title or t.i in names:
            continue
        for n in (2, 1):
            span = doc[t.i:t.i + n]
            if len(span) == n and all(w.is_title for w in span) and not names & {w.i for w in span}:
                i = gaz.demonym.get(norm(span.text))
                if i is not None:
                    out.append(Mention(span.start_char, span.end_char, span.text, (4 * i,), "demonym", entry=i))
                    skip = t.i + n - 1
                    break
    return out


def _demonym_heads(gaz: Gazetteer) -> frozenset:
    """First words of every demonym ("south" of "south korean"), kept on the gazetteer (as
    names.first_known_spelling keeps its memo)."""
    heads = gaz.__dict__.get("_demonym_heads")
    if heads is None:
        heads = gaz.__dict__["_demonym_heads"] = frozenset(k.split()[0] for k in gaz.demonym)
    return heads


def _repeated_names(doc, gaz: Gazetteer, found: list) -> list:
    """One sense per report: a name the NER tags as a place, or the text writes as one ("in
    Riverdale", a dateline), is that place wherever else the report writes it, though the NER
    calls it a person or an organisation there ("Douma's fall", "Delft police station", "the
    Toronto Police Services Board"); not when the NER calls it a person more often than the
    report writes it as a place, and never inside a person's full name."""
    votes = {}
    for e in docindex.ents(doc):
        if e.label_ in PLACE_LABELS or e.label_ == "PERSON":
            votes[e.text] = votes.get(e.text, 0) + (1 if e.label_ in PLACE_LABELS else -1)
    for m in found:
        if m.source in ("cue", "dateline"):
            votes[m.text] = votes.get(m.text, 0) + 1               # written as a place: "in Riverdale"
    names = {}
    for m in found:
        if m.codes and m.source in ("ent", "cue", "dateline") and votes.get(m.text, 0) >= 0 and _sure(doc, m, gaz):
            words = m.text.split()
            names.setdefault(words[0], set()).add(len(words))
    if not names:
        return []
    person = {t.i for e in docindex.ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    taken = {m.start for m in found}
    out = []
    for t in docindex.where(doc, "ORTH", frozenset(names), keep=False):   # this report's own names
        if t.idx in taken:
            continue
        for n in sorted(names[t.text], reverse=True):
            span = doc[t.i:t.i + n]
            if len(span) == n and not person & {w.i for w in span}:
                m = span_mention(doc, t.i, t.i + n, gaz, "cue")
                if m is not None and m.codes:
                    out.append(m)
                    break
    return out


def _coordinated(doc, gaz: Gazetteer, found: list) -> list:
    """Names joined to a place by "and", "or" or a comma are places too when the gazetteer has
    them: the NER often calls the last of a list a person ("in Hilversum and Almelo", "Kerala and
    Puducherry", "Nitra, Presov and Kosice"); never a person's full name."""
    starts = {m.start: m for m in found}
    ends = {m.end: m for m in found if m.codes and m.source in ("ent", "cue", "dateline")}
    person = {t.i for e in docindex.ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out, k = [], 0
    for t in docindex.where(doc, "ORTH", JOINERS):
        if t.i < k or t.i == 0 or t.i + 1 >= len(doc):
            continue
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        if prev.idx + len(prev) not in ends or not nxt.is_title or nxt.idx in starts or nxt.i in person:
            continue
        j = _name_ends(doc, nxt.i, set())[0]           # the whole name: not "Aston" of "Aston Villa"
        m = None if person & set(range(nxt.i, j)) else span_mention(doc, nxt.i, j, gaz, "cue")
        listed = t.text != "," or j < len(doc) and doc[j].text in ("and", "or", ",")   # "In Goma, Kabila said"
        if listed and m is not None and m.codes and m.codes[0] % 4 < 2:
            out.append(m)
            ends[m.end], k = m, j                      # the list goes on: "A, B and C"
    return out


def _sure(doc, m: Mention, gaz: Gazetteer) -> bool:
    """A place mention sure enough to vouch for the name's other occurrences: a word of three
    letters or more, not a common word, written after a locative word or in a list of places,
    or naming a division, a country or a town of 50,000 or more."""
    if len(m.text) < 3 or norm(m.text) in COMMON_WORDS or not (m.text.istitle() or m.text.isupper()):
        return False
    i = m.codes[0] // 4
    if gaz.kind[i] != CITY and m.codes[0] % 4 < 2 or gaz.pop[i] >= 50000:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and (cued(doc, span.start) or listed(doc, span.start))


def _prominent(gaz: Gazetteer, i: int) -> bool:
    """A country, region, first-level division or a city of 100,000 or more."""
    return gaz.kind[i] not in (CITY, ADMIN2) or gaz.kind[i] == CITY and gaz.pop[i] >= 100000


def _named_entity(doc, ent, gaz: Gazetteer, hint: Optional[str] = None) -> list:
    """A person/organisation entity that is really a place, or holds a well-known place."""
    if ent.label_ == "NORP":
        return []
    if not _org_like(ent) and len(ent) <= 6:
        out = []
        for s, e in _comma_parts(ent):                  # "Patuakhali, Barishal" tagged ORG
            m = span_mention(doc, s, e, gaz, "cue")
            if m is not None and m.codes and _earns_place(doc, s, m, gaz, ent.label_, hint, e):
                out.append(m)
        if out:
            return out
    return _embedded(doc, ent, gaz) if ent.label_ in EMBED_LABELS else []


def _earns_place(doc, start: int, m: Mention, gaz: Gazetteer, label: str, hint: Optional[str] = None,
                 end: Optional[int] = None) -> bool:
    """Does context make this non-place entity a place? (a locative word, a place noun, a list)."""
    in_hint = bool(hint) and any(gaz.cc[c // 4] == hint and c % 4 < 2 for c in m.codes)
    named_as_place = end is not None and end < len(doc) and doc[end].lower_ in PLACE_NOUNS
    if in_hint and (listed(doc, start) or named_as_place):
        return True
    if hint and in_address(doc, start) and any(gaz.cc[c // 4] == hint for c in m.codes):
        return True                                 # "Garasweyne town (Baidoa, Bay region)": any spelling
    if named_as_place and hint and any(gaz.cc[c // 4] == hint for c in m.codes):
        return True                                 # "Lashkargah city": a spelling GeoNames lists
    if end is not None and after_a_name(doc, start) \
            and any(gaz.kind[c // 4] in (ADMIN1, ADMIN2) and c % 4 < 2 for c in m.codes):
        return True                                 # "Oulton Park, Cheshire": a division after a name
    if end is not None and kind_written_after(doc, end) and m.codes[0] % 4 < 2 \
            and (gaz.kind[m.codes[0] // 4] != CITY or gaz.pop[m.codes[0] // 4] >= 1000):
        return True                                 # "the Riverdale area", "a Kent-based team"
    i, level = divmod(m.codes[0], 4)
    kind, alt = gaz.kind[i], level == 2 and not in_hint
    if kind == CITY and label == "ORG" and m.text.isupper():      # "GNA" is a party, not Guna
        return False
    if kind in (COUNTRY, REGION) and not alt:
        return label != "PERSON" or norm(m.text) not in GIVEN_NAMES or cued(doc, start)
    if kind == ADMIN1 and not alt and (m.admin_hint or label != "PERSON" or " " in m.text):
        return True
    if kind == ADMIN2 and not alt and m.admin_hint:                # "Morris County", "Tartus District"
        return True
    strong = kind == CITY and gaz.pop[i] >= 200000 and not alt
    if label == "ORG" and strong and len(m.text.split()) == 1:
        return True
    return cued(doc, start) and (gaz.pop[i] >= 1000 or kind != CITY)


def _embedded(doc, ent, gaz: Gazetteer) -> list:
    """Well-known places inside a longer name: "Air Zimbabwe", "The Washington Post"."""
    out, i = [], ent.start
    while i < ent.end:
        for j in range(min(ent.end, i + 3), i, -1):
            if (i, j) == (ent.start, ent.end):
                continue
            m = _well_known(doc, i, j, gaz) or _state_code(doc, i, j, ent, gaz)
            if m is not None:
                out.append(m)
                i = j - 1
                break
        i += 1
    return out


# Company-form suffixes that are also state codes: "Tesla NV", "Nestle SA", "Dimond & Co PA".
COMPANY_SUFFIXES = {"NV", "SA", "PA", "CO", "AB", "AG", "AS", "SE", "SC", "LP", "PC"}


def _state_code(doc, i: int, j: int, ent, gaz: Gazetteer) -> Optional[Mention]:
    """A state's or province's postal code that names an organisation of it: last in the name
    ("Small Business BC") or first before a word of government ("NSW Health", "NSW National
    Parks"); not a team or a firm ("the NC Dinos")."""
    text = doc[i:j].text
    if j - i != 1 or not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return None
    if not (j == ent.end and text not in COMPANY_SUFFIXES
            or i == ent.start + (doc[ent.start].text in LEADING) and doc[j].lower_ in BODY_WORDS):
        return None
    codes = tuple(c for c in gaz.lookup(text) if gaz.kind[c // 4] == ADMIN1 and gaz.cc[c // 4] in POSTAL_CODE_COUNTRIES)
    return Mention(doc[i].idx, doc[i].idx + len(text), text, codes, "embedded") if len(codes) == 1 else None


def _well_known(doc, i: int, j: int, gaz: Gazetteer) -> Optional[Mention]:
    span = doc[i:j]
    if not span[0].is_title and not span[0].is_upper or span[0].text in LEADING:
        return None
    text = span.text
    d = gaz.demonym.get(norm(text))
    if d is not None:
        return Mention(span.start_char, span.end_char, text, (4 * d,), "embedded", entry=d)
    codes = gaz.lookup(text)
    if norm(text) in COMMON_WORDS:                      # "Gulf" of "the Gulf Security Forum", not "Police"
        codes = tuple(c for c in codes if gaz.kind[c // 4] in (COUNTRY, REGION))
    primary = [c // 4 for c in codes if c % 4 == 0]
    if len(text) <= 3 and text.isupper():               # state codes only as _state_code allows ("NC Dinos")
        primary = [i for i in primary if gaz.kind[i] in (COUNTRY, REGION)]
    if not primary:
        return None
    k = max(primary, key=lambda i: (_prominent(gaz, i) and (gaz.kind[i] != CITY or gaz.pop[i] >= 300000),
                                    gaz.kind[i] in (COUNTRY, REGION), gaz.pop[i]))
    if _prominent(gaz, k) and (gaz.kind[k] != CITY or gaz.pop[k] >= 300000):   # "the Jamaica Cancer Society"
        return Mention(span.start_char, span.end_char, text, codes, "embedded")
    k = primary[0]
    if j < len(doc) and doc[j].lower_ in LOCAL_BODIES and (gaz.kind[k] != CITY or gaz.pop[k] >= 10000):
        return Mention(span.start_char, span.end_char, text, codes, "embedded")   # "the Boise Fire Department"
    return None


def _local_body(doc, start: int, end: int, gaz: Gazetteer) -> Optional[Mention]:
    """A town named before the word of its own body outside any entity: "Owensboro Public
    Schools", "the Boise Fire Department" when the NER tags nothing there."""
    if end >= len(doc) or end - start > 3 or doc[end].lower_ not in LOCAL_BODIES or not doc[end].is_title:
        return None
    m = span_mention(doc, start, end, gaz, "embedded")
    if m is None or not m.codes or m.codes[0] % 4:
        return None
    i = m.codes[0] // 4
    return m if gaz.kind[i] != CITY or gaz.pop[i] >= 10000 else None


# Words that follow a town's name in the name of its own police, paper, council or school:
# "Boise Fire Department", "the Suffolk Times", "Owensboro Public Schools".
LOCAL_BODIES = {"police", "fire", "sheriff", "council", "county", "borough", "schools", "public", "regional",
                "municipal", "transit", "times", "herald", "gazette", "tribune", "courier", "chronicle",
                "hospital", "university", "college", "institute", "chamber", "mayor", "airport"}
BODY_WORDS = ORG_WORDS | LOCAL_BODIES | {norm(w) for w in """national health government transport
education parks tourism treasury water rural ambulance labor labour liberal greens""".split()}



def _cued_tokens(doc, gaz: Gazetteer, covered: set, hint: Optional[str] = None) -> list:
    """Capitalised names spaCy left unlabelled, after a locative word ("in Bojnurd"), in a
    list after a place ("(Mukayras, Al Bayda)"), or that are a country's own name."""
    out, skip_to = [], 0
    for t in docindex.flagged(doc, "IS_TITLE"):
        if t.i < skip_to or t.i in covered:
            continue
        is_cued = not t.is_sent_start and (cued(doc, t.i) or (hint and listed(doc, t.i)) or after_a_name(doc, t.i))
        ends = _name_ends(doc, t.i, covered)
        if not is_cued and not _country_name(t, gaz) and not any(kind_written_after(doc, j) for j in ends):
            m = next(filter(None, (_local_body(doc, t.i, j, gaz) for j in ends[::-1])), None)
            if m is not None:
                out.append(m)
                skip_to = t.i + 1
            continue
            continue
        for j in ends:
            m = span_mention(doc, t.i, j, gaz, "cue")
            if m is not None and m.codes and _earns_place(doc, t.i, m, gaz, "PERSON", hint, j):
                out.append(m)
                skip_to = j
                break
    return out


def _name_ends(doc, start: int, covered: set) -> list:
    """Possible ends of a name starting at ``start``, longest first: "Martinez de la Torre"."""
    ends, j = [start + 1], start + 1
    while j < len(doc) and j - start < 6 and j not in covered:
        t = doc[j]
        if not (t.is_title or t.lower_ in CONNECTORS or t.text == "-"):
            break
        j += 1
        if t.is_title:
            ends.append(j)
    return ends[::-1]


def _country_name(t, gaz: Gazetteer) -> bool:
    """A capitalised token that is a country's own name ("Azerbaijan"), never a given name."""
    codes = gaz.lookup(t.text)
    return bool(codes) and codes[0] % 4 == 0 and gaz.kind[codes[0] // 4] == COUNTRY \
        and norm(t.text) not in GIVEN_NAMES


def _without_overlaps(found: list) -> list:
    """Keep the first-found of overlapping mentions (entities come before cues)."""
    kept, starts, ends, nonempty = [], [], [], True   # starts, ends: of the kept, in order of start
    for m in found:
        if nonempty:   # the kept never overlap and none is empty: their ends rise with their starts, so
            i = bisect.bisect_left(starts, m.end)   # only the last one starting before m.end can reach into m
            if i and ends[i - 1] > m.start:
                continue
        elif not all(m.end <= k.start or k.end <= m.start for k in kept):
            continue
        kept.append(m)
        nonempty = nonempty and m.start < m.end
        i = bisect.bisect_right(starts, m.start)
        starts.insert(i, m.start)
        ends.insert(i, m.end)
    return sorted(kept, key=lambda m: m.start)
