"""Clauses and drafts: the units of text an event is read from.

Sentences are cut at 'while', 'whereas', ';' and 'meanwhile', and before an 'as' clause that names a
place of its own ("..., as a strike in the nearby port entered its second day": another event). Words
that only say what a protest or an arrest was about (CODEBOOK 3: what a protest is about is not what
happened at it), protest words that describe a person arrested ("an activist who organised the
march") and background phrases ('amid ...') are topic, not events. A unit's signals of one status form a
draft; a unit with no place of its own joins the previous draft of its paragraph, unless it opens
on a day of its own ("On Friday, a drone struck ...") or tells a happening dated before the protest
told before it (the death a march mourns: ``_earlier_grievance``).
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ... import docindex
from .signals import cue, find_signals, idle_signal, strikes_by_forces, strikes_named_again
from .periods import dates_between
from .status import _date_status, signal_status

SPLITTERS = cue("splitters")
SEPARATE_MARKS = cue("separate_marks")
TOPIC_MARKERS = cue("topic_markers")
OPENING_DEMANDS = cue("opening_demands")  # "demanding" can open a protest of its own
TOPIC_ONLY = TOPIC_MARKERS - OPENING_DEMANDS


TOPIC_OPENERS = {"protest", "symbolic", "strike", "arrest"}
# A crowd's violent act ("locals stormed a clinic, accusing staff of letting a woman die") opens a topic at a
# grievance participle only: what the crowd blamed on others is its grievance, not its deed's toll (CODEBOOK 4).
CROWD_OPENERS = {"riot", "mob", "arson"}
GRIEVANCE_MARKS = cue("grievance_marks")


TOPIC_RESET = cue("topic_reset")
REPORT_VERBS = cue("report_verbs")


# Background: "amid the outbreak of violence following anti-government demonstrations".
CONTEXT_MARKERS = cue("context_markers")


CONTEXT_PHRASES = {("due", "to"), ("because", "of"), ("in", "retaliation"), ("in", "the", "wake"), ("in", "the", "aftermath"), ("ahead", "of"), ("in", "connection"),
                   ("in", "response"), ("against", "the", "backdrop")}
CONTEXT_FIRST = {p[0] for p in CONTEXT_PHRASES}
CONTEXT_STARTS = CONTEXT_FIRST | {"amid", "amidst", "following"}   # the only words _context_marker takes


def _context_marker(doc, t) -> bool:
    w = t.lower_
    if w in ("amid", "amidst"):
        return True
    if w == "following" and t.i > docindex.sent_of(t).start and t.dep_ == "prep":
        return True
    if w not in CONTEXT_FIRST:
        return False
    low = docindex.lowers(doc)
    return any(tuple(low[t.i:t.i + len(p)]) == p for p in CONTEXT_PHRASES if p[0] == w)


def _fronted(t) -> bool:
    """A context phrase that opens its sentence ("Following the assault, ...", "On 2 May, amid ...")."""
    before = [x for x in docindex.sent_of(t) if x.i < t.i]
    return not before or (len(before) <= 7 and before[-1].text == ",")


def topic_tokens(doc, sigs) -> set:
    """Tokens that say what a protest or an arrest was about ("protest against the killing of a
    student", "arrested for taking part in protests"): their words describe no event of their own."""
    opener = {}
    for cls, _, i, _ in sigs:
        if cls in TOPIC_OPENERS:
            opener[i] = cls
        elif cls in CROWD_OPENERS:
            opener.setdefault(i, "crowd")
    topic, low = set(), docindex.lowers(doc)
    for sent in docindex.sents(doc):
        seen, inside, fronted = None, False, False
        for t in docindex.tokens(doc)[sent.start:sent.end]:
            w = low[t.i]
            if w in TOPIC_RESET or (w == "," and t.i + 1 < len(doc) and low[t.i + 1] in ("and", "but")
                                    and not _listed_demand(doc, t.i + 2, topic)):
                seen, inside = None, False
                continue
            if inside and fronted and t.text == "," and t.i > fronted:
                inside = fronted = False
                continue
            if inside and _resumes(t, mark):
                inside = fronted = False  # "protesters marching against the law looted shops": the topic ends
            if inside:
                topic.add(t.i)
                continue
            mark = t.i
            if w in CONTEXT_STARTS and _context_marker(doc, t):   # the first test of _context_marker, inline
                inside = True
                fronted = t.i if _fronted(t) or t.lower_ in ("due", "because") else False
            elif seen == "crowd":  # only a grievance participle opens a crowd's topic; a protest word takes over
                if t.i in opener:
                    seen = opener[t.i]
                else:
                    inside = w in GRIEVANCE_MARKS and t.i > 0 and low[t.i - 1] == ","
            elif seen and (w in TOPIC_ONLY or (seen == "arrest" and w == "for")) and not (
                    seen != "arrest" and _sequel(t)):
                inside = True  # "protested ... to denounce the arrest of": a marker that is a protest word too
            elif seen and w in OPENING_DEMANDS:
                inside = True  # "staged a protest, demanding ...": what it demands is no event
            elif t.i in opener and not (seen and opener[t.i] == "crowd"):
                seen = opener[t.i]  # a riot word after a protest word leaves the protest's topic markers open
    return topic


SEQUEL_HEADS = cue("sequel_heads")


def _sequel(t) -> bool:
    """An "after" or "following" that tells what came before a death or a wound ("a protester died
    after police moved to clear a sit-in", "two demonstrators were shot dead following a police
    charge"): what happened at the scene, not what a protest was about (CODEBOOK 3: a protest
    against something names its topic; the force that broke it up is the event). Asked after a
    protest word only: "died in custody after being beaten" keeps its arrest's reading."""
    if t.lower_ not in ("after", "following"):
        return False
    head = t.head.head if t.dep_ == "mark" else t.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SEQUEL_HEADS


def _resumes(t, mark) -> bool:
    """Does the sentence's own clause resume at t, after a topic opened at token ``mark`` ("protesters marching
    against the electoral law looted shops and threw stones at police", "residents protesting over water cuts
    blocked the highway")? A finite verb of the main clause (its root, or a verb joined to it) that the topic's
    phrase does not govern tells what the people did, not what they were protesting about (CODEBOOK 3). Not a
    teller's verb ("..., said a trader who fled"): telling is no deed of theirs."""
    if t.pos_ == "VERB" and t.tag_ == "VBD" and t.dep_ == "conj" and t.head.i == mark and t.head.tag_ == "VBG":
        return t.lemma_.lower() not in REPORT_VERBS  # "protesters demanding bread stoned police": a deed in the
        # past tense that the parser joined to the topic's participle, not part of the demand
    return t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and (t.dep_ in ("ROOT", "conj") or (
        t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS)) and (
        t.lemma_.lower() not in REPORT_VERBS) and all(a.i != mark for a in t.ancestors)


HARMED_BY = {"arrest", "abduction"}   # signals whose object is a person taken
DESCRIBED = {"protest", "symbolic", "strike"}  # a protest noun describing that person
PERSON_LINKS = ("dobj", "nsubjpass", "appos", "conj")
PROTEST_ROLES = cue("protest_roles")          # "organisers of the march", not "one of the marchers"
DESCRIPTIONS = ("relcl", "appos")


def described_person(doc, sigs) -> set:
    """Protest nouns inside what describes a person who was arrested or abducted ("arrested Ali, an
    activist who has helped organise the fuel protests", "two organisers of last week's march were
    detained"): who the person is, not a protest at which it happened (CODEBOOK 3 and 8: arrests
    outside a protest event are Arrests). A protest verb there, or one going on as they were taken
    ("people who were protesting", "a man who was leading the march"), tells of the protest the
    arrest broke up and stays a signal."""
    acted_on = set()
    for cls, _, i, _ in sigs:
        if cls not in HARMED_BY or doc[i].pos_ != "VERB":
            continue
        todo = [c for c in doc[i].children if c.dep_ in ("dobj", "nsubjpass")]
        while todo:
            n = todo.pop()
            if n.i in acted_on or n.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
                continue
            acted_on.add(n.i)
            todo += [c for c in n.children if c.dep_ in PERSON_LINKS]
    inside = set()
    for n in acted_on:
        for c in doc[n].children:
            if c.dep_ == "relcl" and (_ongoing(c) or not any(w.lower_ in ("who", "whom", "whose")
                                                             for w in c.subtree)):
                continue    # a person is told of with "who"; "a man who was leading the march" was there
            if c.dep_ in DESCRIPTIONS or (c.dep_ == "prep" and c.lower_ == "of"
                                          and doc[n].lemma_.lower() in PROTEST_ROLES):
                inside.update(t.i for t in c.subtree)
    return {i for cls, _, i, _ in sigs if cls in DESCRIBED and i in inside
            and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].dep_ == "amod")}


