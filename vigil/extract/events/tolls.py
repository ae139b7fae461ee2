"""Which event a count of deaths belongs to: the draft whose clause holds a count
(``count_owners``; a count in a sentence with no event words goes to the last reported draft of its
paragraph, ``orphan_owner``), and the event a toll told after it belongs to when its clause is
dropped as an elaboration (``toll_targets``, ``carry_tolls``). Split out of fatalities.py, which
says how many died."""
from __future__ import annotations

import bisect
import dataclasses

from ... import docindex
from .clauses import DraftIndex
from .fatalities import KILL_HEADS, conservative
from .protest_deaths import for_subtype
from .roles import SHAPES
from .status import _old_date_near, token_status

KILL_OR_LEAVE = KILL_HEADS | {"leave"}   # united once (a toll's participle: "killing", "leaving")


def toll_targets(ctx, events, owners, into) -> dict:
    """{dropped elaboration: the kept event its figures belong to}. A report comes back to an event
    to give its toll ("Our monitors confirmed five deaths."); the clause is dropped as an
    elaboration (``elaboration.elaborations``, ``into``: {dropped: the main event}), but its deaths are
    the event's: the last kept reported event before it in its paragraph, else, when the clause
    names a place (the main event's scene), the main event; a clause elsewhere with no place of its
    own ("She carried the bodies of two neighbours.") is not sure to be about it. ``owners``: the
    events' drafts."""
    doc = ctx.doc
    kept = [j for j in range(len(events)) if j not in into and events[j].status == "reported"]
    out = {}
    for k, a in into.items():
        d = owners[k]
        before = [j for j in kept if owners[j].start < d.start and _one_paragraph(doc, owners[j].ranges[-1][1] - 1, d.start)]
        if before or d.place is not None:
            out[k] = before[-1] if before else a
    return out


def _one_paragraph(doc, i, j) -> bool:
    """Do tokens i < j stand in one paragraph (no line break between them)?"""
    return not any("\n" in t.text_with_ws for t in docindex.tokens(doc)[i:j])


def carry_tolls(ctx, events, owners, targets, raw=None) -> list:
    """The events with the deaths of their dropped elaborations (``toll_targets``) folded in: the
    conservative figure of the event's own and their counted ones (a toll told again, or by another
    source, is a competing figure, not more deaths), then ACLED's sub-type rule (``for_subtype``).
    Deaths an elaboration only implies ("the dead were detainees who were shot") say no number:
    they give an event without a figure one, never lower another. ``raw``: {event id: (its deaths
    before the sub-type rule, whether a count gave them)} (a toll clause read as a peaceful protest
    still reports deaths)."""
    raw = raw or {}
    groups: dict = {}
    for k, j in sorted(targets.items()):
        groups.setdefault(j, []).append(k)
    out = list(events)
    for j, ks in groups.items():
        e = events[j]
        told = [raw.get(events[k].id, (events[k].fatalities, True)) for k in ks]
        n = conservative([e.fatalities] + [v for v, counted in told if counted])
        if n is None:
            n = conservative(v for v, _ in told)
        if n != e.fatalities:
            out[j] = e = dataclasses.replace(e, fatalities=for_subtype(e.sub_event_type, n, ctx.doc, owners[j]))
        hit = _people_hit(e, [events[k] for k, (v, _) in zip(ks, told) if v])
        if hit is not None:
            out[j] = dataclasses.replace(e, actor2=hit)
    return out


def _people_hit(e, tellers):
    """The civilians a strike or shelling with no target named killed, when a dropped clause tells its
    toll ("Drones dropped explosives on houses in X. [...] A farmer was killed in his orchard."): CODEBOOK
    actor codes, actor2 is the one acted on, and fire that kills people has them as actor2 (roles.fill_patient,
    "target?"). ``tellers``: the dropped events whose deaths were carried to ``e``. None: nothing to add."""
    if e.actor2 is not None or not e.fatalities or SHAPES.get(e.sub_event_type, ("", ""))[1] != "target?":
        return None
    return next((t.actor2 for t in tellers if t.actor2 is not None and t.actor2.inter == 7), None)


