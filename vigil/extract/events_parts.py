"""The parts of an event besides its type: status, facts, actors, fatalities, date, place, links.

Helpers for events.py; every function takes the Context and an event draft (token ranges,
signals, status) and returns one field.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt

from ..model import Location
from . import actors as actor_dict
from .fatalities import _sum_kind, fatalities  # noqa: F401  (moved; re-exported)

AMBIGUOUS_CROWD = {"people", "residents", "resident", "villagers", "villager", "locals", "local", "women",
                   "men", "citizens", "families", "family", "relatives", "youths", "youth", "members",
                   "leaders", "staff", "employees", "drivers", "family members", "journalists"}
QUANTITY = {"hundreds", "dozens", "thousands", "scores", "tens", "group", "crowd", "number", "mob", "band", "members",
            "elements", "supporters", "activists", "fighters", "militants", "units", "cadres", "followers"}
MODE_BY_SIGNAL = {"strike": "strike-gen", "hunger strike": "strike-hun", "blockade": "obstruct",
                  "road blockade": "obstruct", "block road": "obstruct", "beat": "beat", "torture": "torture",
                  "assassinate": "assassinate", "arrest": "arrest", "detain": "detain", "curfew": "curfew",
                  "destroy": "destroy", "execute": "execute", "hang": "execute"}
PRECISION = {"day": 1, "week": 2, "month": 3, "year": 4, 1: 1, 2: 2, 3: 3, 4: 4}


def signal_status(tok, sig, ctx, ref_year) -> str:
    from .events import token_status
    st = token_status(tok)
    if st != "reported":
        return st
    if _old_date_near(ctx, tok) or _decade_near(tok) or _running_tally(tok):
        return "historical"
    return "reported"


def _old_date_near(ctx, tok) -> bool:
    """A date mention in tok's sentence that lies far (over half a year) before publication, and
    not in a side clause that leaves tok out ("In Barquisimeto, where security forces shot dead 14
    demonstrators during the 2019 protests, a poster read ...": 2019 dates the clause, not the poster)."""
    if ctx.published is None:
        return False
    sent = tok.sent
    for m in ctx_dates(ctx):
        if sent.start_char <= m.start < sent.end_char and m.date:
            d = _as_date(m.date)
            if d and (ctx.published - d).days > 183 and abs(m.start - tok.idx) < 120 and not _aside(ctx.doc, m, tok):
                return True
    return False


SIDE_CLAUSES = {"relcl", "acl"}


def _aside(doc, m, tok) -> bool:
    """Is date mention m inside a relative clause that does not hold tok?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    x, depth = span.root, 0
    while x.head is not x and depth < 12:
        if x.dep_ in SIDE_CLAUSES and x.pos_ in ("VERB", "AUX"):
            return not (x.left_edge.i <= tok.i <= x.right_edge.i)
        x, depth = x.head, depth + 1
    return False


def _decade_near(tok) -> bool:
    """A decade in tok's sentence ("worst affected by kidnapping in the 1990s")."""
    import re
    return any(re.fullmatch(r"(1[89]|20)\d0s", t.text) and abs(t.i - tok.i) < 25 for t in tok.sent)


def _running_tally(tok) -> bool:
    """A present-perfect tally since a past point ("more than 100 protesters have been killed since
    the coup", "protests have spread across the country since December"): background, not an event."""
    sent = list(tok.sent)
    since = any(t.lower_ == "since" and t.dep_ in ("prep", "mark") for t in sent)
    perfect = any(t.lower_ in ("have", "has", "'ve") and t.dep_ in ("aux", "auxpass") for t in sent)
    return since and perfect


def _as_date(v):
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def ctx_dates(ctx) -> list:
    """The report's date mentions, as dates.find_dates resolved them."""
    return ctx.dates or []


def in_ranges(doc, d, char) -> bool:
    return any(doc[s:e].start_char <= char < doc[s:e].end_char for s, e in d.ranges)


GROUP_HEADS = {"elements", "fighters", "militants", "militia", "militias", "loyalists", "gunmen", "units",
               "troops", "forces", "groups", "brigade", "brigades"}


def draft_mentions(doc, d, mentions, topic=frozenset()) -> list:
    """Actor mentions in the draft's clauses, leaving out background ("amid ...") and modifiers
    ("anti-government")."""
    return [m for m in mentions if any(s <= m.start < e for s, e in d.ranges) and m.start not in topic
            and not _label(doc[m.start:m.end]) and not _kin_of(doc[m.start:m.end])
            and not (m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ("anti", "pro")
                     and (doc[m.start - 2].lower_ == "anti" or doc[m.end - 1].lower_ not in actor_dict.FORCE_WORDS
                          and not (m.end < len(doc) and doc[m.end].lower_ in GROUP_HEADS)))]
    # "pro-Houthi forces", "pro-Houthi elements" act; "anti-Houthi forces" are the Houthis' enemies


SUSPICION = {"suspicion", "suspect", "accuse", "accusation", "allege", "allegation", "charge", "brand", "rumour", "rumor"}


def _label(span) -> bool:
    """ "beat two men on suspicion of being robbers", "accused of being thieves", "branded them as
    thieves": a name the doers gave their victims, not a party to the event."""
    doc, k, glued = span.doc, span.start - 1, False
    while k >= max(span.sent.start, span.start - 6):
        t = doc[k]
        if t.lemma_.lower() in SUSPICION or t.lower_ in SUSPICION:
            return glued  # "suspected militiamen torched a truck": they did it
        glued = glued or t.lower_ in ("of", "being", "be", "as", "to")
        if t.lower_ not in LABEL_GLUE and t.pos_ != "ADJ":
            return False
        k -= 1
    return False


KIN = {"child", "children", "son", "sons", "daughter", "daughters", "wife", "wives", "widow", "widows", "husband",
       "relative", "relatives", "family", "families", "parent", "parents", "father", "mother", "brother", "brothers",
       "sister", "sisters", "descendants", "grandson", "granddaughter", "nephew", "niece"}


def _kin_of(span) -> bool:
    """ "the children of freedom fighters", "the son of a police officer": a kinsman names who the
    person is, the kin take no part in the event."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in KIN


LABEL_GLUE = {"of", "being", "be", "to", "as", "them", "him", "her", "a", "an", "the", "were", "was"}


MEMBER_WORDS = {"members", "member", "elements", "fighters", "militants", "gunmen", "men", "personnel", "troops",
                "soldiers", "officers", "cadres", "operatives", "units"}


def role(doc, m) -> str:
    """agent | patient | other, from the mention's syntactic head."""
    root = doc[m.start:m.end].root
    while root.dep_ == "conj" and root.head is not root and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "Amajid Brigade and Resistance forces took": both are doers
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj" and (
            root.head.head.like_num or root.head.head.lower_ in QUANTITY):
        root = root.head.head  # "Hundreds of residents set fire": the residents act
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in MEMBER_WORDS and (
            root.head.head.dep_ in ("nsubj", "ROOT")):
        return "agent"  # "members of the Special Security forces opened fire": the forces act
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return "other"  # "forces (coded as Southern Resistance)", "men identified as X": a name, not a target
    if root.dep_ in ("nsubj", "csubj") or (root.dep_ == "pobj" and root.head.lower_ == "by"):
        return "agent"
    if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN"):
        return "agent"  # a misparse that made the verb an adjective ("supporters ... assaulted supporters")
    if root.dep_ in ("compound", "amod", "poss") and root.head.dep_ in ("nsubj",):
        return "agent"
    if root.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "appos", "conj"):
        return "patient"
    return "other"


