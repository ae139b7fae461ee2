"""ACLED fatalities of an event draft: counted deaths, deaths the words imply, and none.

Split out of events_parts.py; ``facts()`` calls ``fatalities()`` and ``_sum_kind()``. The rules
follow the ACLED codebook (shared/CODEBOOK.md, Fatalities):

- An explicit summary ("3 fatalities.", as ACLED notes end) is the figure.
- Counts in one sentence add up ("2 soldiers and 3 militants were killed") unless one is a
  breakdown of another ("10 people, including 4 soldiers", "seven of them children"); separate
  sentences are competing or repeated figures, so the most conservative one wins, unless a sentence
  adds to the toll ("another", "more", "a fourth person died later", "the bomber also died") or,
  told by the same source or by none, counts other people; another source's figure competes. A
  sentence parts like sentences at ";", a line break (a headline run into the body) and a
  "while"/"but" clause with a source of its own ("police said 8; a local leader said 15"). A toll
  that "rose to N" is the figure the report ends on; "police later said" dates a statement, it adds
  no deaths. A suicide attacker who died counts ("killing three soldiers and himself").
- A toll told after its event, in a clause dropped as an elaboration ("Our monitors confirmed five
  deaths."), is the event's (tolls.py). Deaths in an "in which" clause are
  the event's own; "no information about casualties" is an unknown toll, not 0.
- "killed, injured or captured" says nothing sure about deaths; deaths "coded separately" belong
  to another event; "no casualties" / "no one was killed" is 0.
- Without a count, the verbs imply deaths: "shot and killed a civilian" = 1, "killed a chairman and
  his son" = 2; an attempt ("tried to kill") implies none.
"""
from __future__ import annotations

import re
from typing import Optional

from ... import docindex
from .figures import _span, _total, _value
from .status import token_status
from .signals import cue

KILL_WORDS = cue("kill_words")
KILL_HEADS = cue("kill_heads")
TOLL_PARTICIPLES = KILL_HEADS | {"leave", "result", "lead", "cause"}   # "..., killing 17", "leaving 3 dead"
BODY_WORDS = cue("body_words")
BODY_CUES = cue("body_cues")


DEATH_KINDS = ("killed", "executed")

UNSURE = cue("unsure")
ATTEMPT = cue("attempt")
NOT_PERSON = cue("not_person")


def conservative(values) -> Optional[int]:
    """The smallest positive figure; 0 when the only figures are 0; None when none was given."""
    given = [v for v in values if v is not None]
    positive = [v for v in given if v > 0]
    return min(positive) if positive else (0 if given else None)


def _sum_kind(counts, kinds):
    vals = [c.value if c.value is not None else c.low for c in counts if c.kind in kinds]
    vals = [v for v in vals if v is not None]
    return max(vals) if vals else None


def fatalities(ctx, d, counts):
    """ACLED fatalities of one draft from its counts (see the module docstring), else the deaths
    its words imply, else None."""
    doc = ctx.doc
    stated = [c for c in counts if c.kind in DEATH_KINDS and _value(c) is not None]
    tallied = {t.i for c in counts for t in (_span(doc, c) or ())}  # "4,000 injured" counts, it tells no act
    own = {i for cls, _, a, b in d.signals if cls != "other" for i in range(a, b)} - tallied
    killed = [c for c in stated if not _unsure(doc, c) and not _background(_span(doc, c), own)]
    positive = [c for c in killed if _value(c) > 0]
    if positive:
        return _total(doc, [c for c in killed if not _unknown(c)], counts)
    if len(killed) < len(stated):
        return 0
    implied = implied_deaths(doc, d, counts)
    if implied is None and killed:
        return 0
    return implied


def _unknown(c) -> bool:
    """"no information about casualties", "no reports of deaths": the toll is unknown, not 0; beside a
    toll it is no competing figure."""
    return _value(c) == 0 and bool(UNKNOWN.match(c.text))


UNKNOWN = re.compile(r"^no\s+(?:immediate\s+)?(?:information|reports?|word|details)\b", re.I)


def _background(span, own=frozenset()) -> bool:
    """Deaths in a clause that only sets the scene: "rioted after two children were killed", "the
    strikes came after militants killed 10 soldiers". Not when that clause holds every event word
    of the draft in its sentence (``own``, token indices): then it is where the event is told ("residents fled
    because a crackdown has killed 40")."""
    if span is None:
        return False
    verb = span[-1]
    if _describes_person(verb):
        return True  # "relatives of a trader killed last year", "the bodies of 3 students killed"
    t = span.root
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.tag_ == "VBG" and t.lemma_.lower() in TOLL_PARTICIPLES:
            return False  # "..., killing 17": the participle reports the whole event's toll
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "because")
                                     for c in t.children) or t.dep_ == "pcomp" and t.head.lower_ in ("after", "following"):
            return not _holds_all(t, own)
        t = t.head
    return False


