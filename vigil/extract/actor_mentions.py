"""The actors a document names: every mention of a dictionary actor (vigil/data/actors.yaml, read
by ``actors``), found with one PhraseMatcher pass, and the state forces named by a demonym
("Turkish forces", "Russian shelling", "military forces of India and Pakistan").

- ``mentions(doc)``: every actor mention in a doc (longest match wins), cached per document.
- ``prepare(vocab)``: build the matchers before a spaCy memory zone opens.
"""
from __future__ import annotations

import functools

from .. import docindex
from .actors import FORCE_WORDS, Entry, Mention, _cue, demonym_at, entries_for, load, norm


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
    out = _of_a_named_community(doc, _community_bodies(doc, _of_a_named_group(doc, out)))
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


COMMUNITY_NAMES = _cue("community_names")
CAUSE_WORDS = _cue("cause_words")


def _of_a_named_community(doc, out) -> list:
    """ "Kuki gunmen", "Nuer fighters", "armed Murle youths", "Dinka youths armed with rifles": armed men the report
    names by their community alone are its militia (CODEBOOK actor codes: 4 identity militias; CODEBOOK 2: armed
    and organised), not an unidentified armed group, rebels, or the crowd or civilians the bare word names. Only a
    community name (COMMUNITY_NAMES, capitalised) right before the men; crowd words and people only where the
    report arms them; fighters named by a cause ("Nuer rebels", CAUSE_WORDS) stay rebels."""
    militia = None
    for k, m in enumerate(out):
        i = m.start - 1
        if i < 0 or not _community_name(doc[i]) or (k and out[k - 1].end > i):
            continue
        first = i
        while first >= 2 and doc[first - 1].text == "-" and _community_name(doc[first - 2]):
            first -= 2    # "Kuki-Zo gunmen"
        armed_before = first > 0 and doc[first - 1].lower_ == "armed"
        e = m.entries[0]
        if not e.generic or e.inter == 4:
            continue
        if e.armed and e.inter in (2, 3):
            if norm(m.text) in CAUSE_WORDS:
                continue
        elif not (e.crowd or e.inter in (5, 6, 7)) or not (armed_before or _armed_with(doc, m.end)):
            continue
        militia = militia or tuple(load()["aliases"]["communal militia"])
        start = first - 1 if armed_before else first
        out[k] = Mention(start, m.end, doc[start:m.end].text, militia)
    return out


COMMUNITY_BODIES = tuple(tuple(w.split()) for w in _cue("community_bodies"))


def _community_bodies(doc, out) -> list:
    """ "Pokot raiders shot two herders", "Kusasi and Mamprusi factions clashed", "Turkana and Pokot raiders
    exchanged fire": a community's raiders and factions (COMMUNITY_BODIES, right after a community name) are its
    militia, armed or not in the sentence (CODEBOOK actor codes: 4 identity militias; CODEBOOK 2 and 5: raiders
    and fighting factions are organised and armed, where a crowd of villagers who brawl is not). A name joined to
    it by "and" is the other community's militia. Only a word standing alone, or a generic mention of it alone
    ("raiders"): a longer name stays what it is."""
    low = docindex.lowers(doc)
    by_start = {m.start: m for m in out}
    covered = {i for m in out for i in range(m.start, m.end)}
    militia, found = None, []
    for i in range(len(doc) - 1):
        if not _community_name(doc[i]) or i in covered:
            continue
        for body in COMMUNITY_BODIES:
            end = i + 1 + len(body)
            if tuple(low[i + 1:end]) != body:
                continue
            own = by_start.get(i + 1)
            if covered & set(range(i + 1, end)) and not (own and own.end == end and own.entries[0].generic):
                continue
            militia = militia or tuple(load()["aliases"]["communal militia"])
            found.append(Mention(i, end, doc[i:end].text, militia))
            if i >= 2 and low[i - 1] == "and" and _community_name(doc[i - 2]) and i - 2 not in covered:
                found.append(Mention(i - 2, i - 1, doc[i - 2].text, militia))
            break
    if not found:
        return out
    spans = {i for m in found for i in range(m.start, m.end)}
    return sorted([m for m in out if not spans & set(range(m.start, m.end))] + found, key=lambda m: m.start)


def _community_name(t) -> bool:
    return t.lower_ in COMMUNITY_NAMES and (t.is_title or t.is_upper)


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
        if j < len(doc) and low[j] == "the" and j + 1 < len(doc) and demonym_at(doc, j + 1, low):
            j += 1    # "the forces of the United States"
        while j < len(doc) and (demonym_at(doc, j, low) or low[j] in ("and", ",")):
            found = demonym_at(doc, j, low)
            if found:
                code, end = found
                head = entries_for(t.lower_) or entries_for("forces")
                ents = tuple(Entry(e.canonical, e.inter, code, e.claimant, e.label, e.armed, False, e.crowd)
                             for e in head)
                first = i - 1 if i > 0 and doc[i - 1].lower_ in FORCE_WORDS | {"armed", "security"} else i
                if first > 0 and doc[first - 1].lower_ == "the":
                    first -= 1  # "the military forces of Pakistan": longer than the dictionary's "the military"
                out.append((first if j <= i + 3 else j, end, ents))
                j = end
            else:
                j += 1
    return out


# Words after a demonym that name a state's armed men, their posts or their vehicles ("Azerbaijani
# units fired on Armenian positions", "a Russian patrol"): the country's forces, as doer or target.
FORCE_HEADS = FORCE_WORDS | {"units", "unit", "positions", "position", "posts", "outposts", "servicemen", "patrol",
                             "patrols", "column", "columns", "convoy", "convoys", "trenches", "trench"}


def _demonym_spans(doc, demonyms):
    out = _forces_of(doc, demonyms)
    doers, phrases = load()["doer_verbs"], load()["demonym_phrases"]
    low = docindex.lowers(doc)
    for i in range(len(doc) - 1):
        found = demonym_at(doc, i, low) if low[i] in phrases else None
        if not found:  # "United States", "South Sudanese", "U.S.": a name of one or more words
            continue
        code, k = found
        if k >= len(doc):
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
