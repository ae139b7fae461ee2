"""The fields of an event besides its type: date, place, evidence, confidence, actors, and the
claims and quotes it owns. ``build_event`` turns a classified draft into an Event record.
"""
from __future__ import annotations

import bisect
import datetime as _dt

from ... import docindex
from ...model import Event, FieldEvidence, Span, amended, stable_id
from .. import taxonomy
from ..dates import in_dateline
from . import signals
from .clauses import Draft, DraftIndex
from .evidence import field_evidence
from .roles import assign
from .status import _date_status
from .periods import sorted_dates

MODE_BY_SIGNAL = {"strike": "strike-gen", "hunger strike": "strike-hun", "blockade": "obstruct",
                  "road blockade": "obstruct", "block road": "obstruct", "beat": "beat", "torture": "torture",
                  "assassinate": "assassinate", "arrest": "arrest", "detain": "detain", "curfew": "curfew",
                  "destroy": "destroy", "execute": "execute", "hang": "execute"}


AFTERMATH_VERBS = signals.cue("aftermath_verbs")
PRECISION = {"day": 1, "week": 2, "month": 3, "year": 4, 1: 1, 2: 2, 3: 3, 4: 4}


def mode_hint(d):
    for _, phrase, _, _ in d.signals:
        if phrase in MODE_BY_SIGNAL:
            return MODE_BY_SIGNAL[phrase]
    return None


def evidence(doc, d) -> list:
    return [Span(docindex.span(doc, s, e).start_char, docindex.span(doc, s, e).end_char) for s, e in d.ranges]


def confidence(d, sub, f) -> float:
    """Higher for more distinct signals and named actors; earlier events win ties."""
    base = 0.5 + 0.08 * min(4, len({p for _, p, _, _ in d.signals})) + (0.05 if f.mentions else 0)
    if sub in ("Change to group/activity", "Other"):
        base -= 0.25
    return round(max(0.05, min(0.99, base - 0.01 * min(d.sent, 10))), 3)


def event_date(ctx, d, pick):
    """(date, date_end, time_precision) from ``pick``, the event's date expression (date_mention),
    else publication (precision: day) for a reported event."""
    if pick is not None:
        return _iso(pick.date), _iso(getattr(pick, "date_end", None)), PRECISION.get(getattr(pick, "precision", 1), 1)
    if d.status == "reported" and ctx.published:
        return ctx.published.isoformat(), None, 1
    return None, None, None


