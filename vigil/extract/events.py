"""Event extraction: clauses that report protest, political violence or repression, coded like ACLED.

``extract_events(ctx)`` returns (events, claims, quotes), the claims and quotes linked to their
events. Steps:

1. Signals: one pass over the tokens, each token's lemma looked up in the lexicon index
   (vigil/data/events.yaml); multiword phrases are checked from their first word.
2. Status of each signal from the parse: a relative clause on a place ("Karaj, a city that saw
   massive protests") or an earlier year makes it historical; a governing "call for", "plan",
   "threaten" makes it planned; a negation or "deny" makes it negated.
3. Units: sentences cut at "while", "whereas", ";" and "meanwhile". A unit's signals of one status
   form an event; a unit without a place of its own joins the previous event of its paragraph.
   Two units naming different places are never merged.
4. Each event: sub-event type (event_rules.classify, on the facts of events_parts.facts and
   events_facts.crowd_facts), actors (events_actors), fatalities (the claims and counts inside
   it, ACLED's conventions), date, location, evidence and confidence (lower for the mild
   strategic sub-types, so that a report's clash outranks the arrests that followed it).
"""
from __future__ import annotations

import dataclasses
import functools
import os

from ..model import Event, FieldEvidence, stable_id
from . import actors as actor_dict
from . import events_facts
from . import events_parts as event_parts
from . import events_rules as event_rules
from . import taxonomy
from .evidence import field_evidence
from .fatalities import for_subtype, orphan_owner

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "events.yaml")
SPLITTERS = {"while", "whereas", ";", "meanwhile"}
CITYISH = {"city", "town", "village", "area", "district", "province", "region", "neighbourhood",
           "neighborhood", "capital", "county", "state", "municipality", "locality", "camp", "where"}
PLAN_VERBS = {"call", "plan", "threaten", "vow", "announce", "urge", "intend", "schedule", "warn", "demand",
              "propose", "pledge", "prepare", "decide"}
PLANNED_MODS = {"planned", "plan", "upcoming", "scheduled", "proposed", "forthcoming", "intended", "threatened"}
CARRIED_OUT = {"carry", "stage", "hold", "launch", "conduct", "mount", "execute", "take", "kill", "injure", "wound", "be"}
DENY_VERBS = {"deny", "refute", "reject", "dismiss"}
EVENT_CLASSES = None  # every class can start an event; weak ones are filtered in classify


@functools.lru_cache(maxsize=2)
def lexicon(path: str = DATA) -> dict:
    """{first word: [(words tuple, class), ...] longest first} plus the word lists."""
    import yaml
    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    index = {}
    for cls, phrases in raw["signals"].items():
        for ph in phrases:
            words = tuple(str(ph).lower().replace("-", " - ").split())  # spaCy splits "sit-in" at the hyphen
            index.setdefault(words[0], []).append((words, cls, " ".join(str(ph).lower().split())))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    lists = {k: set(str(w).lower() for w in raw.get(k, [])) for k in
             ("symbolic_objects", "property_objects", "negation", "planned", "historical")}
    return {"index": index, **lists}


def keys(tok) -> tuple:
    lem = tok.lemma_.lower() if tok.lemma_ else ""
    low = tok.lower_
    if low.endswith("ed") and len(low) > 5 and lem == low:  # "assaulted" mis-tagged as an adjective kept its -ed
        return (low, low[:-2], low[:-1]) + ((low[:-3],) if low[-3] == low[-4] else ())
    return (lem, low) if lem and lem != low else (low,)


NOT_SIGNAL = {"struck", "stricken", "according"}  # "shells struck the road": no strike; "according to": no accord


def find_signals(doc) -> list:
    """[(class, phrase, token start, token end)] for every lexicon phrase in the doc."""
    index, out = lexicon()["index"], []
    n, covered = len(doc), 0
    for i, tok in enumerate(doc):
        if tok.lower_ in NOT_SIGNAL or (tok.lower_ == "march" and tok.ent_type_ == "DATE" and tok.is_title):
            continue  # "28 March 2023" is a month
        here = []
        for key in keys(tok):
            for words, cls, phrase in index.get(key, ()):
                if i + len(words) <= n and all(w in keys(doc[i + k]) for k, w in enumerate(words[1:], 1)):
                    here.append((cls, phrase, i, i + len(words)))
        if here:
            longest = max(x[3] for x in here)  # "grenade launchers" is not a grenade
            if longest <= covered and not any(x[0] == "grenade" for x in here):  # a stun grenade is still thrown
                continue  # the "shells" of "tear gas shells" and the "bullets" of "rubber bullets" kill nobody
            out += [x for x in here if x[3] == longest]
            if any(x[0] == "intervention" and x[3] == longest for x in here):
                covered = longest
    return out


