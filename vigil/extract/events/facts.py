"""Facts about who did what to whom in one event draft, read from its words and its parse.

``crowd_facts(doc, draft, facts)`` adds to the facts of facts() the things the
classifier (classify) and the actor rules (roles) need beyond the actor mentions:

- melee_group: a group of people with no organised armed group among them beats, hacks or stabs
  someone (ACLED's mob violence, not a one-sided attack by an armed group);
- two_sided / clash / rival: a fight between two sides ("two rival groups clashed");
- armed_pair: an organisation the dictionary does not know takes part in a fight;
- territory, fought: a territory word has a place as its object ("took control of the town"), and
  fighting is told around it ("after a day of fighting"): see territory.py;
- armed_victim: the attack words hit armed men ("killed a soldier", "attacked a police post"; the
  readers of who hurt whom are in harm.py);
- guns, establish, prisoners, bomber_hit: words that change the sub-type (a shooting is no mob
  beating; a base is established; prisoners are released; suicide bombers were killed).
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from ... import docindex
from .custody import custody_place
from .fatalities import _sum_kind, fatalities
from .goods import singular, taken_goods
from .ordnance import dud, premature, went_off
from .asides import halted_protest, heard_only, kin_gathered, left_chamber, states_agreeing
from .agency import AMBIGUOUS_CROWD, MEMBER_WORDS, _doer_fallback, after_the_fact, draft_mentions, is_crowd, role, sweep_doer
from .roles import nonstate_armed
from .sexual import sexual_act
from .signals import cue, lexicon
from .harm import (BEATING, OFF_DUTY, armed_victim, clause_verb, group_subject, harm_doers, subject,
                   unknown_org)
from .territory import barred_force, ceded_place, fought_over, taken_place, takers

@dataclasses.dataclass(frozen=True)
class Facts:
    """What the classifier and the actor rules know about one draft, computed once.

    Actor facts come from the draft's actor mentions and their roles (agent, patient, other);
    counts from its claims' numbers; the rest from its words and parse (crowd_facts)."""
    mentions: tuple = ()               # ((ActorMention, role), ...)
    crowd: bool = False                # protesters or a crowd of people take part
    state: bool = False                # a state force is named
    state_agent: bool = False          # ... and acts
    armed: bool = False                # an armed actor is named
    armed_other: bool = False          # a rebel group or militia is named
    nonstate_agent: bool = False       # ... and acts
    crowd_agent: bool = False          # a crowd or rioters act
    mob_agent: bool = False            # people with no organised armed group among them act
    victims_armed: bool = False        # the one acted on is armed
    victims_civilian: bool = False     # the one acted on is civilians or protesters
    fatalities: Optional[int] = None
    deaths: bool = False
    injured: Optional[int] = None
    injuries: bool = False
    arrested: Optional[int] = None
    property_target: bool = False      # the attack words hit a building or goods
    rioters: bool = False
    arson_symbolic: bool = False       # a poster, effigy or flag set on fire
    arson_property: bool = False       # a building or vehicle set on fire
    melee_group: bool = False
    two_sided: bool = False
    clash: bool = False
    armed_pair: bool = False
    territory: bool = True
    tried_taking: bool = False         # a place an armed group only tried to take (territory._tried)
    takers: frozenset = frozenset()    # the inter codes of who takes the place (territory.takers)
    fought: bool = False               # the draft tells of fighting, its asides included ("fell after a battle")
    ceded: bool = False                # a place handed over or left ("withdrew from the town")
    barred: bool = False               # a force bars another's patrol or convoy
    armed_victim: bool = False
    guns: bool = False
    background: frozenset = frozenset()
    off_duty: bool = False
    warning_shots: bool = False
    establish: bool = False
    prisoners: bool = False
    inmates: bool = False              # inmates or a prison are named (classify: a prison riot)
    arrest_as_cause: bool = False      # every arrest or custody word is in the clause telling the cause
    bomber_hit: bool = False
    rival: bool = False
    harm_doers: frozenset = frozenset()
    beat_doers: frozenset = frozenset()
    protest_setting: bool = False
    ceremony: bool = False             # a ceremony, festival or feast is named (nonevents.ceremonial)
    sport: bool = False                # a sporting contest is named (nonevents.sporting)
    kin_gathered: bool = False         # relatives are who gathered (asides.kin_gathered)
    force_parties: bool = False        # every party named is a state force (doers.forces_brawl)
    left_chamber: bool = False         # legislators left or boycotted a chamber's sitting (asides.left_chamber)
    halted_protest: bool = False       # the protest words name only what is suspended or banned (asides)
    heard_only: bool = False           # every violence word is a sound heard (asides.heard_only)
    interstate: bool = False           # the parties to the agreement are states (asides.states_agreeing)
    spontaneous: bool = False
    tried: bool = False
    operation: bool = False
    protest_doer_armed: Optional[bool] = None
    displaced: bool = False
    harm_named_only: bool = False
    custody: bool = False              # a person died or was tortured where the state held him
    execution: bool = False            # a person put to death (not "execution-style", not an effigy hanged)
    judicial: bool = False             # ... in a judicial setting: a sentence carried out
    premature: bool = False            # a device went off in its handlers' hands (ordnance.premature)
    dud: bool = False                  # the device did not go off (ordnance.dud)
    went_off: bool = False             # an explosion outside the background clauses (ordnance.went_off)
    fired_at_home: bool = False        # shots aimed at a house or home ("fired shots at the house of a witness")
    sexual_act: bool = False           # a rape or sexual assault is the draft's main act (sexual.sexual_act)


