"""Status of an event word: reported, planned, historical or negated (CODEBOOK 9, 'Status').

Read from the words that govern it in the parse (a call for, a plan, a denial, a negation, a
relative clause about a place's past) and from the dates near it (a date over half a year before
publication, a decade, a running tally since a past point). A habit or a trend ("insurgents
routinely set up checkpoints", "weekly sit-ins", "kidnappings have become the gangs' main income")
is background too: it tells of no one happening (``_habitual``), and so is a situation told in the
present simple ("armed gangs stop lorries and kidnap their drivers": ``present.generic_present``).
"""
from __future__ import annotations

import bisect
import re
from ... import docindex
from .present import WEEKDAYS, generic_present, one_day
from .present import clause_path as _clause_path, present_simple as _present_simple
from .asides import referred_back
from .signals import cue
from .periods import _as_date, dates_between


PLAN_VERBS = cue("plan_verbs")
PLANNED_MODS = cue("planned_mods")
CARRIED_OUT = cue("carried_out")
HELD_OR_PLANNED = CARRIED_OUT | PLAN_VERBS   # united once (_not_done)
DENY_VERBS = cue("deny_verbs")
WISH_VERBS = cue("wish_verbs")
HELD_DEMANDS = cue("held_demands")
CITYISH = cue("cityish")
HABITUAL_ADVERBS = cue("habitual_adverbs")
HABITUAL_MODS = cue("habitual_mods")
HABITUAL_SPANS = cue("habitual_spans")
PAST_PREPS, PAST_MODS, WAR_SPANS = cue("past_preps"), cue("past_mods"), cue("war_spans")
CAN_MODALS, ABLE_ADJS, EASE_ADJS = cue("can_modals"), cue("able_adjs"), cue("ease_adjs")
PERCEIVE_VERBS, MEMORY_VERBS = cue("perceive_verbs"), cue("memory_verbs")


def is_placeish(tok) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in CITYISH


def token_status(tok, ref_year=None) -> str:
    """reported | historical | planned | negated, from the words that govern ``tok``."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children) or _no_subject(tok):
        return "negated"
    if _not_done(tok) or _none_of(tok):
        return "negated"
    if any(c.dep_ == "amod" and c.lemma_.lower() in PLANNED_MODS for c in tok.children) and not (
            tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.lemma_.lower() in CARRIED_OUT):
        return "planned"  # "days before a planned march"
    t, depth, side, prev = tok, 0, False, tok
    head = t.head   # each word's head and relation read once a step (spaCy makes a Token at each .head)
    while head.i != t.i and depth < 12:
        dep = t.dep_
        if _closed_before(t):
            break   # "activists say police beat marchers; the police deny using force": the denial is its own
        if dep == "relcl" and is_placeish(head) and not any(c.lower_ == "when" for c in t.children) or (
                dep == "relcl" and t.lemma_ in ("see", "witness")):
            return "historical"  # "a city that saw protests"; "..., when they were protesting" is no relative clause
        if head.lemma_ in DENY_VERBS and dep in ("ccomp", "xcomp", "dobj", "pcomp"):
            return "negated"
        if dep == "xcomp" and head.lemma_ in WISH_VERBS:
            return "planned"   # "we only wanted to hand over a memorandum": a wish, not a done act
        if head.lemma_ in PLAN_VERBS and dep in ("xcomp", "dobj", "pobj", "prep", "ccomp", "advcl") and not (
                _told_done(t) or _fronted_when(t) or t.lemma_.lower() in HELD_DEMANDS or any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in head.children)):  # "called off the strike": done
            return "planned"
        if dep == "pobj" and head.lower_ in ("for",) and head.head.lemma_ in PLAN_VERBS:
            return "planned"
        if not side and _future(t) and not (t is not tok and prev.dep_ in ("nsubj", "nsubjpass")):
            return "planned"  # "says it will join a march"; but in "the strike will go on" the strike is under way
        if dep in SIDE_CLAUSES or dep == "advcl":
            side = True  # a relative or adverbial clause has its own time
        if _conditional(t):
            return "planned"
        if dep in ("ROOT", "conj") and t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") and c.i < tok.i for c in t.children):
                return "planned"
            if any(c.dep_ == "neg" for c in t.children) and tok.pos_ == "VERB" and t is tok:
                return "negated"
            if not _conjoined_under(t):
                break   # a main clause: its time is the event's
        prev, t, depth = t, head, depth + 1
        head = t.head
    return "reported"


def _closed_before(t) -> bool:
    """Does a semicolon close the clause of ``t`` before the verb the parse hangs it on? ("activists say
    police beat marchers; the police deny using force": the parser makes "say" the object of "deny",
    but a clause a semicolon has closed is no complement of a verb after it; CODEBOOK 9: a denial with
    its own subject is a claim beside the first, which keeps its status.)"""
    head = t.head
    if head.i < t.i:
        return False
    return ";" in docindex.lowers(t.doc)[t.right_edge.i + 1:head.i]   # a word ";" is ";" in lower case too


CONDITION_MARKS, UNTIL_MARKS, WHETHER_HEADS = cue("condition_marks"), cue("until_marks"), cue("whether_heads")


def _conditional(t) -> bool:
    """A clause told as a condition, or as what follows from one: no happening the report tells
    (CODEBOOK 9). "if you don't pay, they burn your shop" (both clauses), "unless the army withdraws";
    a past act an "if" clause only follows is told done, and so is that clause ("targeted a plane
    [unclear if it was firing]": "if" there asks whether, as it does after "clear", "ask", "know");
    "until troops withdraw" under a negated or future verb ("will not negotiate until federal troops
    withdraw"), not after a done act ("the fighting went on until the troops withdrew")."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if _condition(t):
        return t.i < t.head.i or _told_now(t.head)
    if t.dep_ == "advcl" and t.head.i != t.i and any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS for c in t.children):
        return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in FUTURE_AUX + ("would",) for c in t.head.children)
    return any(_condition(c) and (c.i < t.i or _told_now(t)) for c in t.children)


