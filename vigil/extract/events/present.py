"""The time a clause is told in: the verb that heads it, a day the sentence names, the present simple.

Helpers of status (CODEBOOK 9, 'Status': code what the report says happened on a day at a place):
``one_day`` (a sentence that names one day tells one happening), ``clause_path`` (the words from an
event word up to its clause's verb), ``present_simple`` and ``generic_present``: a habit or a
situation told in the present simple ("gangs extort traders across the district"), background to
the report, not one of its events.
"""
from __future__ import annotations

import re

from ... import docindex
from ..dates import WEEKDAYS as DAY_INDEX, in_dateline
from .signals import cue

HABITUAL_MODS = cue("habitual_mods")
HABITUAL_SPANS = cue("habitual_spans")
DAY_NAMES = cue("day_names")
GENERIC_DETS = cue("generic_dets")
NOW_WORDS = cue("now_words")
PAST_FORMS = tuple(sorted(cue("past_forms")))

CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "parataxis")


def clause_path(tok) -> list:
    """tok and the words above it up to the verb that heads its clause (that verb included)."""
    path, t = [tok], tok
    while not (t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS) and t.head.i != t.i and len(path) < 12:
        t = t.head
        path.append(t)
    return path


def present_simple(verb) -> bool:
    """A verb in the present simple: tagged so, or a bare form with its own subject and no auxiliary
    (the tagger reads "elders still remember" as a bare "remember")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    kids = [c.dep_ for c in verb.children]
    return verb.tag_ == "VB" and "nsubj" in kids and "aux" not in kids


WEEKDAYS = frozenset(DAY_INDEX) | {"yesterday", "today", "tonight"}   # words that name one day
RECURRING = frozenset({"every", "each"}) | HABITUAL_MODS   # "every Friday", "weekly Friday protests"
DATED_DAY_NAMES = DAY_NAMES - WEEKDAYS                     # month names: a day with a number ("3 May")
NOT_A_TIME_OF_ITS_OWN = RECURRING | HABITUAL_SPANS | NOW_WORDS   # (_dated; these unions made once)


def one_day(sent) -> bool:
    """Does the sentence name one day ("on Monday", "on 3 May", "yesterday"), not a recurring one? A
    dateline's day ("DUBAI, Jan 30 - Every Sunday, ...") is the filing's, not the sentence's."""
    return docindex.per_sentence(sent, "vigil_one_day", _one_day)   # once per sentence, not per word


def _one_day(sent) -> bool:
    for ent in docindex.ents_within(sent):
        if ent.label_ not in ("DATE", "TIME") or in_dateline(docindex.text(sent.doc), ent.start_char, ent.end_char):
            continue
        words = {t.lower_ for t in ent}
        if words & RECURRING or ent.start > 0 and ent.doc[ent.start - 1].lower_ in RECURRING:
            continue
        if words & WEEKDAYS or any(t.like_num for t in ent) and words & DATED_DAY_NAMES:
            return True
    return False


def _dated(sent) -> bool:
    """Does the sentence name a time of its own ("last week", "in March", "on Monday", "this
    morning"), not a recurring one nor a span ("for years", "every Friday") nor the dateline's?"""
    text = docindex.text(sent.doc)
    for ent in docindex.ents_within(sent):
        if ent.label_ not in ("DATE", "TIME") or in_dateline(text, ent.start_char, ent.end_char):
            continue
        words = {t.lower_ for t in ent}
        if not words & NOT_A_TIME_OF_ITS_OWN:
            return True
    return False


CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")   # a live blog's entry: "14:05 - Police fire tear gas"
END_MARKS = {".", "!", "?", '"', "”", "'", "’", ")"}


def generic_present(tok, sent=None) -> bool:
    """A habit or a situation told in the present simple, not one happening (CODEBOOK 9, 'Status':
    code what the report says happened; a generic statement tells of no happening): "militants
    ambush convoys and kidnap travellers on that road", "gangs extort traders across the district",
    "armed groups attack villages and abduct farmers for ransom, residents say". The event's clause
    is in the present simple with no auxiliary (not "are marching", "have attacked"), its subject a
    bare plural or a plural with a word of quantity ("gangs", "armed groups", "many soldiers"; not
    "the two gunmen"), an event noun in it is not a definite one ("the arrests"), and the
    sentence names no time of its own. The present of a headline (the report's first sentence, or a
    line with no full stop: "Police fire tear gas at protesters in Nairobi") and of a live blog's
    timed entry ("14:05 - Protesters march on parliament") tells one happening and stays reported."""
    sent = docindex.sent_of(tok) if sent is None else sent
    if _headline(sent) or _live(sent) or _dated(sent):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") and c.lower_ not in GENERIC_DETS
                                             for c in tok.children):
        return False   # "rights groups condemn the arrests": a known happening, named
    verb = next((t for t in clause_path(tok) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _bare_present(verb):
        return False
    subj = _subject(verb)
    return subj is not None and _generic(subj)


def _bare_present(verb, depth=0) -> bool:
    """A verb in the present simple with no auxiliary, not "be" or "have", in the present's own form
    (the tagger may read "troops retook the town" as a present); a bare verb joined to one ("ambush
    convoys and kidnap travellers") takes its time."""
    if verb.lemma_ in ("be", "have") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if present_simple(verb):
        low = verb.lower_
        if verb.tag_ == "VBZ":
            return low.endswith("s")
        return low == verb.lemma_.lower() and not low.endswith(PAST_FORMS)
    return verb.tag_ == "VB" and verb.dep_ == "conj" and depth < 6 and _bare_present(verb.head, depth + 1)


def _subject(verb):
    """The subject of verb, or of the verb it is joined to ("militants ambush convoys and kidnap
    travellers": "kidnap" shares "militants")."""
    v, depth = verb, 0
    while depth < 6:
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None or v.dep_ != "conj" or v.head.i == v.i:
            return subj
        v, depth = v.head, depth + 1
    return None


def _generic(n) -> bool:
    """A noun that names a kind of people or things, not known ones: a plural with no article,
    possessor or number ("gangs", "armed groups known as bandits"), or with a word of quantity
    ("many soldiers", "some militias")."""
    if n.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ == "nummod" or c.dep_ in ("det", "poss") and c.lower_ not in GENERIC_DETS
                   for c in n.children)


def _headline(sent) -> bool:
    """The report's first sentence, or one that does not end as a sentence does (a headline, a
    caption): news style tells a happening there in the present."""
    if sent.start == 0 or docindex.text(sent.doc)[:sent.start_char].strip() == "":
        return True
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is None or last.text not in END_MARKS


def _live(sent) -> bool:
    """A sentence in a live blog's timed entry (its paragraph opens on a clock time)."""
    text = docindex.text(sent.doc)
    line = text.rfind("\n", 0, sent.start_char) + 1
    return bool(CLOCK.match(text, line))
