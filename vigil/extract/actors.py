"""The actor dictionary (vigil/data/actors.yaml): canonical names, ACLED inter codes, claimant types.

- ``lookup(text, country=None) -> Actor | None``: the dictionary actor a surface form names
  ("MEK" -> People's Mojahedin Organization of Iran; "police" with country NG -> Police Forces
  of Nigeria; "Turkish forces" -> Military Forces of Turkey, country TR).
- ``claimant_type(text) -> str | None`` for the claims module (state/party/ngo/media/international).
- ``ruler_patterns() -> list[dict]``: EntityRuler patterns that keep multiword organisation names
  one entity.
- ``mentions(doc)``: every actor mention in a doc, found with one PhraseMatcher pass.

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
    names, demonyms = {}, {}
    for code, words in (raw.get("countries") or {}).items():
        names[code] = words[0]
        for w in words:
            demonyms[w.lower()] = code
    return {"aliases": aliases, "acronyms": acronyms, "entries": entries, "names": names,
            "demonyms": demonyms, "canonical": {e.canonical: e for e in entries}, "bare": frozenset(bare),
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


def demonym_force(text: str):
    """("TR", head) for "Turkish forces", "the Nigerian army"; else None."""
    words = norm(text).split()
    demonyms = load()["demonyms"]
    for i, w in enumerate(words[:-1]):
        code = demonyms.get(w) or demonyms.get(" ".join(words[i:i + 2]))
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


def prepare(vocab) -> None:
    """Build the actor matchers of ``vocab`` now. Their strings must be in the vocabulary before a
    spaCy memory zone opens (pipeline.run_block): what a zone adds is dropped when it closes."""
    _matchers(vocab)


@functools.lru_cache(maxsize=8)
def _matchers(vocab):
    from spacy.matcher import PhraseMatcher
    d = load()
    lower = PhraseMatcher(vocab, attr="LOWER")
    orth = PhraseMatcher(vocab, attr="ORTH")
    tok = _tokenizer(vocab)
    for alias in d["aliases"]:
        lower.add(alias, [tok(alias)])
        if "'" in alias:
            lower.add(alias, [tok(alias.replace("'", "’"))])
        spaced = alias.replace("-", " ")
        if "-" in alias and spaced.strip() and spaced not in d["aliases"]:  # "pro government militia", "Asaib
            lower.add(alias, [tok(spaced)])                                 # Ahl al Haq": the hyphens left out
    for ac in d["acronyms"]:
        orth.add(ac, [tok(ac)])
    for word in d["when_armed"]:
        lower.add(ARMED_KEY + word, [tok(word)])
    return lower, orth


ARMED_KEY = "when armed: "   # matcher key of a word that names an actor only where the report arms it


def _tokenizer(vocab):
    import spacy
    nlp = spacy.blank("en", vocab=vocab)
    return nlp.make_doc


def mentions(doc) -> list:
    """Every actor mention in ``doc`` (longest match wins), with demonym forces ("Turkish forces");
    found once per doc (the places and the events both ask)."""
    cached = doc.user_data.get("vigil_actor_mentions")
    if cached is not None:
        return list(cached)
    lower, orth = _matchers(doc.vocab)
    d = load()
    spans, armed = [], set()
    for matcher in (orth, lower):
        for key, s, e in matcher(doc):
            name = doc.vocab.strings[key]
            ents = d["acronyms"].get(name) if matcher is orth else d["aliases"].get(name)
            if matcher is lower and name.startswith(ARMED_KEY):
                if not _armed_with(doc, e):
                    continue
                ents = d["when_armed"].get(name[len(ARMED_KEY):])
                armed.add((s, e, ents[0].canonical))
            if matcher is lower and name in d["bare"] and not _bare(doc[e - 1]):
                continue
            if ents and not ents[0].generic and _name_goes_on(doc, e):
                continue
            spans.append((s, e, tuple(ents or ())))
    spans += _demonym_spans(doc, d["demonyms"])
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0]), not x[2] or (x[0], x[1], x[2][0].canonical) not in armed))  # armed,
    # "families" are a militia, not the protesters the word names unarmed
    out, last_end = [], -1
    for s, e, ents in spans:
        if s >= last_end and ents:
            prev = out[-1] if out else None
            if prev is not None and prev.end == s and (not prev.entries[0].generic or prev.entries[0].armed) and (
                    doc[s:e].text.lower() in BODY_WORDS):  # "RAB forces" is the RAB, "pro-government militia
                out[-1] = Mention(prev.start, e, doc[prev.start:e].text, prev.entries)  # forces" the militia
            else:
                out.append(Mention(s, e, doc[s:e].text, _of_a_community(doc, e, ents)))
            last_end = e
    out = _of_a_named_group(doc, out)
    doc.user_data["vigil_actor_mentions"] = tuple(out)
    return out


# Common nouns for the armed men of a group: before "of"/"from" and a named armed group, they are that group.
MEMBER_HEADS = _cue("member_heads")


def _of_a_named_group(doc, out) -> list:
    """ "fighters of Hayat Tahrir al-Sham", "gunmen from the Islamic State", "militants of Boko Haram", "gunmen
    linked to the cartel", "forces loyal to the GNA": the armed men of a named armed group are that group, one
    actor (CODEBOOK actor codes: the group acts), not an unnamed armed group beside it. Only a common noun for
    armed men, "of", "from" or words that tie them to it (TIED_TO; and "the"), then the named group:
    "attackers from the village" or "gunmen of the police" name no group."""
    merged, i = [], 0
    while i < len(out):
        m = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and m.entries[0].generic and m.entries[0].armed and norm(m.text) in MEMBER_HEADS and (
                not nxt.entries[0].generic and nxt.entries[0].armed) and _only_of(doc[m.end:nxt.start]):
            merged.append(Mention(m.start, nxt.end, doc[m.start:nxt.end].text, nxt.entries))
            i += 2
            continue
        merged.append(m)
        i += 1
    return merged


# The words that tie armed men to the group they fight for: "gunmen linked to the cartel", "fighters loyal to
# the GNA", "militiamen affiliated with the MILF" (the group's men, as "fighters of" it).
TIED_TO = frozenset(tuple(w.split()) for w in _cue("tied_to"))


def _only_of(gap) -> bool:
    words = [t.lower_ for t in gap if t.lower_ != ","]
    if words[:1] in (["of"], ["from"]):
        rest = words[1:]
    else:
        rest = words[2:] if tuple(words[:2]) in TIED_TO else None
        if rest is None and words[:1] in (["reportedly"], ["allegedly"], ["suspected"], ["believed"]):
            rest = words[3:] if tuple(words[1:3]) in TIED_TO else None
    return rest is not None and all(w in ("the", "its") for w in rest)


# What may stand before a bare word ("officer") that still leaves it unnarrowed: "a plainclothes
# officer", "an off-duty officer". A noun or any other adjective narrows it ("an election officer",
# "an army officer", "a medical officer", "the returning officer"): not the police.
BARE_MODS = _cue("bare_mods")
# After "officers of/from ...": the words that name a police body ("officers of the anti-narcotics unit").
UNIT_WORDS = _cue("unit_words")


def _bare(head) -> bool:
    """Is this bare "officer" or "officers" the police? The word alone does not say whose officer
    (election, army, customs, forest officers), so only where the report says it: a lone officer
    who acts ("an officer fired", "shot by an officer"), with nothing but articles, numbers and
    BARE_MODS before him, or officers whose police unit is named ("officers of the anti-narcotics
    unit opened fire"). "The officer" refers back to one named before: no new actor. Measured on
    the ACLED notes: a bare plural, or an officer who is only acted on, cost check sub-type mF1
    0.003-0.004, the doer reading cost nothing."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head        # "soldiers and an officer fired": the list's first word says if it acts
    if not (first.dep_ == "nsubj" or first.dep_ == "pobj" and first.head.lower_ == "by"):
        return False
    for c in head.lefts:
        if c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"):
            return False  # "the officer": one named before, no new actor
        if c.dep_ in ("det", "nummod", "poss", "predet", "quantmod", "punct", "cc", "prep"):
            continue
        if c.lower_ in BARE_MODS or (c.dep_ == "amod" and all(x.lower_ in BARE_MODS for x in c.subtree)):
            continue
        return False
    unit = False
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "with"):
            words = {x.lower_ for x in c.subtree}
            if not words & UNIT_WORDS or words & (FORCE_WORDS - {"police", "force", "security"}):
                return False  # "officers of the election commission", "officers from the army base"
            unit = True
    return unit or head.lower_ == "officer"


