"""Clauses that come back to a report's main event and are no events of their own.

``elaborations`` (see its docstring), with ``faint`` (a mild strategic remark the calibrated model
gives almost no chance), ``summaries`` (a sentence that sums up a period, listing several kinds of
happening, is no event: the report tells each on its own day) and ``references`` (a comment on, an
inquiry into or a reaction to a happening the report tells, "did not comment on the shelling", is no
second event).
"""
from __future__ import annotations

import dataclasses

from ... import docindex
from .agency import role
from .clauses import tally
from .leads import summary_sections
from .merge import _near, with_force
from .signals import cue
from .status import _date_status, one_day
from .periods import dates_between

# Sub-types that stand as events of their own beside a report's main event at the same place.
OWN_STANDING = cue("own_standing")
SUMMARY_PREPS, SUMMARY_SPANS = cue("summary_preps"), cue("summary_spans")
SUMMARY_SUBJECTS, SUMMARY_VERBS = cue("summary_subjects"), cue("summary_verbs")
REFERENCE_HEADS = cue("reference_heads")
SUMMARY_MIN_KINDS = 3   # signal classes a sentence lists before it reads as a summary
SUMMARY_MIN_OTHERS = 2  # events of the report's own, besides its summaries, that the summaries sum up


def _period_sentence(sent) -> bool:
    """A sentence told over a span of days, not on one day: "In four days, ...", "In the space of six
    days, ...", "During the period covered by this report, ...", "The month was marked by ..."."""
    for t in docindex.tokens(sent.doc)[sent.start:sent.end]:
        if t.dep_ == "prep" and t.lower_ in SUMMARY_PREPS and any(
                c.dep_ == "pobj" and c.lower_ in SUMMARY_SPANS for c in t.children):
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in SUMMARY_SUBJECTS and t.head.lemma_ in SUMMARY_VERBS:
            return True
    return False


def _referred(tok) -> bool:
    """Is the event word a mention of a happening told elsewhere: "Tuesday's attack"; a definite
    noun ("the drone attack", "the shelling report") that is the topic of a comment, an inquiry or a
    reaction ("opened investigations into the drone attack", "did not comment on the shelling
    report", "declined to answer questions about the raid", "condemned the bombing") or of a
    judgement ("the firing was proof that ..."); a participle on a known person ("the soldier killed
    on Saturday")?"""
    from .status import WEEKDAYS
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _definite(tok.head):
        return True   # "the funeral of the soldier killed on Saturday": the killing is told elsewhere
    n, depth = tok, 0
    while n.dep_ in ("compound", "amod", "conj", "nmod") and n.head.i != n.i and n.head.pos_ in ("NOUN", "PROPN") and depth < 4:
        n, depth = n.head, depth + 1
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "poss" and c.lower_ in WEEKDAYS for c in n.children):
        return True
    if not _definite(n):
        return False
    if n.dep_ == "nsubj" and n.head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in n.head.children):
        return True   # a judgement on it: "said the firing at the post was proof that ..."
    head = n.head.head if n.dep_ == "pobj" else n.head if n.dep_ == "dobj" else None
    return head is not None and (head.lemma_ in REFERENCE_HEADS or any(
        c.dep_ == "dobj" and c.lemma_ in REFERENCE_HEADS for c in head.children))


