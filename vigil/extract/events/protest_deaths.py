"""ACLED's sub-event rule on a draft's deaths: a peaceful protest, or one met by intervention
without excessive force, kills no one (CODEBOOK, Fatalities; the sub-event definitions). Split out of
fatalities.py, which counts the deaths; ``extract_events`` and ``tolls.carry_tolls`` call
``for_subtype``."""
from __future__ import annotations

from ... import docindex
from .fatalities import KILL_HEADS, _background, _describes_person, _personish, victim_noun
from .signals import cue


def for_subtype(sub, n, doc=None, d=None):
    """ACLED's sub-event definitions: a peaceful protest, or one met by intervention without
    excessive force, kills no one; deaths its report names (the grievance: "protest over the
    killing of a student", "relatives claim she was murdered") belong to another event. A draft
    whose own clause has someone kill someone ("locals beat and killed a thief") keeps its deaths:
    the protest label is then the doubtful part."""
    if n and sub in ("Peaceful protest", "Protest with intervention"):
        return n if doc is not None and d is not None and (_active_killing(doc, d) or _reported_death(doc, d)) else 0
    return n


CLAIM_LEMMAS = cue("claim_lemmas")


def _active_killing(doc, d) -> bool:
    """"residents beat and killed two men": a kill verb with its own subject and a person
    object, not inside a claim or a demand."""
    for cls, phrase, s, e in d.signals:
        tok = doc[s]
        if phrase.split()[0] not in KILL_HEADS or tok.pos_ != "VERB" or _describes_person(tok):
            continue
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not any(c.dep_ == "nsubj" for c in head.children) or head.dep_ in ("relcl", "acl", "pcomp", "pobj"):
            continue
        if _under_claim(head):
            continue
        obj = victim_noun(tok) or victim_noun(head)
        if obj is not None and _personish(obj):
            return True
    return False


def _reported_death(doc, d) -> bool:
    """"protesters rallied and 3 people were killed": a main-clause death of its own (not "over two
    people being killed", "claiming that he died", "relatives of a man killed")."""
    if docindex.word_sets(doc)[1].isdisjoint(("kill", "die")):
        return False   # no verb of killing or dying in the document
    for s, e in d.ranges:
        for tok in docindex.tokens(doc)[s:e]:
            if tok.lemma_.lower() not in ("kill", "die") or tok.dep_ not in ("ROOT", "conj") or tok.pos_ != "VERB":
                continue
            head = tok
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("relcl", "acl", "pcomp", "pobj", "xcomp", "ccomp", "csubj") or _background(
                    doc[tok.i:tok.i + 1]) or _under_claim(tok):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _personish(subj) and (tok.lemma_.lower() == "die" or subj.dep_ == "nsubjpass"):
                return True
    return False


def _under_claim(tok) -> bool:
    """Is the clause the complement of a claim or a demand ("claiming that she was killed")?"""
    t = tok
    for _ in range(10):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("ccomp", "xcomp", "pcomp", "dobj", "acl", "pobj") and t.head.lemma_.lower() in CLAIM_LEMMAS:
            return True
        t = t.head
    return False