_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Facts)}   # every default is immutable


def new_facts(**fields) -> Facts:
    """``Facts(**fields)``: the same record, its fields set in one update of its ``__dict__`` rather
    than one by one through the frozen ``__init__`` (about 7 us instead of 30 to 75 for its 60
    fields; two a draft), as model.amended copies one."""
    for name in fields:
        if name not in _DEFAULTS:
            raise TypeError(f"Facts has no field {name!r}")
    new = object.__new__(Facts)
    new.__dict__.update(_DEFAULTS)
    new.__dict__.update(fields)
    return new


def facts(ctx, d, mentions, counts, topic=frozenset()) -> Facts:
    """The facts of one draft: its actor facts first, then the facts read from its words."""
    base = _base(ctx, d, mentions, counts, topic)
    base["mentions"] = tuple(base["mentions"])
    crowd = crowd_facts(ctx.doc, d, new_facts(mentions=base["mentions"]), base["background"])
    if base["custody"]:
        crowd["armed_victim"] = False  # the police station is where he was held, not what was attacked
    return new_facts(**{**base, **crowd})


def _crowdish(m) -> bool:
    """A mention of people who may make a crowd: a crowd word, rioters, "residents", "members"."""
    return is_crowd(m) or m.entries[0].inter == 5 or m.text.lower() in AMBIGUOUS_CROWD


def _members_of(doc, m, mentions) -> bool:
    """ "members of the National Guard", "personnel of the gendarmerie": a word for a body's men followed by
    "of" and a named armed, organised force (CODEBOOK 2: its men are that force, no crowd)."""
    if m.text.lower() not in MEMBER_WORDS or m.end >= len(doc) or doc[m.end].lower_ != "of":
        return False
    return any(m.end < o.start <= m.end + 4 and o.entries[0].armed and o.entries[0].inter in (1, 2, 3, 4, 8)
               for o in mentions)


def _force_parties(doc, roles, ms) -> bool:
    """Two parties or more the draft names (doers and those acted on, not the background), every one an
    armed state force, or a word for its men followed by "of" and one ("members of the Republican Guard",
    "two groups of police officers"): no crowd and no civilian take part (doers.forces_brawl)."""
    parties = [m for m, r in roles if r in ("agent", "patient")]
    return len({m.start for m in parties}) >= 2 and all(
        m.entries[0].inter == 1 and m.entries[0].armed or _of_force(doc, m, ms) for m in parties)