def is_crowd(m) -> bool:
    e = m.entries[0]
    if not e.crowd:
        return False
    return m.text.lower() not in AMBIGUOUS_CROWD or not e.generic


def _doer_fallback(doc, d, roles) -> list:
    """When the parse names no doer (a long apposition between subject and verb: "supporters of an
    MP, contesting the elections as an independent, opened fire"), the first actor named before the
    first event word of its sentence is the doer."""
    if not d.signals or any(r == "agent" for _, r in roles):
        return roles
    first = min(x[2] for x in d.signals)
    verb = doc[first]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return roles  # "had his house attacked by shots": the one named first is the victim
    sent = verb.sent
    for k, (m, r) in enumerate(roles):
        if r == "other" and sent.start <= m.start < first:
            return roles[:k] + [(m, "agent")] + roles[k + 1:]
    return roles


def facts(ctx, d, mentions, counts, topic=frozenset()) -> dict:
    """What the classifier and the actor rules need to know about one draft."""
    doc = ctx.doc
    ms = draft_mentions(doc, d, mentions, topic)
    roles = _doer_fallback(doc, d, [(m, role(doc, m)) for m in ms])
    ents = [m.entries[0] for m in ms]
    killed = fatalities(ctx, d, counts)
    sig = {p for _, p, _, _ in d.signals}
    f = {"mentions": roles,
         "crowd": any(is_crowd(m) for m in ms) or bool(sig & {"protester", "demonstrator", "protestor"}),
         "state": any(e.inter == 1 for e in ents),
         "state_agent": any(m.entries[0].inter == 1 and r == "agent" for m, r in roles),
         "armed": any(e.armed for e in ents),
         "armed_other": any(e.armed and e.inter in (2, 3, 4) for e in ents),
         "nonstate_agent": any(m.entries[0].armed and m.entries[0].inter in (2, 3, 4) and r == "agent"
                               for m, r in roles),
         "crowd_agent": any(r == "agent" and (is_crowd(m) or m.entries[0].inter == 5) for m, r in roles),
         "victims_armed": any(r == "patient" and m.entries[0].armed for m, r in roles),
         "victims_civilian": any(r == "patient" and m.entries[0].inter in (6, 7) for m, r in roles),
         "fatalities": killed, "deaths": bool(killed),
         "injured": _sum_kind(counts, ("injured",)), "arrested": _sum_kind(counts, ("arrested", "detained"))}
    f["injuries"] = bool(f["injured"])
    f["mob_agent"] = f["crowd_agent"] or any(m.entries[0].inter == 5 for m in ms) or any(
        r == "agent" and (m.text.lower() in AMBIGUOUS_CROWD or m.entries[0].canonical.startswith("Unidentified Group"))
        for m, r in roles)
    crowd_doers = [m.text.lower() for m, r in roles if r == "agent" and is_crowd(m)]
    f["mob_agent"] = f["mob_agent"] and not f["armed_other"] and not (  # "members of an armed group" are no mob
        (f["state_agent"] or f["nonstate_agent"]) and crowd_doers and all(w in MEMBER_WORDS for w in crowd_doers))
    f["property_target"] = _property_target(doc, d)
    f["rioters"] = any(m.entries[0].inter == 5 and m.text.lower() in ("rioters", "rioter") for m in ms)
    f["arson_symbolic"], f["arson_property"] = arson_objects(doc, d)
    return f


