"""Who did an attack the report leaves unnamed, by its own later words (CODEBOOK actor codes: actor1 is the
one who acts). ACLED codes a group that claims an attack, or that officials or the other side blame for
it, as its doer: "X claimed the attack", "X said it was behind the blast", "officials blamed X", "the
bombing was blamed on X", "suspicion fell on X", "attributed to X", "the attack bore the hallmarks of X". Not "no group claimed", not a
denial, not a charge about earlier attacks ("have in the past accused X", "often blame X"), not a charge
of something else ("accused X of monopolising oil revenues"), not a blame shared by two groups (two names
of one group, "the Pakistani Taliban, or TTP", are one; "X sympathisers" are X's men). A
state's forces are the doer only when blamed ("the RSF blames the army"), never by a claim."""
from __future__ import annotations

from ... import docindex
from .. import actor_mentions
from .signals import cue

ATTACK_NOUNS = {"attack", "ambush", "assault", "raid", "offensive", "incursion", "strike", "airstrike", "shelling"}
OWN_DEED = {"it", "they", "we", "its", "their", "our"}
GROUP_HEADS = cue("group_heads")
HALLMARKS = cue("hallmarks")


# Sub-types whose unnamed doer a later claim or official blame names.
ATTRIBUTABLE = {"Attack", "Abduction/forced disappearance", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade",
                "Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Looting/property destruction"}
ATTRIBUTION_SPAN = 20     # sentences after the event's own where a claim or a blame may name its doer
CLAIM_OBJECTS = {"attack", "attacks", "responsibility", "bombing", "bombings", "blast", "abduction", "kidnapping",
                 "killing", "killings", "ambush", "assault", "raid", "explosion", "shooting", "it"}


def _unnamed(a) -> bool:
    """An actor the report does not name: gunmen, attackers, militants, a suicide bomber."""
    return a is not None and bool(a.canonical) and a.canonical.startswith(
        ("Unidentified Armed Group", "Unidentified Group", "Militants ("))


HIDDEN_CHARGES = {"Remote explosive/landmine/IED"}  # the sub-types whose charge someone lays beforehand


def attributed(doc, start, sub=None, year=None):
    """The armed group a claim or an official blame names in the event's sentence or the few after it:
    "X claimed the attack", "officials blamed X", "suspicion fell on X", "the attack was attributed to
    X". ACLED codes a claimed or officially suspected group as the doer. Not "no group claimed", nor a
    blame in a later sentence that an earlier year dates (``year``: the report's own)."""
    sents = docindex.sents(doc)
    k = docindex.sent_index(doc, start)
    window = sents[k:k + ATTRIBUTION_SPAN + 1]
    lo, hi = window[0].start, window[-1].end
    found = actor_mentions.mentions(doc)
    canon = {i: x.entries[0].canonical for x in found if lo <= x.start < hi for i in range(x.start, x.end)}
    for m in found:
        if not lo <= m.start < hi or m.start >= window[0].end and _earlier_year(doc, m, year):
            continue
        e = m.entries[0]
        if not e.armed or e.inter not in (1, 2, 3, 4, 8) or e.generic and e.inter != 1:
            continue  # a named armed group, or the state's forces ("the RSF blames the army")
        alias = lambda a, b: canon.get(a.i) is not None and canon.get(a.i) == canon.get(b.i)  # "the Pakistani
        # Taliban, or TTP": two names of one group
        if _names_doer(docindex.span(doc, m.start, m.end).root, claim=e.inter in (2, 3, 4), alias=alias,  # the state only when blamed
                       laid=sub is None or sub in HIDDEN_CHARGES):
            return m
    return None


def _earlier_year(doc, m, year) -> bool:
    """Is mention m in a sentence that opens on a year before the report's ("During the national strike of 2021,
    ... many of them by gunfire blamed on police", "In 2017, officials blamed X for a bombing")? CODEBOOK 9: a
    sentence about an earlier year tells of that year's events, and the group it blames did those, not this one."""
    if year is None:
        return False
    sent = docindex.sent_of(doc[m.start])
    return any(t.text.isdecimal() and len(t.text) == 4 and 1900 <= int(t.text) < year and t.i - sent.start <= 8
               and any(x.text == "," for x in docindex.tokens(doc)[t.i + 1:m.start])
               for t in docindex.tokens(doc)[sent.start:m.start])


GROUP_WORDS = GROUP_HEADS | {"faction", "factions", "cell", "cells", "wing", "group", "members", "unit", "supporters",
                             "sympathisers", "sympathizers", "followers", "loyalists", "affiliates"}
BEHIND = {"behind", "responsible"}


