"""Direct quotes and who said them.

``extract_quotes(doc, article)`` takes the text between quotation marks
(``quotemarks``: marks paired per paragraph, unclosed ones closed), joins a
quote split by its cue ("Iran," she said, "will be free"), and drops scare
quotes (a word or two with no cue).

The speaker comes from the cue verb next to the quote (said, told, added,
wrote, tweeted ...), from "according to X", from a poster ("a poster of X
with the message ...", "a X poster reads ..."), or from the quote before it
in the same paragraph. ``Speaker.name`` is the mention as written ("he",
"the minister", "Trump"); ``Speaker.canonical`` is whom it refers to: the
actor dictionary's name, else the fullest form of the name in the article,
else, for a pronoun or a title, the nearest fitting person named before it.
Chanted slogans are medium "slogan" and have no person as speaker.

Evidence spans cover the quoted words without the marks; ``Quote.text`` is
those words (fragments of a split quote joined by one space).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .. import docindex
from ..model import Quote, Span, Speaker, stable_id
from .quotemarks import AMBIG_D, CLAUSE_START, CLOSE_D, OPEN_D, Raw, find_raw

MAX_GAP = 200  # characters of cue text between the two halves of a split quote


# ---------------------------------------------------------------- joining and filtering

def _gap_is_cue(doc, text: str, a: Raw, b: Raw) -> bool:
    gap = text[a.end:b.start].strip(" " + OPEN_D + CLOSE_D + AMBIG_D + "'‘’")
    if "\n" in gap or len(gap) > MAX_GAP or not gap or CLAUSE_START.match(gap) or POSTER.search(gap):
        return False
    return bool(CUE_IN_GAP.search(gap))


def join_split(doc, text: str, raws: list) -> list:
    """Join '“Iran,” she said, “will be free”' (and 'X,” he said. “Y') into one quote."""
    out = []
    for r in raws:
        prev = out[-1] if out else None
        if prev and prev.end > r.start:  # a single-quoted stretch inside another: skip
            continue
        if prev and len(prev.frags) < 4 and _gap_is_cue(doc, text, prev, r):
            prev.frags.append((r.start, r.end))
            prev.end = r.end
            continue
        out.append(r)
    return out


def n_words(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def woven(text: str, r: Raw) -> bool:
    """A fragment woven into the writer's own sentence: 'he would “introduce legislation”'."""
    before = text[:r.start].rstrip(OPEN_D + AMBIG_D + "'‘ ").rstrip(" ")
    first = text[r.start:r.start + 1]
    if not before or before[-1] in "\n.!?:" or not first:
        return False
    return first.islower() or first in "…."


def keep(text: str, r: Raw) -> bool:
    """Scare quotes, titles and fragments woven into a sentence count only with a cue next to them."""
    words = sum(n_words(text[s:e]) for s, e in r.frags)
    adjacent = bool(r.cue and r.cue.adjacent)
    if words <= 2 or woven(text, r):
        return adjacent and not woven(text, r)
    before = text[:r.start].rstrip(OPEN_D + AMBIG_D + "'‘ ")
    if words <= 4 and before and before[-1].isalnum():
        return adjacent
    return True


# ---------------------------------------------------------------- speakers

CUE_LEMMAS = set("say tell add write tweet post state explain declare note ask reply respond continue insist "
                 "argue warn claim announce recall quip joke remark chant shout read conclude caution "
                 "acknowledge admit testify complain predict vow urge observe suggest counter recount "
                 "describe boast exclaim concede scream yell sing proclaim pledge".split())
CUE_WORDS = ("said|says|say|saying|told|tells|added|adds|wrote|writes|tweeted|posted|stated|explained|declared|"
             "noted|asked|replied|responded|continued|insisted|argued|warned|claimed|announced|recalled|"
             "quipped|joked|remarked|chanted|shouted|read|reads|concluded|cautioned|acknowledged|admitted|"
             "testified|complained|predicted|vowed|urged|observed|suggested|countered|exclaimed|conceded|"
             "yelled|proclaimed|pledged|boasted")
