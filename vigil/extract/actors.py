"""The actor dictionary (vigil/data/actors.yaml): canonical names, ACLED inter codes, claimant types.

- ``lookup(text, country=None) -> Actor | None``: the dictionary actor a surface form names
  ("MEK" -> People's Mojahedin Organization of Iran; "police" with country NG -> Police Forces
  of Nigeria; "Turkish forces" -> Military Forces of Turkey, country TR).
- ``claimant_type(text) -> str | None`` for the claims module (state/party/ngo/media/international).
- ``ruler_patterns() -> list[dict]``: EntityRuler patterns that keep multiword organisation names
  one entity.
- Finding the actors a document names is ``actor_mentions``.

The YAML is read once per process, lazily; users extend it without code.
"""
from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass
from typing import Optional

from .. import docindex
from ..datafile import read_yaml
from ..model import Actor

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "actors.yaml")


@functools.lru_cache(maxsize=4)
def _raw(path: str) -> dict:
    """The YAML file's content, read once per process (the dictionary and its cues share it)."""
    return read_yaml(path)


def _cues() -> dict:
    return _raw(DATA).get("cues") or {}


def _cue(name: str) -> frozenset:
    """A word list the actor rules read, from actors.yaml's ``cues`` (rules are data)."""
    return frozenset(str(w).lower() for w in _cues()[name])


FORCE_WORDS = _cue("force_words")


@dataclass(frozen=True)
class Entry:
    canonical: str
    inter: Optional[int]
    country: Optional[str]
    claimant: Optional[str]
    label: Optional[str]
    armed: bool
    generic: bool
    crowd: bool
    since: tuple = ()              # ((ISO date, inter), ...): the type the actor has from that date on
    where: tuple = ()              # countries where a shared alias ("coalition") means this actor


@dataclass(frozen=True)
class Mention:
    start: int                     # token indices in the doc
    end: int
    text: str
    entries: tuple                 # candidate Entries, most specific first


def norm(text: str, strip: bool = True) -> str:
    """Lower case, straight apostrophes, no possessive; ``strip`` drops leading articles too."""
    t = text.replace("’", "'").replace("‘", "'").strip().lower()
    for prefix in ("the ", "a ", "an ", "some ", "several ", "unidentified ", "suspected ") if strip else ():
        if t.startswith(prefix) and len(t) > len(prefix) + 2:
            t = t[len(prefix):]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return " ".join(t.split())


@functools.lru_cache(maxsize=4)
def load(path: str = DATA) -> dict:
    """The dictionary: alias index, acronym index, countries and demonyms."""
    raw = _raw(path)
    aliases, acronyms, entries, bare, armed_words = {}, {}, [], set(), {}
    for a in raw.get("actors", []):
        e = Entry(a["canonical"], a.get("inter"), a.get("country"), a.get("claimant"), a.get("label"),
                  bool(a.get("armed")), bool(a.get("generic")), a.get("role") == "crowd",
                  tuple(sorted((str(d), int(i)) for d, i in (a.get("since") or {}).items())),
                  tuple(a.get("where") or ()))
        entries.append(e)
        for al in a.get("aliases", []):
            aliases.setdefault(norm(str(al), strip=False), []).append(e)
        for al in a.get("bare", []):
            aliases.setdefault(norm(str(al), strip=False), []).append(e)
            bare.add(norm(str(al), strip=False))
        for ac in a.get("acronyms", []):
            acronyms.setdefault(str(ac), []).append(e)
        for al in a.get("when_armed", []):
            armed_words.setdefault(norm(str(al), strip=False), []).append(e)
    crowd_names = {int(k): str(v) for k, v in (raw.get("crowd_names") or {}).items()}
    names, demonyms, phrases = {}, {}, {}
    for code, words in (raw.get("countries") or {}).items():
        names[code] = words[0]
        for w in words:
            demonyms[w.lower()] = code
            toks = tuple(w.lower().replace("-", " - ").split())
            phrases.setdefault(toks[0], []).append((toks, code, str(w) if str(w).isupper() else None))
    for found in phrases.values():
        found.sort(key=lambda x: -len(x[0]))
    return {"aliases": aliases, "acronyms": acronyms, "entries": entries, "names": names,
            "demonyms": demonyms, "demonym_phrases": phrases,
            "canonical": {e.canonical: e for e in entries}, "bare": frozenset(bare),
            "doer_verbs": frozenset(str(v).lower() for v in raw.get("doer_verbs") or ()),
            "when_armed": armed_words, "crowd_names": crowd_names}