KIND_PRONOUNS = cue("kind_pronouns")


def described_kind(doc, sigs) -> set:
    """Event words inside a relative clause on "those", "anyone", "whoever" ("those who attacked police
    will face the full force of the law", "threatening anyone who takes part in the parade", "the
    group punishes anyone who cooperated"): the clause names a kind of person by what such people
    do or did, no happening the report tells (CODEBOOK 9: code what the report says happened)."""
    out = set()
    if KIND_PRONOUNS.isdisjoint(docindex.lowers(doc)):
        return out   # no such pronoun in the document (most have none): no climb from each event word
    for _, _, i, _ in sigs:
        t, depth = doc[i], 0
        while t.head.i != t.i and depth < 6:
            if t.dep_ == "relcl" and t.head.lower_ in KIND_PRONOUNS:
                out.add(i)
                break
            t, depth = t.head, depth + 1
    return out


def _ongoing(verb) -> bool:
    """A verb in the progressive ("was leading")."""
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)


def _listed_demand(doc, i, topic) -> bool:
    """ "calling for an inquiry into the shooting, and freedom for the marchers held by police": after ", and"
    the list of demands goes on (a noun joined to one inside the topic), no new clause begins."""
    if i >= len(doc):
        return False
    t = doc[i]
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj" and (
        t.head.i in topic or t.head.lower_ in TOPIC_MARKERS)