def _condition(c) -> bool:
    """An "if" or "unless" clause that sets a condition, not one that asks whether ("it is not clear
    if", "asked if")."""
    if c.dep_ != "advcl" or c.head.i == c.i or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                                          for m in c.children):
        return False
    head = c.head
    return not (head.lemma_.lower() in WHETHER_HEADS or any(
        x.dep_ == "acomp" and x.lemma_.lower() in WHETHER_HEADS for x in head.children))


def _told_now(verb) -> bool:
    """A verb in the present or with a modal ("they burn", "would close"): what a condition governs."""
    return verb.tag_ in ("VB", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _conjoined_under(t) -> bool:
    """A verb joined to one inside a clause that governs it ("urged both sides to protect its projects
    and to hold talks": "hold" shares the plan "protect" is under), not to the sentence's main verb."""
    if t.dep_ != "conj":
        return False
    first = t.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "dobj")


FUTURE_AUX = ("will", "'ll", "shall")


def _future(t) -> bool:
    """Is t a verb told in the future (the caller climbs to it from the event word through no relative
    or adverbial clause): "will" before it,
    or, in reported speech (a clause under a verb of saying), "would" ("the coalition said it would
    stage a sit-in on Monday": the future of the past, not a done act)? A relative clause is another
    time's ("the men who attacked the post will be charged": the attack is done)."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("ROOT", "conj"):
        return False  # a main verb's "will" is read where the climb stops
    aux = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
    return bool(aux) and (aux[0] in FUTURE_AUX or aux[0] == "would" and t.dep_ == "ccomp")


def _fronted_when(t) -> bool:
    """A time phrase that opens the clause of a verb of announcing dates the announcement itself
    ("On Sunday, the two commands announced ..."), not what it announces."""
    return t.dep_ == "prep" and t.i < t.head.i and any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree)


def _told_done(t) -> bool:
    """A clause in the past under a verb of announcing or warning reports a done act: "the ministry
    announced that two men were hanged", "police warned that protesters had blocked the road"."""
    if t.dep_ != "ccomp":
        return False
    aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    return t.tag_ == "VBD" and not aux or t.tag_ == "VBN" and bool(aux & {"was", "were", "had", "has", "have", "been"})


def _not_done(tok) -> bool:
    """An event noun that a negated verb of holding or calling governs: "the union has not called any
    strike", "organisers did not hold a rally", "the march was not staged" (CODEBOOK 9: a negation
    negates the act it governs)."""
    head = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "oprd", "nsubjpass") and head.i != tok.i and head.lemma_ != "be"
            and head.lemma_ in HELD_OR_PLANNED and any(c.dep_ == "neg" for c in head.children))


