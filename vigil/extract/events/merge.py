"""One report, one event per happening: fold clause-level events that tell the same event.

A report often comes back to its main event ("The marchers set off from ...", "Organisers
said ..."): each such clause yields an event of the same type, at the same place, on the same
day. ACLED codes one event per type, place and day, so those fold into the first one:
evidence, claims and quotes are pooled, and the fatality, injury and arrest figures are the
most conservative positive ones (competing figures stay in the claim ledger). Events in
different places are never folded, whatever their wording; nor are events of other statuses.

A clause whose event could be placed no closer than the whole country, in a report that
places its events in that country's towns or provinces, is a comment on those events
("Officers sealed off the area", "The group says hundreds have been executed in Iran"), not an
event of its own: it is dropped, and its claims and quotes are left unlinked rather than tied
to an event they may not belong to. A country-wide clause that gives a death toll of its own and
names no place ("a crackdown in which at least 1,000 have died, rights groups say") is kept
(``countrywide``): it reports violence across the country that no town's event holds.

Also ``elaborations``: clauses that come back to a report's main event (see its docstring), with
``faint`` (a mild strategic remark the calibrated model gives almost no chance), ``summaries`` (a
sentence that sums up a period, listing several kinds of happening, is no event: the report tells
each on its own day) and ``references`` (a comment on, an inquiry into or a
reaction to a happening the report tells, "did not comment on the shelling", is no second event);
and ``lead_folds``: the lead's summary of an event the body then tells.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ... import docindex
from ...link import km
from .clauses import tally
from .fatalities import conservative
from .status import _date_status, one_day, dates_between
from .signals import cue

SAME_PLACE_KM = 10.0


def location_km(a, b) -> float:
    """Kilometres between two located Locations."""
    return km(a.latitude, a.longitude, b.latitude, b.longitude)


def same_place(a, b) -> bool:
    """Both located at the same place: the same GeoNames id ("north of Goma" and "Goma" are one
    event's place, told twice), or two towns within 10 km."""
    if a is None or b is None:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.geo_precision != b.geo_precision:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return a.geo_precision == 1 and location_km(a, b) <= SAME_PLACE_KM


def same_event(a, b) -> bool:
    return (a.status == b.status == "reported"
            and (a.event_type, a.sub_event_type) == (b.event_type, b.sub_event_type)
            and a.date == b.date and a.date_end == b.date_end
            and same_place(a.location, b.location))


def _fold(first, others):
    group = [first] + others
    pool = lambda attr: tuple(dict.fromkeys(x for e in group for x in getattr(e, attr)))
    alike = [e for e in others if e.sub_event_type == first.sub_event_type]  # a missing actor only from a telling
    # of the same sub-type: a peaceful protest takes no police from the lead's "protesters were rounded up"
    return dataclasses.replace(
        first, evidence=pool("evidence"), claim_ids=pool("claim_ids"), quote_ids=pool("quote_ids"),
        fatalities=conservative(e.fatalities for e in group), injured=conservative(e.injured for e in group),
        arrested=conservative(e.arrested for e in group),
        actor1=first.actor1 or next((e.actor1 for e in alike if e.actor1), None),
        actor2=first.actor2 or next((e.actor2 for e in alike if e.actor2), None),
        confidence=max(e.confidence for e in group))


def country_only(ev) -> bool:
    loc = ev.location
    return loc is not None and loc.geo_precision == 3 and loc.admin1 is None


def placed_countries(events: list) -> set:
    """Countries in which some reported event is placed more precisely than the whole country."""
    return {e.location.country for e in events
            if e.status == "reported" and e.location is not None and not country_only(e)}


def countrywide(doc, events: list) -> set:
    """Ids of the events told for a whole country: placed only at the country, with a death toll
    of their own, and no place name (resolved or not) in their evidence ("the crackdown has
    killed at least 300 people"). A toll by a village the gazetteer lacks is a local event."""
    out = set()
    for e in events:
        if e.fatalities and country_only(e) and not any(
                ent.label_ in PLACE_LABELS for sp in e.evidence for ent in docindex.ents_within(doc.char_span(
                    sp.start, sp.end, alignment_mode="expand"))):
            out.add(e.id)
    return out


PLACE_LABELS = {"GPE", "LOC", "FAC"}


def consolidate(events: list, claims: list, quotes: list, keep: frozenset = frozenset()) -> tuple:
    """Events with same-event clauses folded into the first, and claims/quotes pointing at it.
    ``keep``: ids of country-wide events (``countrywide``) that are no comment on the others."""
    placed = placed_countries(events)
    drop = {e.id for e in events if e.status == "reported" and country_only(e) and e.location.country in placed
            and e.id not in keep}
    if drop:
        unlink = lambda x: dataclasses.replace(x, event_id=None) if x.event_id in drop else x
        events = [e for e in events if e.id not in drop]
        claims, quotes = [unlink(c) for c in claims], [unlink(q) for q in quotes]
    kept, into = [], {}
    for ev in events:
        target = next((k for k in kept if same_event(k, ev)), None)
        if target is None:
            kept.append(ev)
        else:
            into[ev.id] = target.id
    if not into:
        return list(events), list(claims), list(quotes)
    groups = {k.id: [e for e in events if into.get(e.id) == k.id] for k in kept}
    merged = [_fold(k, groups[k.id]) if groups[k.id] else k for k in kept]
    relink = lambda x: dataclasses.replace(x, event_id=into[x.event_id]) if x.event_id in into else x
    return merged, [relink(c) for c in claims], [relink(q) for q in quotes]


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
    for t in sent:
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


SUMMARY_HEADINGS = cue("summary_headings")
HEADING_MAX_WORDS = 8


def _heading(para: str) -> bool:
    """A paragraph that is a heading: a few words that end no sentence ("SUMMARY", "2. KILLINGS IN
    CARREFOUR", "Background")."""
    words = para.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not SENTENCE_END.search(para)


def summary_spans(text: str) -> list:
    """(start, end) character spans of the sections a report heads "SUMMARY", "Key points" and the
    like, each up to the next heading, and of a paragraph's sentences from an inline "Summary:" on
    (a live page's wrap-up: "That's all for today. Summary: a missile strike on Kharkiv killed three;
    ..."). One search of the text for such a heading; only a report that has one is read on,
    paragraph by paragraph, to the next heading."""
    out = []
    for m in SUMMARY_LINE.finditer(text):
        if m.group("inline"):
            nl = text.find("\n", m.end())
            out.append((m.end(), len(text) if nl < 0 else nl))
            continue
        pos = m.end() + 1
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            if _heading(text[pos:end]):
                break
            pos = end + 1
        out.append((m.end(), min(pos, len(text))))
    return out


def doc_summary_spans(doc) -> list:
    """``summary_spans`` of the doc's text, searched once per doc (summary_sections and lead_folds both ask)."""
    found = doc.user_data.get("vigil_summary_spans")
    if found is None:
        found = doc.user_data["vigil_summary_spans"] = summary_spans(docindex.text(doc))
    return found


_HEADINGS = "|".join(re.escape(h).replace("\\ ", r"[ \t]+") for h in sorted(SUMMARY_HEADINGS, key=len, reverse=True))
SUMMARY_LINE = re.compile(r"^[ \t]*(?:%s)[ \t:.-]*$|(?:^|(?<=[.!?] ))[ \t]*(?:%s)[ \t]*(?P<inline>:)" % (_HEADINGS, _HEADINGS),
                          re.I | re.M)


def summary_sections(ctx, owners) -> set:
    """Indices of the drafts whose every event word lies inside a report's summary section
    (``summary_spans``): a
    situation report's SUMMARY lists what its numbered sections then tell one by one, each on its
    own day and at its own place (CODEBOOK: one event per type, place and day)."""
    doc = ctx.doc
    spans = doc_summary_spans(doc)
    if not spans:
        return set()
    inside = lambda c: any(a <= c < b for a, b in spans)
    return {k for k, d in enumerate(owners) if d.signals and all(inside(doc[s[2]].idx) for s in d.signals)}


NEAR_KM = 15.0


def _near(a, b) -> bool:
    """Two event locations that are one scene: the same place, a neighbourhood of the town (within
    15 km), or the province that holds the town."""
    if a is None or b is None:
        return True
    if a.geonameid != b.geonameid and a.geo_precision == b.geo_precision == 1:
        return False  # two towns, however close (Khartoum and Omdurman)
    if (a.geonameid is not None and a.geonameid == b.geonameid) or a.name.lower() == b.name.lower():
        return True
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        if location_km(a, b) <= NEAR_KM:
            return True
    region = lambda x, y: x.geo_precision == 3 and x.admin1 and x.admin1 == y.admin1 and x.country == y.country
    return bool(region(a, b) or region(b, a))


def _own_dates(ctx, d) -> set:
    """The reported dates written inside the draft's own clauses, but a day given only for the telling
    of a quote (fields.date_mention does not take it) is not the draft's own, nor one told in a relative
    clause on a person ("one officer, whose body was recovered by relatives on 12 June", "a man who
    died in hospital on Friday"): it dates what became of that person, not the happening."""
    from .fields import date_mention
    doc, own = ctx.doc, date_mention(ctx, d)
    return {str(m.date)[:10] for s, e in d.ranges for m in dates_between(ctx, doc[s:e].start_char, doc[s:e].end_char)
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
        if a is None or e.sub_event_type in OWN_STANDING:
            anchors.append(k)
            continue
        own = _own_dates(ctx, d)
        if own and events[a].date and events[a].date[:10] not in own:
            anchors.append(k)
            continue
        drop.add(k)
        if into is not None:
            into[k] = a
    for k in _placeless_leads(ctx, events, owners, anchors):
        drop.add(k[0])
        if into is not None:
            into[k[0]] = k[1]
    return [k for k in range(len(events)) if k not in drop | weak]


def _placeless_leads(ctx, events, owners, anchors) -> list:
    """(dropped, main) pairs: a clause with no place of its own that outranked the placed event told
    just before it (in its paragraph or the one before) came first and stood; it goes on telling that
    event all the same (the officers "exchanged fire for two hours before withdrawing", told after
    "gunmen attacked the police station in X"; an event placed only by the dateline names no scene
    the clause could go on telling), unless it names a day of its own other than that
    event's or is a sub-type that stands on its own (weapons seized, territory taken)."""
    from ...geo.locate import _dateline
    filed = _dateline(docindex.text(ctx.doc), ctx.places)
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


LEAD_MIN_WORDS = 12
SENTENCE_END = re.compile(r"[.!?\"”’']\s*$")


def lead_end(text: str) -> int:
    """Where a report's lead ends: after its first paragraph that is prose (a dozen words or more,
    ending a sentence), past any headline, kicker or title block above it; 0 when there is none."""
    pos = 0
    for para in text.split("\n"):
        end = pos + len(para)
        if len(para.split()) >= LEAD_MIN_WORDS and SENTENCE_END.search(para):
            return end
        pos = end + 1
    return 0


def _days(a: Optional[str], b: Optional[str]) -> Optional[int]:
    from .status import _as_date
    da, db = _as_date(a), _as_date(b)
    return abs((da - db).days) if da and db else None


def _holds(a, b) -> bool:
    """Location a holds location b: the same scene (``_near``), or a is only b's country."""
    if a is None or b is None:
        return True
    return _near(a, b) or (a.geo_precision == 3 and a.admin1 is None and a.country == b.country)


def _at(loc, place) -> bool:
    return loc is not None and place is not None and (
        (place.geonameid is not None and loc.geonameid == place.geonameid) or loc.name.lower() == place.name.lower())


def lead_folds(ctx, events: list) -> dict:
    """{lead event: body event}. A report's lead sums up what its body then tells in detail ("An
    air strike on a market in the north killed 11 people on Tuesday", then "Two jets bombed the
    market in X on Tuesday morning ..."): one happening, told twice. ACLED codes it once. So a
    reported event of the lead folds into a reported event of the body of the same event type (the
    same sub-type among strategic developments, a family of unrelated acts),
    dated within a day of it, at a place the lead's place holds (the same scene, its province or
    country; any place when the lead is placed only at the dateline, where the report was filed);
    of several, the one of the same sub-type, at the lead's own place (not the dateline's), near
    it, else the first. A lead event the body does not
    tell again stands; so do a country-wide toll (``countrywide``) and a report that is all lead
    (one paragraph). A lead inside a report's summary section (``summary_spans``: "SUMMARY ...") is
    no telling of one happening but a list of the sections below: it folds into nothing
    (``summary_sections`` drops it), lest it lend its place and date to a body clause that
    only comments on a kind of happening ("These killings are part of a movement ...")."""
    from ...geo.locate import _dateline
    text = docindex.text(ctx.doc)
    end = lead_end(text)
    if not end:
        return {}
    filed = _dateline(text, ctx.places)
    first = lambda e: min((sp.start for sp in e.evidence), default=0)
    rep = [k for k, e in enumerate(events) if e.status == "reported"]
    wide = countrywide(ctx.doc, events)
    spans = doc_summary_spans(ctx.doc)
    summed = lambda e: bool(spans) and all(any(a < sp.end <= b for a, b in spans) for sp in e.evidence)
    lead = [k for k in rep if first(events[k]) < end and events[k].id not in wide and not summed(events[k])]
    body = [k for k in rep if first(events[k]) >= end]
    out = {}
    for k in lead:
        e = events[k]
        at_dateline = _filed_only(ctx, e, filed)
        same = [j for j in body if events[j].event_type == e.event_type
                and (e.event_type != "Strategic developments" or events[j].sub_event_type == e.sub_event_type)
                and _days(events[j].date, e.date) in (0, 1)
                and (at_dateline or _holds(e.location, events[j].location) or _holds(events[j].location, e.location))]
        if same:
            out[k] = min(same, key=lambda j: (events[j].sub_event_type != e.sub_event_type,
                                              not at_dateline and not same_place(events[j].location, e.location),
                                              not at_dateline and not _near(events[j].location, e.location), j))
    return out


def _filed_only(ctx, e, filed) -> bool:
    """Event e is placed only by the dateline: at the dateline's place, which its clauses never
    name again ("MOGADISHU, July 11 - A car bomb exploded in Mogadishu" is placed by its text)."""
    if not _at(e.location, filed):
        return False
    return not any(p.start != filed.start and _at(e.location, p) and any(sp.start <= p.start < sp.end for sp in e.evidence)
                   for p in ctx.places)


def _sharper(lead, body, body_own: bool, filed_only: bool):
    """The event's place after a fold: the body's, unless the lead names its place itself (not
    only the dateline) and the body's clause borrowed its place from around it or names a coarser one."""
    if lead is None or filed_only:
        return body
    if body is None or not body_own or lead.geo_precision < body.geo_precision:
        return lead
    return body


ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")


def fold_leads(ctx, events: list, owners: list, strength: list, folds: dict) -> tuple:
    """(events, owners, strength, where): each lead event of ``folds`` folded into its body event,
    the lead dropped; ``where`` maps each old index to its new one. The folded event pools
    evidence, claims and quotes and keeps the conservative figures (``_fold``); its sub-type and
    actors are the body's, unless the body's clause names no place of its own and the lead's telling
    is the stronger ("A grenade attack wounded three" over "sealed off the area after the blast"),
    or, for a one-sided attack of the same sub-type, its actors the lead's (CODEBOOK actor codes: the
    lead names who attacked whom, "a bomber blew himself up at an army checkpoint", where the body lists
    the dead and hurt one by one, "two soldiers, a militiaman and a woman selling snacks"),
    its date the body's, its place the sharper of the two (``_sharper``), its strength the greater."""
    from ...geo.locate import _dateline
    filed = _dateline(docindex.text(ctx.doc), ctx.places)
    events, owners, strength = list(events), list(owners), list(strength)
    for k, j in folds.items():
        lead, body = events[k], events[j]
        base, other = (lead, body) if strength[k] > strength[j] and owners[j].place is None else (body, lead)
        e = _fold(base, [other])
        if lead.sub_event_type == body.sub_event_type and lead.event_type in ONE_SIDED and lead.actor1 is not None:
            e = dataclasses.replace(e, actor1=lead.actor1, actor2=lead.actor2 or e.actor2)
        loc = _sharper(lead.location, body.location, owners[j].place is not None, _filed_only(ctx, lead, filed))
        fe = e.field_evidence
        if fe is not None:
            where_from = lead if loc is lead.location else body
            fe = dataclasses.replace(fe, date=body.field_evidence.date if body.field_evidence else None,
                                     location=where_from.field_evidence.location if where_from.field_evidence else None)
        events[j] = dataclasses.replace(e, id=body.id, evidence=tuple(sorted(e.evidence, key=lambda sp: sp.start)),
                                        location=loc, date=body.date, date_end=body.date_end,
                                        time_precision=body.time_precision, field_evidence=fe)
        d = owners[j]
        owners[j] = dataclasses.replace(d, ranges=sorted(d.ranges + owners[k].ranges),
                                        signals=d.signals + owners[k].signals, place=d.place or owners[k].place)
        strength[j] = max(strength[j], strength[k])
    keep = [i for i in range(len(events)) if i not in folds]
    where = {i: n for n, i in enumerate(keep)}
    where.update({k: where[j] for k, j in folds.items()})
    return [events[i] for i in keep], [owners[i] for i in keep], [strength[i] for i in keep], where
