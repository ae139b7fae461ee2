"""Event extraction: clauses that report protest, political violence or repression, coded like ACLED.

``extract_events(ctx)`` returns (events, claims, quotes), the claims and quotes linked to their
events. Steps:

1. Signals: one pass over the tokens, each token's lemma looked up in the lexicon index
   (vigil/data/events.yaml); multiword phrases are checked from their first word.
2. Status of each signal from the parse: a relative clause on a place ("Karaj, a city that saw
   massive protests") or an earlier year makes it historical; a governing "call for", "plan",
   "threaten" makes it planned; a negation or "deny" makes it negated.
3. Units: sentences cut at "while", "whereas", ";" and "meanwhile", and before an "as" clause that
   names a place of its own. A unit's signals of one status
   form an event; a unit without a place of its own joins the previous event of its paragraph.
   Two units naming different places are never merged.
4. Each event: sub-event type (classify.classify, on the facts of facts.py; the learned model in
   learned.py says whether it is a political event at all, classify.decide), actors (roles),
   fatalities (the claims and counts inside it, ACLED's conventions), date, location, evidence and confidence (lower for the mild
   strategic sub-types, so that a report's clash outranks the arrests that followed it).

The package, one module per noun, imports forming a DAG (each imports only those above it):

    signals     the YAML lexicon (vigil/data/events.yaml), the only lexicon: signal phrases and cue words
    asides      clauses with event words that tell no happening: a sound heard, kin gathered, "survivors of"
    present     a clause's verb, a day its sentence names, the present simple; a habit told in it
    status      reported / planned / historical / negated, from the parse and the dates
    clauses     units of text, topic and background spans, event drafts
    attribution the group a claim or a blame names as the doer of an unnamed attack
    agency      the actor mentions of a draft and each one's part from the parse: agent, patient, source
    roles       actor1 and actor2 of an event from those mentions
    fatalities  the deaths a draft reports (ACLED's conventions)
    tolls       which draft owns a count; the event a toll told after it belongs to
    custody     where the state held a person who died or was tortured (a killing in custody)
    goods       goods taken from shops and homes (looting)
    ordnance    what became of a draft's explosives: gone off in its planters' hands, a dud, defused
    facts       the typed facts of one draft: who did what to whom, with what
    doers       who the doers are in codebook terms: a crowd or nameless men, an armed group, state forces
    classify    codebook rules over the facts; decide: what the learned model may overrule
    learned     the learned classifier's features and model (trained by vigil train)
    evidence    one evidence span per coded field
    fields      an Event from a draft: date, place, actors, evidence, confidence; claims and quotes linked
    merge       clause-level events of one report folded into one event per happening
    leads       a report's lead and summary sections, folded into the body events they sum up
    elaboration clauses that come back to a report's main event, dropped (their tolls carried)
"""
from __future__ import annotations


from ... import budget
from ...model import amended
from .. import actor_mentions, actors as actor_dict
from .classify import classify, decide, explicit, in_scope, no_event
from .clauses import drafts
from .facts import facts as draft_facts
from .fatalities import DEATH_KINDS
from .protest_deaths import for_subtype
from .fields import build_event, confidence, link, severe
from .learned import features
from .elaboration import elaborations, escalate
from .leads import fold_leads, lead_folds
from .merge import consolidate, countrywide, typed_places
from .signals import Signals
from .periods import background, coarse_background
from .tolls import carry_tolls, count_owners, toll_targets

__all__ = ["extract_events", "consolidate", "countrywide", "typed_places"]


def coded_drafts(ctx) -> tuple:
    """(count owners, [(draft index, draft, counts, facts, rule sub-type)]): every draft of the
    document with its facts and the codebook rules' answer, before the learned model speaks."""
    doc = ctx.doc
    mentions = actor_dict.dated(actor_mentions.mentions(doc), ctx.published)  # the Taliban of 2024: the state
    all_drafts, topic = drafts(ctx)
    owner = count_owners(ctx, all_drafts, topic)
    views, owned = [], {}
    for c in ctx.counts:
        owned.setdefault(owner.get(c.start), []).append(c)
    for k, d in enumerate(all_drafts):
        budget.check()          # a long document stops here once over its time limit
        counts = owned.get(k, [])
        facts = draft_facts(ctx, d, mentions, counts, topic)
        views.append((k, d, counts, facts, classify(Signals((c, p) for c, p, _, _ in d.signals), facts)))
    return owner, views


def extract_events(ctx):
    """(events, claims, quotes): the events of one document, claims and quotes linked to them."""
    doc = ctx.doc
    owner, views = coded_drafts(ctx)
    model = ctx.classifier
    feats = [features(doc, d, f, rule) for _, d, _, f, rule in views] if model else []
    probs = model.predict_lazy(feats) if model else [None] * len(views)   # P(none) now, the sub-type if read
    events, owners, kept, strength, raw = [], [], {}, [], {}
    for (k, d, counts, facts, rule), p in zip(views, probs):
        budget.check()
        if rule is None and no_event(Signals((c, q) for c, q, _, _ in d.signals), facts):
            continue   # the codebook's "no event" (a sound heard, relatives waiting): no fill-in
        sub, conf = decide(rule, p, explicit(rule, facts), in_scope(facts))
        if sub is None:
            continue
        kept[k] = len(events)
        deaths = facts.fatalities
        facts = amended(facts, fatalities=for_subtype(sub, deaths, doc, d))
        ev = build_event(ctx, d, sub, facts, counts, conf)
        raw[ev.id] = (deaths, any(c.kind in DEATH_KINDS for c in counts))
        events.append(amended(ev, status="historical") if background(ev, ctx.published) else ev)
        owners.append(d)
        strength.append(severe(confidence(d, sub, facts), sub))
    coarse = coarse_background(events)
    events = [amended(e, status="historical") if k in coarse else e for k, e in enumerate(events)]
    folds = lead_folds(ctx, events)
    if folds:
        events, owners, strength, where = fold_leads(ctx, events, owners, strength, folds)
        kept = {k: where[i] for k, i in kept.items()}
    into: dict = {}
    keep = elaborations(ctx, events, owners, strength, into)
    if len(keep) < len(events):
        events = escalate(events, owners, into)   # a protest takes the force its dropped clauses tell
        to = toll_targets(ctx, events, owners, into)   # a dropped clause's toll and claims go to its event
        events = carry_tolls(ctx, events, owners, to, raw)
        pos = {i: n for n, i in enumerate(keep)}
        kept = {k: pos[to.get(i, i)] for k, i in kept.items() if to.get(i, i) in pos}
        events, owners = [events[i] for i in keep], [owners[i] for i in keep]
    events = [amended(e, actor1=actor_dict.named_by_type(e.actor1), actor2=actor_dict.named_by_type(e.actor2))
              for e in events]       # the crowd named by the type the event gave it: "Rioters (X)", code 5
    by_count = {start: kept.get(k) for start, k in owner.items()}
    claims, quotes, events = link(ctx, events, owners, by_count)
    return events, claims, quotes