CUE_IN_GAP = re.compile(r"^[\s,;:—–-]*(?:[\w.'’-]+\s+){0,8}?(?:%s)\b[^\n“”\"]{0,130}$" % CUE_WORDS
                        + r"|^[\s,;:—–-]*(?:%s)\b[^\n“”\"]{0,140}$" % CUE_WORDS, re.I)
SLOGAN = re.compile(r"\b(?:chant\w*|shout\w*|slogans?|chorus|yell\w*|cr(?:y|ied|ies)\s+of|sang|singing|"
                    r"graffiti|painted|sprayed|banners?|placards?)\b", re.I)
POSTER = re.compile(r"\b(?:posters?|banners?|placards?|images?|pictures?|portraits?|billboards?|murals?|"
                    r"signs?|leaflets?|flyers?)\b", re.I)
POSTER_CUE = re.compile(r"\b(?:message|quote|slogan|words|text|inscription|caption|reads?|reading|says|"
                        r"saying|stating|with)\b[\s,:]*$", re.I)
PRONOUNS = {"he", "she", "him", "her", "they", "them", "we", "i", "it", "you"}
SOCIAL = re.compile(r"\b(?:tweet\w*|twitter|facebook|instagram|telegram|posted|blog|social media)\b", re.I)
MEDIUM_WORDS = [("statement", "statement"), ("interview", "interview"), ("speech", "speech"),
                ("rally", "speech"), ("address", "speech"), ("press conference", "speech")]


@dataclass
class Cue:
    name: Optional[str]
    canonical: Optional[str] = None
    medium: Optional[str] = None
    adjacent: bool = True
    start: int = -1           # the speaker mention's span, when there is one
    end: int = -1


def _actors():
    try:
        from . import actors
    except ImportError:  # the actor dictionary is optional for this module
        return None
    return actors


class Resolver:
    """Turns a speaker mention into whom it refers to, from the persons named in the doc."""

    def __init__(self, doc, country=None):
        self.doc, self.country = doc, country
        self.persons = [e for e in docindex.ents(doc) if e.label_ == "PERSON" and e.text[:1].isupper()]
        self.groups = [e for e in docindex.ents(doc) if e.label_ in ("ORG", "NORP")]
        self.subjects = {e.start for e in self.persons if e.root.dep_ in ("nsubj", "nsubjpass")}
        self.quoted, self.spoken = [], []
        self._by_last: dict = {}     # fullest: persons by their last word, lower case; and its answers
        for e in self.persons:
            self._by_last.setdefault(e.text.split()[-1].lower(), []).append(e.text)
        self._fullest: dict = {}

    def lookup(self, name: str) -> Optional[str]:
        mod = _actors()
        if mod is None or not hasattr(mod, "lookup"):
            return None
        actor = mod.lookup(name, self.country)
        return getattr(actor, "canonical", None) if actor else None

    def fullest(self, name: str) -> Optional[str]:
        if name not in self._fullest:
            self._fullest[name] = self._fullest_form(name)
        return self._fullest[name]

    def _fullest_form(self, name: str) -> Optional[str]:
        """The longest person named in the doc whose words hold the name's and end with its last word
        (only those ending with that word are looked at: the persons are grouped by last word)."""
        words = set(name.lower().split())
        if not words:
            return None
        forms = [text for text in self._by_last.get(name.split()[-1].lower(), ()) if words < set(text.lower().split())]
        best = max(forms, key=len, default=None)
        return best if best and len(best) > len(name) else None

    def nearest_person(self, pos: int, role: Optional[str] = None) -> Optional[str]:
        before = sorted([e for e in self.persons + self.spoken if e.end_char <= pos], key=lambda e: e.end_char)
        if role:
            fit = [e for e in before if role in docindex.text(self.doc)[max(0, e.start_char - 40):e.end_char + 40].lower()]
            before = fit
        subj = [e for e in before if e.start in self.subjects or e in self.spoken]
        pick = (subj or before)[-1] if (subj or before) else None
        return (self.fullest(pick.text) or pick.text) if pick else None

    def canonical(self, name: str, pos: int) -> Optional[str]:
        low = name.lower()
        if low in PRONOUNS:
            if low in ("he", "she", "him", "her", "i"):
                return self.nearest_person(pos)
            groups = [e for e in self.groups if e.end_char <= pos]
            return groups[-1].text if groups and low in ("they", "them", "we", "it") else None
        found = self.lookup(name)
        if found:
            return found
        words = name.split()
        if words[0].lower() in ("the", "a", "an") and len(words) <= 3:
            return self.nearest_person(pos, words[-1].lower())
        return self.fullest(name)