def _none_of(tok) -> bool:
    """An event noun told of as absent: "no sign of a political settlement", "without any prospect of
    a ceasefire" (CODEBOOK 9: a negation negates the act it governs)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)


def _no_subject(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or (
                c.lower_ == "one" and any(g.lower_ == "no" for g in c.children))):
            return True
    return False


def signal_status(tok, sig, ctx, ref_year) -> str:
    st = token_status(tok)
    if st == "planned" and _old_date_near(ctx, tok):
        return "historical"  # a plan told of long ago ("in November 2023 the union said it would strike")
    if st != "reported":
        return st
    # The sentence and whether it names one day, read once for all the checks below (each read them
    # itself); a sentence that names one day makes _habitual, _capability, _remembered and
    # _tally_of_many False, so they are not asked then.
    sent = docindex.sent_of(tok)
    day = one_day(sent)
    if _old_date_near(ctx, tok, sent) or _decade_near(tok, sent) or _running_tally(tok, sent) or _war_toll(tok) \
            or not day and (_habitual(tok, sent, False) or _capability(tok, False) or _remembered(tok, False)
                            or _tally_of_many(tok, False)) \
            or _trend_object(tok) or generic_present(tok, sent) or referred_back(tok):
        return "historical"
    return "reported"


def _habitual(tok, sent=None, day=None) -> bool:
    """A habit or a trend told of, not one happening (CODEBOOK 9: code what the report says
    happened): a frequency word on the event's clause ("insurgents routinely set up checkpoints",
    "villagers are often attacked"), a rate ("several attacks a month"), a recurring event ("weekly
    sit-ins", "every Friday, women have marched to protest"), a span of months or years ("the sit-ins
    continued for months"), a whole war as the time ("bought drones during the war in Tigray"), or the event as the subject of a trend ("kidnappings have become the gangs' main income"). A sentence
    that names one day ("on Monday", "on 3 May") tells one happening and stays reported."""
    sent = docindex.sent_of(tok) if sent is None else sent
    if one_day(sent) if day is None else day:
        return False
    if docindex.per_sentence(sent, "vigil_every_weekday", _every_weekday):
        return True   # "Every Sunday for two years, pensioners have gathered": the parse may hang it anywhere
    path = _clause_path(tok)
    while path[-1].dep_ in ("advcl", "xcomp", "relcl", "acl") and len(path) < 24 and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in path[-1].children):
        path += _clause_path(path[-1].head)   # "to protest", "for years to seize": the aim takes its clause's time
    verbs = {t.i for t in path if t.pos_ in ("VERB", "AUX")}
    for t in path:
        for c in t.children:
            low = c.lower_
            if c.dep_ == "advmod" and low in HABITUAL_ADVERBS or c.dep_ == "amod" and low in HABITUAL_MODS:
                return True
            if c.dep_ in ("npadvmod", "nmod", "dobj") and any(g.dep_ == "det" and g.lower_ in ("every", "each")
                                                             for g in c.children) or _rate(c):
                return True
            if c.dep_ == "prep" and low == "for" and any(g.dep_ == "pobj" and g.lower_ in HABITUAL_SPANS
                                                        for g in c.children):
                return True
            if c.dep_ == "prep" and low in PAST_PREPS and any(g.dep_ == "pobj" and (
                    _past_stretch(g) or low == "during" and g.lemma_.lower() in WAR_SPANS) for g in c.children):
                return True
        if t.dep_ in ("nsubj", "nsubjpass", "attr", "acomp") and t.head.i in verbs and _trend(t.head):
            return True
    return False


def _every_weekday(sent) -> bool:
    """"every" or "each" on a day of the week anywhere in the sentence (worked out once per sentence)."""
    return any(t.dep_ == "det" and t.lower_ in ("every", "each") and t.head.lower_ in WEEKDAYS for t in sent)


RATE_PERIODS = cue("rate_periods")


def _rate(c) -> bool:
    """A rate ("several attacks a month", "raid farms twice a week", "ten arrests per year"): "a" or
    "per" and a period, with no "after", "later" or "ago" on it ("a day after the attack" dates one
    happening)."""
    if c.dep_ == "prep" and c.lower_ == "per":
        return any(g.dep_ == "pobj" and g.lemma_.lower() in RATE_PERIODS for g in c.children)
    return c.dep_ == "npadvmod" and c.lemma_.lower() in RATE_PERIODS and any(
        g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children) and not any(
        g.dep_ in ("prep", "advmod") for g in c.children)


def _capability(tok, day=None) -> bool:
    """What a side is able to do, not what it did (CODEBOOK 9: code what the report says happened):
    "can" on the event's clause ("militants can ambush convoys at will", "attacks can happen at any
    time"), an "able" word in the present ("insurgents are able to strike army posts", "groups capable
    of overrunning police posts"), or a word of ease or difficulty ("the drones are hard to shoot
    down"). Past ability ("rebels were able to seize the town") tells a done act and stays; so does
    what "can be seen" or heard ("protesters can be seen marching"), and a sentence that names its day.
    ``day``: whether the sentence names one day, when the caller knows."""
    lows, lemmas = docindex.word_sets(tok.doc)
    if CAN_MODALS.isdisjoint(lows) and ABLE_ADJS.isdisjoint(lemmas) and EASE_ADJS.isdisjoint(lemmas):
        return False   # none of the words it needs in the document
    if one_day(docindex.sent_of(tok)) if day is None else day:
        return False
    path = _clause_path(tok)
    while path[-1].dep_ in ("xcomp", "pcomp") and path[-1].head.i != path[-1].i and len(path) < 24:
        path += _clause_path(path[-1].head)   # "can continue to attack": the modal sits above
    for t in path:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in PERCEIVE_VERBS:
            return False
        if any(c.dep_ == "aux" and c.lower_ in CAN_MODALS for c in t.children):
            return True
        if t.pos_ == "ADJ" and t.dep_ == "acomp":
            low = t.lemma_.lower()
            if low in EASE_ADJS or low in ABLE_ADJS and t.head.tag_ in ("VBZ", "VBP"):
                return True
    return False


def _remembered(tok, day=None) -> bool:
    """An event told as what people remember, in the present ("farmers recall the raids that emptied
    their villages", "elders still remember how gunmen burned the market"): the past the speakers
    carry, not the report's news (CODEBOOK 9: a sentence about last year's uprising is background).
    A witness who "recalled how the gunmen opened fire" tells the report's event and stays; so does a
    sentence that names its day. A word in the list after a present "speak of" counts however the parser
    hangs the list (``_told_of``)."""
    if MEMORY_VERBS.isdisjoint(docindex.word_sets(tok.doc)[1]):
        return False   # no verb of remembering in the document
    if one_day(docindex.sent_of(tok)) if day is None else day:
        return False
    if any(a.pos_ == "VERB" and a.lemma_.lower() in MEMORY_VERBS and _present_simple(a) for a in tok.ancestors):
        return True
    return any(v.i < tok.i and v.lemma_.lower() in MEMORY_VERBS and _present_simple(v) and _told_of(v, tok)
               for v in docindex.sent_of(tok))


def _told_of(verb, tok) -> bool:
    """``tok`` in the list after the verb's "of" or "about", no other verb between ("residents speak more
    often of the rule, the battles that ended it and ..."): the parser may hang such a list elsewhere."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < tok.i), None)
    return prep is not None and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("relcl", "acl") or t.lower_ in (";", ":")
        for t in tok.doc[prep.i + 1:tok.i])   # "the battles that ended it" is still the list