# Capitalised nouns that end an organisation's name ("... Front", "... Committees").
ORG_HEADS = _cue("org_heads")


def _name_goes_on(doc, end) -> bool:
    """Is the name matched up to ``end`` only the start of a longer proper name ("National Resistance" in
    "the National Resistance Front", "Popular Resistance" in "Popular Resistance Committees")? The longer
    name is another organisation, not the dictionary's (the dictionary's own longer names match whole)."""
    return end < len(doc) and doc[end].is_title and doc[end].lower_ in ORG_HEADS


def _armed_with(doc, end) -> bool:
    """Does the report arm the words ending at ``end`` ("rival clans armed with rifles", "families armed
    with guns", "two clans fought with rifles": the verb they are the subject of is done "with" a
    weapon)? CODEBOOK actor codes: an identity group under arms is its community's militia (4)."""
    if end + 1 < len(doc) and doc[end].lower_ == "armed" and doc[end + 1].lower_ == "with":
        return True
    head = doc[end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.lower_ in ARMS_WORDS or g.lemma_.lower() in ARMS_WORDS for g in c.subtree) for c in head.head.children)


COMMUNITY_WORDS = _cue("community_words")
ARMS_WORDS = _cue("arms_words")


def _of_a_community(doc, end, ents) -> tuple:
    """ "fighters from local clans", "gunmen of the X tribe": armed men a clan, tribe or ethnic community
    fields are an identity militia (CODEBOOK actor codes, inter 4), not rebels or an unidentified group."""
    e = ents[0] if ents else None
    if e is None or not (e.generic and e.armed and e.inter in (2, 3)) or end >= len(doc) or doc[end].lower_ not in (
            "from", "of"):
        return ents
    if not any(t.lower_ in COMMUNITY_WORDS for t in doc[end + 1:end + 5]):
        return ents
    return tuple(load()["aliases"]["clan militia"]) or ents