def _word(tok) -> str:
    """The singular of a plural noun ("police stations", "offices"), else the word."""
    return tok.lemma_.lower() if tok.tag_ == "NNS" and tok.lemma_ else tok.lower_


def _property_target(doc, d) -> bool:
    """Do the attack words of the draft hit a building or goods rather than people?"""
    from .events import lexicon
    props = lexicon()["property_objects"]
    for cls, phrase, s, e in d.signals:
        if cls == "attack" and phrase in ("attack", "assault"):
            for tok in doc[e:min(len(doc), e + 6)]:
                if _word(tok) in props:
                    return True
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and _word(tok) not in props:
                    break
    return False


def arson_objects(doc, d):
    """(symbolic, property): what the arson words of the draft set on fire."""
    from .events import lexicon
    lex = lexicon()
    sym = prop = False
    for cls, _, s, e in d.signals:
        if cls != "arson":
            continue
        for tok in doc[e:min(len(doc), e + 9)]:
            w = _word(tok)
            if w in lex["symbolic_objects"]:
                sym = True
                break
            if w in lex["property_objects"]:
                prop = True
                break
        else:
            prop = prop or any(_word(t) in lex["property_objects"] for t in doc[max(0, s - 6):s])
    return sym, prop


def mode_hint(d):
    for _, phrase, _, _ in d.signals:
        if phrase in MODE_BY_SIGNAL:
            return MODE_BY_SIGNAL[phrase]
    return None