MULTITUDES, MANY_MODS = cue("multitudes"), cue("many_mods")


def _tally_of_many(tok, day=None) -> bool:
    """An event noun in the plural counted as a multitude ("rights groups have documented dozens of
    strikes", "the group has carried out a string of attacks", "numerous abductions", "scores of air
    strikes"), or a word in its relative clause ("dozens of raids that burned villages"): a tally of
    many happenings over time, no one happening the report tells (CODEBOOK 9). A sentence that names
    one day ("dozens of arrests on Monday") tells that day's event."""
    lows = docindex.word_sets(tok.doc)[0]
    if MULTITUDES.isdisjoint(lows) and MANY_MODS.isdisjoint(lows):
        return False   # no word of a multitude in the document: _many is False everywhere
    head = tok.head if tok.dep_ == "compound" else tok   # "air" of "dozens of air strikes"
    if not (_many(head) or _told_of_many(tok)):
        return False
    return not (one_day(docindex.sent_of(tok)) if day is None else day)


def _many(n) -> bool:
    """A plural noun counted as a multitude: "dozens of strikes", "numerous abductions"."""
    if n.tag_ != "NNS":
        return False
    counted = n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in MULTITUDES
    return counted or any(c.dep_ == "amod" and c.lower_ in MANY_MODS for c in n.children)