def _names_doer(root, claim=True, alias=lambda a, b: False, laid=True) -> bool:
    if root.dep_ in ("compound", "amod") and root.head.lower_ in GROUP_WORDS:
        root = root.head  # "officials blamed a FARC dissident faction", "Islamic State cells"
    while root.dep_ == "appos" or root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP)"
    if claim and root.dep_ == "nsubj" and root.head.lemma_.lower() in ("say", "announce", "state") and _own_attack(
            root.head):
        return True  # "the BLA said it was behind the blast", "X said its fighters carried out the attack"
    if laid and _laid_by(root):
        return True   # "the mine had been laid by soldiers", "planted during an army sweep": the doer of a mine
        # blast, not of a clash the report tells beside it
    if _hallmark(root):
        return True   # "the attack bore the hallmarks of a cell of X": the doer those who tell of it name
    verb = root.head
    if any(c.dep_ == "neg" for c in verb.children) or _habitual(verb) or any(
            c.dep_ == "conj" and not alias(c, root) for c in root.children):
        return False  # "have in the past accused both X and Y": no doer of this attack named (another name of
        # the same group, "the Pakistani Taliban, or Tehreek-e-Taliban Pakistan", is no second group)
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubj" and lemma == "claim" and claim:  # "X claimed the attack", "X claimed responsibility"
        return any(c.dep_ in ("dobj", "ccomp") and (c.dep_ == "ccomp" or c.lower_ in CLAIM_OBJECTS)
                   for c in verb.children)
    if root.dep_ == "dobj" and lemma in ("blame", "suspect", "accuse") and not _other_deed(verb) or (
            root.dep_ == "nsubjpass" and lemma in ("blame", "suspect")):
        return True  # "security officials blamed X" (an attack they tell of, not their own deed)
    if root.dep_ == "pobj" and verb.lower_ in ("on", "upon") and (verb.head.lemma_.lower() in ("blame", "fall", "pin") or (
            verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in ("blame", "pin"))):
        return True  # "blamed the bombing on X", "suspicion fell on X"
    return root.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() == "attribute"


def _hallmark(root) -> bool:
    """Is the group named as the one whose marks the attack bears ("bore the hallmarks of X", "had all the
    signatures of a cell of X", "carried the trademarks of an X operation")? Not when denied ("did not bear
    the hallmarks of X")."""
    while root.dep_ in ("compound", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:
        root = root.head  # "an X operation"
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in GROUP_WORDS | {"operation", "attack"}:
        root = root.head.head  # "a cell of X", "the work of X"
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in HALLMARKS:
        return False
    marks = root.head.head
    verb = marks.head
    return marks.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "neg" for c in verb.children)


LAY_VERBS = {"lay", "plant", "bury", "place", "hide", "set"}
CHARGES = {"mine", "mines", "landmine", "landmines", "bomb", "bombs", "device", "devices", "explosive", "explosives",
           "ied", "ieds", "it", "they"}
OPERATIONS = {"sweep", "operation", "raid", "patrol", "offensive", "assault", "advance", "retreat", "clearance"}


def _laid_by(root) -> bool:
    """Does the report say this actor laid the charge: the agent of a passive "laid", "planted", "buried"
    whose subject is a mine, a bomb or a device ("the device was planted by X"), or the one whose
    operation it was laid during ("laid during an army sweep")?"""
    if root.dep_ in ("compound", "poss", "amod") and root.head.lower_ in OPERATIONS:
        node = root.head
        if node.dep_ != "pobj" or node.head.lower_ not in ("during", "in", "by"):
            return False
        verb = node.head.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        return False
    return verb.lemma_.lower() in LAY_VERBS and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.lower_ in CHARGES for c in verb.children)


def _own_attack(verb) -> bool:
    """Does the reporting verb's clause say its subject did the attack ("it was behind the blast", "its
    fighters carried out the attack")?"""
    for c in verb.children:
        if c.dep_ != "ccomp" or any(n.dep_ == "neg" for n in c.children):
            continue
        subj = [n for n in c.children if n.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not (subj[0].lower_ in OWN_DEED or any(p.dep_ == "poss" and p.lower_ in OWN_DEED
                                                              for p in subj[0].children)):
            continue
        if any(n.lower_ in BEHIND for n in c.children) or any(n.dep_ == "dobj" and n.lower_ in CLAIM_OBJECTS - {"it"}
                                                               for n in c.children):
            return True
    return False


HABITUAL = {"often", "repeatedly", "frequently", "previously", "regularly", "routinely", "usually", "long"}
DEEDS = ATTACK_NOUNS | {"kill", "shoot", "bomb", "shell", "fire", "launch", "carry", "plant", "abduct", "kidnap",
                        "target", "use", "bombing", "killing", "explosion", "blast", "responsibility"}


def _other_deed(verb) -> bool:
    """ "accused the SDF of monopolising oil revenues": a charge of something other than an attack."""
    of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    return bool(of) and not any(t.lemma_.lower() in DEEDS for c in of for t in c.subtree)


def _habitual(verb) -> bool:
    """ "officials have in the past accused X", "often blame X": a charge about earlier attacks."""
    kids = [c for c in verb.children] + [g for c in verb.children if c.dep_ == "aux" for g in c.children]
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL or c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lower_ == "past" for g in c.children) for c in kids)  # "have in the past accused": on the auxiliary too