def _definite(n) -> bool:
    """A noun told as known: "the", "this", "that", a possessive ("the army's raid")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss"
               for c in n.children)


def _reaction(tok) -> bool:
    """The word names a told happening (``_referred``), or is the reaction to one ("condemned" in
    "condemned the attack")."""
    return _referred(tok) or tok.lemma_ in REFERENCE_HEADS and any(
        c.dep_ == "dobj" and _referred(c) for c in tok.children)


def references(ctx, events, owners, ks) -> set:
    """Of the events ``ks``, those whose every event word names a happening told elsewhere
    (``_referred``), when the report tells some other event of its own: a comment on, an inquiry
    into or a reaction to an event (CODEBOOK: one event per happening), not an event. A signal on
    a determiner ("groups on both sides traded accusations over the burning of the houses") names
    who, not what happened, and is left out. The word may
    name the happening in other terms than the type it was coded as ("condemned the attack" on an
    ambush coded as a clash), so any other reported event counts."""
    doc = ctx.doc
    refs = set()
    for k in ks:
        words = [s for s in owners[k].signals if doc[s[2]].dep_ not in NAMING_DEPS]
        if words and all(_reaction(doc[s[2]]) for s in words):
            refs.add(k)
    return refs if len(refs) < len(ks) else set()


# A signal on a determiner ("both" of "groups on both sides traded accusations") names the parties,
# not a happening: it neither makes nor unmakes a reference (``references``).
NAMING_DEPS = ("det", "predet")


def summaries(ctx, owners) -> set:
    """Indices of the drafts that sum up a period: a sentence told over days, not one day, that
    lists three kinds of happening or more ("In four days, the area saw a gun battle, mass
    detentions, a deadly shooting at a protest and a drone strike"), with the sentences of its
    paragraph that go on with it naming no day of their own. ACLED codes one event per type,
    place and day (CODEBOOK: one type, one location, one day), so a list spread over a week is no
    event: the report tells each of its happenings on its own day."""
    doc, out = ctx.doc, set()
    text = docindex.text(doc)
    for k, d in enumerate(owners):
        if len({s[0] for s in d.signals}) < SUMMARY_MIN_KINDS:
            continue   # no sentence of it can list enough kinds (most drafts): neither test below holds
        by_sent = {}
        for s in d.signals:
            by_sent.setdefault(docindex.sent_of(doc[s[2]]).start, set()).add(s[0])
        if not by_sent:
            continue
        # every signal in a period sentence that lists enough kinds (a body event a lead summary
        # folded into keeps signals of its own, and stays)
        if all(len(kinds) >= SUMMARY_MIN_KINDS and _period_sentence(docindex.sent_of(doc[start]))
               for start, kinds in by_sent.items()):
            out.add(k)
            continue
        # or a summary the next sentences of its paragraph go on with, naming no day of their own
        # ("In the space of six days, the group blockaded a town, ambushed a convoy and seized a camp.
        # The army, for its part, carried out a drone strike.")
        first = min(by_sent)
        sent = docindex.sent_of(doc[first])
        if len(by_sent[first]) >= SUMMARY_MIN_KINDS and _period_sentence(sent) and d.start >= sent.start and all(
                "\n" not in text[sent.start_char:doc[e - 1].idx] for _, e in d.ranges) and not any(
                one_day(docindex.sent_of(doc[x])) for x in by_sent if x != first):
            out.add(k)
    return out


def _own_dates(ctx, d) -> set:
    """The reported dates written inside the draft's own clauses, but a day given only for the telling
    of a quote (fields.date_mention does not take it) is not the draft's own, nor one told in a relative
    clause on a person ("one officer, whose body was recovered by relatives on 12 June", "a man who
    died in hospital on Friday"): it dates what became of that person, not the happening."""
    from .fields import date_mention
    doc, own = ctx.doc, date_mention(ctx, d)
    spans = [docindex.span(doc, s, e) for s, e in d.ranges]
    return {str(m.date)[:10] for sp in spans for m in dates_between(ctx, sp.start_char, sp.end_char)
            if m.date and _date_status(ctx, m) == "reported" and (own is None or m.date == own.date or m is own)
            and not _of_a_person(doc, m)}


def _of_a_person(doc, m) -> bool:
    """Date mention m lies in a relative clause introduced by "who" or "whose"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    x, depth = (span.root if span is not None else None), 0
    while x is not None and x.head.i != x.i and depth < 8:
        if x.dep_ == "relcl":
            return any(w.lower_ in ("who", "whose", "whom") for w in x.subtree if w.i < x.i)
        x, depth = x.head, depth + 1
    return False


def elaborations(ctx, events, owners, strength=None, into=None) -> list:
    """Indices of the events to keep. A full report tells its main event, then comes back to it:
    the police sealed off the area, firefighters fought the blaze, a spokesman gave a toll, the
    government declared mourning, the victims' group said it would protest. Each such clause is
    read as an event of its own, often of another sub-type; ACLED codes none of them. So a
    reported event with no place of its own, or at the named scene of a stronger reported event
    (the same place, a part of it or its province), is an elaboration of it and is dropped, unless it carries a
    date of its own other than the main event's (the arrests "on Friday" after Wednesday's
    protest) or is a sub-type that stands on its own (weapons seized, territory taken). The main
    event is the strongest by ``strength`` (the rules' confidence, severity first: how major the
    event is, not how sure the model is that it is one), else by confidence. Faint strategic remarks
    (``faint``), summaries of a period (``summaries``) and references to a told event
    (``references``) are dropped first, when the report tells events of its own. A toll clause
    with no doer is the toll of the event told before it, wherever it names (``_told_before``); a
    placeless clause that outranked the placed event told just before it still goes on telling it
    (``_placeless_leads``).
    ``into`` (a dict), when given, learns {dropped event: the main
    event it was read as telling of}."""
    rank = strength if strength is not None else [e.confidence for e in events]
    rep = sorted((k for k, e in enumerate(events) if e.status == "reported"), key=lambda k: (-rank[k], k))
    weak = faint(ctx, events, rep)
    rep = [k for k in rep if k not in weak]
    drop = summaries(ctx, [owners[k] for k in rep])
    drop = {rep[j] for j in drop} if len(rep) - len(drop) >= SUMMARY_MIN_OTHERS else set()
    rep = [k for k in rep if k not in drop]
    told = references(ctx, events, owners, rep)
    drop |= told
    rep = [k for k in rep if k not in told]
    section = {rep[j] for j in summary_sections(ctx, [owners[k] for k in rep])}
    section = section if len(rep) - len(section) >= SUMMARY_MIN_OTHERS else set()
    anchors = []
    from ...geo.locate import filed_at
    filed = filed_at(ctx.doc, ctx.places)
    for k in sorted(rep, key=lambda k: k in section):   # a summary's clauses after the events they sum up
        e, d = events[k], owners[k]
        a = next((j for j in anchors if d.place is None or (
            owners[j].place is not None and _near(events[j].location, e.location))), None)
        if a is None and tally(ctx.doc, d.signals):
            a = _told_before(anchors, owners, d)
        if k in section:   # a summary section's clause is never an event of its own; its toll goes to its scene's
            drop.add(k)
            if a is not None and into is not None:
                into[k] = a
            continue
        if a is None or e.sub_event_type in OWN_STANDING or _own_act(ctx.doc, e, events[a], d, filed) or \
                _arrest_at_home(ctx.doc, e, events[a], d):
            anchors.append(k)
            continue
        own = _own_dates(ctx, d)
        if own and events[a].date and events[a].date[:10] not in own:
            anchors.append(k)
            continue
        drop.add(k)
        if into is not None:
            into[k] = a
    for k in _placeless_leads(ctx, events, owners, anchors, filed):
        drop.add(k[0])
        if into is not None:
            into[k[0]] = k[1]
    return [k for k in range(len(events)) if k not in drop | weak]


# Places too wide to be the scene of an act of their own: a clause naming only a province ("Rohingya who
# remained in Rakhine have been forcibly recruited") speaks of the region, not of one happening in it.
WIDE_FEATURES = ("admin1", "region", "country")


def _own_act(doc, e, main, d, filed) -> bool:
    """Is event e, told at the scene of a stronger event ``main``, an act of its own rather than a
    telling of main: an event of another type whose doer the clause names itself and who is of another
    kind than main's doer (CODEBOOK: one event per type, place and day; the crowd that stoned the police
    station after the police fired on a march, the villagers who hurled stones before the troops opened
    fire). The doer is whichever of e's actors the clause names as the one who acts: actor1, or actor2
    where the codebook puts the doer second (the guards who "fired tear gas and pushed back" a protest
    met by intervention). The clause names its scene itself: a town or a site, not only the dateline or a
    province. A clause of the same type, or with no doer of its own (a toll, an aftermath), tells main."""
    if e.event_type == main.event_type or e.field_evidence is None:
        return False
    if d.place is None or (filed is not None and d.place.start == filed.start) or d.place.feature in WIDE_FEATURES:
        return False   # no scene of its own: placeless, the dateline, or a whole province or region
    fe = e.field_evidence
    doer = next((a for a, sp in ((e.actor1, fe.actor1), (e.actor2, fe.actor2))
                 if a is not None and a.inter is not None and sp is not None and _acts(doc, sp)), None)
    return doer is not None and (main.actor1 is None or main.actor1.inter != doer.inter)


HOME_WORDS = cue("home_words")


def _arrest_at_home(doc, e, main, d) -> bool:
    """Is e an arrest made at the arrested people's homes, told beside a protest ("two organisers of the march
    were arrested at their homes before dawn")? CODEBOOK 8: arrests outside a protest event are an event of their
    own, not the protest's intervention (arrests at the scene are)."""
    return e.sub_event_type == "Arrests" and main.event_type == "Protests" and any(
        t.lemma_.lower() in HOME_WORDS and t.dep_ == "pobj" and t.head.lower_ in ("at", "from", "in")
        for s, x in d.ranges for t in docindex.span(doc, s, x))