def _told_of_many(tok) -> bool:
    """A word in the relative clause of such a noun: "dozens of strikes that killed civilians in
    markets" tells what the many did, no one happening either."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "relcl" and a.pos_ in ("VERB", "AUX"):
            return a.head.i != a.i and _many(a.head)
    return False


AMOUNT_VERBS = cue("amount_verbs")


def _trend_object(tok) -> bool:
    """An event noun whose amount a verb says changed ("the state of emergency has reduced attacks on
    roads", "the crackdown curbed protests"): a trend over time, no happening (CODEBOOK 9)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in AMOUNT_VERBS


def _past_stretch(n) -> bool:
    """A noun that names a stretch of time before now, not a day: "the past" ("has in the past helped
    to broker ceasefires"), "recent years", "the past months"; not "the past 24 hours" or "the past week"."""
    if n.lower_ == "past":
        return not any(c.dep_ in ("nummod", "amod", "compound") for c in n.children)
    return n.lower_ in HABITUAL_SPANS and any(c.dep_ == "amod" and c.lower_ in PAST_MODS for c in n.children)


def _trend(verb) -> bool:
    """"have become", "are becoming", "becomes": a state the text describes, not a change on one day."""
    if verb.lemma_ != "become":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ in ("VBZ", "VBP") or bool(aux & {"have", "has", "'ve", "are", "is", "'re", "'s"})


def _old_date_near(ctx, tok, sent=None) -> bool:
    """A date mention in tok's sentence that lies far (over half a year) before publication, and
    not in a side clause that leaves tok out ("In Barquisimeto, where security forces shot dead 14
    demonstrators during the 2019 protests, a poster read ...": 2019 dates the clause, not the poster)."""
    if ctx.published is None:
        return False
    sent = docindex.sent_of(tok) if sent is None else sent
    for m in dates_between(ctx, sent.start_char, sent.end_char):
        if m.date:
            d = _as_date(m.date)
            if d and (ctx.published - d).days > 183 and (abs(m.start - tok.idx) < 120 or _fronted_date(ctx.doc, m, sent)) \
                    and not _aside(ctx.doc, m, tok):
                return True
    return False


def _fronted_date(doc, m, sent) -> bool:
    """A date that opens the sentence ("In September 2022, the two armies fought for days; officials
    said tanks shelled villages and drones struck positions"): it dates all of the sentence, however
    long, not only the words near it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start - sent.start > 2:
        return False
    return any(t.text == "," for t in docindex.tokens(doc)[span.end:min(span.end + 2, sent.end)])


SIDE_CLAUSES = {"relcl", "acl"}


def _aside(doc, m, tok) -> bool:
    """Is date mention m inside a relative clause that does not hold tok?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    x, depth = span.root, 0
    while x.head.i != x.i and depth < 12:
        if x.dep_ in SIDE_CLAUSES and x.pos_ in ("VERB", "AUX"):
            return not (x.left_edge.i <= tok.i <= x.right_edge.i)
        x, depth = x.head, depth + 1
    return False


DECADE = re.compile(r"(1[89]|20)\d0s")


def _decade_near(tok, sent=None) -> bool:
    """A decade in tok's sentence ("worst affected by kidnapping in the 1990s"), under 25 words away."""
    decades = _decades(tok.doc)
    if not decades:
        return False
    sent = docindex.sent_of(tok) if sent is None else sent
    k = bisect.bisect_left(decades, max(sent.start, tok.i - 24))
    return k < len(decades) and decades[k] < min(sent.end, tok.i + 25)


def _decades(doc) -> list:
    """The indices of the tokens that are a decade ("1990s"), found once per document in its text."""
    found = doc.user_data.get("vigil_decades")
    if found is None and "0s" not in docindex.text(doc):
        found = doc.user_data["vigil_decades"] = []   # every decade ends in "0s"
    if found is None:
        spans = (doc.char_span(m.start(), m.end()) for m in DECADE.finditer(docindex.text(doc)))
        found = doc.user_data["vigil_decades"] = [x.start for x in spans if x is not None and len(x) == 1]
    return found


def _running_tally(tok, sent=None) -> bool:
    """A present-perfect tally since a past point ("more than 100 protesters have been killed since
    the coup", "protests have spread across the country since December"): background, not an event."""
    sent = docindex.sent_of(tok) if sent is None else sent
    return docindex.per_sentence(sent, "vigil_running_tally", _since_perfect)


def _since_perfect(sent) -> bool:
    """A "since" and a present perfect in the sentence, neither inside a relative clause on a place
    ("marched on X, a village that has been deserted since 2023": the clause tells of the village,
    like "a city that saw protests" in token_status, not of the march). A "since" a day of the week
    ("have gathered every day since Wednesday") dates the happening the report tells, begun that day."""
    doc, low = sent.doc, docindex.lowers(sent.doc)       # a Token only for the words that may tell it
    since = [i for i in range(sent.start, sent.end) if low[i] == "since" and doc[i].dep_ in ("prep", "mark")
             and not any(c.dep_ == "pobj" and c.lower_ in WEEKDAYS for c in doc[i].children)]
    perfect = [i for i in range(sent.start, sent.end)
               if low[i] in ("have", "has", "'ve") and doc[i].dep_ in ("aux", "auxpass")]
    if not (since and perfect):
        return False
    aside = {t.i for r in sent if r.dep_ == "relcl" and is_placeish(r.head) for t in r.subtree}
    return any(i not in aside for i in since) and any(i not in aside for i in perfect)


WAR_NOUNS = cue("war_nouns")
SUMMARY_ACTS, EXTENT_VERBS = cue("summary_acts"), cue("extent_verbs")
STRETCH_UNITS, STRETCH_MODS = cue("stretch_units"), cue("stretch_mods")


def _war_toll(tok) -> bool:
    """A summary of a conflict told in the present perfect, background to the report's events
    (CODEBOOK 9: a summary of a conflict is not this report's event): the toll of a whole war ("The
    war, which began in April 2023, has killed tens of thousands", "the insurgency has displaced a
    million people"), with or without a "since"; or the fighting itself as the subject, told over a
    stretch of time ("clashes have displaced 40,000 people this year", "fighting has killed hundreds
    over the past year") or as the extent it has come to ("the fighting has narrowed to three towns",
    "has spread to most of the townships")."""
    lows, lemmas = docindex.word_sets(tok.doc)
    if WAR_NOUNS.isdisjoint(lemmas) and SUMMARY_ACTS.isdisjoint(lemmas) and SUMMARY_ACTS.isdisjoint(lows):
        return False   # no war noun nor a noun of fighting in the document
    verb = next((t for t in _clause_path(tok) if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("nsubj", "nsubjpass")),
                None)   # "fighting" (tagged a verb) as the subject: its clause's verb
    if verb is None or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'s", "'ve")
                               for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.lemma_.lower() in WAR_NOUNS for c in subj):
        return True
    return any(c.lemma_.lower() in SUMMARY_ACTS or c.lower_ in SUMMARY_ACTS for c in subj) and (
        _stretch_of(verb) or verb.lemma_.lower() in EXTENT_VERBS and _many_places(verb))