def _of_force(doc, m, ms) -> bool:
    """ "members of the Republican Guard", "two groups of police officers": a mention followed by "of"
    and a state force's mention (CODEBOOK 2: its men are that force)."""
    return m.end < len(doc) and doc[m.end].lower_ == "of" and any(
        m.end < o.start <= m.end + 4 and o.entries[0].inter == 1 and o.entries[0].armed for o in ms)


def _base(ctx, d, mentions, counts, topic) -> dict:
    """The facts read from the draft's actor mentions, counts and arson/attack objects."""
    doc = ctx.doc
    ms = draft_mentions(doc, d, mentions, topic)
    roles = after_the_fact(doc, d, _doer_fallback(doc, d, [(m, role(doc, m)) for m in ms]))
    doer = sweep_doer(doc, d, roles, mentions)
    if doer is not None:  # named the sentence before: "soldiers went from house to house. Nine were shot dead"
        ms, roles = [*ms, doer], [*roles, (doer, "agent")]
    others = any(nonstate_armed(m) for m in ms) or any(
        r == "agent" and m.entries[0].inter != 1 and (is_crowd(m) or m.entries[0].inter in (5, 6) or (
            m.text.lower() in AMBIGUOUS_CROWD or m.entries[0].canonical.startswith("Unidentified"))) for m, r in roles)
    place = () if others else custody_place(doc, d)  # a crowd or an armed group named as doers: theirs
    held = bool(place)
    if held:  # "tortured to death at a police station": the force that holds him did it (CODEBOOK 7)
        roles = [(m, "agent" if m.start in place and m.entries[0].inter == 1 and m.entries[0].armed else r)
                 for m, r in roles]
    ents = [m.entries[0] for m in ms]
    killed = fatalities(ctx, d, counts)
    sig = {p for _, p, _, _ in d.signals}
    back = background(doc, d)  # "burned the houses after residents had fled": those who fled did not burn them
    acting = [(m, r) for m, r in roles if r == "agent" and m.start not in back]
    b = {"mentions": roles, "background": back,
         "crowd": any(is_crowd(m) for m in ms) or bool(sig & {"protester", "demonstrator", "protestor"}),
         "state": any(e.inter == 1 for e in ents),
         "state_agent": any(m.entries[0].inter == 1 and r == "agent" for m, r in roles),
         "armed": any(e.armed for e in ents),
         "armed_other": any(e.armed and e.inter in (2, 3, 4) for e in ents),
         "nonstate_agent": any(m.entries[0].armed and m.entries[0].inter in (2, 3, 4) and r == "agent"
                               for m, r in roles),
         "crowd_agent": any(is_crowd(m) or m.entries[0].inter == 5 for m, _ in acting),
         "victims_armed": any(r == "patient" and m.entries[0].armed for m, r in roles),
         "victims_civilian": any(r == "patient" and m.entries[0].inter in (6, 7) for m, r in roles),
         "fatalities": killed, "deaths": bool(killed),
         "injured": _sum_kind(counts, ("injured",)), "arrested": _sum_kind(counts, ("arrested", "detained"))}
    b["injuries"] = bool(b["injured"])
    b["mob_agent"] = b["crowd_agent"] or any(m.entries[0].inter == 5 for m in ms) or any(
        m.text.lower() in AMBIGUOUS_CROWD or m.entries[0].canonical.startswith("Unidentified Group") for m, _ in acting)
    crowd_doers = [m.text.lower() for m, r in roles if r == "agent" and is_crowd(m)]
    b["mob_agent"] = b["mob_agent"] and not b["armed_other"] and not (  # "members of an armed group" are no mob
        (b["state_agent"] or b["nonstate_agent"]) and crowd_doers and all(w in MEMBER_WORDS for w in crowd_doers))
    crowdish = [m for m, r in roles if r == "agent" and _crowdish(m)]
    if crowdish and all(_members_of(doc, m, ms) for m in crowdish) and not any(c == "clash" for c, _, _, _ in d.signals):
        b["mob_agent"] = False  # "members of the National Guard beat a man": the force's men, no mob
    b["force_parties"] = _force_parties(doc, [(m, r) for m, r in roles if m.start not in back], ms)
    b["property_target"] = _property_target(doc, d)
    b["rioters"] = any(m.entries[0].inter == 5 and m.text.lower() in ("rioters", "rioter") for m in ms)
    b["arson_symbolic"], b["arson_property"] = arson_objects(doc, d)
    b["custody"] = held
    b["takers"] = takers(doc, d, roles, ctx.focus_country)
    b["interstate"] = any(c == "agreement" for c, _, _, _ in d.signals) and states_agreeing(
        doc, d, {p.start for p in ctx.places if p.feature == "country"})  # the place set only for an agreement
    return b


