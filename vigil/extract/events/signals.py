"""Signals: the lexicon phrases (vigil/data/events.yaml) found in a document.

The YAML file is the only lexicon: its `signals` section names the signal classes, its `cues`
section the word lists the rules test. A phrase added there changes the result with no code.
"""
from __future__ import annotations

import functools
import os

from ... import docindex
from ...datafile import read_yaml

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "data", "events.yaml")

@functools.lru_cache(maxsize=None)
def cue(name: str, path: str = DATA) -> frozenset:
    """The cue-word list ``name`` from the lexicon's ``cues`` section; "@other" includes a list."""
    raw = _parsed(path).get("cues", {})

    def expand(key, seen=()):
        if key not in raw:
            raise KeyError(f"{path}: no cue list named {key!r}")
        out = set()
        for item in raw[key]:
            item = str(item)
            out |= expand(item[1:], seen + (key,)) if item.startswith("@") and item[1:] not in seen else {item}
        return out
    return frozenset(expand(name))


@functools.lru_cache(maxsize=4)
def _parsed(path: str) -> dict:
    """The lexicon file parsed once per process (read only; every cue list and the index share it)."""
    return read_yaml(path)


def lexicon(path: str = None) -> dict:
    """{first word: [(words tuple, class), ...] longest first} plus the word lists."""
    return _lexicon(path or DATA)


@functools.lru_cache(maxsize=4)
def _lexicon(path: str) -> dict:
    raw = _parsed(path)
    index = {}
    for cls, phrases in raw["signals"].items():
        for ph in phrases:
            words = tuple(str(ph).lower().replace("-", " - ").split())  # spaCy splits "sit-in" at the hyphen
            index.setdefault(words[0], []).append((words, cls, " ".join(str(ph).lower().split())))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    lists = {k: set(str(w).lower() for w in raw.get(k, [])) for k in
             ("symbolic_objects", "property_objects", "burnt_posts", "negation", "planned", "historical")}
    return {"index": index, **lists}


def keys(tok) -> tuple:
    """The forms a token is looked up by in the index: its lemma and its lower-case form."""
    return _keys_of(tok.lower_, tok.lemma_)


def starts_phrase(tok) -> bool:
    """Whether a lexicon phrase may start at ``tok`` (one of its keys heads an index entry)."""
    index = lexicon()["index"]
    return any(k in index for k in keys(tok))


def _keys_of(low: str, lemma: str) -> tuple:
    lem = lemma.lower() if lemma else ""
    if low.endswith("ed") and len(low) > 5 and lem == low:  # "assaulted" mis-tagged as an adjective kept its -ed
        return (low, low[:-2], low[:-1]) + ((low[:-3],) if low[-3] == low[-4] else ())
    return (lem, low) if lem and lem != low else (low,)


MEMO_LIMIT = 10_000  # distinct (lower, lemma) pairs remembered before the memo starts again: every
#                      word new to a corpus adds one, so the bound keeps a long run's memory flat


def _all_keys(doc, lex: dict) -> list:
    """(keys, any key in the lexicon's index) of every token, read from the doc's arrays (no Token
    objects) and worked out once per distinct (lower-case form, lemma) pair and lexicon: the memo,
    (lower hash, lemma hash) -> answer, is kept with the lexicon and bounded."""
    from spacy.attrs import LEMMA, LOWER
    index, memo = lex["index"], lex.setdefault("token_keys", {})
    strings, out = doc.vocab.strings, []
    for pair in map(tuple, doc.to_array([LOWER, LEMMA]).tolist()):
        got = memo.get(pair)
        if got is None:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            ks = _keys_of(strings[pair[0]], strings[pair[1]])
            got = memo[pair] = (ks, any(k in index for k in ks))
        out.append(got)
    return out


GAP, MAX_GAP = "...", 3  # "set up ... camp": up to three words between ("set up a new camp"), no punctuation


def _gapped(doc, i: int, words: tuple, ks=None):
    """End of ``words`` matched from token i, where "..." skips up to MAX_GAP words, else None
    (``ks``: every token's keys, as find_signals lists them once)."""
    if not words:
        return i
    if words[0] == GAP:
        for skip in range(MAX_GAP + 1):
            if skip and (i + skip - 1 >= len(doc) or doc[i + skip - 1].is_punct):
                return None
            end = _gapped(doc, i + skip, words[1:], ks)
            if end is not None:
                return end
        return None
    if i < len(doc) and words[0] in (ks[i] if ks is not None else keys(doc[i])):
        return _gapped(doc, i + 1, words[1:], ks)
    return None


NOT_SIGNAL = cue("not_signal")  # "shells struck the road": no strike; "according to": no accord