def _acts(doc, sp) -> bool:
    """The actor named at character span sp is the clause's doer (agency.role: an agent)."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and role(doc, span) == "agent"


def _placeless_leads(ctx, events, owners, anchors, filed) -> list:
    """(dropped, main) pairs: a clause with no place of its own that outranked the placed event told
    just before it (in its paragraph or the one before) came first and stood; it goes on telling that
    event all the same (the officers "exchanged fire for two hours before withdrawing", told after
    "gunmen attacked the police station in X"; an event placed only by the dateline names no scene
    the clause could go on telling), unless it names a day of its own other than that
    event's or is a sub-type that stands on its own (weapons seized, territory taken). ``filed``: the
    report's dateline place (``locate.filed_at``), or None."""
    placed = [j for j in anchors if owners[j].place is not None
              and not (filed is not None and owners[j].place.start == filed.start)]   # not only by the dateline
    out = []
    for k in anchors:
        e, d = events[k], owners[k]
        if d.place is not None or e.sub_event_type in OWN_STANDING:
            continue
        before = [j for j in placed if owners[j].end <= d.start and d.para - owners[j].para <= 2]
        if not before:
            continue
        j = max(before, key=lambda j: owners[j].end)
        own = _own_dates(ctx, d)
        if own and events[j].date and events[j].date[:10] not in own:
            continue
        out.append((k, j))
    return out