def _mention(tok):
    """The noun phrase headed by tok: its left modifiers, a name entity, or a pronoun.

    A title with a name in apposition ("The spokesman, Omar Haddad,") gives the name."""
    if tok.pos_ == "NOUN":
        named = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named:
            tok = named[0]
    if tok.ent_type_ == "PERSON":
        ent = docindex.ent_around(tok.doc, tok.idx, tok.idx + len(tok))
        if ent is not None:
            left = min(ent.start, tok.left_edge.i)
            return tok.doc[left if tok.left_edge.i >= ent.start - 3 else ent.start:ent.end]
    left, right = tok.left_edge.i, tok.i + 1
    for k in range(tok.i - 1, left - 1, -1):
        if tok.doc[k].text in (",", "(", "—", "–"):
            left = k + 1
            break
    while right < len(tok.doc) and tok.doc[right].pos_ == "PROPN" and tok.doc[right].head.i in (tok.i, right - 1):
        right += 1  # "the news agency IRNA"
    return tok.doc[left:right]


def _subject(verb, quoted=()):
    """The speaker mention of a cue verb: its subject, or the name right after it ("said Mr. X")."""
    def outside(t):
        return not any(s - 1 <= t.idx < e + 1 for s, e in quoted)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ not in ("that", "which", "this") and outside(c)]
    if len(subjects) > 1 and subjects[-1].i == subjects[-2].i + 1:  # "news agency IRNA said"
        return verb.doc[_mention(subjects[-2]).start:subjects[-1].i + 1]
    if subjects:
        return _mention(subjects[0])
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.lemma_ in CUE_LEMMAS | {"be"} and outside(verb.head):
        return _subject(verb.head, quoted)
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            return _mention(pobj[0]) if pobj else None
    return _name_after(verb)


def _name_after(verb):
    """'..., said Leslie Wimes, a ...': the noun phrase right after an inverted cue verb."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "PERSON":
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return _mention(t)
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _cue_after(doc, end, limit):
    """A cue verb in the few words after the quote: '..., she said.' / '..., said X.'"""
    for t in docindex.tokens_between(doc, end, limit)[:20]:
        if t.is_sent_start and t.idx > end + 2:
            return None
        if t.lemma_ in CUE_LEMMAS and t.pos_ in ("VERB", "AUX") or t.lower_ in ("said", "says", "told"):
            return t
        if t.text in ("“", "‘") or (t.text == "." and t.idx > end + 1):
            return None
    return None


def _cue_before(doc, start, floor):
    """The cue verb closest before the quote, in its sentence: 'X said: “...'"""
    toks = docindex.tokens_between(doc, floor, start)
    while toks and toks[-1].idx >= start - 3 and not toks[-1].text.strip("“\"'‘«„`"):
        toks.pop()
    for t in reversed(toks[-14:]):
        if t.lemma_ in CUE_LEMMAS and t.pos_ in ("VERB", "AUX"):
            return t
        if t.text in (".", "!", "?") or t.text in ("”", "\""):
            return None
    return None


def _according_to(doc, lo, hi):
    text = docindex.text(doc)[lo:hi]
    m = re.search(r"\baccording to\s+", text, re.I)
    if not m:
        return None
    toks = docindex.tokens_between(doc, lo + m.end(), hi)
    return _mention(toks[0].head if toks[0].dep_ != "pobj" else toks[0]) if toks else None


def _poster(doc, sent_lo, lo, start):
    """'a poster of X with the message “...”' / 'a X poster reads, “...”': the speaker's (start, end)."""
    window = docindex.text(doc)[lo:start]
    if not POSTER_CUE.search(window) or not POSTER.search(docindex.text(doc)[sent_lo:start]):
        return None
    hits = list(POSTER.finditer(window))
    if not hits:
        of_prev = re.search(r"\bof\s+((?:[A-Z][\w’'-]+\s?)+|him|her)\s+with\b[^.]*$", window)
        return (lo + of_prev.start(1), lo + of_prev.end(1)) if of_prev else None
    hit = hits[-1]
    after = re.match(r"\s+of\s+((?:[A-Z][\w’'-]+\s?)+|him|her|them|[\w’' -]{3,40}?)(?=\s+(?:in|at|on|with|"
                     r"has|have|reads?|reading|says|saying|and|bearing|carrying)\b|[,:])",
                     window[hit.end():])
    if after:
        s = lo + hit.end() + after.start(1)
        return s, s + len(after.group(1).strip())
    before = re.search(r"((?:[A-Z][\w’'-]+\s)+)$", window[:hit.start()])
    if before:
        s = lo + before.start(1)
        return s, s + len(before.group(1).strip())
    return None