def date_mention(ctx, d):
    """The date expression that dates the event (see event_date), or None. In order: of the mentions
    in the event's text (its own sentences, or of its status elsewhere), the one that governs its clause:
    in its first sentence, the nearest in the parse to its signals, but not one that qualifies a noun
    ("reinforcements sent over the weekend") nor one of a signal that does ("a report released"); the last before it in its paragraph; for a reported event, the report's
    lead date; one in its text that qualifies a noun. A dateline's date is publication's."""
    doc = ctx.doc
    ds, starts = sorted_dates(ctx)
    if not ds:
        return None
    start = doc[d.start].idx
    para_start = docindex.last_before(docindex.positions(doc, "\n"), start) + 1
    text = docindex.text(doc)
    sigs = [doc[x[2]] for x in d.signals] or [doc[d.start]]
    main = [t for t in sigs if not _qualifies_noun(t, docindex.sent_of(t).root)] or sigs    # not "a report released"
    order = sorted({docindex.sent_of(t).start for t in main})   # the event's first sentence tells it, later ones add to it
    own = {x[2] for x in d.signals}
    ranked, weak = [], []
    ahead = ctx.published.isoformat() if ctx.published else None
    for k in sorted({k for s, e in d.ranges for k in range(
            bisect.bisect_left(starts, docindex.span(doc, s, e).start_char),
            bisect.bisect_left(starts, docindex.span(doc, s, e).end_char))}):
        m = ds[k]
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or (ahead and str(m.date) > ahead and d.status != "planned"):
            continue        # what has happened is never dated after publication ("talks suspended until 2028")
        if _in_dateline(text, m):
            weak.append(m)  # "OUAGADOUGOU, Jan 22 - ... at the weekend": the day the report was filed
            continue
        gov = _governor(span.root)
        if gov.lemma_ in AFTERMATH_VERBS and gov.i not in own:
            weak.append(m)  # "... and that the bodies had been buried on Tuesday": the aftermath's day
            continue
        root_sent = docindex.sent_of(span.root)
        near = [t for t in main if docindex.sent_of(t).start == root_sent.start]
        if not near and _date_status(ctx, m) != d.status:
            continue        # in its own sentence, the parse says which date governs the event
        apart = min(_tree_distance(span.root, t) for t in near) if near else None
        if near and all(_quoted(text, para_start, t.idx) for t in near) and not _quoted(text, para_start, m.start) \
                and _governor(span.root).lemma_ in ("say", "tell"):
            weak.append(m)  # '"... when our officers arrived," he told reporters on Monday': the telling's day
            continue
        if (apart[1] if apart else _qualifies_noun(span.root, root_sent.root)):
            head = _noun_clause_head(span.root)
            if near and head is not None and head.i in own:   # "more than a dozen wounded on Monday": the
                ranked.append((order.index(root_sent.start), apart[0], m.start, m))   # event's own act
                continue
            if head is None or not signals.starts_phrase(head):
                weak.append(m)  # "reinforcements sent over the weekend": a date of the noun, not of the event
            continue            # "In X, where troops shot 14 people in 2019, ...": that clause's own event's date
        ranked.append((order.index(root_sent.start) if near else len(order), apart[0] if apart else 0,
                       m.start, m))
    if ranked:
        return min(ranked, key=lambda r: r[:3])[3]
    k = bisect.bisect_left(starts, start) - 1
    while k >= 0 and starts[k] >= para_start:
        if not _in_dateline(text, ds[k]) and _date_status(ctx, ds[k]) in (d.status, "reported"):
            return ds[k]
        k -= 1
    lead = [m for m in ds if m.start < start and not _in_dateline(text, m)] if d.status == "reported" else []
    lead = [m for m in lead if m.precision == 1 and _date_status(ctx, m) == "reported"] or lead
    if lead or weak:
        return (lead or weak)[0]
    return ds[0] if d.status == "reported" and ds[0].start < start else None


def _tree_distance(a, b):
    """(edges between tokens a and b in their sentence's parse, whether a's way up to their common
    head passes a clause that qualifies a noun)."""
    up, x, depth = {}, b, 0
    while True:
        up[x.i] = depth
        if x.head.i == x.i or depth > 40:
            break
        x, depth = x.head, depth + 1
    x, depth, noun_clause = a, 0, False
    while x.i not in up:
        noun_clause = noun_clause or x.dep_ in NOUN_CLAUSES
        if x.head.i == x.i or depth > 40:
            return depth + 40, noun_clause
        x, depth = x.head, depth + 1
    return depth + up[x.i], noun_clause


NOUN_CLAUSES = ("acl", "relcl")


def _qualifies_noun(tok, root) -> bool:
    return _noun_clause_head(tok, root) is not None


def _noun_clause_head(tok, root=None):
    """The verb of the clause qualifying a noun that ``tok`` sits in ("sent" of "reinforcements sent
    over the weekend"), looking no higher than ``root``; or None."""
    x, depth = tok, 0
    while (root is None or x.i != root.i) and x.head.i != x.i and depth < 40:
        if x.dep_ in NOUN_CLAUSES:
            return x
        x, depth = x.head, depth + 1
    return None


def _governor(tok):
    """The word a date expression modifies: "told" of "told reporters on Monday"."""
    x = tok.head
    return x.head if x.dep_ == "prep" else x