def country_name(code: Optional[str]) -> Optional[str]:
    """The country's name as ACLED writes it (actors.yaml ``countries``), else ISO 3166's (pycountry),
    so that generic actors have a name in every country ("Police Forces of Guadeloupe")."""
    if not code:
        return None
    name = load()["names"].get(code)
    if name is None:
        import pycountry
        hit = pycountry.countries.get(alpha_2=code)
        name = (getattr(hit, "common_name", None) or hit.name) if hit else None
    return name


def to_actor(entry: Entry, surface: str, country: Optional[str], inter: Optional[int] = None) -> Actor:
    """An Actor from a dictionary entry, the generic canonical filled with the country's name."""
    cc = entry.country or country
    canonical = entry.canonical
    if "{country}" in canonical:
        name = country_name(cc)
        canonical = canonical.replace("{country}", name) if name else None
    return Actor(name=surface, canonical=canonical, inter=inter if inter is not None else entry.inter, country=cc)


def named_by_type(actor: Optional[Actor]) -> Optional[Actor]:
    """A plain crowd named by the type its event gave it (CODEBOOK inter codes: 5 rioters, 6
    protesters; ``crowd_names`` in the dictionary): villagers who storm a police post are "Rioters
    (X)", as ACLED names them, not "Protesters (X)" with a rioter's code. Named groups keep their name."""
    if actor is None or not actor.canonical:
        return actor
    names = load()["crowd_names"]
    want = names.get(actor.inter)
    if want is None:
        return actor
    for template in names.values():
        head, _, tail = template.partition("{country}")
        if template != want and actor.canonical.startswith(head) and actor.canonical.endswith(tail):
            where = actor.canonical[len(head):len(actor.canonical) - len(tail)]
            return Actor(actor.name, want.replace("{country}", where), actor.inter, actor.country)
    return actor


def as_of(actor: Actor, day: Optional[str]) -> Actor:
    """The actor with the type its dictionary entry gives it on ``day`` (ISO date): ACLED codes an
    actor by period ("Military Forces of Afghanistan (2021-) Taliban": a rebel group became the
    state). A type the event gave it (protesters, rioters) is kept. With no date known, the report is
    read as current news: the latest type."""
    e = load()["canonical"].get(actor.canonical) if actor.canonical else None
    if e is None or not e.since or actor.inter != e.inter:
        return actor
    return Actor(actor.name, actor.canonical, inter_on(e, day), actor.country)


def inter_on(e: Entry, day) -> Optional[int]:
    """The inter code ``e`` has on ``day`` (an ISO date or a date; None: the latest), by its ``since``."""
    inter = e.inter
    for start, code in e.since:
        if not day or str(day)[:10] >= start:
            inter = code
    return inter


def dated(found: list, day) -> list:
    """The mentions with each dictionary entry typed as of ``day`` (as ``as_of`` types an Actor), so
    that the codebook rules read an actor by period too (ACLED codes actors by period): "Taliban
    fighters detained two activists" is an arrest by the state in a 2024 report and an abduction by a
    rebel group in a 2019 one (CODEBOOK 7-8)."""
    out = []
    for m in found:
        if any(e.since for e in m.entries):
            m = Mention(m.start, m.end, m.text, tuple(_entry_as_of(e, day) for e in m.entries))
        out.append(m)
    return out


def _entry_as_of(e: Entry, day) -> Entry:
    inter = inter_on(e, day)
    return e if inter == e.inter else dataclasses.replace(e, inter=inter)


