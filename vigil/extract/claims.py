"""The claim ledger: every count of people, with who claims it.

``extract_claims(doc, counts, article)`` turns each Count into a Claim and
adds the counts a report states without a number ("X was arrested and
executed": one arrested, one executed, for a named person). The claimant is,
in order:

1. the subject of a reporting verb the count hangs from ("Amnesty
   International says that ... was executed", "police put the toll at 12"),
   however deep the reported-speech chain;
2. the X of "according to X" in the count's sentence;
3. the speaker of the direct quote the count sits in;
4. the subject of the nearest reporting verb in the sentence ("..., with MEK
   sources confirming that at least 1,000 have died, 4,000 injured");
5. else nobody: the report's own voice, "unattributed", named after the
   outlet when it is known.

Claimant types come from the actor dictionary (``actors.claimant_type``), else
from the words of the name (police, ministry -> state; opposition, rebels ->
party; rights group -> ngo; agency, newspaper -> media; UN, ICRC ->
international; a person -> individual). Vigil records who claims what; it
never picks a winner among competing figures.
"""
from __future__ import annotations

import bisect
import re

from .. import docindex
from ..model import Claim, Claimant, Span, stable_id
from . import quotes as _quotes

CLAIM_CUES = set("say tell confirm report claim state announce estimate put add record document allege count "
                 "register warn accuse cite quote tally list note reveal insist deny acknowledge admit "
                 "publish release update raise revise give".split())
IMPLICIT = {"execute": "executed", "hang": "executed", "kill": "killed", "murder": "killed",
            "assassinate": "killed", "arrest": "arrested", "detain": "detained", "abduct": "missing",
            "kidnap": "missing", "injure": "injured", "wound": "injured"}
IMPLICIT_LEMMAS = frozenset(IMPLICIT)
TYPE_WORDS = [
    ("international", r"\b(?:UN|U\.N\.|United Nations|EU|European Union|ICRC|Red Cross|Red Crescent|WHO|"
                      r"UNHCR|UNICEF|OCHA|OHCHR|OSCE|African Union|NATO|World Bank|IOM|MSF|"
                      r"Doctors Without Borders|special rapporteur|international)\b"),
    ("ngo", r"\b(?:Amnesty|Human Rights Watch|HRW|rights groups?|human rights|watchdog|monitor|observatory|"
            r"NGOs?|charity|activists?|campaigners?|advocacy|HRANA|Hengaw|Iran Human Rights)\b"),
    ("media", r"\b(?:news|agency|newspaper|paper|daily|TV|television|channel|broadcaster|radio|Reuters|AFP|AP|"
              r"BBC|CNN|Al Jazeera|Times|Post|Guardian|journalists?|reporters?|outlets?|media|magazine|"
              r"website|tabloid|wire)\b"),
    ("state", r"\b(?:police|ministry|minister|government|army|military|armed forces|spokesm[ae]n|"
              r"spokesperson|official|officials|authorities|governor|mayor|prosecutors?|court|judiciary|"
              r"president|prime minister|regime|state|security forces|forces|IRGC|Revolutionary Guards?|"
              r"interior|cabinet|parliament|coroner|hospital|health|emergency services|civil defen[cs]e|"
              r"commander|general|troops|department|agency of)\b"),
    ("party", r"\b(?:party|parties|opposition|MEK|PMOI|NCRI|rebels?|insurgents?|militants?|militias?|"
              r"Taliban|Houthis?|Hamas|Hezbollah|ISIS|Islamic State|al-Shabaab|Boko Haram|movement|front|"
              r"coalition|organizers?|organisers?|protesters?|union|separatists?|guerrillas?)\b"),
    ("individual", r"\b(?:witness(?:es)?|residents?|locals?|relatives?|family|families|villagers?|"
                   r"eyewitness(?:es)?|survivors?|doctors?|lawyer|neighbou?rs?|sources?)\b"),
]


def _actors():
    return _quotes._actors()