def find_signals(doc) -> list:
    """[(class, phrase, token start, token end)] for every lexicon phrase in the doc. Each token's
    keys are read once; a phrase's later words are tested against them."""
    lex, out = lexicon(), []
    index, n, covered = lex["index"], len(doc), 0
    found = _all_keys(doc, lex)
    ks = [k for k, _ in found]
    for i, (_, hit) in enumerate(found):
        if not hit:
            continue
        tok = doc[i]
        if tok.lower_ in NOT_SIGNAL or (tok.lower_ == "march" and tok.ent_type_ == "DATE" and tok.is_title):
            continue  # "28 March 2023" is a month
        here = []
        for key in ks[i]:
            for words, cls, phrase in index.get(key, ()):
                if GAP in words:
                    end = _gapped(doc, i + 1, words[1:], ks)
                    if end is not None:
                        here.append((cls, phrase, i, end))
                elif i + len(words) <= n and all(w in ks[i + k] for k, w in enumerate(words[1:], 1)):
                    here.append((cls, phrase, i, i + len(words)))
        if here:
            longest = max(x[3] for x in here)  # "grenade launchers" is not a grenade
            if longest <= covered and not any(x[0] == "grenade" for x in here):  # a stun grenade is still thrown
                continue  # the "shells" of "tear gas shells" and the "bullets" of "rubber bullets" kill nobody
            out += [x for x in here if x[3] == longest]
            if any(x[0] == "intervention" and x[3] == longest for x in here):
                covered = longest
    return [vehicle_blast(doc, x) for x in out]


BLAST_VEHICLES = cue("blast_vehicles")


def vehicle_blast(doc, sig) -> tuple:
    """A vehicle that "blew up" with no object ("the stolen car blew up outside a police post", "a van
    blew up near the checkpoint"): a car bomb (CODEBOOK 6: roadside and car bombs not driven by a suicide
    attacker are Remote explosive/landmine/IED), not property destroyed. "Militants blew up a bridge" and
    "a car was blown up" keep their sense."""
    cls, phrase, i, j = sig
    tok = doc[i]
    if cls != "destruction" or phrase != "blow up" or tok.pos_ != "VERB" or tok.tag_ == "VBN":
        return sig
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids):
        return sig
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in BLAST_VEHICLES for c in kids):
        return ("ied", "car bomb", i, j)
    return sig


PROTEST_BODIES = cue("protest_bodies")
COMPLAINT_VERBS = cue("complaint_verbs")
RIOT_GEAR = cue("riot_gear")
NAME_WORDS = cue("name_words")


NAME_LABELS = {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
FOUND_VERBS = cue("found_verbs")
WEAPON_CLASSES = ("grenade", "ied", "shelling", "airstrike")   # the classes that type an event by its weapon
NAMED_CLASSES = {"protest", "strike"}   # an actor's name may be its signal ("the Air Force"); a party's is not


def in_name(tok) -> bool:
    """A capitalised word inside a proper name ("the National Rally", "the Rally for Culture and
    Democracy", a dateline's "(Vigil Wire)"): it names a party, a movement or an outlet, not an act.
    A sentence's first word needs a name of several words that goes on after it ("Clashes in Kabul"
    is no name); a named event ("the Yellow Vest Protests") is a happening and stays."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    if tok.i == docindex.sent_of(tok).start:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.ent_iob_ == "B" and tok.ent_type_ in NAME_LABELS and nxt is not None and nxt.ent_iob_ == "I"
    if tok.ent_type_ in NAME_LABELS:
        return True
    named = lambda t: t.pos_ == "PROPN" and t.is_title   # "Vigil Wire": a name of capitalised words
    joined = tok.dep_ == "compound" and named(tok.head) or any(c.dep_ == "compound" and named(c) for c in tok.children)
    return joined and not _headline(docindex.sent_of(tok))


def _headline(sent) -> bool:
    """A line in title case ("Police Fire Tear Gas At Students"): capitals mark no names there.
    Places and dates do not count: a dateline ("PESHAWAR, Pakistan, April 18 (Vigil Wire) -") is
    no headline."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and t.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")]
    return len(words) >= 4 and sum(t.is_title for t in words) > 0.6 * len(words)


SPEAKING = cue("report_verbs") | cue("claim_lemmas")