def evidence(doc, d) -> list:
    from ..model import Span
    return [Span(doc[s:e].start_char, doc[s:e].end_char) for s, e in d.ranges]


def confidence(d, sub, f) -> float:
    """Higher for more distinct signals and named actors; earlier events win ties."""
    base = 0.5 + 0.08 * min(4, len({p for _, p, _, _ in d.signals})) + (0.05 if f["mentions"] else 0)
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
    """The date expression that dates the event (see event_date), or None."""
    doc = ctx.doc
    ds = sorted(ctx_dates(ctx), key=lambda m: m.start)
    start = doc[d.start].idx
    para_start = doc.text.rfind("\n", 0, start) + 1
    inside = [m for m in ds if in_ranges(doc, d, m.start) and _date_status(ctx, m) == d.status]
    before = [m for m in ds if para_start <= m.start < start]
    pick = inside[0] if inside else before[-1] if before else None
    if pick is None and d.status == "reported":
        pick = ds[0] if ds and ds[0].start < start else None
    return pick


def _date_status(ctx, m) -> str:
    from .events import token_status
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return "reported"
    st = token_status(span.root)
    if st == "reported" and ctx.published and _as_date(m.date) and (ctx.published - _as_date(m.date)).days > 183:
        return "historical"
    return st


def _iso(v):
    if v is None:
        return None
    return v.isoformat() if isinstance(v, _dt.date) else str(v)[:10]


def location(ctx, d, start, end):
    """The event's place (geo.event_location). A failure here is a bug: it reaches the pipeline,
    which records the document as failed and retryable, rather than guessing a place."""
    from ..geo import event_location
    return event_location(ctx.doc, ctx.places, start, end, ctx.gazetteer, ctx.focus_country)


def link(ctx, events, owners, owner_of_count):
    """Claims and quotes with event_id set; events with claim_ids and quote_ids."""
    claims, claim_ids = _attach(ctx.claims, events, lambda c: _owner(ctx, events, owners, c, owner_of_count))
    quotes, quote_ids = _attach(ctx.quotes, events, lambda q: _owner(ctx, events, owners, q, None))
    events = [dataclasses.replace(e, claim_ids=tuple(claim_ids[e.id]), quote_ids=tuple(quote_ids[e.id]))
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
            x = dataclasses.replace(x, event_id=ev.id)
        out.append(x)
    return out, owned


def _first_start(obj):
    ev = getattr(obj, "evidence", ()) or ()
    starts = [getattr(s, "start", None) if not isinstance(s, dict) else s.get("start") for s in ev]
    starts = [s for s in starts if isinstance(s, int)]
    return min(starts) if starts else None


def _owner(ctx, events, owners, obj, owner_of_count):
    """The event whose clause holds the object's evidence, else the one of its sentence."""
    start = _first_start(obj)
    if start is None:
        return None
    if owner_of_count is not None and start in owner_of_count:
        idx = owner_of_count[start]
        return events[idx] if idx is not None else None
    doc = ctx.doc
    hits = [i for i, d in enumerate(owners) if in_ranges(doc, d, start)]
    if not hits:
        span = doc.char_span(start, min(start + 1, len(doc.text)), alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        hits = [i for i, d in enumerate(owners) if any(sent.start <= s < sent.end for s, _ in d.ranges)]
    if not hits:
        return None
    reported = [i for i in hits if owners[i].status == "reported"]
    return events[(reported or hits)[0]]


def assign_actors(ctx, sub, f):
    from .events_actors import assign
    return assign(ctx, sub, f)