TOPIC_MARKERS = {"against", "over", "demanding", "demand", "protesting", "condemning", "denouncing", "after",
                 "following", "accusing", "alleging", "regarding", "criticizing", "criticising", "decrying",
                 "seeking", "urging", "mourning", "commemorating", "marking", "honouring", "honoring",
                 "denounce", "condemn", "criticize", "criticise", "decry", "oppose", "opposing", "calling",
                 "call", "rejecting", "reject"}
OPENING_DEMANDS = {"demanding", "demand"}  # "demanding" can open a protest of its own
TOPIC_OPENERS = {"protest", "symbolic", "strike", "arrest"}
TOPIC_RESET = {";", "while", "whereas", "but", "when", "where", "meanwhile", "."}
# Background: "amid the outbreak of violence following anti-government demonstrations".
CONTEXT_MARKERS = {"amid", "amidst", "following", "ahead", "aftermath", "wake", "backdrop", "during"}
CONTEXT_PHRASES = {("due", "to"), ("because", "of"), ("in", "retaliation"), ("in", "the", "wake"), ("in", "the", "aftermath"), ("ahead", "of"), ("in", "connection"),
                   ("in", "response"), ("against", "the", "backdrop")}


def _context_marker(doc, t) -> bool:
    w = t.lower_
    if w in ("amid", "amidst"):
        return True
    if w == "following" and t.i > t.sent.start and t.dep_ == "prep":
        return True
    return any(tuple(x.lower_ for x in doc[t.i:t.i + len(p)]) == p for p in CONTEXT_PHRASES if p[0] == w)


def _fronted(t) -> bool:
    """A context phrase that opens its sentence ("Following the assault, ...", "On 2 May, amid ...")."""
    before = [x for x in t.sent if x.i < t.i]
    return not before or (len(before) <= 7 and before[-1].text == ",")


def topic_tokens(doc, sigs) -> set:
    """Tokens that say what a protest or an arrest was about ("protest against the killing of a
    student", "arrested for taking part in protests"): their words describe no event of their own."""
    opener = {}
    for cls, _, i, _ in sigs:
        if cls in TOPIC_OPENERS:
            opener[i] = cls
    topic = set()
    for sent in doc.sents:
        seen, inside, fronted = None, False, False
        for t in sent:
            if t.lower_ in TOPIC_RESET or (t.lower_ == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("and", "but")
                                           and not _listed_demand(doc, t.i + 2, topic)):
                seen, inside = None, False
                continue
            if inside and fronted and t.text == "," and t.i > fronted:
                inside = fronted = False
                continue
            if inside:
                topic.add(t.i)
            elif _context_marker(doc, t):
                inside = True
                fronted = t.i if _fronted(t) or t.lower_ in ("due", "because") else False
            elif seen and (t.lower_ in TOPIC_MARKERS - OPENING_DEMANDS or (seen == "arrest" and t.lower_ == "for")):
                inside = True  # "protested ... to denounce the arrest of": a marker that is a protest word too
            elif seen and t.lower_ in OPENING_DEMANDS:
                inside = True  # "staged a protest, demanding ...": what it demands is no event
            elif t.i in opener:
                seen = opener[t.i]
    return topic


def _listed_demand(doc, i, topic) -> bool:
    """ "demanding justice for the dead, and release of students detained by police": after ", and"
    the list of demands goes on (a noun joined to one inside the topic), no new clause begins."""
    if i >= len(doc):
        return False
    t = doc[i]
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj" and (
        t.head.i in topic or t.head.lower_ in TOPIC_MARKERS)


OPEN_Q, CLOSE_Q = "“«", "”»"


def quoted_ranges(text: str) -> list:
    """(start, end) char ranges inside quotation marks; an unclosed quote ends with its paragraph."""
    out, open_at = [], None
    for i, ch in enumerate(text):
        if ch in OPEN_Q or (ch == '"' and open_at is None):
            open_at = i if open_at is None else open_at
        elif open_at is not None and (ch in CLOSE_Q or ch == '"' or ch == "\n"):
            out.append((open_at, i))
            open_at = None
    if open_at is not None:
        out.append((open_at, len(text)))
    return out