def _property_target(doc, d) -> bool:
    """Do the attack words of the draft hit a building or goods rather than people, or does it tell of goods
    taken from shops or homes (goods.taken_goods: looting, CODEBOOK 8)?"""
    props = lexicon()["property_objects"]
    if taken_goods(doc, d, props):
        return True
    for cls, phrase, s, e in d.signals:
        if cls == "attack" and phrase in ("attack", "assault"):
            for tok in docindex.tokens(doc)[e:min(len(doc), e + 6)]:
                if singular(tok) in props:
                    return True
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and singular(tok) not in props:
                    break
    return False


FOUND_BODY = cue("found_body")
JUDICIAL = cue("judicial")


def _put_to_death(doc, d) -> bool:
    """An execution word of the draft that puts a person to death: not a killing "execution-style"
    (a manner, not a sentence), not a body found, not an effigy or a banner hanged."""
    lex = lexicon()
    for cls, _, s, e in d.signals:
        if cls != "execution":
            continue
        after = [singular(t) for t in docindex.tokens(doc)[e:min(len(doc), e + 4)]]
        if "style" in after[:2]:
            continue
        if any(w in lex["symbolic_objects"] for w in after):
            continue
        near = {singular(t) for t in docindex.tokens(doc)[docindex.sent_of(doc[s]).start:s]}
        if near & FOUND_BODY:
            continue  # "found hanged", "the body of a man executed": the killer is not known
        return True
    return False