def idle_signal(doc, sig) -> bool:
    """A signal word that tells of no happening: a word of a proper name (``in_name``; a capitalised
    ``name_words`` word in mid-sentence: "near Karbonit Mine" is a place), a protest
    word naming a body or a thing ("leaders of a regional protest committee", "the protest movement"),
    a formal complaint ("lodged a protest with the ambassador"), a word that names what did not
    happen ("without a fight", "without firing a shot"),
    a torch carried ("marched carrying torches": no arson), a bargain ("in exchange for": no fire),
    or a crowd that dispersed or broke up by itself ("marched ... and dispersed without incident",
    "the rally broke up in the evening": nobody dispersed it), or "body" as the subject of a verb of saying ("a tribal body said", "the
    students' body accused police": an organisation, not a corpse)."""
    cls, phrase, i, j = sig
    tok = doc[i]
    if cls in NAMED_CLASSES and all(in_name(doc[k]) for k in range(i, j)):
        return True
    if j - i == 1 and tok.lower_ in NAME_WORDS and tok.is_title and tok.i != docindex.sent_of(tok).start and not \
            _headline(docindex.sent_of(tok)):
        return True     # "shelling near Karbonit Mine", "the area of Mine 6/7": a place's name, no landmine
    if cls == "protest" and j - i == 1 and tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_BODIES:
        return True
    if cls == "protest" and tok.lower_ in ("protest", "protests") and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in COMPLAINT_VERBS:
        return True     # "lodged a protest with the envoy": a formal complaint
    if cls == "weapons_disrupted" and j - i > 2 and tok.lemma_.lower() == "destroy" and doc[j - 1].dep_ == "compound":
        return True     # "a missile destroyed a drone factory": a building hit, no drone downed
    if cls == "riot" and j - i == 1 and tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in RIOT_GEAR:
        return True  # "riot police opened fire": the force that puts riots down (CODEBOOK 2)
    if j - i == 1 and tok.lemma_.lower() == "body" and tok.dep_ == "nsubj" and tok.head.lemma_ in SPEAKING:
        return True   # "a tribal body said ...": an organisation speaks, a dead body does not
    if cls in ("arson", "destruction") and tok.lower_ in ("torch", "torches") and tok.pos_ == "NOUN":
        return True   # "women carrying flaming torches marched": a light carried, no fire set (CODEBOOK 3)
    if cls == "clash" and tok.lower_ == "exchange" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
            j - i == 1:
        return True   # "in exchange for a promise": a bargain; "killed in an exchange of fire" is a fight
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return True   # "took the town without a fight", "withdrew without any clashes": the act did not happen
    if cls == "protest" and j - i == 1 and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.lemma_.lower() in PROTEST_BODIES:
        return True   # "five activists of the youth movement": the body they belong to, no demonstration
    if cls in ("transfer", "other") and tok.lemma_.lower() in HOMECOMING_VERBS and _homecomer(tok):
        return True   # "residents who left on Sunday began to return": people going home, no actor's move
    if cls in NAMED_CLASSES and _describes_person(tok):
        return True   # "X, a lawyer who has represented the protesting nurses": who X is (CODEBOOK 8), no march here
    if cls == "weapons_disrupted" and tok.lemma_.lower() == "intercept" and _people_intercepted(tok):
        return True   # "intercepted a boat carrying 60 migrants": people stopped, no weapon (CODEBOOK 8)
    if cls in WEAPON_CLASSES and _what_was_found(tok):
        return True   # "a grenade was found in the house": seized after the fact, not the weapon used (CODEBOOK 6)
    if cls == "intervention" and (tok.lemma_.lower() == "disperse" or phrase == "break up") and tok.pos_ == "VERB" \
            and tok.dep_ != "xcomp":  # "the rally broke up in the evening": no one broke it up
        kids = {c.dep_ for c in tok.children}
        calm = any(c.lower_ == "without" and any(g.lower_ in ("incident", "incidents") for g in c.subtree)
                   for c in tok.children)
        if not kids & {"dobj", "nsubjpass", "auxpass", "agent"} and tok.tag_ != "VBN" or calm:
            return True
    return False


HOMECOMING_VERBS, HOMECOMERS = cue("homecoming_verbs"), cue("homecomers")


