"""Toponym resolution: pick each mention's place from its candidates using the document.

A candidate's score adds its prominence (log population; countries and regions first),
a penalty when the text is only an alternate name ("Karaj" is also an old name of Qods),
and context: the focus country (``focus``: with a confidence; a confident one rules out small
towns abroad), countries and first-level divisions the report names, a division written
right after the name ("Cuauhtemoc municipality, Chihuahua"; "Chala, in Arequipa"; AP style
"Alexandria, La.") and the feature word written with it (``features``: "Kani township" is a
division, and not one in Japan; "the village of Bura" is no city of 100,000).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .. import docindex
from ..model import Place
from . import features
from .focus import infer_focus, mention_vote
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, RESPELT, Gazetteer
from .names import ADMIN_SUFFIXES, GENERIC_TAILS, QUALIFIERS, STATE_ABBREVIATIONS, norm, spelling_of
from .recognize import Mention, find_mentions

KIND_BONUS = {CITY: 0.0, ADMIN1: 0.0, COUNTRY: 4.0, REGION: 3.0, ADMIN2: -1.0}   # a town before its county
INFERRED_FOCUS = 1.5            # the focus bonus when inferred with no confidence ...
CONFIDENT_FOCUS = 3.0           # ... and with full confidence
LEVEL_PENALTY = (0.0, 0.5, 2.5, 2.5)   # primary name, short form of it, other alternate name, respelt


@dataclass
class Context:
    """What the whole report says about where it is."""
    focus: Optional[str] = None
    focus_weight: float = 2.5                  # lower when the focus is only inferred
    countries: set = field(default_factory=set)
    admin1s: set = field(default_factory=set)
    town_admin1s: set = field(default_factory=set)   # divisions of towns named with no namesake
    near: dict = field(default_factory=dict)   # mention index -> (country, admin1, is_division) next to it
    qualifiers: set = field(default_factory=set)  # mention indexes written right after a place
    listed: dict = field(default_factory=dict)  # mention index -> the kind of the other names in its list
    strict: bool = False                       # the caller gave the focus country
    confident: bool = False                    # the focus is inferred with confidence
    confidence: float = 0.0
    features: dict = field(default_factory=dict)  # mention index -> its feature word ("township")


def geoparse(doc, gaz: Gazetteer, country_hint: Optional[str] = None,
             outlet: Optional[str] = None, actor_countries: tuple = (), forces: tuple = ()) -> tuple:
    """Every toponym mention of ``doc`` as a Place (sorted by start) and the focus country.
    ``actor_countries``: the countries of the report's dictionary actors (focus evidence);
    ``forces``: (country, start, end) of forces named by their demonym (weaker evidence: focus.py)."""
    hint = _hint(gaz, country_hint, outlet)
    mentions = find_mentions(doc, gaz, hint)
    mentions = sorted(mentions + features.feature_mentions(doc, gaz, mentions), key=lambda m: m.start)
    text = docindex.text(doc)
    words = {n: w for n, w in ((n, features.feature_word(text, m)) for n, m in enumerate(mentions)) if w}
    first = [best(gaz, m, Context(focus=hint, strict=hint is not None, features=words), feature=words.get(n))
             for n, m in enumerate(mentions)]
    ctx = context(doc, gaz, mentions, first, hint, actor_countries, words, forces)
    chosen = [_checked(gaz, best(gaz, m, ctx, ctx.near.get(n), n in ctx.qualifiers, ctx.listed.get(n),
                                 words.get(n), features.part_of_town(text, m)), ctx.near.get(n))
              for n, m in enumerate(mentions)]
    chosen = [None if i is not None and _after_the(doc, m) and _stray(gaz, i, ctx)
              else i for m, i in zip(mentions, chosen)]   # "the Alameda" in Santiago: a street, not Alameda, CA
    chosen = _same_sense(gaz, mentions, chosen, ctx.near)
    kept = [(m, i) for m, i in zip(mentions, chosen)          # a respelling rejected leaves no place
            if i is not None or not m.codes or any(c % 4 != RESPELT for c in m.codes)]
    spelt = _spellings(gaz, kept)
    places = [to_place(gaz, m, i, spelt) for m, i in kept]
    return places, ctx.focus


def _spellings(gaz: Gazetteer, kept: list) -> dict:
    """Division key -> the report's own spelling of the division's name, where the report
    writes it: the division itself ("Dahuk province") or the town that is its namesake,
    spelt as another romanisation of the division's name ("Idleb" for Idlib, "Ar-Raqqa" for
    Raqqa). A report's place names are kept as it writes them; its divisions are too. Not an
    abbreviation ("UP", "La."), nor a spelling that names another division of the country
    ("Lima" beside "Lima Province"); the first mention of a division decides."""
    out = {}
    for m, i in kept:
        if i is None or m.source == "demonym" or gaz.kind[i] not in (CITY, ADMIN1) or not gaz.adm[i] \
                or gaz.adm[i] in out:
            continue
        english = gaz.adm_english.get(gaz.adm[i])
        if not english:
            continue
        for n, written in enumerate(_written_names(m.text)):
            if gaz.kind[i] == ADMIN1 and i in {c // 4 for c in (m.codes if n == 0 else gaz.lookup(written))} \
                    or gaz.kind[i] == CITY and spelling_of(written, english):
                same = norm(written) == norm(english)
                out[gaz.adm[i]] = english if not same and norm(written) in _division_names(gaz, gaz.cc[i]) \
                    else written
                break
    return out


def _written_names(text: str) -> list:
    """The names a mention writes, whole and without a qualifier, a possessive or a division
    word ("southern Idleb", "Dahuk province", "Kandahar city" -> "Idleb", "Dahuk",
    "Kandahar"; "West Bengal" is also itself); none for an abbreviation or a name in capitals."""
    words = re.sub(r"(?:'s|’s)$", "", text.strip()).split()
    while len(words) > 1 and words[-1].lower() in ADMIN_SUFFIXES + GENERIC_TAILS:
        words = words[:-1]
    names = [" ".join(words)]
    while len(words) > 1 and words[0].lower() in QUALIFIERS:
        words = words[1:]
        names.append(" ".join(words))
    out = []
    for name in names:
        letters = [ch for ch in name if ch.isalpha()]
        if len(letters) < 4 or name.isupper() or any(ch in name for ch in ".&") or not name[0].isupper() \
                and not re.match(r"^(?:al|el|ar|as|ad|an|ash|at|az)-", name):
            continue
        out.append(name[0].upper() + name[1:])       # "al-Hasakeh" opening a name: "Al-Hasakeh"
    return out


_DIVISIONS: dict = {}


def _division_names(gaz: Gazetteer, cc: str) -> frozenset:
    """The normalised English names of a country's first-level divisions."""
    names = _DIVISIONS.get((id(gaz), cc))
    if names is None:
        if len(_DIVISIONS) > 1000:
            _DIVISIONS.clear()
        names = _DIVISIONS[(id(gaz), cc)] = frozenset(
            norm(v) for k, v in gaz.adm_english.items() if k.split(".", 1)[0] == cc)
    return names