OPEN_Q, CLOSE_Q = "“«", "”»"
QUOTE_MARKS = re.compile('[“«”»"\n]')   # the only characters quoted_ranges acts on


def quoted_ranges(text: str) -> list:
    """(start, end) char ranges inside quotation marks; an unclosed quote ends with its paragraph."""
    out, open_at = [], None
    for m in QUOTE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPEN_Q or (ch == '"' and open_at is None):
            open_at = i if open_at is None else open_at
        elif open_at is not None and (ch in CLOSE_Q or ch == '"' or ch == "\n"):
            out.append((open_at, i))
            open_at = None
    if open_at is not None:
        out.append((open_at, len(text)))
    return out


def _inside(ranges, char, unit_start=0, starts=None) -> bool:
    """Is char inside a quotation that opened within the same unit? (``starts``: the ranges' starts,
    for a bisection: quoted_ranges are in order and apart, so only the last one opening before char
    can hold it.)"""
    if starts is None:
        return any(a < char < b and a >= unit_start for a, b in ranges)
    k = bisect.bisect_left(starts, char) - 1
    return k >= 0 and char < ranges[k][1] and ranges[k][0] >= unit_start


def _clause_as(tok, place_starts, start) -> bool:
    """'as' opening a clause with a subject and a place of its own ("... in Mombasa, as a strike by dock
    workers in the nearby port of Lamu entered its second day"): what happened elsewhere at the same
    time, its own event. Without a place ("as flames approached houses", "as police fired tear gas")
    it goes on telling the same scene; so it does when the words before it (from token ``start``)
    name no place ("three nurses were abducted as they left a clinic in Kenscoff": the clause says
    where the one event happened). ``place_starts``: the character starts of the report's places."""
    verb = tok.head
    if tok.lower_ != "as" or tok.dep_ != "mark" or verb.dep_ != "advcl" or verb.i < tok.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    k = bisect.bisect_left(place_starts, verb.left_edge.idx)
    if not (k < len(place_starts) and place_starts[k] < verb.right_edge.idx + len(verb.right_edge)):
        return False
    before = bisect.bisect_left(place_starts, tok.doc[start].idx)
    return before < len(place_starts) and place_starts[before] < tok.idx