def claimant_type(name: str, is_person: bool = False) -> str:
    """state | party | ngo | media | international | individual for a named claimant."""
    mod = _actors()
    found = mod.claimant_type(name) if mod is not None and hasattr(mod, "claimant_type") else None
    if found:
        return found
    for kind, rx in TYPE_WORDS:
        if re.search(rx, name, flags=0 if kind in ("international",) else re.I):
            return kind
    return "individual"


# ---------------------------------------------------------------- finding the claimant

def _token_at(doc, pos):
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _cue_text(verb) -> str:
    """"put the toll at" for put ... at; else the verb itself ("says", "confirming")."""
    if verb.lemma_ == "put":
        at = [c for c in verb.children if c.lower_ == "at" and c.dep_ == "prep"]
        if at:
            return verb.doc[verb.i:at[0].i + 1].text
    return verb.text


def _subject_of(verb):
    """The claimant mention of a reporting verb: its subject, or the noun it modifies ("sources confirming")."""
    subj = _quotes._subject(verb)
    if subj is not None and not any(t.like_num for t in subj):
        return subj
    head = verb.head
    if verb.dep_ in ("acl", "pcomp", "advcl") and head.pos_ in ("NOUN", "PROPN"):
        return _quotes._mention(head)
    chunk = [c for c in docindex.noun_chunks_ending(verb.doc, verb.i) if c.root.pos_ in ("NOUN", "PROPN")]
    return chunk[0] if chunk else None


def _by_ancestor(tok):
    """A reporting verb above the count in the parse, with its subject."""
    for anc in tok.ancestors:
        if anc.lemma_ in CLAIM_CUES and anc.pos_ in ("VERB", "AUX"):
            subj = _subject_of(anc)
            if subj is not None and not (subj.start <= tok.i < subj.end):
                return subj, _cue_text(anc)
    return None


def _by_according(sent):
    m = re.search(r"\baccording to\s+", sent.text, re.I)
    if not m:
        return None
    toks = [t for t in sent if t.idx >= sent.start_char + m.end()]
    if not toks:
        return None
    tok = toks[0]
    while tok.dep_ in ("compound", "det", "amod", "poss") and tok.head.i > tok.i:
        tok = tok.head
    return _quotes._mention(tok), "according to"


def _by_sentence(sent, tok):
    """The nearest reporting verb in the sentence (before the count first) that has a subject."""
    verbs = [t for t in sent if t.lemma_ in CLAIM_CUES and t.pos_ == "VERB" and t.i != tok.i]
    ordered = sorted(verbs, key=lambda v: (v.i > tok.i, abs(v.i - tok.i)))
    for v in ordered:
        subj = _subject_of(v)
        if subj is not None and not any(t.like_num for t in subj) and subj.root.lower_ not in ("they", "it"):
            return subj, _cue_text(v)
    return None


def _in_quote(quotes, pos, doc=None):
    """The first quote with a speaker whose evidence holds pos (by bisection, given the doc)."""
    if doc is not None:
        return _in_quote_indexed(doc, quotes, pos)
    for q in quotes:
        if any(e.start <= pos < e.end for e in q.evidence) and q.speaker is not None:
            return q
    return None


def _in_quote_indexed(doc, quotes, pos):
    """_in_quote over the evidence spans of the quotes with a speaker, sorted once per list of quotes
    (kept in doc.user_data): when no two overlap, only the last one starting at or before pos can
    hold it."""
    held = doc.user_data.get("vigil_quote_spans")
    if held is None or held[0] is not quotes or held[1] != len(quotes):
        spans = sorted((e.start, e.end, k) for k, q in enumerate(quotes) if q.speaker is not None for e in q.evidence)
        apart = all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        held = doc.user_data["vigil_quote_spans"] = (quotes, len(quotes), spans, [s[0] for s in spans], apart)
    _, _, spans, starts, apart = held
    if not apart:
        return _in_quote(quotes, pos)
    i = bisect.bisect_right(starts, pos) - 1
    return quotes[spans[i][2]] if i >= 0 and pos < spans[i][1] else None