def _quoted(text: str, para_start: int, at: int) -> bool:
    """Whether position ``at`` is inside a direct quotation of its paragraph."""
    before = text[para_start:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _in_dateline(text: str, m) -> bool:
    """A date in a dateline (dates.in_dateline): "PESHAWAR, Pakistan, April 18 (Wire) - ..."."""
    return in_dateline(text, m.start, m.end)


def _iso(v):
    if v is None:
        return None
    return v.isoformat() if isinstance(v, _dt.date) else str(v)[:10]


def location(ctx, d, start, end):
    """The event's place (geo.event_location), named in the sentences of its clauses (not in one
    between them, which tells another event). A failure here is a bug: it reaches the pipeline,
    which records the document as failed and retryable, rather than guessing a place."""
    from ...geo import event_location
    doc = ctx.doc       # the sentences the event's clauses are in: a sentence between them tells another
    spans = tuple((docindex.sent_of(doc[s]).start_char, docindex.sent_of(doc[e - 1]).end_char) for s, e in d.ranges if e > s)
    return event_location(ctx.doc, ctx.places, start, end, ctx.gazetteer, ctx.focus_country, spans=spans,
                          forces=ctx.forces)


def link(ctx, events, owners, owner_of_count):
    """Claims and quotes with event_id set; events with claim_ids and quote_ids."""
    index = DraftIndex(ctx.doc, owners)
    claims, claim_ids = _attach(ctx.claims, events, lambda c: _owner(ctx, events, index, c, owner_of_count))
    quotes, quote_ids = _attach(ctx.quotes, events, lambda q: _owner(ctx, events, index, q, None))
    events = [amended(e, claim_ids=tuple(claim_ids[e.id]), quote_ids=tuple(quote_ids[e.id]))
              for e in events]
    return claims, quotes, events


def _attach(items, events, owner_of):
    """Each item with event_id set to its owning event, and the item ids each event owns."""
    owned = {e.id: [] for e in events}
    out = []
    for x in items:
        ev = owner_of(x)
        if ev is not None:
            owned[ev.id].append(x.id)
            x = amended(x, event_id=ev.id)
        out.append(x)
    return out, owned


def _first_start(obj):
    ev = getattr(obj, "evidence", ()) or ()
    starts = [getattr(s, "start", None) if not isinstance(s, dict) else s.get("start") for s in ev]
    starts = [s for s in starts if isinstance(s, int)]
    return min(starts) if starts else None


def _owner(ctx, events, index, obj, owner_of_count):
    """The event whose clause holds the object's evidence, else the one of its sentence (``index``:
    a DraftIndex of the events' drafts)."""
    start = _first_start(obj)
    if start is None:
        return None
    if owner_of_count is not None and start in owner_of_count:
        idx = owner_of_count[start]
        return events[idx] if idx is not None else None
    doc, owners = ctx.doc, index.drafts
    hits = index.holding(start)
    if not hits:
        span = doc.char_span(start, min(start + 1, len(docindex.text(doc))), alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        hits = index.starting_in(sent.start, sent.end)
    if not hits:
        return None
    reported = [i for i in hits if owners[i].status == "reported"]
    return events[(reported or hits)[0]]


MILD = {"Arrests": 0.12, "Change to group/activity": 0.1, "Other": 0.1, "Agreement": 0.05,
        "Looting/property destruction": 0.05, "Disrupted weapons use": 0.12}


def severe(conf: float, sub: str) -> float:
    """Confidence, lowered for the mild sub-types: when a report tells of a clash and the arrests
    after it, the clash is its main event (ACLED codes the most severe)."""
    return round(max(0.05, conf - MILD.get(sub, 0.0)), 3)


def build_event(ctx, d: Draft, sub: str, facts, counts=(), model_conf=None) -> Event:
    doc = ctx.doc
    start, end = docindex.span(doc, d.start, d.end).start_char, docindex.span(doc, d.start, d.end).end_char
    end = start + len(docindex.text(doc)[start:end].rstrip())  # a paragraph break after the clause is not part of it
    etype = taxonomy.event_type(sub)
    where = location(ctx, d, start, end)
    a1, a2 = assign(ctx, sub, facts, d, where)
    when = date_mention(ctx, d)
    date, date_end, prec = event_date(ctx, d, when)
    sig_start = min(doc[x[2]].idx for x in d.signals)
    sig_end = max(doc[x[3] - 1].idx + len(doc[x[3] - 1]) for x in d.signals)
    ev = Event(id=stable_id("e", ctx.article.id, sig_start, sig_end, etype), event_type=etype, sub_event_type=sub,
               plover=taxonomy.plover_for(sub, mode_hint(d)), status=d.status,
               date=date, date_end=date_end, time_precision=prec, actor1=a1, actor2=a2,
               location=where,
               fatalities=facts.fatalities, injured=facts.injured, arrested=facts.arrested,
               evidence=tuple(evidence(doc, d)), confidence=severe(confidence(d, sub, facts) * (1.0 if model_conf is None else model_conf), sub))
    spans = field_evidence(ctx, d, ev, facts, counts, when)
    return amended(ev, field_evidence=FieldEvidence(**spans))