FAINT_SUBTYPES = {"Change to group/activity", "Other"}
# The calibrated chance of being right below which such an event is no event: a coded event that is
# right with chance p raises the expected F1 of a report's events only when p exceeds about half that
# F1 (golden articles: F1 about 0.65), so one right less than one time in five only lowers it.
FAINT_P = 0.2


def faint(ctx, events: list, rep: list) -> set:
    """Of the reported events ``rep``, the mild strategic developments (a change to a group's
    activity, "other") that the learned model's calibration gives almost no chance of being right
    (the classifier's map, fitted by `vigil train` on held-out drafts; the raw confidence without
    one), when the report tells events of its own besides them: a passing remark about troops
    sent, a situation calming or a statement made is context for the rest (CODEBOOK 8), not an
    event of the report."""
    cal = ctx.classifier.calibrated if ctx.classifier is not None else (lambda x: x)
    weak = {k for k in rep if events[k].sub_event_type in FAINT_SUBTYPES and cal(events[k].confidence) < FAINT_P}
    return weak if len(weak) < len(rep) else set()


def _told_before(anchors: list, owners: list, d):
    """The nearest stronger event told before a toll clause ("The provincial disaster office gave a
    higher toll, saying six people had died and 20 were wounded in hospitals in the city"): the
    clause counts that event's harm, wherever it names (the hospital's town), and is no event of
    its own (CODEBOOK: one event per happening). None when the toll opens the report."""
    before = [j for j in anchors if owners[j].start < d.start]
    return max(before, key=lambda j: owners[j].start) if before else None




def escalate(events: list, owners: list, into: dict) -> list:
    """The events, each protest taking the greatest force its dropped elaborations tell (``into``:
    {dropped: main}; ``merge.with_force``), with their evidence: an elaboration with no place of its own
    or at the protest's scene ("Police fired tear gas to disperse the marchers")."""
    out = list(events)
    for k, a in sorted(into.items()):
        main, e = out[a], events[k]
        if main.status != "reported" or not (owners[k].place is None or _near(main.location, e.location)):
            continue
        forced = with_force(main, e, owners[k])
        if forced is not main:
            out[a] = dataclasses.replace(forced, evidence=tuple(sorted(main.evidence + e.evidence, key=lambda sp: sp.start)))
    return out