def _harm_named(tok) -> bool:
    """A word of violence that names the fighting rather than tells who did it: a noun ("clashes"), or a
    gerund without a subject of its own governed by a preposition or a verb of fleeing ("displaced by
    fighting", "fled fighting"): the people who fled are its victims, not its doers (CODEBOOK 8, Other)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj", "xcomp", "dobj") and not any(
        c.dep_ in ("nsubj", "dobj") for c in tok.children)


def _sentence_carried_out(doc, d) -> bool:
    """An execution in a judicial setting (a court, a sentence, a prison, a hanging, a firing squad,
    custody): a sentence carried out, not a man "executed in the street" (a manner of murder)."""
    for cls, _, s, e in d.signals:
        if cls == "execution":
            sent = {w for t in docindex.sent_of(doc[s]) for w in (singular(t), t.lemma_.lower())} | {
                " ".join(singular(t) for t in docindex.tokens(doc)[s:e])}
            if sent & JUDICIAL:
                return True
    return False


def arson_objects(doc, d):
    """(symbolic, property): what the arson words of the draft set on fire."""
    lex = lexicon()
    burnt = lex["property_objects"] | lex["burnt_posts"]
    sym = prop = False
    for cls, _, s, e in d.signals:
        if cls != "arson":
            continue
        for tok in docindex.tokens(doc)[e:min(len(doc), e + 9)]:
            w = singular(tok)
            if w in lex["symbolic_objects"]:
                sym = True
                break
            if w in burnt:
                prop = True
                break
        else:
            prop = prop or any(singular(t) in burnt for t in docindex.tokens(doc)[max(0, s - 6):s])
    return sym, prop


GUN_WORDS = cue("gun_words")
PARTISANS = cue("partisans")


# Violence that flared up rather than was planned: a quarrel, or the rioting around it.
SPONTANEOUS = cue("spontaneous")
RIVAL_WORDS = cue("rival_words")


def crowd_facts(doc, d, f, back=None) -> dict:
    """melee_group: people with no organised armed group among them beat, hack or stab someone
    ("20 contractors assaulted an officer", "the chairman and his accomplices attacked"): ACLED's
    mob violence. two_sided: the clause sets two groups against each other ("two rival groups
    clashed", "clashed with each other", "clash between supporters of A and B"). ``back``: the
    draft's background tokens, when the caller has read them."""
    toks = [t for s, e in d.ranges for t in docindex.tokens(doc)[s:e]]   # the draft's words, each read once
    low = [w for s, e in d.ranges for w in docindex.lowers(doc)[s:e]]     # each token's, as toks lists them
    lem = [w for s, e in d.ranges for w in docindex.lemmas(doc)[s:e]]
    back = background(doc, d, toks) if back is None else back   # facts() has read it already
    lowers = set(low)
    words = lowers | set(lem)
    own = {w for t, a, b in zip(toks, low, lem) if t.i not in back for w in (a, b)}
    armed = any(m.entries[0].armed for m, _ in f.mentions)
    killed = _put_to_death(doc, d)
    melee = not armed and not (words & GUN_WORDS) and any(group_subject(doc[s]) for c, _, s, _ in d.signals
                                                            if c in ("attack", "mob", "riot"))
    clash = bool(words & {"clash", "clashes", "clashed", "fight", "fought", "scuffle", "brawl"})
    two = clash and bool(words & RIVAL_WORDS)
    return {"melee_group": melee, "two_sided": two and not armed, "clash": clash,
            "armed_pair": unknown_org(doc, d, f), "territory": taken_place(doc, d),
            "tried_taking": taken_place(doc, d, tried=True),
            "fought": fought_over(doc, d), "ceded": ceded_place(doc, d), "barred": barred_force(doc, d),
            "armed_victim": armed_victim(doc, d, f, lowers),
            "guns": bool(own & GUN_WORDS or _fired(doc, d, back, f)) and not (
                words & PARTISANS and not armed and "armed" not in words),
            "background": back,
            "off_duty": bool(words & OFF_DUTY), "warning_shots": bool(words & {"warning", "blank", "blanks"}) or _into_air(doc, d, toks, low), "establish": bool(words & ESTABLISH), "prisoners": bool(words & PRISONERS), "inmates": bool(lowers & INMATES), "arrest_as_cause": _arrest_as_cause(doc, d, back), "bomber_hit": _bomber_hit(doc, d),
            "rival": bool(words & {"rival", "rivals", "faction", "factions"}),
            "harm_doers": harm_doers(doc, d, f),
            "beat_doers": harm_doers(doc, d, f, BEATING),
            "protest_setting": _protest_setting(doc, d), "ceremony": bool(words & CEREMONY),
            "sport": bool(words & SPORT),
            "kin_gathered": kin_gathered(doc, d), "heard_only": heard_only(doc, d), "left_chamber": left_chamber(doc, d),
            "halted_protest": halted_protest(doc, d),
            "spontaneous": bool(lowers & SPONTANEOUS) or "outbreak of violence" in " ".join(low),
            "tried": _only_tried(doc, d, "abduction"),
            "operation": _operation(doc, d),
            "protest_doer_armed": _protest_doer_armed(doc, d, f),
            "displaced": any(c == "other" and doc[s].lemma_.lower() in ("flee", "evacuate", "displace", "force")
                             and doc[s].pos_ == "VERB" and doc[s].dep_ not in ("amod", "compound")
                             or (c == "other" and doc[s].lower_ == "displacement") for c, _, s, _ in d.signals),
            "execution": killed, "fired_at_home": _fired_at_home(doc, d), "sexual_act": sexual_act(doc, d),
            "judicial": killed and _sentence_carried_out(doc, d),
            **_ordnance(doc, d, back, toks),
            "harm_named_only": all(_harm_named(doc[s]) for c, _, s, _ in d.signals
                                   if c in ("clash", "attack", "shelling", "airstrike", "mob"))}


ORDNANCE = ("ied", "grenade", "shelling", "weapons_disrupted", "suicide")


def _ordnance(doc, d, back, toks) -> dict:
    """The ordnance facts (ordnance.py), read only for a draft with an explosives word (``toks``: the
    draft's tokens)."""
    if not any(c in ORDNANCE for c, _, _, _ in d.signals):
        return {}
    return {"premature": premature(toks), "dud": dud(doc, d), "went_off": went_off(toks, back)}


PRISONERS = cue("prisoners")
INMATES = cue("inmates")
ESTABLISH = cue("establish")
STOP_VERBS = cue("stop_verbs")


def _arrest_as_cause(doc, d, back) -> bool:
    """Every arrest or custody word of the draft is in its background or named after "after" ("after a
    man died in police custody", "after police detained a rider", "after the arrest of a youth leader"):
    the arrest is what the event answers, not the event."""
    at = [s for c, _, s, _ in d.signals if c == "arrest"]
    return bool(at) and all(s in back or (doc[s].dep_ == "pobj" and doc[s].head.lower_ in ("after", "following"))
                            for s in at)


def _bomber_hit(doc, d) -> bool:
    """ "Forces killed two suicide bombers": the bombers were stopped, no suicide bombing."""
    for c, _, s, e in d.signals:
        if c == "suicide":
            before = doc[max(docindex.sent_of(doc[s]).start, s - 5):s]
            if any(t.lemma_ in STOP_VERBS for t in before) and not any(t.lower_ in ("by", "when", "as") for t in before):
                return True
    return False


TRY = cue("try")


def _only_tried(doc, d, cls) -> bool:
    """Every word of this class is only tried ("tried to abduct a student", "an attempted
    kidnapping"): the act did not happen."""
    toks = [doc[s] for c, _, s, _ in d.signals if c == cls]
    return bool(toks) and all(
        (t.dep_ == "xcomp" and t.head.lemma_.lower() in TRY) or any(
            c.dep_ == "amod" and c.lemma_.lower() in ("attempt", "attempted", "foiled", "failed") for c in t.children)
        for t in toks)


CAUSED_HEADS = cue("caused_heads")


def background(doc, d, toks=None) -> set:
    """Token indices of clauses that tell what came before the event ("after they tried to shoot
    a member", "after a group of militants attacked a leader"): their guns and their doers are not
    the event's. (``toks``: the draft's tokens, when the caller has them.)"""
    out = set()
    if docindex.word_sets(doc)[0].isdisjoint(("after", "before", "since")):
        return out   # no such clause without one of its marks in the document
    for t in (toks if toks is not None else [t for s, e in d.ranges for t in docindex.tokens(doc)[s:e]]):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in t.children):
            if t.head.lemma_.lower() in CAUSED_HEADS and any(c.lower_ == "after" for c in t.children):
                continue  # "died after police beat him", "fled after gunmen attacked": the event that caused it
            out |= {x.i for x in t.subtree}
    return out