def _medium(doc, lo, hi, verb=None):
    window = docindex.text(doc)[lo:hi]
    if (verb is not None and verb.lemma_ in ("tweet", "post")) or SOCIAL.search(window):
        return "social_media"
    low = window.lower()
    for word, medium in MEDIUM_WORDS:
        if word in low:
            return medium
    if verb is not None and verb.lemma_ == "tell" and "interview" in low:
        return "interview"
    return None


def _cue_from_span(resolver, span, medium, adjacent=True):
    if span is None or not span.text.strip():
        return None
    name = span.text.strip(" ,")
    if name.lower() not in PRONOUNS and name[:1].isupper() and any(t.pos_ == "PROPN" for t in span):
        resolver.spoken.append(span)
    return Cue(name=name, canonical=resolver.canonical(name, span.start_char), medium=medium,
               adjacent=adjacent, start=span.start_char, end=span.end_char)


def _cue_from_chars(doc, resolver, s, e, medium):
    span = doc.char_span(s, e, alignment_mode="expand")
    return _cue_from_span(resolver, span, medium)


def _slogan(doc, resolver, floor, start):
    window = docindex.text(doc)[max(floor, start - 80):start]
    m = None
    for m in SLOGAN.finditer(window):
        pass
    if m is None:
        return None
    toks = docindex.tokens_between(doc, max(floor, start - 80) + m.start(), start)
    verb = toks[0] if toks else None
    subj = _subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    if subj is not None and (subj.root.ent_type_ == "PERSON" or subj.root.lower_ in PRONOUNS):
        subj = None
    cue = _cue_from_span(resolver, subj, "slogan") if subj is not None else None
    return cue or Cue(name=None, medium="slogan")


def _verb_cue(doc, resolver, verb, lo, hi):
    if verb is None:
        return None
    subj = _subject(verb, resolver.quoted)
    if subj is None:
        return None
    if POSTER.fullmatch(subj.root.text):
        return None
    medium = "slogan" if verb.lemma_ in ("chant", "shout", "yell", "sing") else _medium(doc, lo, hi, verb)
    return _cue_from_span(resolver, subj, medium)