def _holds_all(t, own) -> bool:
    """Does the clause headed by t hold every event word of its sentence that the draft has (but
    words of flight and the like, class "other": "residents fled because ...")?"""
    sent = docindex.sent_of(t)
    mine = {i for i in own if sent.start <= i < sent.end}
    return bool(mine) and mine <= {x.i for x in t.subtree}


def _describes_person(verb) -> bool:
    """"relatives of a trader killed last year", "supporters of a leader who was murdered": the
    death describes who someone is (the head noun hangs from "of"/"for"/"over")."""
    if verb.dep_ == "relcl":
        if not any(c.lower_ in ("who", "whom", "whose") for c in verb.subtree if c.i < verb.i):
            return False
    elif verb.dep_ != "acl":
        return False
    return verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("of", "for", "over")


def _unsure(doc, c) -> bool:
    """"3 militants were killed, injured or captured", "killed or injured", "(coded separately)"."""
    span = _span(doc, c)
    if span is None:
        return False
    after = [t.lower_ for t in docindex.tokens(doc)[span.end:span.end + 6]]
    before = [t.lower_ for t in docindex.tokens(doc)[max(0, span.start - 4):span.start]]
    if "or" in after[:4] and any(w in UNSURE for w in after[:5]):
        return True
    if "or" in before and any(w in UNSURE for w in before):
        return True
    text = docindex.span(doc, span.end, span.end + 8).text.lower()
    return "coded separately" in text or "reported separately" in text or "separate event" in text


def implied_deaths(doc, d, counts=()):
    """Deaths the verbs report without a number: "shot dead a civilian" = 1, "killed a man and his
    son" = 2, "they were killed" = the people an earlier sentence counted ("the three men had
    barricaded themselves in a house ... They were killed")."""
    for cls, phrase, s, e in d.signals:
        if (phrase not in KILL_WORDS and phrase.split()[0] not in KILL_HEADS) or cls not in ("attack", "execution", "mob", "lethal", "other"):
            continue
        tok = doc[s]
        if tok.pos_ in ("NOUN", "PROPN") and phrase not in BODY_WORDS and not phrase.endswith(" dead"):
            continue  # "the killing of a trader" names a death it does not report; "the Ghulja Massacre"
        if phrase in BODY_WORDS and any(t.lower_ in ("symbolic", "mock", "fake", "effigy")
                                        for t in docindex.tokens(doc)[max(0, s - 3):e + 2]):
            continue
        if _ambiguous(doc, s, e) or _attempt(doc, tok) or token_status(tok) == "negated":
            continue
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if _background(tok.doc[tok.i:tok.i + 1]):
            continue
        if _describes_person(head) and phrase not in BODY_WORDS:
            continue  # "the daughter of an MP killed in 2019": a person described, not a death reported
        if phrase in ("body", "bodies") and not _dead_body(tok):
            continue
        obj = victim_noun(tok)
        if obj is not None and phrase not in BODY_WORDS:
            if not _personish(obj):
                continue
            if obj.lower_ in ("they", "them"):
                return _antecedent(doc, obj, counts)
            if obj.tag_ in ("NNS", "NNPS"):
                return None
            return 1 + sum(1 for c in _conjuncts(obj) if _personish(c) and c.tag_ not in ("NNS", "NNPS"))
        return 2 if phrase == "bodies" else 1
    return _death_words(doc, d)


def _antecedent(doc, pron, counts) -> Optional[int]:
    """How many "they" / "them" are: the last count of people ("three men", "abducted nine soldiers";
    not of the dead, the hurt or the marchers) in the sentence before the pronoun's or its own, in its
    paragraph; None when there is none."""
    own = docindex.sent_of(pron).start
    start = docindex.sent_of(doc[own - 1]).start if own > 0 else 0
    before = [c for c in counts if c.kind in ("other", "missing", "detained", "arrested") and _value(c) is not None
              and doc[start].idx <= c.start and c.end <= pron.idx]
    if not before or "\n" in docindex.text(doc)[before[-1].end:pron.idx]:
        return None
    n = _value(before[-1])
    return n if n > 1 else None


def _victims(obj) -> int | None:
    """1 for a singular person (plus its conjuncts: "a chairman and his son" = 2), None otherwise."""
    if obj is None or not _personish(obj) or obj.tag_ in ("NNS", "NNPS") or obj.lower_ in ("them", "they"):
        return None
    return 1 + sum(1 for c in _conjuncts(obj) if _personish(c) and c.tag_ not in ("NNS", "NNPS"))