def _checked(gaz: Gazetteer, i: Optional[int], near: Optional[tuple]) -> Optional[int]:
    """None when the text puts the place in a division its best candidate is not in
    ("Vodyane, Donetsk" when the gazetteer only knows a Vodyane in Lviv)."""
    if i is not None and near and gaz.kind[i] == CITY:
        if near[2] and gaz.adm[i] != near[1] and near[3] != "in" and not _well_known(gaz, i):
            return None                   # ("Copenhagen, Hamburg and Mannheim": a list, not a place in Hamburg)
        if near[3] == "in" and (len(near) == 4 and gaz.cc[i] != near[0]     # in a division or country
                                or len(near) > 4 and near[4] is not None and _km(gaz, i, near[4]) > 2 * COUNTY_KM
                                and (gaz.kind[near[4]] == ADMIN2 or gaz.cc[near[4]] == gaz.cc[i])):
            return None                   # "Bagacay in Samar" is not the Bagacay of Bicol
        if len(near) > 4 and near[4] is not None and near[3] in (",", "(") and gaz.cc[near[4]] == gaz.cc[i] \
                and _km(gaz, i, near[4]) > FAR_KM and not _well_known(gaz, i):
            return None                   # "Pipri, Kaushambi": not the Pipri of another state
        if len(near) > 3 and near[3] == "(" and (gaz.cc[i] != near[0] or near[1] and gaz.adm[i] != near[1]):
            return None                   # "Kota village (Dhar, Madhya Pradesh)": not a Kota abroad
    return i