FIRE_PHRASES = cue("fire_phrases")


def _fired(doc, d, back, f) -> bool:
    """ "Men in a car opened fire on a house": a named doer fired a gun ("fire" alone is no gun: it
    may be set). "The dead man had shot at the marchers" names the victim, not a doer."""
    named = {i for m, _ in f.mentions for i in range(m.start, m.end)}
    for c, p, s, _ in d.signals:
        if c in ("attack", "clash") and p in FIRE_PHRASES and s not in back:
            subj = subject(doc[s])
            if subj is not None and any(x.i in named for x in subj.subtree):
                return True
    return False


DWELLINGS = cue("dwellings")
AIMED = ("at", "on", "into", "toward", "towards")


def _fired_at_home(doc, d) -> bool:
    """A fire word of the draft aimed at a dwelling: "fired shots at the house of a witness", "opened fire
    on their home" (the noun within six words, after "at", "on" or "into")."""
    toks = docindex.tokens(doc)
    for c, p, s, e in d.signals:
        if c == "clash" and p in FIRE_PHRASES | {"shots", "shot", "gunfire", "bullets"}:
            ahead = toks[e:min(len(doc), e + 7)]
            if any(t.lower_ in DWELLINGS and t.dep_ == "pobj" and t.head.lower_ in AIMED for t in ahead):
                return True
    return False