def entry_for(entries, country: Optional[str]) -> Entry:
    """The entry a surface form names in a report on ``country``: one alias ("coalition") can name
    the Saudi-led coalition in Yemen and the coalition against Islamic State in Syria."""
    if len(entries) > 1 and any(e.where for e in entries):
        for e in entries:
            if country and country in e.where:
                return e
        return next((e for e in entries if not e.where), entries[0])
    return entries[0]


def entries_for(text: str) -> list:
    """Dictionary entries a surface form names (acronyms case-sensitive), most specific first."""
    d = load()
    found = list(d["acronyms"].get(text.strip(), ()))
    found += d["aliases"].get(norm(text, strip=False), []) or d["aliases"].get(norm(text), [])
    return found


def demonym_at(doc, i, low=None):
    """(country code, end) of the country name or demonym that starts at token ``i`` ("United States",
    "South Sudanese", "Democratic Republic of Congo", "U.S."), the longest one; else None. A name written
    in capitals ("US", "UK", "DRC") counts only in capitals: "told us" names no country."""
    low = low if low is not None else docindex.lowers(doc)
    for toks, code, cased in load()["demonym_phrases"].get(low[i], ()):
        n = len(toks)
        if tuple(low[i:i + n]) == toks and (cased is None or doc[i].text == cased):
            return code, i + n
    return None


def demonym_force(text: str):
    """("TR", head) for "Turkish forces", "the Nigerian army"; else None."""
    words = norm(text).split()
    demonyms = load()["demonyms"]
    for i, w in enumerate(words[:-1]):
        code = next((demonyms.get(" ".join(words[i:i + n])) for n in (4, 3, 2, 1)
                     if demonyms.get(" ".join(words[i:i + n]))), None)
        if code and any(x in FORCE_WORDS for x in words[i + 1:]):
            return code, words[-1]
    return None


def lookup(text: str, country: Optional[str] = None) -> Optional[Actor]:
    """The dictionary actor ``text`` names, with its canonical name, inter code and country."""
    found = entries_for(text)
    if found:
        return to_actor(entry_for(found, country), text, country)
    dem = demonym_force(text)
    if dem:
        code, head = dem
        base = entries_for(head) or entries_for("forces")
        entry = base[0]
        inter = 8 if country and code != country and entry.inter == 1 else None
        return to_actor(entry, text, code, inter)
    words = norm(text).split()
    if len(words) > 1:  # "armed men on motorbikes", "angry protesters": try the head noun
        for w in reversed(words):
            found = entries_for(w)
            if found:
                return to_actor(found[0], text, country)
    return None


def claimant_type(text: str) -> Optional[str]:
    """state | party | ngo | media | international for a known claimant, else None."""
    for e in entries_for(text):
        if e.claimant:
            return e.claimant
    words = norm(text).split()
    for n in range(len(words) - 1, 0, -1):  # "MEK sources", "Amnesty International's report"
        for e in entries_for(" ".join(words[:n])):
            if e.claimant:
                return e.claimant
    dem = demonym_force(text)
    return "state" if dem else None


def ruler_patterns() -> list:
    """spaCy EntityRuler patterns for multiword names, so NER keeps each one entity."""
    out, seen = [], set()
    raw_entries = load()["entries"]
    for alias, entries in load()["aliases"].items():
        label = next((e.label for e in entries if e.label), None)
        if not label or " " not in alias or alias in seen:
            continue
        seen.add(alias)
        out.append({"label": label, "pattern": [{"LOWER": w} for w in _split_alias(alias)],
                    "id": entries[0].canonical})
    del raw_entries
    return out


def _split_alias(alias: str) -> list:
    """Alias words the way spaCy's English tokenizer splits them ("people's" -> people, 's)."""
    words = []
    for w in alias.split():
        if w.endswith("'s") and len(w) > 2:
            words += [w[:-2], "'s"]
        elif "-" in w and not w.startswith("-"):
            parts = w.split("-")
            for i, p in enumerate(parts):
                words += ([p] if p else []) + (["-"] if i < len(parts) - 1 else [])
        else:
            words.append(w)
    return words
