"""Who hurt whom in a draft: whether its target is armed (an attack on armed men is a clash), an
unnamed organisation acting, a group as subject, and the kinds of doer of the harm; read by ``facts``
for the codebook rules (CODEBOOK 4, 5 and 7: mob, clash or attack by who was hit and who hit)."""
from __future__ import annotations

from ... import docindex
from .signals import cue

ARMED_TARGETS = cue("armed_targets")
GROUP_WORDS = cue("group_words")
OFF_DUTY = cue("off_duty")
HARM_CLASSES = ("attack", "clash", "mob", "ied", "grenade", "shelling")


def armed_victim(doc, d, f, lowers=None) -> bool:
    """Is the target of the attack words armed ("killed a QSD fighter", "attacked a police post",
    "two soldiers were killed")? ACLED codes an attack on armed men as a clash."""
    doers = {m.entries[0].canonical for m, r in f.mentions if r == "agent"}
    armed = {i for m, _ in f.mentions if m.entries[0].armed and m.entries[0].canonical not in doers
             for i in range(m.start, m.end)}
    civil = {i for m, _ in f.mentions if m.entries[0].inter in (6, 7) for i in range(m.start, m.end)}
    if (lowers if lowers is not None else {t.lower_ for s, e in d.ranges for t in docindex.tokens(doc)[s:e]}) & OFF_DUTY:
        return False  # "an off-duty policeman", "a former soldier": ACLED counts them as civilians
    for c, _, s, _ in d.signals:
        tok = doc[s]
        if c not in HARM_CLASSES or tok.pos_ not in ("VERB", "NOUN"):
            continue
        heads = [x for x in tok.children if x.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else []
        at = ("on", "against") if any(h.i in civil or h.lower_ in ("him", "her") for h in heads) else ("on", "at", "against")  # "shot a man at a checkpoint": where
        heads += [g for x in tok.children if x.dep_ == "prep" and x.lower_ in at for g in x.children
                  if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]  # "fire against a unit", not "on 4 May"
        if tok.pos_ == "VERB" and not heads:  # a misparse ("attacked IS militants": "IS" read as a verb)
            nxt = next((t for t in docindex.tokens(doc)[s + 1:s + 4] if t.pos_ not in ("DET", "NUM", "ADJ")), None)
            if nxt is not None and nxt.i in armed:
                return True
        for h in heads:
            sub = _noun_phrase(h)
            if any(t.lower_ in CIVIL_MODS for t in sub if t.i < h.i) or _civil_camp(h):
                continue  # "a civilian school guard", "a private security guard", "a camp for displaced people"
            if any(t.i in armed for t in sub) or h.lower_ in ARMED_TARGETS:
                return True
    return False


CIVIL_MODS = cue("civil_mods")
CIVIL_CAMPS = cue("civil_camps")


def _civil_camp(h) -> bool:
    """"a refugee camp", "a camp for displaced people": a camp where unarmed people live is no armed
    target (CODEBOOK 7: an armed group that attacks it harms civilians; an army camp stays armed)."""
    return h.lower_ in ("camp", "camps") and any(t.lower_ in CIVIL_CAMPS for t in h.subtree)


def _noun_phrase(h) -> list:
    """The words of the noun phrase headed by h, with its "of" phrases ("a member of the 4th Division"),
    without its clauses and other prepositions ("civilians accused of spying for the forces",
    "a man who defected from the army")."""
    out = [h]
    for c in h.children:
        if c.dep_ in ("acl", "relcl", "appos", "punct", "cc") or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        if c.dep_ == "conj":
            out += _noun_phrase(c)
            continue
        out += [t for t in c.subtree if abs(t.i - h.i) < 8]
    return out


WEAPON_NOUNS = cue("weapon_nouns")
PARTYISH = cue("partyish")


def unknown_org(doc, d, f) -> bool:
    """An organisation the dictionary does not know, and no party or union by its name, takes part:
    in a fight that is most often an armed group ("clashes between QSD and Turkish forces")."""
    known = {i for m, _ in f.mentions for i in range(m.start, m.end)}
    for ent in {id(x): x for s, e in d.ranges for x in docindex.ents_starting_in(doc, s, e)}.values():
        if ent.label_ not in ("ORG", "NORP"):
            continue
        if any(t.i in known for t in ent) or any(t.lower_ in PARTYISH for t in ent) or len(ent.text) < 3 or (
                ent.end < len(doc) and doc[ent.end].lower_ in WEAPON_NOUNS):
            continue  # "PK machine guns" names a weapon
        r = ent.root
        if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in ("members", "member", "fighters",
                                                                                "elements", "militants", "gunmen") and not any(
                t.lower_ in ("force", "forces", "army", "police", "guard", "guards", "military") for t in ent):
            r = r.head.head  # "members of the Black Hand gang clashed with police"
        if r.dep_ == "nsubj" or (r.dep_ == "pobj" and r.head.lower_ in ("between", "with")) or (
                r.dep_ == "conj" and r.head.dep_ in ("nsubj", "pobj")):
            return True
    return False


def group_subject(tok) -> bool:
    """Is the doer of this verb a group of people (a plural noun, a number, "X and his men")? The
    doer is read from the words before the verb in its clause (the parser often misreads a fronted
    date), after a leading "On 5 May," and up to the verb."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    sent = docindex.sent_of(tok)
    left = [t for t in sent if t.i < tok.i]
    cuts = [sent.start - 1] + [t.i for t in left if t.text in (",", ";")] + [tok.i]
    nouns = []
    for a, b in reversed(list(zip(cuts, cuts[1:]))):
        span = [t for t in left if a < t.i < b]
        nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
        if nouns or b - a > 1 and any(t.pos_ != "PUNCT" for t in span):
            break  # "a landlord, together with paid thugs, beat": the last stretch with words names the doers
    if any(t.lower_ in ("by", "when", "after", "as") for t in span):
        return False
    return any(t.lower_ in GROUP_WORDS or t.tag_ in ("NNS", "NNPS") or (t.like_num and t.ent_type_ != "DATE")
               for t in nouns)


WOUNDING = cue("wounding")


def clause_verb(tok):
    """The verb whose subject is tok's, up through "and" and "to" ("assaulted and killed", "tried to block")."""
    while tok.dep_ in ("conj", "xcomp"):
        tok = tok.head
    return tok


def subject(verb):
    """The verb's active subject, or None."""
    return next((x for x in verb.children if x.dep_ == "nsubj"), None)


BEATING = cue("beating")


def harm_doers(doc, d, f, words=None) -> set:
    """Who wields the shooting, stabbing and killing words of a draft: "crowd" (the demonstrators,
    students, workers the draft is about), "other" (anyone else named as the doer: police, party
    men, "unidentified men"), "unknown" (no doer: "one person was killed"). Read from each verb's
    subject, through "and" chains ("assaulted and killed")."""
    if not any(c in ("attack", "clash", "mob", "intervention") and phrase in (words or WOUNDING)
               for c, phrase, _, _ in d.signals):
        return set()   # no such word: who holds the mentions' words need not be worked out
    where = {}
    first = next((m for m, r in f.mentions if r == "agent"), None)  # the group the draft opens with
    for m, _ in f.mentions:
        e = m.entries[0]
        crowd = (e.crowd or e.inter in (5, 6)) and not e.canonical.startswith("Unidentified")
        same = first is None or m.text.lower() == first.text.lower() or m.text.lower() in DEMO_WORDS
        kind = "crowd" if crowd and same else "other"  # "Members of the ruling party opened fire": another crowd
        for i in range(m.start, m.end):
            where[i] = kind
    out = set()
    for c, phrase, s, _ in d.signals:
        if c not in ("attack", "clash", "mob", "intervention") or phrase not in (words or WOUNDING):
            continue
        t = clause_verb(doc[s])
        subj = subject(t)
        reduced = t.tag_ == "VBN" and not any(x.dep_ in ("aux", "auxpass") for x in t.children)  # "persons killed in"
        if subj is None or reduced or any(x.dep_ in ("nsubjpass", "auxpass") for x in t.children):
            out.add("unknown")
            continue
        kinds = {where.get(x.i) for x in subj.subtree if x.i in where}
        kind = "crowd" if kinds == {"crowd"} else "other" if kinds else "unknown" if subj.pos_ == "PRON" else "other"
        if kind == "other" and not at_demonstrators(doc[s]):
            kind = "unknown"  # "the teacher shot the student" the protest is about: not force against it
        out.add(kind)
    return out


DEMO_WORDS = cue("demo_words")


def at_demonstrators(tok) -> bool:
    """Is a shooting or stabbing aimed at the demonstration: its object or target is the
    demonstrators or their rally ("opened fire at the protesters", "fired shots at the rally"), it
    happened "during their protest", or as they moved ("opened fire as the marchers approached")?"""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    for v in verbs:
        for c in v.children:
            if c.dep_ == "dobj" and any(x.lower_ in DEMO_WORDS for x in c.subtree):
                return True
            if c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "during", "upon") and any(
                    x.lower_ in DEMO_WORDS for x in c.subtree):
                return True
            if c.dep_ == "advcl" and any(x.dep_ in ("mark", "advmod") and x.lower_ in ("as", "when")
                                         for x in c.children) and any(
                    x.dep_ == "nsubj" and x.lower_ in DEMO_WORDS for x in c.children):
                return True
    return False