def _what_was_found(tok) -> bool:
    """Is the weapon word what a verb of finding or seizing took ("two pistols and a grenade were found",
    "soldiers recovered rockets and a launcher", "a cache of grenades was seized", "found a mortar shell")?
    Its conjuncts, compounds and an "of" (a cache of, a box of) are climbed to the noun the verb governs."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("conj", "compound") or t.dep_ == "pobj" and t.head.lower_ == "of":
            t = t.head if t.dep_ != "pobj" else t.head.head
            continue
        break
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in FOUND_VERBS


def _homecomer(tok) -> bool:
    """Do civilians leave or return ("families who left the camp", "villagers began returning")?"""
    verb = tok.head if tok.dep_ in ("xcomp", "pcomp") else tok
    movers = [verb.head] if tok.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "nsubj"]
    return any(m.lower_ in HOMECOMERS for m in movers)


def _describes_person(tok) -> bool:
    """A word inside a relative clause on a person set beside a name ("Erlan Sadykov, a union activist who has
    been advising the striking miners", "Amina Bello, a lawyer who represented the protesting nurses"): the
    clause says who the person is, not what happened where the report's act took place."""
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            return a.head.dep_ == "appos" and a.head.pos_ == "NOUN"
    return False


INTERCEPTED_PEOPLE = cue("intercepted_people")
WEAPON_WORDS = cue("intercepted_weapons")


def _people_intercepted(tok) -> bool:
    """What "intercept" stops is people, or a boat or truck carrying people, and no weapon is named in it."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        objs.append(tok.head)  # "a dinghy intercepted off Lesbos"
    for o in objs:
        words = {t.lemma_.lower() for t in o.subtree} | {t.lower_ for t in o.subtree}
        if words & WEAPON_WORDS:
            continue
        if o.lemma_.lower() in INTERCEPTED_PEOPLE or o.lower_ in INTERCEPTED_PEOPLE:
            return True
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("carry", "transport", "ferry")
               and words & INTERCEPTED_PEOPLE for c in o.children):
            return True
    return False


REMOTE_FIRE = ("airstrike", "shelling")
NAMED_AGAIN = cue("named_again")
NAMED_AGAIN_SPAN = 5  # sentences back where the fire a bare "the strikes" names again may be told


def strikes_named_again(doc, sigs) -> set:
    """Token indices of a bare "the strikes" that names again an air strike or shelling told just before it
    ("Pakistani aircraft struck ... Islamabad did not confirm the strikes", "missiles hit a block ... the Kremlin
    said the strikes had targeted ..."): the same fire, no walkout (CODEBOOK 3: no demonstration). A strike
    with words of its own ("the dockers' strike", "the port strike") or a new one ("a strike") stays."""
    fire = [i for c, _, i, _ in sigs if c in REMOTE_FIRE]
    if not fire:
        return set()
    sents, out = docindex.sents(doc), set()
    for c, _, i, j in sigs:
        tok = doc[i]
        if c not in ("protest", "strike") or j - i != 1 or tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
            continue
        kids = list(tok.children)
        if not any(k.dep_ in ("det", "poss") and k.lower_ in NAMED_AGAIN for k in kids) or any(
                k.dep_ in ("compound", "poss", "nmod") and k.lower_ not in NAMED_AGAIN for k in kids):
            continue
        k = docindex.sent_index(doc, i)
        lo = sents[max(0, k - NAMED_AGAIN_SPAN)].start
        if any(lo <= f < i for f in fire):
            out.add(i)
    return out


STRIKE_VERBS = cue("strike_verbs")


def strikes_by_forces(doc, sigs) -> list:
    """The signals with a strike an armed, organised force carries out, conducts or launches ("US forces carried
    out a strike near Jilib", "coalition forces launched a strike on a Houthi position", "a strike was conducted by
    the army") read as its fire from afar, an air strike (CODEBOOK 6: aircraft and drones; CODEBOOK 3: a strike
    is workers' walkout only when workers, not a force, make it): the force's own verb (cue strike_verbs) with
    "strike" as its object, its subject or agent a dictionary actor under arms (state forces, rebels, militias,
    foreign forces; actor_mentions.mentions)."""
    out, forces = [], None
    for x in sigs:
        c, _, i, j = x
        tok = doc[i]
        if c in ("strike", "protest") and j - i == 1 and tok.lemma_.lower() == "strike" and tok.pos_ == "NOUN" and (
                tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in STRIKE_VERBS):
            if forces is None:
                from ..actor_mentions import mentions
                forces = [(m.start, m.end) for m in mentions(doc) if m.entries and m.entries[0].armed
                          and m.entries[0].inter in (1, 2, 3, 4, 8)]
            verb = tok.head
            doers = [w for c2 in verb.children if c2.dep_ in ("nsubj", "agent") for w in c2.subtree]
            if verb.dep_ == "ccomp" and any(w.lower_ in ("it", "they", "we") for w in doers):
                doers += [w for c2 in verb.head.children if c2.dep_ == "nsubj" for w in c2.subtree]  # "the US
                # military said it conducted a strike": the teller's own strike
            if any(a <= w.i < b for w in doers for a, b in forces):
                x = ("airstrike", "air strike", i, j)
        out.append(x)
    return out


class Signals:
    """The signals of one event: class -> set of matched phrases."""

    def __init__(self, found):
        self.by_class = {}
        for cls, phrase in found:
            self.by_class.setdefault(cls, set()).add(phrase)

    def has(self, cls, phrases=None) -> bool:
        got = self.by_class.get(cls)
        if not got:
            return False
        return True if phrases is None else bool(got & phrases)

    def only(self, cls, phrases) -> bool:
        got = self.by_class.get(cls, set())
        return bool(got) and got <= phrases

    def strong(self, cls, weak) -> bool:
        return bool(self.by_class.get(cls, set()) - weak)
