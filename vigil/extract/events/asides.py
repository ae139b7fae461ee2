"""Clauses that tell of no happening of their own, though they carry event words (CODEBOOK 1, 3, 9).

- ``heard_only``: a sound heard with no doer and no target ("gunfire was heard in the east of the
  city", "shots rang out overnight"): no one is said to fight or attack anyone (CODEBOOK 5, 7).
- ``kin_gathered``: relatives of the missing, the kidnapped or the dead gathering ("families of
  the abducted engineers gathered at the church"): a gathering with no demand and no target is no
  demonstration (CODEBOOK 3); a word of demand keeps it one (nonevents.waiting_kin).
- ``referred_back``: an event noun that names an earlier happening as what people survived, mourn
  or mark ("survivors of the massacre", "the anniversary of the bombing", "relatives of the
  kidnapped fishermen"): the event is told elsewhere, or is the past (CODEBOOK 9).
- ``left_chamber``: legislators who walk out of a chamber or boycott its sitting ("opposition MPs
  walked out of parliament", "lawmakers boycotted the session"): a political act in an institution,
  no public demonstration (CODEBOOK 3; nonevents.chamber_walkout).
- ``states_agreeing``: the parties to an agreement are states ("the governments of Ethiopia and
  Eritrea signed a declaration"): diplomacy between governments, no Agreement (CODEBOOK 8;
  nonevents.diplomacy).
- ``halted_protest``: the protest words name only what a movement suspends, calls off or bans ("the
  union called off its strike", "the alliance suspended its blockade programme", "authorities banned
  all demonstrations"): no demonstration took place; CODEBOOK 8 codes the move itself as a change to
  group/activity ("a protest movement suspends its campaign"; bans).
"""
from __future__ import annotations

from .signals import cue, starts_phrase

SOUNDS = cue("sounds")
HEARING = cue("hearing_verbs")
KIN = cue("kin")
REFER_HEADS = cue("refer_heads")
KIN_GATHERINGS = cue("kin_gatherings")
HALT_VERBS = cue("halt_verbs")
VIOLENT = ("clash", "attack", "shelling", "airstrike", "ied", "grenade", "other")


def _heard(tok) -> bool:
    """A sound noun heard: the subject of "hear", "ring out", "echo" ("gunfire was heard",
    "shots rang out") or the object of "hear" ("residents heard explosions")."""
    if tok.lemma_.lower() not in SOUNDS and tok.lower_ not in SOUNDS:
        return False
    t = tok.head if tok.dep_ in ("compound", "amod") else tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head   # "heard gunfire and explosions"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SOUNDS:
        t = t.head.head   # "the sound of gunfire", "bursts of gunfire"
    return t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.lemma_.lower() in HEARING


def heard_only(doc, d) -> bool:
    """Every violence word of the draft is a sound heard: no fighting or attack is told."""
    toks = [doc[s] for c, _, s, _ in d.signals if c in VIOLENT]
    return bool(toks) and all(_heard(t) for t in toks)


def _kin_noun(t) -> bool:
    """ "relatives", "families", or a quantity of them ("dozens of relatives")."""
    if t.lemma_.lower() in KIN or t.lower_ in KIN:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in KIN or g.lower_ in KIN) for g in c.children) for c in t.children)


def kin_gathered(doc, d) -> bool:
    """Relatives are who gathered: the subject of the draft's gathering word is kin."""
    for c, p, s, _ in d.signals:
        if c == "protest" and p in KIN_GATHERINGS:
            tok = doc[s]
            verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
            if any(ch.dep_ in ("nsubj", "nsubjpass") and _kin_noun(ch) for ch in verb.children):
                return True
    return False


def referred_back(tok) -> bool:
    """An event word that names an earlier happening: the object of "of" after victims,
    survivors, anniversary, memory ("survivors of the massacre"), or a participle on the people
    kin are named after ("relatives of the kidnapped fishermen")."""
    t = tok
    for _ in range(4):   # a word of its relative clause: "the anniversary of the attack that killed 130"
        if t.dep_ == "relcl":
            return _named_back(t.head)
        if t.head.i == t.i or t.dep_ not in ("conj", "dobj", "prep", "pobj", "advcl", "xcomp", "compound"):
            break
        t = t.head
    return _named_back(tok)


def _named_back(tok) -> bool:
    t = tok.head if tok.dep_ == "compound" else tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in REFER_HEADS:
        return True
    if tok.lemma_.lower() in REFER_HEADS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and starts_phrase(g) for g in c.children) for c in tok.children):
        return True   # "the victims of the massacre": the victims are the earlier event's
    if tok.dep_ == "amod" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of":
        named_after = tok.head.head.head
        return named_after.lemma_.lower() in KIN | REFER_HEADS or named_after.lower_ in KIN
    return False