# Generic words that, right after a named actor, name its people rather than another actor.
BODY_WORDS = _cue("body_words")


def _forces_of(doc, demonyms):
    """ "military forces of India and Pakistan": one force per country named after "of"."""
    out, low = [], docindex.lowers(doc)
    for i in range(len(doc) - 2):
        if low[i] not in FORCE_WORDS or low[i + 1] != "of":
            continue
        t = doc[i]
        j = i + 2
        while j < len(doc) and (demonyms.get(doc[j].lower_) or doc[j].lower_ in ("and", ",")):
            code = demonyms.get(doc[j].lower_)
            if code:
                head = entries_for(t.lower_) or entries_for("forces")
                ents = tuple(Entry(e.canonical, e.inter, code, e.claimant, e.label, e.armed, False, e.crowd)
                             for e in head)
                first = i - 1 if i > 0 and doc[i - 1].lower_ in FORCE_WORDS | {"armed", "security"} else i
                if first > 0 and doc[first - 1].lower_ == "the":
                    first -= 1  # "the military forces of Pakistan": longer than the dictionary's "the military"
                out.append((first if j == i + 2 else j, j + 1, ents))
            j += 1
    return out


# Words after a demonym that name a state's armed men, their posts or their vehicles ("Azerbaijani
# units fired on Armenian positions", "a Russian patrol"): the country's forces, as doer or target.
FORCE_HEADS = FORCE_WORDS | {"units", "unit", "positions", "position", "posts", "outposts", "servicemen", "patrol",
                             "patrols", "column", "columns", "convoy", "convoys", "trenches", "trench"}