def _separate(tok) -> bool:
    """', and' (', but') before a clause that tells another happening in so many words ("Protesters
    stoned the governor's office in Basra, and one man was shot dead at a separate protest in
    Nasiriyah", "..., and in a separate incident gunmen abducted four traders"): two events
    (CODEBOOK: one event per type, place and day), cut apart. Read from the words (a marker
    within 16 words), not the parse, which often hangs such a clause anywhere."""
    if tok.lower_ not in ("and", "but") or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    end = min(docindex.sent_of(tok).end, tok.i + SEPARATE_REACH)
    return any(t.lower_ in SEPARATE_MARKS and t.dep_ == "amod" for t in docindex.tokens(tok.doc)[tok.i + 1:end])


SEPARATE_REACH = 16


def units(doc, places=()) -> list:
    """(start token, end token, sentence index) clauses: sentences cut at while/whereas/;/meanwhile,
    at an 'as' clause that names a place of its own (``places``: the report's sub-national places),
    and at 'and' before a clause told as a separate happening (``_separate``)."""
    out, low = [], docindex.lowers(doc)
    place_starts = sorted(p.start for p in places if p.feature != "country")
    for si, sent in enumerate(docindex.sents(doc)):
        start = sent.start
        for tok in docindex.tokens(doc)[sent.start:sent.end]:
            w = low[tok.i]
            if (w in SPLITTERS or w == "as" and _clause_as(tok, place_starts, start)
                    or w in ("and", "but") and _separate(tok)) and tok.i > start + 2:
                out.append((start, tok.i, si))
                start = tok.i
        out.append((start, sent.end, si))
    return out


def paragraph_of(text: str):
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
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
    """The first sub-national place mentioned in tokens s..e, or None: one the recognizer found, or
    a known place it passed over that the event locator reads as one ("between Contulmo and Cañete",
    geo.written_places)."""
    from ...geo import written_places
    a, b = docindex.span(doc, s, e).start_char, docindex.span(doc, s, e).end_char
    starts = doc.user_data.get("vigil_place_starts")
    if starts is None or starts[0] is not ctx.places or starts[3] != len(ctx.places):
        places = sorted(ctx.places + written_places(doc, ctx.places, ctx.gazetteer, ctx.focus_country, ctx.forces),
                        key=lambda p: p.start)
        starts = doc.user_data["vigil_place_starts"] = (ctx.places, places, [p.start for p in places],
                                                        len(ctx.places))
    places = starts[1]
    for p in places[bisect.bisect_left(starts[2], a):]:
        if p.start >= b:
            break
        if p.feature != "country" and not _elsewhere(doc, p):
            return p
    return None


AWAY_PREPS, LAUNCH_VERBS = cue("away_preps"), cue("launch_verbs")