CHAMBER_WORDS = cue("chamber_words")
LEAVE_WORDS = cue("leave_words")
SITTING_WORDS, LEGISLATIVE_MODS = cue("sitting_words"), cue("legislative_mods")


def left_chamber(doc, d) -> bool:
    """A walkout or a boycott word of the draft names a legislature or its sitting as what was left or
    boycotted: "walked out of parliament", "staged a walkout from the National Assembly", "boycotted
    Thursday's parliamentary session", "walked out of the Senate chamber". The object is read below the
    word, or below the verb it is the object of ("staged a walkout from ..."), through "out", "of" and
    "from" (not "in", "on" or "during": a place or a time)."""
    for c, p, s, _ in d.signals:
        if c != "protest" or p not in LEAVE_WORDS:
            continue
        tok = doc[s]
        todo = [(tok, 0)] + ([(tok.head, 0)] if tok.dep_ == "dobj" else [])
        while todo:
            t, depth = todo.pop()
            for ch in t.children:
                if ch.dep_ in ("prep", "prt") and ch.lower_ in ("out", "of", "from") and depth < 3:
                    todo.append((ch, depth + 1))
                elif ch.dep_ == "pobj" and t.dep_ in ("prep", "prt") or ch.dep_ == "dobj" and t is tok:
                    if _chamber(ch):
                        return True
    return False


def _chamber(n) -> bool:
    """A legislature ("parliament", "the Senate chamber") or a sitting of one ("Thursday's parliamentary
    session", "the assembly's sitting"; a bare "session" may be a class or an exam)."""
    if n.lemma_.lower() in CHAMBER_WORDS or n.lower_ in CHAMBER_WORDS:
        return True
    mods = {g.lemma_.lower() for g in n.children if g.dep_ in ("compound", "amod", "poss")}
    return n.lemma_.lower() in SITTING_WORDS and bool(mods & (CHAMBER_WORDS | LEGISLATIVE_MODS))


__all__ = ["heard_only", "kin_gathered", "referred_back", "left_chamber"]


GOVERNMENT_WORDS = cue("government_words")


def states_agreeing(doc, d, countries=frozenset()) -> bool:
    """The parties to the draft's agreement word are two or more states: country names or their
    governments, leaders or ministers ("the governments of Ethiopia and Eritrea signed a declaration",
    "Chad and Sudan signed a peace deal", "a pact between Peru and Ecuador"). CODEBOOK 8: Agreement is
    between conflict actors, not diplomacy between governments (nonevents.diplomacy). ``countries``: the
    character starts of the places resolved to a country (the tagger may read "Niger" as an organisation)."""
    for c, _, s, _ in d.signals:
        if c != "agreement":
            continue
        tok = doc[s]
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head   # "peace" of "a peace deal"
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        heads = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
        heads += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "between"
                  for g in ch.children if g.dep_ == "pobj"]
        for h in heads:
            parties = [h, *h.conjuncts]
            states = set()
            for p in parties:
                if p.ent_type_ == "GPE" or p.idx in countries:
                    states.add(p.lower_)
                elif p.lemma_.lower() in GOVERNMENT_WORDS:
                    of = [g for ch in p.children if ch.dep_ == "prep" and ch.lower_ == "of"
                          for g in ch.children if g.dep_ == "pobj"]
                    got = [g for o in of for g in (o, *o.conjuncts) if g.ent_type_ == "GPE" or g.idx in countries]
                    if not got and not any(ch.dep_ in ("amod", "compound") and ch.ent_type_ in ("GPE", "NORP")
                                           for ch in p.children):
                        return False
                    states.update(g.lower_ for g in got)
                    states.update(ch.lower_ for ch in p.children if ch.ent_type_ in ("GPE", "NORP"))
                else:
                    return False
            if len(states) >= 2:
                return True
    return False


def _halt_verb(t) -> bool:
    """ "suspend", "postpone", "ban", or "call off" (the verb with its particle)."""
    lem = t.lemma_.lower()
    return lem in HALT_VERBS or (lem == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children))


def _halted(tok) -> str:
    """ "object": the protest word is what a halting verb acts on ("suspended its blockade programme", "called
    off the strike and the sit-in"); "subject": it names who halts ("the movement suspended ..."); else ""."""
    t = tok
    while t.dep_ in ("compound", "amod", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass") and _halt_verb(t.head):
        return "object"
    return "subject" if t.dep_ == "nsubj" and _halt_verb(t.head) else ""


def halted_protest(doc, d) -> bool:
    """Every protest word of the draft is halted (see the module docstring), one of them as what is halted:
    "the strike halted cargo handling" halts no protest."""
    how = [_halted(doc[s]) for c, _, s, _ in d.signals if c in ("protest", "strike")]
    return "object" in how and all(how)