def _demonym_spans(doc, demonyms):
    out = _forces_of(doc, demonyms)
    doers = load()["doer_verbs"]
    low = docindex.lowers(doc)
    for i in range(len(doc) - 1):
        code, k = demonyms.get(low[i]), i + 1
        if not code:
            continue
        if k + 1 < len(doc) and low[k] in ("'s", "’s") and low[k + 1] in HEADS_OR_MODS:
            k += 1    # "Ukraine's military", "Chad's army": the country's forces
        j = k
        while j < len(doc) and j < k + 3 and low[j] in HEADS_OR_MODS:
            j += 1
        if j == k and j + 2 < len(doc) and doc[j].lower_ == "and" and demonyms.get(doc[j + 1].lower_) and (
                doc[j + 2].lower_ in FORCE_HEADS):  # "Rwandan and Mozambican troops": two forces
            head = entries_for(doc[j + 2].lower_) or entries_for("forces")
            out.append((i, k, _as_country(head, code)))
        elif j == k and j < len(doc) and doc[j].lower_ == "side" and i >= 2 and (
                doc[i - 2].lower_, doc[i - 1].lower_) == ("from", "the"):  # "fired from the Tajik side": its forces
            out.append((i, j + 1, _as_country(entries_for("forces"), code)))
        elif j > k and doc[j - 1].lower_ in FORCE_HEADS:
            head = entries_for(doc[j - 1].lower_) or entries_for("forces")
            out.append((i, j, _as_country(head, code)))
        elif _strike_at(doc, k):  # "Russian shelling", "Israeli air strikes": the country's forces struck
            out.append((i, _strike_at(doc, k), _as_country(entries_for("military"), code)))
        elif _doer(doc[k - 1], doers):  # "Turkey shelled the village": the state acts through its forces
            out.append((i, k, _as_country(entries_for("military"), code)))
    return out


# Words between a demonym and the force it names ("Israeli air force", "the Indian border police").
FORCE_MODS = _cue("force_mods")
HEADS_OR_MODS = FORCE_HEADS | FORCE_MODS   # united once, not at every word after a demonym


def _as_country(entries, code) -> tuple:
    return tuple(Entry(e.canonical, e.inter, code, e.claimant, e.label, e.armed, False, e.crowd) for e in entries)


def _doer(name, verbs) -> bool:
    """Is this country name the doer of a force verb ("Turkey shelled", "Russia and Turkey ran a
    joint patrol", "struck by Israel")? Only a place the parser reads as a country (GPE), never a
    person of that name, and only as the subject or the agent of one of the verbs."""
    if name.ent_type_ != "GPE":
        return False
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    if name.dep_ == "nsubj":
        return name.head.lemma_.lower() in verbs
    if name.dep_ == "pobj" and name.head.lower_ == "by" and name.head.dep_ == "agent":
        return name.head.head.lemma_.lower() in verbs
    return False


# Words for a state's fire from afar; a demonym before them names the state's forces as the doer.
STRIKE_WORDS = _cue("strike_words")


def _strike_at(doc, i) -> int:
    """The end of a strike word starting at token i ("shelling", "air strikes", "guided aerial bomb"), else 0."""
    low = docindex.lowers(doc)     # each word's lower-case form, as doc[i:i + n] would give it
    for n in (3, 2, 1):
        if i + n <= len(doc) and " ".join(low[i:i + n]) in STRIKE_WORDS:
            return i + n
    return 0