def _elsewhere(doc, p) -> bool:
    """A place named as where people went or a weapon came from, not where the clause's event happened:
    "withdrew towards Leogane", "fled towards the border town of X", "a missile fired from the Belgorod
    region" (CODEBOOK 6: a strike happens where it hits; the event is at its scene)."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    n, depth = span.root, 0
    while n.dep_ in ("compound", "amod", "appos") and n.head.i != n.i and depth < 3:
        n, depth = n.head, depth + 1
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.i != n.head.i:
        n = n.head.head   # "towards the town of X"
    if n.dep_ != "pobj":
        return False
    prep = n.head
    return prep.lower_ in AWAY_PREPS or (prep.lower_ == "from" and prep.head.lemma_.lower() in LAUNCH_VERBS)


def same_place(p, q) -> bool:
    if p is None or q is None:
        return True
    return (p.geonameid is not None and p.geonameid == q.geonameid) or p.name.lower() == q.name.lower()


def tally(doc, group) -> bool:
    """A clause that only counts the harm, with no doer ("At least 15 people were injured and 4 houses
    were vandalised in A, B and C"): the toll of the event before it, wherever it names."""
    for cls, _, i, _ in group:
        tok = doc[i]
        if cls not in ("attack", "mob", "riot", "destruction", "clash", "arson"):
            return False  # "the blogger was arrested in Minsk": an event of its own
        if tok.pos_ in ("NOUN", "ADJ", "NUM") or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue   # "the wounded were flown": a participle standing for people
        passive = lambda t: any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        joined = tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and passive(tok.head) and not any(
            c.dep_ == "dobj" or c.dep_ == "nsubj" and not c.like_num for c in tok.children)   # "were killed and 30 injured"
        if not (passive(tok) or joined) or any(c.dep_ == "agent" for c in tok.children):
            return False
    return True


DAY_NAMES = cue("day_names")


def _dated_opening(doc, s) -> bool:
    """A sentence that opens on a day of its own ("On Friday, a drone struck ...", "Late on
    Tuesday, ...", "On 4 May, ..."; not "During the day, ..."): news style's mark of the next
    event, not more of the last one."""
    head = doc[s:min(len(doc), s + 5)]
    comma = next((t.i for t in head if t.text == ","), None)
    return comma is not None and any(t.ent_type_ in ("DATE", "TIME") and (t.like_num or t.lower_ in DAY_NAMES)
                                     for t in docindex.tokens(doc)[s:comma])


PROTEST_CLASSES = {"protest", "symbolic", "strike"}


def _earlier_grievance(ctx, prev, s, e) -> bool:
    """Does unit s..e tell a happening the text dates before the protest draft ``prev`` ("Hundreds
    marched in X on Thursday to mourn an activist. He died in police custody last week.")? It is the protest's grievance, an earlier event of its own, not what happened at
    the protest (CODEBOOK 3: what a protest is about is not what happened at it; Fatalities: the deaths
    of this event). Both must name a reported day: an undated protest leaves the unit with it."""
    if not all(x[0] in PROTEST_CLASSES for x in prev.signals):
        return False
    doc = ctx.doc
    own = _told_days(ctx, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
    if not own:
        return False
    before = [m for a, b in prev.ranges for m in _told_days(ctx, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))]
    return bool(before) and max(own) < min(before)


def _told_days(ctx, lo: int, hi: int) -> list:
    """The first days of the reported date mentions in chars lo..hi (ISO strings)."""
    return [str(m.date)[:10] for m in dates_between(ctx, lo, hi) if m.date and _date_status(ctx, m) == "reported"]


def drafts(ctx) -> list:
    """Event drafts: each unit's signals grouped by status, merged with the previous draft of the
    paragraph when the unit names no other place and does not open on a day of its own."""
    doc = ctx.doc
    ref_year = ctx.published.year if ctx.published else None
    quoted = quoted_ranges(docindex.text(doc))
    quoted_starts = [a for a, _ in quoted]
    sigs = strikes_by_forces(doc, find_signals(doc))
    topic = topic_tokens(doc, sigs) | described_person(doc, sigs) | described_kind(doc, sigs) | strikes_named_again(
        doc, sigs)
    sigs = [x for x in sigs if x[2] not in topic and not idle_signal(doc, x)]
    para = paragraph_of(docindex.text(doc))
    sig_starts = [x[2] for x in sigs]
    ordered = all(a <= b for a, b in zip(sig_starts, sig_starts[1:]))
    out, last = [], {}
    for s, e, si in units(doc, ctx.places):
        lo = doc[s].idx
        near = sigs[bisect.bisect_left(sig_starts, s):bisect.bisect_left(sig_starts, e)] if ordered else sigs
        mine = [x for x in near if s <= x[2] < e and not _inside(quoted, doc[x[2]].idx, lo, quoted_starts)]
        if not mine:
            continue
        place = unit_place(ctx, doc, s, e)
        groups = {}
        for x in mine:
            groups.setdefault(signal_status(doc[x[2]], x, ctx, ref_year), []).append(x)
        pi = para(doc[s].idx)
        for status, group in groups.items():
            prev = last.get(status)
            if prev is not None and prev.para == pi and (same_place(prev.place, place) or tally(doc, group)) and (
                    prev.sent == si or not _dated_opening(doc, s)) and not _earlier_grievance(ctx, prev, s, e):
                prev.ranges.append((s, e))
                prev.signals += group
                prev.place = prev.place or place
                continue
            d = Draft(status, [(s, e)], list(group), place, pi, si)
            out.append(d)
            last[status] = d
    return out, topic


def in_ranges(doc, d, char) -> bool:
    return any(docindex.span(doc, s, e).start_char <= char < docindex.span(doc, s, e).end_char for s, e in d.ranges)


def starting_in(doc, items, ranges) -> list:
    """``[x for x in items if any(s <= x.start < e for s, e in ranges)]``: a bisection of the items'
    starts, taken once per list of items (kept in doc.user_data) when they are in order of start."""
    memo = doc.user_data.setdefault("vigil_item_starts", {})
    held = memo.get(id(items))
    if held is None or held[0] is not items or len(held[1]) != len(items):
        starts = [x.start for x in items]
        held = memo[id(items)] = (items, starts, all(a <= b for a, b in zip(starts, starts[1:])))
    starts, ordered = held[1], held[2]
    if not ordered:
        return [x for x in items if any(s <= x.start < e for s, e in ranges)]
    ks = {k for s, e in ranges for k in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))}
    return [items[k] for k in sorted(ks)]


