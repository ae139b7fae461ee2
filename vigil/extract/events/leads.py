"""A report's lead and its summary sections: what sums up the events its body tells one by one.

``summary_spans``: the sections a report heads "SUMMARY", "Key points" and the like (their clauses
are no events of their own, ``summary_sections``); ``lead_folds`` and ``fold_leads``: the lead's
summary of an event the body then tells, folded into the body's telling of it.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ... import docindex
from .merge import _fold, _near, countrywide, same_place, with_force
from .signals import cue

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
    low = text.lower() if text.isascii() else None    # re.I folds a few letters beyond ASCII: such a text is searched
    if low is not None and not any(w in low for w in _HEADING_ENDS):
        return out      # no heading's last word anywhere: the search (every position of the text) would find none
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


_HEADING_ENDS = tuple(sorted({h.split()[-1].lower() for h in SUMMARY_HEADINGS}))   # one ends every match
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


def _headline_end(doc) -> int:
    """Where a headline that opens a one-paragraph report ends ("Gunmen kill 4 in Zamfara. Gunmen killed
    four villagers in ..."): its first sentence, when it is as short as a heading and more follows; 0
    when there is none. The happening told twice is one event (CODEBOOK: one event per type, place, day)."""
    sents = docindex.sents(doc)
    if len(sents) < 2 or "\n" in sents[0].text:
        return 0
    words = [t for t in sents[0] if not t.is_punct]
    return sents[0].end_char if 0 < len(words) <= HEADING_MAX_WORDS else 0


def _undated(e) -> bool:
    """The event names no date of its own (a headline's, dated by the report's publication)."""
    return e.field_evidence is None or e.field_evidence.date is None


def _days(a: Optional[str], b: Optional[str]) -> Optional[int]:
    from .periods import _as_date
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
    from ...geo.locate import filed_at
    text = docindex.text(ctx.doc)
    end = lead_end(text)
    if not end:
        return {}
    first = lambda e: min((sp.start for sp in e.evidence), default=0)
    rep = [k for k, e in enumerate(events) if e.status == "reported"]
    headline = all(first(events[k]) < end for k in rep)
    if headline:  # no reported event in the body (a one-paragraph report): only a headline opening it folds
        end = _headline_end(ctx.doc)
        if not end or all(first(events[k]) < end for k in rep):
            return {}
    filed = filed_at(ctx.doc, ctx.places)
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
                and (_undated(e) if headline else _days(events[j].date, e.date) in (0, 1))  # headlines name no day
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
# One crowd's violence, told by the lead as a demonstration's ("traders marched to protest, then stoned the
# police") and by the body without the protest words ("the crowd began throwing stones"): a violent
# demonstration (CODEBOOK 3: whether there was a demonstration decides), not mob violence.
DEMONSTRATION_RIOT = {"Violent demonstration", "Mob violence"}


def fold_leads(ctx, events: list, owners: list, strength: list, folds: dict) -> tuple:
    """(events, owners, strength, where): each lead event of ``folds`` folded into its body event,
    the lead dropped; ``where`` maps each old index to its new one. The folded event pools
    evidence, claims and quotes and keeps the conservative figures (``_fold``); its sub-type and
    actors are the body's, unless the body's clause names no place of its own and the lead's telling
    is the stronger ("A grenade attack wounded three" over "sealed off the area after the blast"),
    or, for a one-sided attack of the same sub-type, its actors the lead's (CODEBOOK actor codes: the
    lead names who attacked whom, "a bomber blew himself up at an army checkpoint", where the body lists
    the dead and hurt one by one, "two soldiers, a militiaman and a woman selling snacks"),
    its date the body's, its place the sharper of the two (``_sharper``), its strength the greater; a
    violent demonstration told by one and mob violence by the other stays a violent demonstration."""
    from ...geo.locate import filed_at
    filed = filed_at(ctx.doc, ctx.places)
    events, owners, strength = list(events), list(owners), list(strength)
    head_end = _headline_end(ctx.doc)  # a headline's actors are its body's, told short ("Attackers kill 9")
    for k, j in folds.items():
        lead, body = events[k], events[j]
        base, other = (lead, body) if strength[k] > strength[j] and owners[j].place is None else (body, lead)
        e = _fold(base, [other])
        if {lead.sub_event_type, body.sub_event_type} == DEMONSTRATION_RIOT:  # CODEBOOK 3: the lead tells the
            shown = lead if lead.sub_event_type == "Violent demonstration" else body  # crowd was demonstrating
            e = dataclasses.replace(e, sub_event_type=shown.sub_event_type, plover=shown.plover)
        od = owners[k] if other is lead else owners[j]
        if not _other_scene(ctx, od, base.location):   # its force may be another protest's ("as police fired on
            e = with_force(e, other, od)                # students in Lagos")
        if lead.sub_event_type == body.sub_event_type and lead.event_type in ONE_SIDED and lead.actor1 is not None \
                and not all(sp.end <= head_end for sp in lead.evidence):
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


def _other_scene(ctx, d, loc) -> bool:
    """Draft d names a place other than location loc (not a country): its words may tell of another
    scene ("Nurses kept up their protest in Ibadan, as police fired tear gas at students in Lagos")."""
    doc = ctx.doc
    spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in d.ranges]
    return any(p.feature != "country" and not _at(loc, p) and any(a <= p.start < b for a, b in spans)
               for p in ctx.places)