def _inside(ranges, char, unit_start=0) -> bool:
    """Is char inside a quotation that opened within the same unit?"""
    return any(a < char < b and a >= unit_start for a, b in ranges)


def is_placeish(tok) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in CITYISH


def token_status(tok, ref_year=None) -> str:
    """reported | historical | planned | negated, from the words that govern ``tok``."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children) or _no_subject(tok):
        return "negated"
    if any(c.dep_ == "amod" and c.lemma_.lower() in PLANNED_MODS for c in tok.children) and not (
            tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.lemma_.lower() in CARRIED_OUT):
        return "planned"  # "days before a planned march"
    t, depth = tok, 0
    while t.head is not t and depth < 12:
        if t.dep_ == "relcl" and is_placeish(t.head) and not any(c.lower_ == "when" for c in t.children) or (
                t.dep_ == "relcl" and t.lemma_ in ("see", "witness")):
            return "historical"  # "a city that saw protests"; "..., when they were protesting" is no relative clause
        if t.head.lemma_ in DENY_VERBS and t.dep_ in ("ccomp", "xcomp", "dobj", "pcomp"):
            return "negated"
        if t.head.lemma_ in PLAN_VERBS and t.dep_ in ("xcomp", "dobj", "pobj", "prep", "ccomp", "advcl"):
            return "planned"
        if t.dep_ == "pobj" and t.head.lower_ in ("for",) and t.head.head.lemma_ in PLAN_VERBS:
            return "planned"
        if t.dep_ in ("ROOT", "conj") and t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") and c.i < tok.i for c in t.children):
                return "planned"
            if any(c.dep_ == "neg" for c in t.children) and tok.pos_ == "VERB" and t is tok:
                return "negated"
            break
        t, depth = t.head, depth + 1
    return "reported"


def _no_subject(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or (
                c.lower_ == "one" and any(g.lower_ == "no" for g in c.children))):
            return True
    return False


PROTEST_BODIES = {"committee", "leader", "group", "movement", "organiser", "organizer", "coalition", "council",
                  "network", "platform", "front", "alliance", "party", "organisation", "organization", "figure",
                  "activist", "camp", "law", "ban", "permit"}


def idle_signal(doc, sig) -> bool:
    """A signal word that tells of no happening: a protest word naming a body or a thing ("leaders of
    a regional protest committee", "the protest movement"), or a crowd that dispersed by itself
    ("marched ... and dispersed without incident": nobody dispersed it)."""
    cls, phrase, i, j = sig
    tok = doc[i]
    if cls == "protest" and j - i == 1 and tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_BODIES:
        return True
    if cls == "intervention" and tok.lemma_.lower() == "disperse" and tok.pos_ == "VERB" and tok.dep_ != "xcomp":
        kids = {c.dep_ for c in tok.children}
        calm = any(c.lower_ == "without" and any(g.lower_ in ("incident", "incidents") for g in c.subtree)
                   for c in tok.children)
        if not kids & {"dobj", "nsubjpass", "auxpass", "agent"} and tok.tag_ != "VBN" or calm:
            return True
    return False


def units(doc) -> list:
    """(start token, end token, sentence index) clauses: sentences cut at while/whereas/;/meanwhile."""
    out = []
    for si, sent in enumerate(doc.sents):
        start = sent.start
        for tok in sent:
            if tok.lower_ in SPLITTERS and tok.i > start + 2:
                out.append((start, tok.i, si))
                start = tok.i
        out.append((start, sent.end, si))
    return out


def paragraph_of(text: str):
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    import bisect
    return lambda char: bisect.bisect_right(starts, char)


@dataclasses.dataclass
class Draft:
    """An event under construction: its token ranges, signals, status and place."""
    status: str
    ranges: list
    signals: list
    place: object
    para: int
    sent: int

    @property
    def start(self):
        return self.ranges[0][0]

    @property
    def end(self):
        return self.ranges[-1][1]


def unit_place(ctx, doc, s, e):
    """The first sub-national place mentioned in tokens s..e, or None."""
    a, b = doc[s:e].start_char, doc[s:e].end_char
    for p in ctx.places:
        if a <= p.start < b and p.feature != "country":
            return p
    return None


def same_place(p, q) -> bool:
    if p is None or q is None:
        return True
    return (p.geonameid is not None and p.geonameid == q.geonameid) or p.name.lower() == q.name.lower()


def _tally(doc, group) -> bool:
    """A clause that only counts the harm, with no doer ("At least 15 people were injured and 4 houses
    were vandalised in A, B and C"): the toll of the event before it, wherever it names."""
    for cls, _, i, _ in group:
        tok = doc[i]
        if cls not in ("attack", "mob", "riot", "destruction", "clash", "arson"):
            return False  # "the blogger was arrested in Minsk": an event of its own
        if tok.pos_ in ("NOUN", "ADJ", "NUM"):
            continue
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or any(
                c.dep_ == "agent" for c in tok.children):
            return False
    return True


def drafts(ctx) -> list:
    """Event drafts: each unit's signals grouped by status, merged with the previous draft of the
    paragraph when the unit names no other place."""
    doc = ctx.doc
    ref_year = ctx.published.year if ctx.published else None
    quoted = quoted_ranges(doc.text)
    sigs = find_signals(doc)
    topic = topic_tokens(doc, sigs)
    sigs = [x for x in sigs if x[2] not in topic and not idle_signal(doc, x)]
    para = paragraph_of(doc.text)
    out, last = [], {}
    for s, e, si in units(doc):
        lo = doc[s].idx
        mine = [x for x in sigs if s <= x[2] < e and not _inside(quoted, doc[x[2]].idx, lo)]
        if not mine:
            continue
        place = unit_place(ctx, doc, s, e)
        groups = {}
        for x in mine:
            groups.setdefault(event_parts.signal_status(doc[x[2]], x, ctx, ref_year), []).append(x)
        pi = para(doc[s].idx)
        for status, group in groups.items():
            prev = last.get(status)
            if prev is not None and prev.para == pi and (same_place(prev.place, place) or _tally(doc, group)) and (
                    place is None or prev.place is None or prev.sent == si or True):
                prev.ranges.append((s, e))
                prev.signals += group
                prev.place = prev.place or place
                continue
            d = Draft(status, [(s, e)], list(group), place, pi, si)
            out.append(d)
            last[status] = d
    return out, topic


def extract_events(ctx):
    """(events, claims, quotes): the events of one document, claims and quotes linked to them."""
    doc = ctx.doc
    mentions = actor_dict.mentions(doc)
    events, owners = [], []
    all_drafts, topic = drafts(ctx)
    owner = count_owners(ctx, all_drafts, topic)
    kept = {}
    for k, d in enumerate(all_drafts):
        counts = [c for c in ctx.counts if owner.get(c.start) == k]
        facts = event_parts.facts(ctx, d, mentions, counts, topic)
        facts.update(events_facts.crowd_facts(doc, d, facts))
        sub = event_rules.classify(event_rules.Signals((c, p) for c, p, _, _ in d.signals), facts)
        if sub is None:
            continue
        kept[k] = len(events)
        facts["fatalities"] = for_subtype(sub, facts["fatalities"], doc, d)
        events.append(build_event(ctx, d, sub, facts, counts))
        owners.append(d)
    keep = elaborations(ctx, events, owners)
    if len(keep) < len(events):
        pos = {i: n for n, i in enumerate(keep)}
        kept = {k: pos[i] for k, i in kept.items() if i in pos}
        events, owners = [events[i] for i in keep], [owners[i] for i in keep]
    by_count = {start: kept.get(k) for start, k in owner.items()}
    claims, quotes, events = event_parts.link(ctx, events, owners, by_count)
    return events, claims, quotes


def count_owners(ctx, all_drafts, topic) -> dict:
    """{count start char: draft index}: the draft whose clause holds the count, preferring the one
    with the count's own status (a count in a relative clause about the past is historical)."""
    doc, out = ctx.doc, {}
    for c in ctx.counts:
        first = doc.char_span(c.start, c.end, alignment_mode="expand")
        if first is not None and first.start in topic:
            continue
        hits = ([k for k, d in enumerate(all_drafts) if event_parts.in_ranges(doc, d, c.start)]
                or orphan_owner(doc, all_drafts, c.start))
        if not hits:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        st = token_status(span.root) if span is not None else "reported"
        if st == "reported" and span is not None and event_parts._old_date_near(ctx, span.root):
            st = "historical"
        same = [k for k in hits if all_drafts[k].status == st]
        rep = [k for k in hits if all_drafts[k].status == "reported"]
        out[c.start] = (same or rep or hits)[0]
    return out


# Sub-types that stand as events of their own beside a report's main event at the same place.
OWN_STANDING = {"Disrupted weapons use", "Government regains territory", "Non-state actor overtakes territory",
                "Non-violent transfer of territory", "Headquarters or base established"}
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
        from .merge import location_km
        if location_km(a, b) <= NEAR_KM:
            return True
    region = lambda x, y: x.geo_precision == 3 and x.admin1 and x.admin1 == y.admin1 and x.country == y.country
    return bool(region(a, b) or region(b, a))


def _own_dates(ctx, d) -> set:
    """The reported dates written inside the draft's own clauses."""
    doc = ctx.doc
    return {str(m.date)[:10] for m in event_parts.ctx_dates(ctx)
            if m.date and event_parts.in_ranges(doc, d, m.start) and event_parts._date_status(ctx, m) == "reported"}


def elaborations(ctx, events, owners) -> list:
    """Indices of the events to keep. A full report tells its main event, then comes back to it:
    the police sealed off the area, firefighters fought the blaze, a spokesman gave a toll, the
    government declared mourning, the victims' group said it would protest. Each such clause is
    read as an event of its own, often of another sub-type; ACLED codes none of them. So a
    reported event with no place of its own, or at the named scene of a stronger reported event
    (the same place, a part of it or its province), is an elaboration of it and is dropped, unless it carries a
    date of its own other than the main event's (the arrests "on Friday" after Wednesday's
    protest) or is a sub-type that stands on its own (weapons seized, territory taken)."""
    rep = sorted((k for k, e in enumerate(events) if e.status == "reported"),
                 key=lambda k: (-events[k].confidence, k))
    anchors, drop = [], set()
    for k in rep:
        e, d = events[k], owners[k]
        a = next((j for j in anchors if d.place is None or (
            owners[j].place is not None and _near(events[j].location, e.location))), None)
        if a is None or e.sub_event_type in OWN_STANDING:
            anchors.append(k)
            continue
        own = _own_dates(ctx, d)
        if own and events[a].date and events[a].date[:10] not in own:
            anchors.append(k)
            continue
        drop.add(k)
    return [k for k in range(len(events)) if k not in drop]


MILD = {"Arrests": 0.12, "Change to group/activity": 0.1, "Other": 0.1, "Agreement": 0.05,
        "Looting/property destruction": 0.05, "Disrupted weapons use": 0.12}


def severe(conf: float, sub: str) -> float:
    """Confidence, lowered for the mild sub-types: when a report tells of a clash and the arrests
    after it, the clash is its main event (ACLED codes the most severe)."""
    return round(max(0.05, conf - MILD.get(sub, 0.0)), 3)


def build_event(ctx, d: Draft, sub: str, facts: dict, counts=()) -> Event:
    doc = ctx.doc
    start, end = doc[d.start:d.end].start_char, doc[d.start:d.end].end_char
    etype = taxonomy.event_type(sub)
    a1, a2 = event_parts.assign_actors(ctx, sub, facts)
    when = event_parts.date_mention(ctx, d)
    date, date_end, prec = event_parts.event_date(ctx, d, when)
    sig_start = min(doc[x[2]].idx for x in d.signals)
    sig_end = max(doc[x[3] - 1].idx + len(doc[x[3] - 1]) for x in d.signals)
    ev = Event(id=stable_id("e", ctx.article.id, sig_start, sig_end, etype), event_type=etype, sub_event_type=sub,
               plover=taxonomy.plover_for(sub, event_parts.mode_hint(d)), status=d.status,
               date=date, date_end=date_end, time_precision=prec, actor1=a1, actor2=a2,
               location=event_parts.location(ctx, d, start, end),
               fatalities=facts["fatalities"], injured=facts["injured"], arrested=facts["arrested"],
               evidence=tuple(event_parts.evidence(doc, d)), confidence=severe(event_parts.confidence(d, sub, facts), sub))
    spans = field_evidence(ctx, d, ev, facts, counts, when)
    return dataclasses.replace(ev, field_evidence=FieldEvidence(**spans))