def _into_air(doc, d, toks=None, low=None) -> bool:
    """ "fired in the air", "shots into the air": warning shots (not the "air force").
    (``toks`` and ``low``: the draft's tokens and their lower-case forms, when the caller has them.)"""
    if toks is None:
        toks = [t for s, e in d.ranges for t in docindex.tokens(doc)[s:e]]
        low = [t.lower_ for t in toks]
    if "air" not in low:
        return False
    return any(w == "air" and t.i >= 2 and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ in ("in", "into", "to", "towards")
               for t, w in zip(toks, low))


OPERATION_VERBS = cue("operation_verbs")


def _operation(doc, d) -> bool:
    """ "carried out an arson attack", "launched an attack", "claimed the attack": an act planned and
    owned by an organisation, not a crowd's outburst."""
    for c, _, s, _ in d.signals:
        tok = doc[s]
        if c == "attack" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in OPERATION_VERBS:
            return True
    return False


def _protest_doer_armed(doc, d, f):
    """Are the ones who block, gather or demand armed (gunmen blocking a road stage no protest)?
    Read from the subjects of the protest verbs; None when no protest verb names its doer."""
    armed = {i for m, _ in f.mentions if m.entries[0].armed for i in range(m.start, m.end)}
    seen = None
    for c, _, s, _ in d.signals:
        if c != "protest" or doc[s].pos_ != "VERB":
            continue
        subj = subject(clause_verb(doc[s]))
        if subj is not None:
            hit = any(x.i in armed for x in subj.subtree)
            seen = hit if seen is None else (seen or hit)
    return seen


CEREMONY = cue("ceremony_words")
SPORT = cue("sport_words")
SETTING_PREPS = cue("setting_preps")
SETTING_VERBS = cue("setting_verbs")


def _protest_setting(doc, d) -> bool:
    """Do the protest words only place the event ("threw bombs near the party's rally", "on their way
    to join the demonstration", "returning from a political rally")? Then the violence is no
    demonstration of its own."""
    toks = [doc[s] for c, _, s, _ in d.signals if c == "protest"]
    if not toks:
        return False
    for t in toks:
        if t.pos_ == "VERB" or t.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher", "striker"):
            return False  # "fired at the demonstrators": they are there
        head = t.head
        if t.dep_ == "pobj" and head.lower_ in ("at", "on", "into") and head.head.lemma_.lower() in ("fire", "shoot", "open"):
            return False  # "fired live rounds at a demonstration": the demonstration is what they shot at
        if t.dep_ == "pobj" and head.lower_ in SETTING_PREPS:
            continue
        if t.dep_ in ("dobj", "pobj") and (head.lemma_.lower() in SETTING_VERBS or head.head.lemma_.lower() in SETTING_VERBS):
            continue
        if t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.head.lower_ in SETTING_PREPS:
            continue
        return False
    return True
