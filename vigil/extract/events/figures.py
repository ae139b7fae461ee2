"""How the death counts of one draft combine into its fatalities (CODEBOOK, Fatalities: the most
conservative figure; competing figures are not summed). Split out of fatalities.py, which calls
``_total``. Counts of one sentence part add up unless one is a breakdown of another; parts (sentences,
";", a line break or a headline run into the body) compete or add (``_adds``); a toll that "rose to
N" is the figure the report ends on.
"""
from __future__ import annotations

import re
from typing import Optional

from ... import docindex
from .signals import cue

SUMMARY = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+fatalit(?:y|ies)\b", re.I)
ADDITIVE = cue("additive")
GENERIC = cue("generic")
DEATH_VERBS = cue("death_verbs")
DEATH_WORDS = cue("death_words")
BREAKDOWN = cue("breakdown")


def _value(c):
    return c.value if c.value is not None else c.low


def _span(doc, c):
    return doc.char_span(c.start, c.end, alignment_mode="expand")


def _total(doc, killed, counts):
    summaries = [c for c in killed if SUMMARY.match(c.text) and _value(c) > 0]
    if summaries:
        return _value(summaries[-1])
    by_sent = {}
    for c in killed:
        span = _span(doc, c)
        if span is None or _is_breakdown(doc, span):
            continue
        by_sent.setdefault(_part_key(doc, span), []).append((span, _value(c)))
    by_sent = {s: vs for s, vs in by_sent.items() if vs}
    if not by_sent:
        return max(_value(c) for c in killed)
    total, seen, sources = None, set(), set()
    for start in sorted(by_sent):
        vals = [v for _, v in by_sent[start]]
        s = sum(vals) + _whole_of_breakdown(doc, by_sent[start], counts) + _selves(doc, by_sent[start])
        first = by_sent[start][0][0]
        if len(vals) > 2 and 2 * vals[0] == sum(vals) and any(t.lower_ in DEATH_VERBS for t in first):
            s = vals[0]  # "20 were killed - 12 died at the scene and 8 later in hospital"
        source = _source(doc, by_sent[start])
        if total is None or any(_risen(doc, sp) for sp, _ in by_sent[start]):
            total = s
        elif _adds(doc, by_sent[start], seen, source, sources):
            total += s
        else:
            total = min(total, s)
        seen |= _nouns(by_sent[start])
        sources |= {source} - {None}
    return total


def _part_key(doc, span) -> tuple:
    """(sentence start, part start) of a count. Counts of one part add up; parts compete or add
    (``_adds``) as sentences do. A sentence parts at a line break (a headline run into the body:
    "Car bomb kills five in X" / "... killing five civilians"), at ";" and at "while", "whereas" or
    "but" opening a clause with a source of its own ("killing at least 14, a hospital source said;
    a civil society group counted 23 dead")."""
    start = _sent_key(doc, span)
    part = start
    for t in docindex.tokens(doc)[start:span.start]:
        if t.text == ";" or "\n" in t.text_with_ws:
            part = t.i + 1
        elif _run_on(doc, t):
            part = t.i
        elif t.lower_ in ("while", "whereas", "but") and _has_source(doc, t.i, span.start):
            part = t.i
    return start, part


RUN_ON_OPENERS = {"A", "An", "The"}
PLAIN_PEOPLE = {"man", "woman", "person", "people", "victim", "villager"}  # who a definite count names again


def _run_on(doc, t) -> bool:
    """A headline run into the body with no stop or line break ("Bomb kills 6 in Mogadishu A roadside
    bomb killed six people ..."): a capitalised article inside the sentence, after a word, before a
    lower-case one (not "The Hague"), opens the body, whose figure repeats the headline's."""
    if t.text not in RUN_ON_OPENERS or t.i == 0 or t.i + 1 >= len(doc):
        return False
    prev, nxt = doc[t.i - 1], doc[t.i + 1]
    return prev.is_alpha and not prev.is_sent_start and nxt.text[:1].islower()


def _has_source(doc, i, j) -> bool:
    """Do tokens i..j hold a reporting verb or "according to" (a source of their own)?"""
    return any(t.lemma_.lower() in SOURCE_WORDS for t in docindex.tokens(doc)[i:j])


def _selves(doc, items) -> int:
    """Attackers who died with their victims: "killing six mourners as well as himself", "killing
    one officer and herself" (a suicide attack's toll counts its attacker)."""
    n = 0
    for span, _ in items:
        after = [t.lower_ for t in docindex.tokens(doc)[span.end:min(span.sent.end, span.end + 6)]]
        n += sum(1 for k, w in enumerate(after) if w in ("himself", "herself") and k > 0 and after[k - 1] in ("and", "as"))
    return n


def _sent_key(doc, span) -> int:
    """Start of the count's sentence, ignoring parser splits that no full stop marks."""
    start = docindex.sent_of(doc[span.start]).start
    while start > 0 and doc[start - 1].text not in (".", "!", "?") and "\n" not in doc[start - 1].text_with_ws:
        start = docindex.sent_of(doc[start - 1]).start
    return start