def _stretch_of(verb) -> bool:
    """The verb's clause names a stretch of months or years as its time: "this year", "over the
    past year", "in the last six months", "for nine years" (not "this week" nor "the past 24 hours": the
    report's own news, as in _past_stretch)."""
    for c in verb.children:
        spans = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ == "npadvmod" else []
        for n in spans:
            if n.lemma_.lower() in STRETCH_UNITS and any(
                    g.dep_ in ("amod", "det", "nummod") and g.lower_ in STRETCH_MODS or g.dep_ == "nummod"
                    for g in n.children):
                return True
    return False


def _many_places(verb) -> bool:
    """The extent the fighting has come to is several places or a share of them: "to three towns",
    "to most of the country's townships" (one place, "has spread to Wad Madani", may be the day's clash)."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for n in (g for g in c.children if g.dep_ == "pobj"):
            if n.tag_ == "NNS" or any(g.dep_ == "prep" and g.lower_ == "of" for g in n.children) and n.lower_ in (
                    "most", "many", "much", "all", "half", "parts", "part"):
                return True
    return False


def _date_status(ctx, m) -> str:
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return "reported"
    st = token_status(span.root)
    if st == "reported" and ctx.published and _as_date(m.date) and (ctx.published - _as_date(m.date)).days > 183:
        return "historical"
    return st