def attribute(doc, resolver, r: Raw, prev: Optional[Raw]) -> Optional[Cue]:
    """Who said the quote r (a Cue), or None."""
    text = docindex.text(doc)
    para_lo = text.rfind("\n", 0, r.start) + 1
    para_hi = text.find("\n", r.end) % (len(text) + 1) if "\n" in text[r.end:] else len(text)
    s_lo, _ = docindex.sentence_bounds_at(doc, max(0, r.start - 2))
    _, s_hi = docindex.sentence_bounds_at(doc, max(r.start, r.end - 1))
    prev_end = prev.end + 1 if prev is not None and prev.end >= para_lo else para_lo
    floor = max(s_lo, para_lo, prev_end)
    poster = _poster(doc, max(s_lo, para_lo), floor, r.start - 1)
    if poster:
        return _cue_from_chars(doc, resolver, poster[0], poster[1], "poster")
    slogan = _slogan(doc, resolver, floor, r.start - 1)
    if slogan:
        return slogan
    for a, b in zip(r.frags, r.frags[1:]):
        cue = _verb_cue(doc, resolver, _cue_after(doc, a[1], b[0]), s_lo, s_hi)
        if cue:
            return cue
    close = r.frags[-1][1]
    cue = _verb_cue(doc, resolver, _cue_after(doc, close, para_hi), s_lo, s_hi) or _dash_name(doc, resolver, close)
    if cue:
        return cue
    verb = _cue_before(doc, r.start, floor)
    cue = _verb_cue(doc, resolver, verb, s_lo, s_hi)
    if cue:
        between = text[verb.idx + len(verb.text):r.start].rstrip(OPEN_D + AMBIG_D + "'‘ ")
        cue.adjacent = bool(re.fullmatch(r"[\s,:]*(?:that)?|[^.]{0,40}[,:]", between))
        return cue
    cue = (_cue_from_span(resolver, _according_to(doc, floor, min(para_hi, s_hi + 1)), None, False)
           or _colon_name(doc, resolver, floor, r.start))
    if cue:
        return cue
    return _inherit(text, r, prev)


NAME = r"((?:(?:[A-Z][\w’'.-]*|de|van|von|bin|al-?)\s?){1,5})"


def _dash_name(doc, resolver, close):
    """'“...” ― Esther Tapia': a name after a dash right after the closing mark."""
    m = re.match(r"[”\"'’»]?[\s\u00a0]*[―—–-]+[\s\u00a0]*" + NAME, docindex.text(doc)[close:close + 80])
    if not m:
        return None
    return _cue_from_chars(doc, resolver, close + m.start(1), close + m.start(1) + len(m.group(1).strip()), None)


def _colon_name(doc, resolver, floor, start):
    """'Loretta Lynch: “Be the voice ...”': a name and a colon right before the quote."""
    window = docindex.text(doc)[floor:start]
    m = re.search(NAME + r":\s*[“\"'‘«]?\s*$", window)
    if not m or m.start(1) > 0 and window[m.start(1) - 1].isalnum():
        return None
    s = floor + m.start(1)
    return _cue_from_chars(doc, resolver, s, s + len(m.group(1).strip()), None)


def _inherit(text, r, prev):
    """A quote with no cue of its own continues the quote before it in the paragraph (or just before)."""
    if prev is None or prev.cue is None or not prev.cue.name or prev.cue.medium in ("poster", "slogan"):
        return None
    gap = text[prev.end:r.start]
    if gap.count("\n") > 2 or len(gap) > 200:
        return None
    c = prev.cue
    return Cue(name=c.name, canonical=c.canonical, medium=c.medium, adjacent=False, start=c.start, end=c.end)


# ---------------------------------------------------------------- records

def quote_text(text: str, r: Raw) -> str:
    return " ".join(text[s:e].strip() for s, e in r.frags)


def to_quote(text: str, article, r: Raw) -> Quote:
    spk = None
    if r.cue and r.cue.name:
        spk = Speaker(name=r.cue.name, canonical=r.cue.canonical)
    return Quote(id=stable_id("q", article.id, r.start, r.end), text=quote_text(text, r), speaker=spk,
                 medium=r.cue.medium if r.cue else None,
                 evidence=tuple(Span(s, e) for s, e in r.frags))


def extract_quotes(doc, article) -> list:
    """Every direct quote in ``doc`` (whose text is ``article.text``), with its speaker.

    The result is kept on the doc, so that the claim ledger reuses it."""
    key = ("vigil_quotes", getattr(article, "id", None))
    if key not in doc.user_data:
        doc.user_data[key] = _extract(doc, article)
    return list(doc.user_data[key])


def _extract(doc, article) -> list:
    text = docindex.text(doc)
    raws = join_split(doc, text, find_raw(text))
    resolver = Resolver(doc, getattr(article, "country", None))
    resolver.quoted = [(a, b) for r in raws for a, b in r.frags]
    prev = None
    for r in raws:
        r.cue = attribute(doc, resolver, r, prev)
        prev = r
    return [to_quote(text, article, r) for r in raws if keep(text, r)]