class DraftIndex:
    """Lookups over the ranges of a fixed list of drafts, built once, each a bisection:
    ``holding(char)`` is ``[k for k, d in enumerate(drafts) if in_ranges(doc, d, char)]`` and
    ``starting_in(lo, hi)`` the k whose drafts have a range starting at a token in [lo, hi)."""

    def __init__(self, doc, drafts):
        self.doc, self.drafts = doc, drafts
        by_chars: dict = {}
        by_token = []
        for k, d in enumerate(drafts):
            for s, e in d.ranges:
                span = docindex.span(doc, s, e)
                a, b = span.start_char, span.end_char
                if a < b:
                    owners = by_chars.setdefault((a, b), [])
                    if not owners or owners[-1] != k:
                        owners.append(k)
                by_token.append((s, k))
        self.spans = sorted(by_chars)
        self.owners = [by_chars[ab] for ab in self.spans]
        self.starts = [a for a, _ in self.spans]
        # Clauses never overlap, so one bisection finds the only range that can hold a character;
        # should two distinct ranges ever overlap, every query scans them all as in_ranges does.
        self.disjoint = all(self.spans[i][1] <= self.spans[i + 1][0] for i in range(len(self.spans) - 1))
        by_token.sort()
        self.token_starts = [s for s, _ in by_token]
        self.token_owners = [k for _, k in by_token]

    def holding(self, char: int) -> list:
        if not self.disjoint:
            return [k for k, d in enumerate(self.drafts) if in_ranges(self.doc, d, char)]
        i = bisect.bisect_right(self.starts, char) - 1
        return list(self.owners[i]) if i >= 0 and char < self.spans[i][1] else []

    def starting_in(self, lo: int, hi: int) -> list:
        ks = self.token_owners[bisect.bisect_left(self.token_starts, lo):bisect.bisect_left(self.token_starts, hi)]
        return sorted(set(ks))