def _is_breakdown(doc, span) -> bool:
    """Is the count a part of an earlier figure: "(including 2 children)", "among them 3 soldiers",
    "10 people, including 4 women and 2 children"?"""
    sent = span.sent
    if span.start > sent.start and any([t.lower_ for t in docindex.tokens(doc)[k:k + 2]] in (["of", "them"], ["of", "whom"])
                                       for k in range(span.start + 1, span.end + 1)):
        return True  # "11 civilians, seven of them children"
    for t in reversed(docindex.tokens(doc)[max(sent.start, span.start - 10):span.start]):
        if t.lower_ in BREAKDOWN or (t.text == "(" and _has_count_before(doc, t.i, sent.start)):
            return True
        if t.lower_ in (";", ")", "while", "but", "when") or (t.pos_ in ("VERB", "AUX") and t.lower_ not in BREAKDOWN):
            return False
    return False


def _has_count_before(doc, i, start) -> bool:
    return any(t.like_num for t in docindex.tokens(doc)[max(start, i - 6):i])


def _whole_of_breakdown(doc, items, counts) -> int:
    """"at least 17 fighters including 3 commanders and 5 soldiers died": the 17 (counted
    as a person count) is the total the breakdown belongs to."""
    extra = 0
    for c in counts:
        if c.kind != "other" or _value(c) is None:
            continue
        span = _span(doc, c)
        if span is None or not any(_sent_key(doc, span) == _sent_key(doc, s) for s, _ in items):
            continue
        nxt = [t.lower_ for t in docindex.tokens(doc)[span.end:span.end + 2]]
        if any(w in BREAKDOWN for w in nxt):
            extra += _value(c)
    return extra


def _adds(doc, items, seen, source=None, sources=frozenset()) -> bool:
    """Does the sentence add deaths to earlier ones: a word near its counts says so ("another
    soldier died", "2 more", "2 other policemen were killed later"), or it counts other people
    ("2 soldiers were killed. The army killed 3 militants.")? Else it repeats or competes. A figure
    from a source other than the earlier figures' (``source``, ``sources``: ``_source``) competes
    with them whoever it counts ("police said one man was killed; a rights group said three of its
    members died"): CODEBOOK, Fatalities, the most conservative figure."""
    for span, _ in items:
        first = max(docindex.sent_of(doc[span.start]).start, span.start - 2)
        near = {t.lower_ for t in docindex.tokens(doc)[first:span.end + 1]
                if not _tells_when_said(t)}
        if near & (ADDITIVE | {"also"}):  # "the attacker also died"
            return True
    if source is not None and sources - {source}:
        return False
    if items and all(span.start > 0 and doc[span.start - 1].lower_ in ("the", "these", "those") and
                     _nouns([(span, 0)]) <= PLAIN_PEOPLE for span, _ in items):
        return False  # "... killed four farmers. The attackers shot the four men as they worked": the same dead
    nouns = _nouns(items)
    return bool(nouns) and bool(seen) and not (nouns & seen) and not ((nouns | seen) & GENERIC)


def _source(doc, items) -> Optional[str]:
    """Who gives the figures of a sentence part: the subject of the reporting verb their clause
    hangs from ("the army said four were killed", "four were killed, medics told reporters") or the
    object of "according to"; None when no source is named (or only a pronoun: "he said")."""
    for span, _ in items:
        for t in span.root.ancestors:
            if t.lemma_.lower() in COUNTING_VERBS and t.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                while subj is None and t.dep_ == "conj" and t.head.i != t.i:  # "claimed the attack and said"
                    t = t.head
                    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                return _name(subj)
        for t in docindex.tokens(doc)[span.sent.start:span.sent.end]:
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                return _name(next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None))
    return None


def _name(tok) -> Optional[str]:
    """The words of a source's noun phrase, lower-cased, with no article; None for a pronoun."""
    if tok is None or tok.pos_ == "PRON":
        return None
    return " ".join(t.lower_ for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl")
                    and t.i <= tok.i)


def _tells_when_said(t) -> bool:
    """"Police later said two had died": "later" dates the statement, not more deaths."""
    return t.lower_ in ("later", "subsequently", "also") and t.head.lemma_.lower() in REPORT_VERBS


REPORT_VERBS = {"say", "tell", "report", "confirm", "state", "announce", "add", "claim", "put", "give", "update", "revise"}
SOURCE_WORDS = REPORT_VERBS | {"count", "record", "document", "according"}   # united once (_has_source)
COUNTING_VERBS = REPORT_VERBS | {"claim", "count", "record", "document"}


def _risen(doc, span) -> bool:
    """"the death toll rose to 5", "the number of dead had climbed to 7": the toll told again, grown.
    It is the figure the report ends on, not a competing one."""
    first = max(docindex.sent_of(doc[span.start]).start, span.start - 3)
    before = [t.lower_ for t in docindex.tokens(doc)[first:span.start]]
    return bool(before) and (before[-1] == "to" and any(w in RISE_WORDS for w in before[:-1])
                             or before[-1] in ("reached", "hit"))


RISE_WORDS = {"rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "mounted", "grew", "soared", "gone"}


def _nouns(items) -> set:
    from ..counts import PERSON_WORDS
    out = set()
    for span, _ in items:
        for t in span:
            w = t.lower_
            if w in DEATH_WORDS or _singular(w) in GENERIC:
                out.add("person")
                break
            if w in PERSON_WORDS or t.pos_ == "NOUN":
                out.add(_singular(w))
                break
    return out


def _singular(w: str) -> str:
    if w.endswith("men"):
        return w[:-3] + "man"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