def _same_sense(gaz: Gazetteer, mentions: list, chosen: list, near: dict) -> list:
    """A town named again names the same town: a bare repeat of a name the report wrote with its
    division or country ("Pisky, Donetsk ... near Pisky") takes that mention's reading, the
    place found there or none when the gazetteer has no such town there (not a namesake in
    another province). Only towns and unresolved names change; divisions and countries keep theirs."""
    anchored = {}
    for n in near:
        i = chosen[n]
        if i is None or gaz.kind[i] == CITY:
            anchored.setdefault(norm(mentions[n].text), set()).add(i)
    out = list(chosen)
    for n, (m, i) in enumerate(zip(mentions, chosen)):
        sense = anchored.get(norm(m.text))
        if n not in near and sense and len(sense) == 1 and m.source != "demonym" \
                and (i is None or gaz.kind[i] == CITY):
            out[n] = next(iter(sense))
    return out


WELL_KNOWN_POPULATION = 1000000


def _well_known(gaz: Gazetteer, i: int) -> bool:
    """A national capital or a city of a million: written before a division it is not in, it
    starts a list ("Copenhagen, Hamburg, ..."); it is no unknown village of that division."""
    return i in gaz.capitals or gaz.pop[i] >= WELL_KNOWN_POPULATION


def _hint(gaz: Gazetteer, country_hint: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """The focus country from the caller's hint, else from a place named in the outlet."""
    if country_hint and country_hint.upper() in gaz.country:
        return country_hint.upper()
    for word in (outlet or "").replace("-", " ").split():
        i = gaz.demonym.get(word.lower())
        codes = gaz.lookup(word) if i is None else (4 * i,)
        if codes and not codes[0] % 4 and gaz.kind[codes[0] // 4] in (COUNTRY, ADMIN1) and gaz.cc[codes[0] // 4]:
            return gaz.cc[codes[0] // 4]
    return None


def score(gaz: Gazetteer, code: int, m: Mention, ctx: Context, near: Optional[tuple] = None,
          qualifier: bool = False, namesakes: frozenset = frozenset(), listed: Optional[int] = None,
          feature: Optional[str] = None) -> float:
    """How likely candidate ``code`` is the place ``m`` names, given the context."""
    i, level = divmod(code, 4)
    kind, cc, adm = gaz.kind[i], gaz.cc[i], gaz.adm[i]
    s = math.log10(10 + gaz.pop[i]) + KIND_BONUS[kind] - LEVEL_PENALTY[level] + features.fit(gaz, i, feature)
    if kind in (ADMIN1, ADMIN2):
        s += 6.0 if m.admin_hint else 3.0 if qualifier else -3.0 if adm in namesakes else 0.0
    elif m.admin_hint:
        s -= 2.0
    if i in gaz.capitals:
        s += 1.0
    if cc and cc == ctx.focus:
        s += ctx.focus_weight
    elif cc in ctx.countries:            # a country the report names keeps its distance to the focus:
        s += 1.5 + (0.0 if ctx.strict else ctx.focus_weight - INFERRED_FOCUS)   # confidence is against the rest
    if adm and adm in ctx.admin1s and kind != ADMIN1:
        s += 1.5
    elif kind == ADMIN2 and adm in ctx.town_admin1s:
        s += 1.5                          # "Suffolk County" beside Southold: New York's, not Boston's
    if listed is not None and kind == listed:
        s += 3.0                          # "California or Washington": the state; "Miami, New York and Boston": the city
    if near:
        s += 4.0 * (cc == near[0]) + 4.0 * (bool(adm) and adm == near[1] and kind != ADMIN1)
        if len(near) > 4 and near[4] is not None and _km(gaz, i, near[4]) < COUNTY_KM:
            s += 2.0                      # the Thruxton of Hampshire, not the one of Herefordshire
    return s


COUNTY_KM = 60
FAR_KM = 3 * COUNTY_KM      # "X, Y": an X farther than this from the town or district Y is a namesake elsewhere


def _km(gaz: Gazetteer, i: int, j: int) -> float:
    """Rough distance in km between entries i and j (equirectangular; fine at county scale)."""
    dlat = gaz.lat[i] - gaz.lat[j]
    dlon = (gaz.lon[i] - gaz.lon[j]) * math.cos(math.radians((gaz.lat[i] + gaz.lat[j]) / 2))
    return 111.2 * math.hypot(dlat, dlon)


def best(gaz: Gazetteer, m: Mention, ctx: Context, near: Optional[tuple] = None,
         qualifier: bool = False, listed: Optional[int] = None, feature: Optional[str] = None,
         part: bool = False) -> Optional[int]:
    """The entry index ``m`` most likely names, or None when it has no candidate. ``part``: m is
    written as a part of a town ("the Brooklyn area of Cite Soleil"), so a local place."""
    if m.entry is not None:
        return m.entry
    if not m.codes:
        return None
    # a name found only under another romanisation ("Kafr Nassij") is read so only in the
    # report's country or one it names: "UConn" is no Ucon in Idaho
    codes = m.codes                   # (a lookup gives respelt codes only, or none)
    if codes[0] % 4 == RESPELT or codes[-1] % 4 == RESPELT:
        codes = [c for c in codes if gaz.cc[c // 4] == ctx.focus or gaz.cc[c // 4] in ctx.countries]
    if ctx.strict or ctx.confident:
        codes = [c for c in codes if not _stray(gaz, c // 4, ctx)]
        if not codes:
            return None
    where = features.countries_of(feature)
    if where:                 # "Kani township": a township is in Myanmar (or the US ...), never in Japan
        codes = [c for c in codes if gaz.cc[c // 4] in where and (c % 4 < 2 or gaz.kind[c // 4] != CITY)]
        if not codes:
            return None
    feature = features.CLASSES.get(feature or "")
    if feature in ("town", "village"):       # "the town of Karak" names a town, not a province
        codes = [c for c in codes if gaz.kind[c // 4] == CITY]
    if (feature in ("town", "village", "division2") and (ctx.strict or ctx.confident)) or part and ctx.focus:
        # a local place ("Ahmadabad district", "the village of X", "the X area of Y": CODEBOOK,
        # Precision: a neighbourhood is its town) lies in the report's country or in one it
        # names, however big a namesake abroad is
        codes = [c for c in codes if gaz.cc[c // 4] == ctx.focus or gaz.cc[c // 4] in ctx.countries]
    if not codes:
        return None
    # a division loses to its own big namesake city ("Tehran" the city, not the province;
    # "Mogilev" the city GeoNames calls Mahilyow, not the voblast)
    namesakes = frozenset(gaz.adm[c // 4] for c in codes
                          if gaz.kind[c // 4] == CITY and (gaz.pop[c // 4] >= 50000 and c % 4 < 2
                                                           or gaz.pop[c // 4] >= 100000 and _own_division(gaz, c // 4, codes)))
    top = max(codes, key=lambda c: score(gaz, c, m, ctx, near, qualifier, namesakes, listed, feature))
    return top // 4


STRAY_POPULATION = 100000


def _stray(gaz: Gazetteer, i: int, ctx: Context) -> bool:
    """A town abroad that the report gives no reason to look for: a small town outside the
    caller's focus country, in a country the report never names ("Hays" in a Yemeni report
    is not the one in Kansas; an unknown Syrian village is not its Israeli namesake)."""
    return gaz.kind[i] in (CITY, ADMIN2) and gaz.cc[i] != ctx.focus and gaz.cc[i] not in ctx.countries \
        and (gaz.pop[i] < STRAY_POPULATION or gaz.kind[i] == ADMIN2) and i not in gaz.capitals  # nor a county


def _own_division(gaz: Gazetteer, i: int, codes) -> bool:
    """Is city i in a division that is itself a candidate of the same name?"""
    return any(gaz.kind[c // 4] == ADMIN1 and gaz.adm[c // 4] == gaz.adm[i] for c in codes)


def context(doc, gaz: Gazetteer, mentions: list, first: list, hint: Optional[str],
            actor_countries: tuple = (), words: Optional[dict] = None, forces: tuple = ()) -> Context:
    """Countries and divisions the report names, its focus country and written-next-to pairs."""
    words = words or {}
    ctx = Context(focus=hint, strict=hint is not None, features=words, confidence=1.0 if hint else 0.0)
    silent = lambda m: m.source == "embedded" or _after_the(doc, m)   # noqa: E731
    for m, i in zip(mentions, first):
        if i is None or silent(m):
            continue              # "Cordillera News Service", "the Alameda": no word on the country
        cc, kind = gaz.cc[i], gaz.kind[i]
        if kind == CITY and gaz.adm[i] and [c // 4 for c in m.codes if c % 4 < 2] == [i]:   # its one own name
            ctx.town_admin1s.add(gaz.adm[i])
        if kind == COUNTRY:
            ctx.countries.add(cc)
        elif kind == ADMIN1 or (kind in (CITY, ADMIN2) and (len(m.codes) <= 2 or _prominent(gaz, i, m.codes)
                                                            or _one_country(gaz, m.codes))):
            # a town's division is context for the other names, unless the town is only a guess
            # ("Tripoli" alone: its Libyan division must not vote for Tripoli itself)
            sure = kind == ADMIN1 or hint is not None or mention_vote(gaz, i, m.codes) == 1.0
            if sure and gaz.adm[i] and (kind == ADMIN1 or kind == CITY and gaz.pop[i] >= 100000
                                     or kind == ADMIN2 and len({gaz.adm[c // 4] for c in m.codes}) == 1):
                # a county with namesakes in other states casts no vote for its own guess
                ctx.admin1s.add(gaz.adm[i])
    text = docindex.text(doc)
    runs = _lists(text, mentions)
    ctx.near = {n: v for n, v in _written_next(text, gaz, mentions, first).items()
                if runs[n] is None or runs[n] != runs[n + 1] or _fits(gaz, first[n], v)}
    # in a list ("Miami, West Palm Beach, New York and Detroit") "X, Y" is X in Y only if X's likeliest place is
    ctx.qualifiers = {n + 1 for n in ctx.near}
    ctx.near.update(_state_abbreviations(text, gaz, mentions))
    if ctx.focus is None:
        written = [v[0] for v in ctx.near.values() if v[2] and len(v) > 3 and v[3] == ","]
        focus = infer_focus(gaz, mentions, first, silent, actor_countries,
                            [features.countries_of(w) for w in words.values() if features.countries_of(w)], written,
                            forces)
        ctx.focus, ctx.confidence, ctx.confident = focus.country, focus.confidence, focus.confident
        ctx.focus_weight = INFERRED_FOCUS + (CONFIDENT_FOCUS - INFERRED_FOCUS) * focus.confidence
    ctx.listed = _list_kinds(gaz, mentions, first, runs)
    return ctx


_AP_STATE = re.compile(r"^,\s*(" + "|".join(re.escape(k) for k in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
                       + r")(?=[\s,;)]|$)")


def _state_abbreviations(text: str, gaz: Gazetteer, mentions: list) -> dict:
    """"Alexandria, La.", "Rome, Ga.": a town and its state in AP style (the abbreviation is
    no mention of its own when it is also a common word)."""
    out = {}
    for n, m in enumerate(mentions):
        hit = _AP_STATE.match(text[m.end:m.end + 12])
        if hit and (n + 1 == len(mentions) or mentions[n + 1].start >= m.end + hit.end()) \
                and STATE_ABBREVIATIONS[hit.group(1)] in gaz.admin1:
            out[n] = ("US", STATE_ABBREVIATIONS[hit.group(1)], True, ",")
    return out


def _fits(gaz: Gazetteer, i: Optional[int], near: tuple) -> bool:
    """Is entry i in the country and division written next to its name?"""
    return i is not None and gaz.cc[i] == near[0] and (not near[1] or gaz.adm[i] == near[1])


LIST_GAP = re.compile(r"^(?:,|;|,?\s*(?:and|or|&))$")


def _lists(text: str, mentions: list) -> list:
    """For each mention, the id of the list of names it stands in ("Nitra, Presov and Kosice",
    "California or Washington"), or None: names joined by commas whose last join is "and"/"or"."""
    runs, n = [None] * len(mentions), 0
    while n < len(mentions):
        k, closed = n, False
        while k + 1 < len(mentions) and LIST_GAP.match(text[mentions[k].end:mentions[k + 1].start].strip()):
            closed = text[mentions[k].end:mentions[k + 1].start].strip().lstrip(",").strip() in ("and", "or", "&")
            k += 1
            if closed:
                break
        if closed:
            for j in range(n, k + 1):
                runs[j] = n
        n = k + 1 if closed else n + 1
    return runs


def _list_kinds(gaz: Gazetteer, mentions: list, first: list, runs: list) -> dict:
    """Mention index -> the kind (city or first-level division) most of the other names of its
    list resolve to, when they agree: a list holds names of one kind."""
    members = {}
    for n, r in enumerate(runs):
        if r is not None:
            members.setdefault(r, []).append(n)
    out = {}
    for ns in members.values():
        for n in ns:
            kinds = Counter(gaz.kind[first[k]] for k in ns if k != n and first[k] is not None
                            and gaz.kind[first[k]] in (CITY, ADMIN1) and mentions[k].source != "demonym")
            if kinds:
                kind, count = kinds.most_common(1)[0]
                if count > sum(kinds.values()) / 2:
                    out[n] = kind
    return out


def _after_the(doc, m: Mention) -> bool:
    """A name standing alone after a lower-case "the" ("along the Alameda towards") is a landmark
    or a street more often than a town; "the Rome police", "the Dubai World Cup" are not this."""
    text = docindex.text(doc)
    if text[max(0, m.start - 4):m.start] != "the ":
        return False
    after = doc.char_span(m.end, len(text), alignment_mode="expand")
    return after is None or not len(after) or after[0].pos_ not in ("NOUN", "PROPN", "ADJ", "PART")


def _one_country(gaz: Gazetteer, codes) -> bool:
    """Are all the candidates in one country ("Walker County": a dozen, all in the US)?"""
    return len({gaz.cc[c // 4] for c in codes}) == 1


def _prominent(gaz: Gazetteer, i: int, codes) -> bool:
    """A big city that dwarfs its namesakes (Santiago de Chile among 50 Santiagos) names its country."""
    others = [gaz.pop[c // 4] for c in codes if c // 4 != i and gaz.kind[c // 4] == CITY]
    return gaz.pop[i] >= 1000000 and gaz.pop[i] >= 3 * max(others, default=0)


def _written_next(text: str, gaz: Gazetteer, mentions: list, first: list) -> dict:
    """"X, Y" or "X (Y)" where Y is a division or country: X should lie in Y."""
    near = {}
    for n in range(len(mentions) - 1):
        a, b = mentions[n], mentions[n + 1]
        gap = text[a.end:b.start].strip()
        if IN_DIVISION.match(gap):
            gap = "in"                        # "Chala, in Arequipa", "Bura in Tana River": a hint, no veto
        elif gap not in (",", "(") and not (gap.endswith(",") and len(gap) < 25) and not NOUN_BRACKET.match(gap):
            continue
        else:
            gap = gap[-1]
        cands = [c // 4 for c in b.codes if c % 4 < 2] or [c // 4 for c in b.codes]
        # the division that holds one of X's candidates ("Patiala, Punjab": India's, not Pakistan's)
        own = {gaz.adm[c // 4] for c in a.codes} | {gaz.cc[c // 4] for c in a.codes}
        cands.sort(key=lambda j: (gaz.kind[j] == ADMIN1 and gaz.adm[j] in own
                                  or gaz.kind[j] == COUNTRY and gaz.cc[j] in own), reverse=True)
        for j in cands:
            if gaz.kind[j] == ADMIN1:
                near[n] = (gaz.cc[j], gaz.adm[j], True, gap)
                break
            if gaz.kind[j] == COUNTRY:
                near[n] = (gaz.cc[j], None, False, gap)
                break
        else:
            j = first[n + 1]                    # "Pipri, Kaushambi": the same division; "Thruxton, Hampshire": near it
            if j is not None and gaz.kind[j] in (CITY, ADMIN2):
                # a town after the comma says where X lies unless the two start a list ("Goma, Bukavu and Uvira")
                # (nor a big city, often written for its province: "Reni, Odessa")
                anchor = gaz.kind[j] == ADMIN2 or not (LIST_GOES_ON.match(text[b.end:b.end + 12])
                                                       or _well_known(gaz, j))
                near[n] = (gaz.cc[j], gaz.adm[j], False, gap, j if anchor else None)
    return near


IN_DIVISION = re.compile(r"^,?\s*in(?:\s+the)?$")
LIST_GOES_ON = re.compile(r"^\s*(?:,\s*[A-Z]|and\b|or\b|&)")
NOUN_BRACKET = re.compile(r"^(?:village|town|city|district|upazila|municipality|area|union|sadar)\s*\($", re.I)


def resolve_name(gaz: Gazetteer, text: str, focus: Optional[str] = None, start: int = 0) -> Place:
    """Resolve one place name out of context (with an optional focus country)."""
    key = norm(text)
    d = gaz.demonym.get(key)
    admin = len(key.split()) > 1 and key.split()[-1] in ADMIN_SUFFIXES
    m = Mention(start, start + len(text), text, gaz.lookup(text), "ent", admin, d)
    return to_place(gaz, m, best(gaz, m, Context(focus=focus)))


def to_place(gaz: Gazetteer, m: Mention, i: Optional[int], spelt: Optional[dict] = None) -> Place:
    """The contract's Place for mention ``m`` resolved to entry ``i`` (or unresolved);
    ``spelt``: the report's own spellings of its divisions (``_spellings``)."""
    if i is None:
        return Place(name=m.text, start=m.start, end=m.end)
    lat, lon = gaz.lat[i], gaz.lon[i]
    ok = lat == lat and lon == lon                  # NaN when the source has no coordinates
    return Place(name=m.text, start=m.start, end=m.end, geonameid=gaz.gid[i] or None,
                 latitude=round(lat, 5) if ok else None, longitude=round(lon, 5) if ok else None,
                 feature=gaz.feature(i), admin1=(spelt or {}).get(gaz.adm[i]) or gaz.admin1_name(i),
                 country=gaz.cc[i] or None)