def find_claimant(doc, tok, article, quotes, resolver):
    """(Claimant, cue, claimant span or None) for the count at token tok."""
    sent = docindex.sent_of(tok)
    found = _by_ancestor(tok) or _by_according(sent)
    q = _in_quote(quotes, tok.idx, doc)
    if found is not None and q is not None and _in_quote([q], found[0].start_char):
        found = None  # "We counted 40 bodies," said X: the quote's speaker claims it
    if found is None:
        if q is not None:
            name = q.speaker.canonical or q.speaker.name
            return Claimant(q.speaker.name, q.speaker.canonical, claimant_type(name, True)), "quote", None
        found = _by_sentence(sent, tok)
    if found is None:
        return Claimant(getattr(article, "outlet", None), None, "unattributed"), None, None
    span, cue = found
    return _claimant(span, resolver), cue, Span(span.start_char, span.end_char)


def _claimant(span, resolver) -> Claimant:
    name = span.text.strip(" ,")
    canonical = resolver.canonical(name, span.start_char) if name else None
    is_person = span.root.ent_type_ == "PERSON" or name.lower() in ("he", "she")
    return Claimant(name, canonical, claimant_type(canonical or name, is_person))


# ---------------------------------------------------------------- counts without a number

def _named_subject(verb):
    """The named person a passive verb is about ("Gholamreza Khosravi Savadjani was arrested")."""
    v = verb
    while v.dep_ == "conj" and v.head.tag_ == "VBN":
        v = v.head
    for c in v.children:
        if c.dep_ != "nsubjpass" or c.tag_ not in ("NN", "NNP"):
            continue
        named = [t for t in c.subtree if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
        if named and not any(t.tag_ in ("NNS", "NNPS") or t.like_num for t in c.subtree):
            return c.doc[c.left_edge.i:c.right_edge.i + 1]
    return None


def implicit_counts(doc, counts) -> list:
    """(start, end, kind) for '<named person> was arrested and executed' style mentions."""
    taken = [(c.start, c.end) for c in counts]
    out = []
    for t in docindex.where(doc, "LEMMA", IMPLICIT_LEMMAS):
        kind = IMPLICIT.get(t.lemma_)
        if not kind or t.tag_ != "VBN":
            continue
        subj = _named_subject(t)
        if subj is None or any(s < t.idx + len(t) and t.idx < e for s, e in taken):
            continue
        out.append((subj.start_char, t.idx + len(t.text), kind, t.i))
    return out


# ---------------------------------------------------------------- claims

def _make(doc, article, start, end, kind, tok, fields, quotes, resolver):
    claimant, cue, span = find_claimant(doc, tok, article, quotes, resolver)
    evidence = (Span(start, end),) + ((span,) if span is not None else ())
    return Claim(id=stable_id("c", article.id, start, end, kind), kind=kind, claimant=claimant, cue=cue,
                 evidence=evidence, **fields)


def extract_claims(doc, counts, article) -> list:
    """One Claim per count (and per implicit count of one), in text order."""
    resolver = _quotes.Resolver(doc, getattr(article, "country", None))
    quotes = _quotes.extract_quotes(doc, article) if any(ch in docindex.text(doc) for ch in "\"“«'‘") else []
    out = []
    for c in counts:
        tok = doc[c.num_start] if 0 <= getattr(c, "num_start", -1) < len(doc) else _token_at(doc, c.start)
        if tok is None:
            continue
        fields = dict(value=c.value, low=c.low, high=c.high, qualifier=c.qualifier)
        out.append(_make(doc, article, c.start, c.end, c.kind, tok, fields, quotes, resolver))
    for start, end, kind, i in implicit_counts(doc, counts):
        out.append(_make(doc, article, start, end, kind, doc[i], dict(value=1), quotes, resolver))
    return sorted(out, key=lambda cl: cl.evidence[0].start)