def orphan_owner(doc, all_drafts, char, reported_by_para=None) -> list:
    """[draft index] for a count in a sentence that holds no event words ("Three officers died.",
    "2 fatalities."): the last reported draft before it in its paragraph, else the first after; in a
    paragraph with no drafts at all, the last reported draft of the paragraph before.
    ``reported_by_para``: _reported_by_para(doc, all_drafts), when it is asked for many counts."""
    pi = 1 + bisect.bisect_left(docindex.positions(doc, "\n"), char)   # clauses.paragraph_of(text)(char)
    by_para = _reported_by_para(doc, all_drafts) if reported_by_para is None else reported_by_para
    cands, firsts, ordered = by_para.get(pi, ([], [], True))
    if not cands and not any(d.para == pi for d in all_drafts):
        prev = _previous_paragraph(doc, char)  # a paragraph of figures only goes on with the one before it
        return by_para.get(prev, ([],))[0][-1:] if prev is not None else []
    if ordered:
        n = bisect.bisect_right(firsts, char)
        return cands[n - 1:n] or cands[:1]
    before = [k for k, first in zip(cands, firsts) if first <= char]
    return before[-1:] or cands[:1]


def _previous_paragraph(doc, char):
    """The paragraph index of the last words before the paragraph holding ``char`` (blank lines
    skipped), or None at the start of the text."""
    text = docindex.text(doc)
    end = len(text[:text.rfind("\n", 0, char) + 1].rstrip())
    return 1 + bisect.bisect_left(docindex.positions(doc, "\n"), end - 1) if end > 0 else None


def _reported_by_para(doc, all_drafts) -> dict:
    """{paragraph: ([reported draft index], [its first character], whether those are in order)}."""
    out: dict = {}
    for k, d in enumerate(all_drafts):
        if d.status == "reported":
            cands, firsts, _ = out.setdefault(d.para, ([], [], True))
            cands.append(k)
            firsts.append(doc[d.start].idx)
    return {p: (c, f, all(f[i] <= f[i + 1] for i in range(len(f) - 1))) for p, (c, f, _) in out.items()}


def count_owners(ctx, all_drafts, topic) -> dict:
    """{count start char: draft index}: the draft whose clause holds the count, preferring the one
    with the count's own status (a count in a relative clause about the past is historical)."""
    doc, out = ctx.doc, {}
    index, by_para = DraftIndex(doc, all_drafts), _reported_by_para(doc, all_drafts)
    for c in ctx.counts:
        first = doc.char_span(c.start, c.end, alignment_mode="expand")
        if first is not None and first.start in topic and not _toll_participle(first):
            continue
        hits = index.holding(c.start) or orphan_owner(doc, all_drafts, c.start, by_para)
        if not hits:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        st = token_status(span.root) if span is not None else "reported"
        if st == "historical" and _outcome_clause(span.root):
            st = "reported"
        if st == "reported" and span is not None and _old_date_near(ctx, span.root):
            st = "historical"
        same = [k for k in hits if all_drafts[k].status == st]
        rep = [k for k in hits if all_drafts[k].status == "reported"]
        out[c.start] = (same or rep or hits)[0]
    return out


def _toll_participle(span) -> bool:
    """"marching against the results on Thursday, killing at least three": a count that a killing
    participle governs is the act's toll, even where a topic phrase runs on to it."""
    t = root = span.root   # spaCy makes a new Token object at each access: compare indices, not objects
    for _ in range(6):  # "killing at least three"; "leading to the death of one marcher"
        if t.tag_ == "VBG":
            return t.lemma_.lower() in KILL_OR_LEAVE or (
                t.lemma_.lower() in ("lead", "result", "cause") and any(x.lemma_.lower() == "death"
                                                                  for x in docindex.tokens(span.doc)[t.i:span.start]))
        if t.dep_ not in ("dobj", "nsubjpass", "npadvmod", "pobj", "prep") and t.i != root.i or t.head.i == t.i:
            return False
        t = t.head
    return False


def _outcome_clause(tok) -> bool:
    """Is tok in a relative clause opened by "in which" / "during which" ("exchanged fire across the
    border at the X sector, in which two soldiers were killed")? It tells the outcome of the act it
    follows, wherever the parser hangs it (on a place, which would make it background)."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "relcl":
            return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children)
                       for c in t.children)
    return False