DEATH_LEMMAS = frozenset({"death", "killing", "die", "succumb"})   # the lemmas _death_words reads


def _death_words(doc, d):
    """"beat a man to death", "resulting in the death of a bystander", "the victim later died"."""
    if DEATH_LEMMAS.isdisjoint(docindex.word_sets(doc)[1]):
        return None   # none of the words it reads in the document
    for s, e in d.ranges:
        for tok in docindex.tokens(doc)[s:e]:
            lem = tok.lemma_.lower()
            n = None
            if lem == "death" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB" \
                    and tok.head.head.lemma_.lower() not in ("sentence", "condemn", "threaten", "put"):
                n = _victims(victim_noun(tok.head.head))
            elif lem in ("death", "killing") and tok.pos_ == "NOUN" and _is_result(tok):
                of = [c for c in tok.children if c.lower_ == "of"]
                n = _victims(next((c for c in of[0].children if c.dep_ == "pobj"), None)) if of else None
                if not of and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
                    n = 1  # "shot a guard, resulting in his death"
            elif lem in ("die", "succumb") and tok.pos_ == "VERB" and token_status(tok) == "reported" \
                    and tok.dep_ not in ("relcl", "advcl", "acl", "pcomp") and not _attempt(doc, tok) \
                    and not (tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("let", "allow")):
                # "accusing staff of letting a woman die": a blame, not this act's toll (CODEBOOK Fatalities)
                n = _victims(next((c for c in tok.children if c.dep_ == "nsubj"), None))
            if n:
                return n
    return None


def _is_result(tok) -> bool:
    """"resulting in / leading to / causing the death of"."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ in ("in", "to"):
        h = h.head
    elif tok.dep_ != "dobj":
        return False
    return h.lemma_.lower() in ("result", "lead", "cause", "leave")


def _dead_body(tok) -> bool:
    """A corpse, not a "rights body" or "associate bodies": "the body of a man", "bodies were found"."""
    mods = {c.lower_ for c in tok.children} | {tok.head.lemma_.lower()}
    if tok.text[0].isupper() and not tok.is_sent_start:
        return False  # "the Body of Scientific Investigations"
    if mods & {"government", "governmental", "regulatory", "electoral", "civic", "legislative", "national",
               "international", "local", "coordinating", "organising", "organizing", "symbolic", "governing", "rights", "associate", "student", "students", "trade", "workers",
               "advisory", "professional", "representative", "statutory", "umbrella", "apex"}:
        return False
    if any(c.lower_ == "of" and any(g.dep_ == "pobj" and _personish(g) for g in c.children) for c in tok.children):
        return True
    return bool(mods & BODY_CUES)


def _ambiguous(doc, s, e) -> bool:
    """"killing, injuring or capturing 2 militants", "killed or wounded"."""
    near = [t.lower_ for t in docindex.tokens(doc)[max(0, s - 4):min(len(doc), e + 4)]]
    pair = [t.lower_ for t in docindex.tokens(doc)[max(0, s - 2):min(len(doc), e + 2)]]
    return ("or" in near and any(w in UNSURE for w in near)) or ("and" in pair and any(w in UNSURE for w in pair))


def _attempt(doc, tok) -> bool:
    """"attempted to kill", "tried to lynch", "an attempt to assassinate", "a plot to kill"."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            break
        if t.dep_ in ("xcomp", "acl", "advcl", "ccomp", "pcomp", "pobj", "conj") and t.head.lemma_.lower() in ATTEMPT:
            return True
        t = t.head
    prev = [x.lemma_.lower() for x in docindex.tokens(doc)[max(0, tok.i - 3):tok.i]]
    return any(w in ATTEMPT for w in prev) and "to" in prev


def _personish(tok) -> bool:
    """Could the noun be a person (not "killed livestock", "kills tourism")?"""
    w = tok.lower_
    if tok.pos_ == "PRON":
        return w in ("him", "her", "them", "he", "she", "they", "himself", "herself", "one", "who")
    return tok.pos_ in ("NOUN", "PROPN") and w not in NOT_PERSON and tok.lemma_.lower() not in NOT_PERSON


def _conjuncts(tok):
    out = []
    for c in tok.children:
        if c.dep_ == "conj" and (c.pos_ == "NOUN" or c.ent_type_ in ("PERSON", "NORP")) \
                and c.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") and not _in_brackets(c):
            out.append(c)
            out += _conjuncts(c)
    return out


def _in_brackets(tok) -> bool:
    before = [t.text for t in docindex.tokens(tok.doc)[max(docindex.sent_of(tok).start, tok.i - 8):tok.i]]
    return "(" in before and ")" not in before[before.index("(") if "(" in before else 0:]


def victim_noun(tok):
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None
