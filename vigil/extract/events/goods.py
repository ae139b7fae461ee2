"""Goods taken from shops and homes (CODEBOOK 8, Looting/property destruction: armed groups or unknown people
loot property with no one attacked): a verb of taking whose things, no people, come "from" a shop, a home or
a store ("took rice, flour and cooking oil from shops and homes", "carried off fuel from the market")."""
from __future__ import annotations

from ... import docindex
from .signals import cue

TAKING_VERBS = cue("taking_verbs")
PEOPLE = cue("people_taken")


def singular(tok) -> str:
    """The singular of a plural noun ("police stations", "offices"), else the word (facts reads it too)."""
    return tok.lemma_.lower() if tok.tag_ == "NNS" and tok.lemma_ else tok.lower_


def taken_goods(doc, d, props) -> bool:
    """Does the draft tell of things taken from property (``props``: the lexicon's property objects)? "Took
    ten men from their homes" takes people: an abduction's words, no looting."""
    if TAKING_VERBS.isdisjoint(docindex.word_sets(doc)[1]):
        return False   # no verb of taking in the document
    for s, e in d.ranges:
        for t in docindex.tokens(doc)[s:e]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in TAKING_VERBS:
                continue
            things = [c for c in t.children if c.dep_ == "dobj"]
            froms = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree]
            if things and not any(x.ent_type_ in ("PERSON", "NORP") or x.like_num or x.lower_ in PEOPLE
                                  for c in things for x in c.subtree) and any(singular(g) in props for g in froms):
                return True
    return False
