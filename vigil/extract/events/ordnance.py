"""What became of a draft's explosives: they went off at their target, failed to, or went off in the
hands of those who set them (classify reads these facts).

- ``premature``: a bomb or a mine that went off in the hands of those who planted, made or carried
  it ("killed when the bomb they were planting exploded prematurely"): the attack it was meant for
  never happened, so CODEBOOK 8's disrupted weapons use ("an attack foiled"), not an IED attack;
- ``dud``: the device thrown or set did not go off ("lobbed a grenade, but it did not explode"):
  CODEBOOK 8, disrupted weapons use, an attack that failed before it hit;
- ``went_off``: an explosion word outside the draft's background clauses ("defused a car bomb
  before it exploded" tells of none).
"""
from __future__ import annotations

from ... import docindex
from .signals import cue

BLAST_VERBS = cue("blast_verbs")
PREMATURE_MARKS = cue("premature_marks")
HANDLING_VERBS = cue("handling_verbs")
DEVICE_NOUNS = cue("device_nouns")
FAIL_VERBS = cue("fail_verbs")


def _sentence_tokens(doc, d):
    seen, out = set(), []
    for s, _ in d.ranges:
        sent = docindex.sent_of(doc[s])
        if sent.start not in seen:
            seen.add(sent.start)
            out.extend(docindex.tokens(doc)[sent.start:sent.end])
    return out


def _blast(t) -> bool:
    """ "exploded", "detonated", "went off", "blew up" (a verb of a device going off)."""
    lem = t.lemma_.lower()
    if lem in BLAST_VERBS:
        return True
    nxt = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
    return (lem == "go" and nxt == "off") or (lem == "blow" and nxt == "up")


def premature(toks) -> bool:
    """A device went off too early ("exploded prematurely", "an accidental blast"), or in the hands of
    those who handled it: a device noun with a clause of planting, making or carrying on it ("the
    bomb they were planting exploded"), or a blast "while" its victims were handling one ("killed
    while planting a landmine", "while assembling explosives"). ``toks``: the draft's tokens
    (facts.crowd_facts lists them once)."""
    low = {t.lower_ for t in toks}
    if low & PREMATURE_MARKS and any(_blast(t) or t.lemma_.lower() in ("explosion", "blast") for t in toks):
        return True
    for t in toks:
        lem = t.lemma_.lower()
        if lem in DEVICE_NOUNS and any(c.dep_ == "relcl" and c.lemma_.lower() in HANDLING_VERBS for c in t.children):
            return True
        if lem in HANDLING_VERBS and t.tag_ == "VBG" and any(
                c.dep_ == "mark" and c.lower_ == "while" for c in t.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DEVICE_NOUNS for c in t.children):
            return True
    return False


def dud(doc, d) -> bool:
    """The draft's sentence says its device did not go off: "it did not explode", "failed to detonate"."""
    for t in _sentence_tokens(doc, d):
        if _blast(t) and (any(c.dep_ == "neg" for c in t.children) or (
                t.dep_ == "xcomp" and t.head.lemma_.lower() in FAIL_VERBS)):
            return True
    return False


def went_off(toks, back) -> bool:
    """An explosion told as the draft's own, not in a clause of what came before or after ("defused the
    device before it exploded"); ``toks``: the draft's tokens, ``back``: its background token indices."""
    return any(_blast(t) for t in toks if t.i not in back)

