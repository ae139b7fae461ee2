"""Actor1 and actor2 of an event, ACLED style.

The sub-event type fixes the shape (a peaceful protest has protesters and no actor2; a protest
with intervention adds the police; an attack has an armed actor and civilians ...). The actors
mentioned in the event fill the slots: the syntactic agent first, the patient second. Crowd
actors (protesters, party supporters) take the inter code the event gives them: 6 in a protest,
5 in a riot. State forces acting outside their own country are external forces (8).

Fallbacks when the report names nobody for a slot follow ACLED's habits: an air strike is flown by whoever is
armed; an unnamed opponent of state forces is a rebel group, or an unidentified armed group when the state was
the one attacked; militias of two communities fight their own kind; a clash between two crowds has rioters on
both sides, an assault has civilian victims; a bomb's second actor is the civilians it hits, or the state
forces it hits (state forces named near a bomb or grenade who neither plant nor throw it are its target, and
its unnamed bomber an unidentified armed group); shells that hit people have civilians as actor2; arrested
members of an armed group are that group; an agreement is between the parties named. An actor's type follows
its period (actors.as_of: the Taliban are the state after August 2021). Two state forces that fight each other
(police against soldiers) are both actors. A drone with no owner named flies for an unidentified armed group
when it hits an armed target or a later claim names its group (attribution), else for the state. Fire that
kills or wounds people with no target named has civilians as actor2. A place that changes hands without a
fight: actor1 takes it, actor2 left it. Who moves in a change of activity is no one it binds ("a curfew bars
residents"); people outside a protest or riot (families who flee) are civilians. A pro-government militia
fights beside the state (the state leads); counter-demonstrators are a protest's actor2; the owner of an
aircraft named as the striker flies it; actors are coded in the event's own country (its location).

Also: which actor mentions belong to a draft (not the labels doers give their victims, not
kinsmen, not 'anti-X' modifiers, but the attacker of "following an attack by X"), and each
mention's role from the parse: agent, patient, other, or source (who only tells of the event:
"police said", "according to officials", "the Houthi-run ministry said"; a source is never an actor of
the event). Not in a draft either: the groups a charge about earlier attacks names, and "no group".
Forces that die, or whose vehicle strikes a mine, are the ones hit.
"""
from __future__ import annotations

import dataclasses

from ...model import Actor
from .. import actors as actor_dict
from ..actors import norm
from .attribution import ATTACK_NOUNS, ATTRIBUTABLE, OWN_DEED, _habitual, _unnamed, attributed
from .clauses import starting_in
from .signals import cue

AMBIGUOUS_CROWD = cue("ambiguous_crowd")
QUANTITY = cue("quantity")
GROUP_HEADS = cue("group_heads")


def draft_mentions(doc, d, mentions, topic=frozenset()) -> list:
    """Actor mentions in the draft's clauses, leaving out background ("amid ...") and modifiers
    ("anti-government")."""
    return [m for m in starting_in(doc, mentions, d.ranges) if (m.start not in topic or _attacker(doc, d, m))
            and not _label(span := doc[m.start:m.end]) and not _kin_of(span) and not _past_charge(span)
            and not (m.start > 0 and doc[m.start - 1].lower_ == "no")  # "no group claimed it": nobody named
            and not (m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ("anti", "pro")
                     and (doc[m.start - 2].lower_ == "anti" or doc[m.end - 1].lower_ not in actor_dict.FORCE_WORDS
                          and not (m.end < len(doc) and doc[m.end].lower_ in GROUP_HEADS)))]


SUSPICION = cue("suspicion")


def _attacker(doc, d, m) -> bool:
    """ "policemen were killed following an attack by militants": the attacker of a background attack
    noun is the doer of the draft's harm (not in a protest, whose topic an attack is)."""
    root = doc[m.start:m.end].root
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.head.lemma_.lower() not in ATTACK_NOUNS:
        return False
    return not any(c in ("protest", "strike", "symbolic", "intervention", "riot") for c, _, _, _ in d.signals)


def _label(span) -> bool:
    """ "beat two men on suspicion of being robbers", "accused of being thieves", "branded them as
    thieves": a name the doers gave their victims, not a party to the event."""
    doc, k, glued, first = span.doc, span.start - 1, False, max(span.sent.start, span.start - 6)
    while k >= first:
        t = doc[k]
        if t.lemma_.lower() in SUSPICION or t.lower_ in SUSPICION:
            return glued  # "suspected militiamen torched a truck": they did it
        glued = glued or t.lower_ in ("of", "being", "be", "as", "to")
        if t.lower_ not in LABEL_GLUE and t.pos_ != "ADJ":
            return _charged_with(span.root)
        k -= 1
    return _charged_with(span.root)


def _charged_with(root) -> bool:
    """ "accused him of feeding insurgents", "on suspicion of links to rebels": the group named in the
    charge against the victim takes no part in the event."""
    t, through = root, False
    for _ in range(5):
        if t.dep_ not in ("dobj", "pobj", "pcomp", "prep", "compound", "conj", "amod") or t.head is t:
            return False
        through = through or (t.dep_ == "prep" and t.lower_ in ("of", "for"))
        t = t.head
        if through and (t.lemma_.lower() in SUSPICION or t.lower_ in SUSPICION):
            return True
    return False


KIN = cue("kin")


def _kin_of(span) -> bool:
    """ "the children of freedom fighters", "the son of a police officer": a kinsman names who the
    person is, the kin take no part in the event."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in KIN


def _past_charge(span) -> bool:
    """ "officials have in the past accused both X and Y of using drones", "often blame X": the groups a
    charge about earlier attacks names take no part in this one."""
    root = span.root
    while root.dep_ in ("compound", "amod", "poss", "conj") and root.head is not root:
        root = root.head
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "upon") else root.head
    verb = verb.head if verb.dep_ == "aux" else verb  # "commanders have ... accused": a misparse's subject of "have"
    return root.dep_ in ("dobj", "pobj", "nsubj") and verb.lemma_.lower() in ("accuse", "blame", "suspect") and (
        _habitual(verb))  # the accusers too: "commanders have in the past accused X" tells of no party here


LABEL_GLUE = cue("label_glue")
MEMBER_WORDS = cue("member_words")


REPORT_VERBS = cue("report_verbs")
ARMED_TARGETS = cue("armed_targets") | {"station", "stations", "barracks", "bunker", "bunkers"}  # "a police station"
BLAME = {"blame", "attribute"}
UNDER_FIRE = {"fire", "attack", "gunfire", "shelling", "assault", "bombardment"}


def _source(root) -> bool:
    """Does the mention only tell of the event ("police said", "according to officials", "the army's
    spokesman told reporters")? Not when its own words follow ("the army said it killed ...")."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in REPORT_VERBS and (
            root.head.head.pos_ == "VERB"):
        return True  # "was blamed by officials", "were confirmed by the police": they tell of it
    up = root
    for _ in range(3):  # "a police spokesman said", "the Houthi-run health ministry said"
        if up.dep_ not in ("compound", "poss", "amod", "npadvmod") or up.head is up:
            break
        up = up.head
        if up.dep_ == "nsubj":
            root = up
            break
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    if any(c.dep_ == "nsubj" and root.i < c.i < verb.i for c in verb.children):
        return False  # two subjects, a misparse ("strikes hit ..., emergency services said"): the nearer tells
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    own = [s for s in subjects if (s.lower_ in OWN_DEED or any(p.dep_ == "poss" and p.lower_ in OWN_DEED
                                                              for p in s.children)) and not _ran_onto_a_mine(s.head)]
    return not own and not any(c.dep_ == "xcomp" for c in said)  # "the army said its aircraft struck": its deed


def _under_fire(verb) -> bool:
    """ "came under fire", "came under attack"."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.lemma_.lower() in UNDER_FIRE for g in c.children) for c in verb.children)


MINES = {"ied", "ieds", "mine", "mines", "landmine", "landmines", "device", "devices", "explosive", "explosives", "bomb"}


def _passing(verb) -> bool:
    """ "as the convoy passed", "while the patrol was travelling": a clause of motion that times the blast."""
    return verb.lemma_.lower() in ("pass", "travel", "drive", "move") and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in verb.children)


def _ran_onto_a_mine(verb) -> bool:
    """ "the convoy struck an IED", "their vehicle hit a landmine", "a patrol ran over a mine": the one
    who meets a hidden bomb is its target (CODEBOOK 6), not the one who set it."""
    lemma = verb.lemma_.lower()
    if lemma in ("strike", "hit"):
        return any(c.dep_ == "dobj" and (c.lower_ in MINES or any(g.dep_ == "compound" and g.lower_ in MINES
                                                                  for g in c.children)) for c in verb.children)
    return lemma in ("run", "step", "drive") and any(c.dep_ in ("prep", "prt") and c.lower_ in ("over", "on", "onto") and any(
        g.dep_ == "pobj" and g.lower_ in MINES for g in c.children) for c in verb.children)


def role(doc, m) -> str:
    """agent | patient | source | other, from the mention's syntactic head (source: it tells of the
    event and takes no part in it)."""
    root = doc[m.start:m.end].root
    while root.dep_ == "conj" and root.head is not root and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "Amajid Brigade and Resistance forces took": both are doers
    if _source(root):
        return "source"
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in REPORT_VERBS | {"believe", "think"} and any(
            c.dep_ == "xcomp" for c in root.head.children):
        return "agent"  # "air strikes were reported to have targeted", "gunmen are believed to have fled": the doers
    if root.dep_ == "pobj" and root.head.lower_ == "from" and (
            root.head.head.lemma_.lower() in UNDER_FIRE or _under_fire(root.head.head)):
        return "agent"  # "came under fire from armed men": they fired
    if root.dep_ == "dobj" and root.head.lemma_.lower() in BLAME or (
            root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in BLAME):
        return "agent"  # "the ministry blamed the RSF", "attributed the attack to dissidents": the named doer
    if root.dep_ in ("compound", "poss", "amod") and root.head.dep_ in ("dobj", "pobj", "nsubjpass") and (
            root.head.lemma_.lower() in ARMED_TARGETS or root.head.lower_ in ARMED_TARGETS) and not (
            root.head.dep_ == "pobj" and root.head.head.lower_ in ("by", "from", "according", "as")):
        return "patient"  # "struck Hamas positions", "attacked a police post": the force hit
    subj = root.head if root.dep_ in ("compound", "poss") else root
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in ("die", "perish"):
        return "patient"  # "two rangers died when a bomb went off": the dead are its victims
    if subj.dep_ == "nsubj" and _passing(subj.head):
        return "patient"  # "the bomb went off as the rangers' vehicle passed": the passers-by are hit
    if subj.dep_ == "nsubj" and (_under_fire(subj.head) or _ran_onto_a_mine(subj.head)):
        return "patient"  # "a police patrol came under attack", "an army convoy struck an IED": it was hit
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj" and (
            root.head.head.like_num or root.head.head.lower_ in QUANTITY):
        root = root.head.head  # "Hundreds of residents set fire": the residents act
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in MEMBER_WORDS and (
            root.head.head.dep_ in ("nsubj", "ROOT")):
        return "agent"  # "members of the Special Security forces opened fire": the forces act
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return "other"  # "forces (coded as Southern Resistance)", "men identified as X": a name, not a target
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("comprise", "include") and root.head.dep_ == "acl":
        return "agent"  # "security forces comprising the army and the CRPF": the doer's own units
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
    first event word of its sentence is the doer. First, a teller of the event whose own words name
    no event of the draft ("police said they were investigating") is its source, not its doer."""
    roles = [(m, "source" if r == "agent" and _tells_other_deed(doc, d, m) else r) for m, r in roles]
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


def _tells_other_deed(doc, d, m) -> bool:
    """ "Police said they were investigating": the subject of a reporting verb whose own clause is
    about something other than the draft's event words."""
    root = doc[m.start:m.end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    words = {i for _, _, s, e in d.signals for i in range(s, e)}
    deeds = [t for c in said for t in [c, *(x for x in c.children if x.dep_ in ("xcomp", "conj", "dobj"))]]
    return bool(said) and not any(t.i in words for t in deeds)


GENERIC = {"police": "police", "military": "forces", "protesters": "protesters", "rioters": "rioters",
           "civilians": "civilians", "armed": "gunmen", "militants": "militants", "government": "government"}


SHAPES = {  # sub-event type -> (actor1 role, actor2 role or None)
    "Peaceful protest": ("crowd6", None),
    "Protest with intervention": ("crowd6", "state"),
    "Excessive force against protesters": ("state", "crowd6"),
    "Violent demonstration": ("crowd5", "state?"),
    "Mob violence": ("crowd5", "victim5"),
    "Armed clash": ("armed", "armed2"),
    "Government regains territory": ("state", "armed2"),
    "Non-state actor overtakes territory": ("armed", "state?"),
    "Attack": ("perp", "civ"),
    "Abduction/forced disappearance": ("perp", "civ"),
    "Sexual violence": ("perp", "civ"),
    "Air/drone strike": ("air", "target?"),
    "Shelling/artillery/missile attack": ("shell", "target?"),
    "Remote explosive/landmine/IED": ("bomber", "target"),
    "Grenade": ("bomber", "target"),
    "Suicide bomb": ("bomber", "target"),
    "Chemical weapon": ("state", "target?"),
    "Arrests": ("state", "held"),
    "Looting/property destruction": ("perp", "civ"),
    "Disrupted weapons use": ("state", "target?"),
    "Agreement": ("party", "armed2"),
    "Headquarters or base established": ("armed", None),
    "Non-violent transfer of territory": ("armed", "other?"),
    "Change to group/activity": ("mover", None),
    "Other": ("any", None),
}


def actor_of(m, country, inter=None) -> Actor:
    e = actor_dict.entry_for(m.entries, country)
    a = actor_dict.to_actor(e, m.text, country, inter)
    if a.inter == 1 and e.country and country and e.country != country and inter is None:
        a = Actor(a.name, a.canonical, 8, a.country)
    return a


def generic(word, country, inter=None) -> Actor:
    found = actor_dict.entries_for(word)
    return actor_dict.to_actor(found[0], word, country, inter)


def pick(f, test, prefer="agent", exclude=None):
    ms = [(m, r) for m, r in f.mentions if test(m) and m is not exclude and r != "source"]
    ms.sort(key=lambda x: (x[1] != prefer, x[0].start))
    return ms[0][0] if ms else None


def armed(m):
    return m.entries[0].armed


def state(m):
    return m.entries[0].inter == 1 and m.entries[0].armed


def nonstate_armed(m):
    return m.entries[0].armed and m.entries[0].inter in (2, 3, 4, 8)


def crowdish(m):
    e = m.entries[0]
    return e.crowd or e.inter in (5, 6)


def fill(role, f, country, other=None, allies=frozenset()):
    """The actor for one role of the shape, or None."""
    if role == "crowd6":
        m = pick(f, crowdish)
        return actor_of(m, country, 6) if m else generic("protesters", country)
    if role == "crowd5":
        m = pick(f, crowdish)
        return actor_of(m, country, 5) if m else generic("rioters", country)
    if role in ("air", "drone"):  # whoever flies: a state's air force, a coalition, an armed group's drones
        flown = any(r == "agent" and _craft(x) for x, r in f.mentions)  # "military aircraft struck RSF positions":
        m = pick(f, lambda m: armed(m) and not _craft(m) and not _hit(f, m) and not (  # the craft's owner flies,
            flown and dict(f.mentions).get(m) == "patient")) or pick(f, lambda m: armed(m) and not _hit(f, m))  # not its target
        if m is None and (_state_hit(f) or role == "drone") or m is not None and role == "drone" and _craft(m):
            return generic("gunmen", country)  # "a drone struck an army base": not the army's own drone; any
            # armed group flies drones, so one with no owner named is an unidentified armed group's
        return actor_of(m, country) if m else generic("forces", country)
    if role == "state?":  # police who only stand by are no party: armed state forces only
        m = pick(f, state, exclude=other)
        return actor_of(m, country) if m else None
    if role == "party":  # an agreement's parties are those named: the state if it signs, else the armed groups
        m = pick(f, lambda m: m.entries[0].inter == 1) or pick(f, armed)
        return actor_of(m, country) if m else generic("government", country)
    if role == "state":
        m = pick(f, lambda m: m.entries[0].inter == 1, exclude=other)
        if m:
            return actor_of(m, country)
        return generic("police", country)
    if role == "armed":  # nobody named but an unknown organisation: an armed group, not the state
        m = pick(f, armed)
        if m is not None and _pro_state(m):  # "regime and pro-regime militias clashed with ...": the state leads
            m = pick(f, state) or m
        if m:
            return actor_of(m, country)
        return generic("militants" if f.armed_pair and not f.state else "forces", country)
    if role == "shell":  # fire from an unnamed party: an unidentified armed group, not the state
        m = pick(f, lambda m: armed(m) and not _hit(f, m))
        unnamed = not any(r != "source" for _, r in f.mentions) or _state_hit(f)  # "shells hit army posts"
        return actor_of(m, country) if m else generic("gunmen" if unnamed else "forces", country)
    if role == "perp" and f.judicial:  # CODEBOOK 7: "executions by the state"; an unnamed executioner is the state
        doers = [m for m, r in f.mentions if r == "agent" and armed(m)] or [m for m, _ in f.mentions if nonstate_armed(m)]
        return actor_of(doers[0], country) if doers else generic("government", country)
    if role == "perp" and f.custody and not any(nonstate_armed(m) for m, _ in f.mentions):
        m = pick(f, state)  # CODEBOOK 7: a death in custody is the holders' deed; unnamed, the police's
        return actor_of(m, country) if m else generic("police", country)
    if role in ("perp", "bomber"):  # state forces named near a bomb but not planting or throwing it are its target
        hit = {id(m) for m, r in f.mentions if r != "agent" and state(m)} if role == "bomber" else set()
        if hit:  # a bomb that hits the state's forces is not theirs: troops who find mines after it, or a government
            hit |= {id(m) for m, _ in f.mentions if m.entries[0].inter == 1}  # that declares an emergency, did not set it
        m = pick(f, lambda m: armed(m) and id(m) not in hit) or next(
            (m for m, r in f.mentions if r == "agent" and m.entries[0].inter == 1 and id(m) not in hit), None)  # "a
        # regime sniper shot"
        return actor_of(m, country) if m else generic("gunmen", country)
    return fill_patient(role, f, country, other, allies)


def _hit(f, m) -> bool:
    """Is the mention only what the fire hit ("shells landed on army positions")? Only when no armed
    doer is named at all: the one acted on is no doer."""
    return dict(f.mentions).get(m) == "patient" and not any(r == "agent" and armed(x) for x, r in f.mentions)


def _craft(m) -> bool:
    """A drone, a warplane, a missile: a weapon named, not the force that owns it."""
    return m.entries[0].generic and m.entries[0].inter == 1 and norm(m.text).split()[-1] in CRAFT  # not "an
    # unidentified drone", which names its unknown flyer


CRAFT = {"drones", "drone", "warplanes", "warplane", "aircraft", "jets", "jet", "helicopters", "helicopter", "gunships",
         "missiles", "missile", "rockets", "rocket"}


def fill_patient(role, f, country, other, allies=frozenset()):
    first = other
    if role == "armed2":  # not actor1's own side: a pro-government militia fights beside the state
        m = pick(f, lambda m: armed(m) and _differs(m, first) and not (first is not None and _same_side(m, first)),
                 prefer="patient")
        if m:
            return actor_of(m, country)
        m = _other_branch(f, first, country)
        if m:  # "police clashed with soldiers": two state forces on opposite sides
            return actor_of(m, country)
        if first is not None and (first.inter == 4 or first.inter in (2, 3) and (f.two_sided or f.armed_pair or f.rival)) and (
                not f.state):  # "rival factions of the cartel fought": the group on both sides
            return Actor(first.name, first.canonical, first.inter, first.country)  # "X and Y militias clashed"
        if first is not None and first.inter == 1:  # unnamed attackers of the police: an unidentified armed group
            return generic("gunmen" if _state_hit(f) else "militants", country)
        return generic("forces", country) if first is not None and first.inter != 1 else None
    if role == "other?":  # "handed the town over to government troops": the other party, when named as such
        m = pick(f, lambda m: armed(m) and _differs(m, first), prefer="patient")
        return actor_of(m, country) if m and dict(f.mentions).get(m) == "patient" else None
    if role == "victim5":  # a clash of two crowds: rioters on both sides; an assault: its victims
        m = pick(f, lambda m: _differs(m, first), prefer="patient")
        if m and state(m):
            return actor_of(m, country)
        if f.two_sided or f.clash:
            return actor_of(m, country, 5) if m and crowdish(m) else generic("rioters", country)
        return generic("civilians", country)
    if role == "held":  # "arrested 12 suspected members of Islamic State": the armed group they belong to
        m = pick(f, lambda m: nonstate_armed(m) and not m.entries[0].generic and _differs(m, first), prefer="patient")
        return actor_of(m, country) if m and dict(f.mentions).get(m) != "agent" else generic("civilians", country)
    if role == "civ":  # victims are civilians, whatever party or group they belong to
        return generic("civilians", country)
    if role in ("target", "target?"):
        m = pick(f, lambda m: _differs(m, first) and not _craft(m) and id(m) not in allies and (
            armed(m) or m.entries[0].inter in (1, 7)), prefer="patient")
        if m:
            return actor_of(m, country)
        if role == "target" or any(r == "patient" and _people(m) for m, r in f.mentions) or f.deaths or f.injuries:
            return generic("civilians", country)  # a bomb hits whoever passes; shells that killed "five people"
        return None
    if role in ("any", "mover"):  # troops moved, a curfew declared: most often the state
        acted_on = {id(m) for m, r in f.mentions if r == "patient"} if role == "mover" else set()
        m = pick(f, lambda m: id(m) not in acted_on)  # "a curfew bars residents": they do not act
        if m is not None and m.entries[0].crowd and norm(m.text).split()[-1] in AMBIGUOUS_CROWD:
            return actor_dict.to_actor(actor_dict.entries_for("civilians")[0], m.text, country)  # "families
            # fled the fighting": people outside a protest or a riot are civilians
        return actor_of(m, country) if m else generic("government", country)
    return None


def _allies(doc, f, first) -> frozenset:
    """The doers joined to actor1 as one subject ("Turkish troops and allied rebels shelled the village"):
    they fire with it and are not what the fire hits (CODEBOOK actor codes: actor2 is the one acted on).
    ids of those mentions."""
    def top(m):
        r = doc[m.start:m.end].root
        while r.dep_ == "conj" and r.head is not r:
            r = r.head
        return r.i if r.dep_ in ("nsubj", "nsubjpass") or r.dep_ == "pobj" and r.head.lower_ == "by" else None
    agents = [m for m, r in f.mentions if r == "agent"]
    subjects = {top(m) for m in agents if first is not None and not _differs(m, first)} - {None}
    return frozenset(id(m) for m in agents if top(m) in subjects and _differs(m, first))


PRO_STATE = "Militia (Pro-Government)"


def _pro_state(m) -> bool:
    """A militia named by the side it fights for ("pro-government militia", "pro-regime militiamen")."""
    return m.entries[0].canonical == PRO_STATE


def _same_side(m, first) -> bool:
    """CODEBOOK actor codes: a pro-government militia fights beside the state's forces, not against them."""
    return _pro_state(m) and first.inter == 1 or state(m) and first.canonical == PRO_STATE


def _other_branch(f, first, country):
    """A state force of another branch than actor1's that the event acts on ("the police clashed with
    army soldiers", "soldiers opened fire on a police post"): CODEBOOK actor codes, both sides state
    forces (inter 1), each its own actor. Not a force named beside actor1 as its ally (an agent too)."""
    if first is None or first.inter != 1:
        return None
    return next((m for m, r in f.mentions if r == "patient" and state(m) and m.entries[0].generic
                 and actor_of(m, first.country).canonical not in (None, first.canonical)), None)


def _people(m) -> bool:
    """Does the mention name unarmed people ("residents", "a woman", "villagers")?"""
    return not m.entries[0].armed and (any(e.inter == 7 for e in m.entries)
                                       or norm(m.text).split()[-1] in AMBIGUOUS_CROWD)


def _state_hit(f) -> bool:
    roles = [r for m, r in f.mentions if state(m)]
    return bool(roles) and "agent" not in roles and "patient" in roles


def _differs(m, actor) -> bool:
    """Is mention m another actor than ``actor`` (not the same force named twice)?"""
    if actor is None:
        return True
    e = m.entries[0]
    filled = actor_of(m, actor.country)
    if filled.canonical and filled.canonical == actor.canonical or m.text == actor.name:
        return False
    if e.generic and filled.inter == actor.inter == 1:  # "Houthi forces" fought (pro-government) "forces"
        named = actor_dict.entries_for(actor.name)
        return bool(named) and not named[0].generic and e.armed
    return filled.inter != actor.inter or not e.generic  # "Islamic State militants": one actor


def assign(ctx, sub, f, d=None, where=None):
    """(actor1, actor2) for an event of this sub-event type (``d``, the draft, places the event in
    the report for an attribution told after it). The country is the event's own (``where``, its
    location): forces of another state that act there are external (8), its people are its
    civilians, whichever country the report is mostly about."""
    country = (where.country if where is not None and where.country else None) or (
        ctx.focus_country or ctx.article.country)
    r1, r2 = SHAPES.get(sub, ("any", None))
    if r1 == "air" and d is not None and any("drone" in ctx.doc[s:e].text.lower() for _, _, s, e in d.signals):
        r1 = "drone"  # a drone named with no owner flies for an armed group the report does not name
    if sub == "Non-violent transfer of territory" and _leavers(ctx.doc, f):
        return _transfer(ctx, f, country)
    a1 = fill(r1, f, country)
    named = attributed(ctx.doc, d.start) if d is not None and sub in ATTRIBUTABLE and _unnamed(a1) else None
    if named is not None:  # the claimant is the doer; the unnamed gunmen are its men, not another party
        state = named.entries[0].inter in (1, 8)  # a state's forces blamed: the fighters hit are its enemy
        f = dataclasses.replace(f, mentions=tuple((m, r) for m, r in f.mentions if m.entries[0].canonical != (
            named.entries[0].canonical) and (state or not _unnamed(actor_of(m, country)))))
        a1 = actor_of(named, country)
    elif r1 == "drone" and a1 is not None and a1.name == "gunmen" and not any(
            r == "patient" and armed(m) for m, r in f.mentions):
        a1 = generic("forces", country)  # no claim, no armed target: the state's drone (CODEBOOK 6)
    a2 = fill(r2, f, country, a1, _allies(ctx.doc, f, a1)) if r2 else None
    if sub == "Peaceful protest" and a2 is None and d is not None and _countered(ctx.doc, d):
        a2 = generic("protesters", country)  # counter-demonstrators face the protest: protesters on both sides
    if sub == "Violent demonstration" and a2 is None and _two_crowds(f) and f.two_sided:
        a2 = generic("rioters", country)
    if sub == "Armed clash" and a2 is None and a1 is not None and _between(f):
        a2 = Actor(a1.name, a1.canonical, a1.inter, a1.country)
    day = ctx.article.published
    return (actor_dict.as_of(a1, day) if a1 else a1), (actor_dict.as_of(a2, day) if a2 else a2)


COUNTER_CROWD = cue("counter_crowd")


def _countered(doc, d) -> bool:
    """Does the draft tell of a counter-protest ("a counterprotest", "counter-demonstrators")? CODEBOOK actor
    codes: actor2 is the side the protest meets; counter-demonstrators are protesters (6) too."""
    for s, e in d.ranges:
        for t in doc[s:e]:
            low = t.lower_
            if low.startswith("counter") and (low[7:].lstrip("-") in COUNTER_CROWD or low == "counter" and t.i + 2 < len(doc)
                                               and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in COUNTER_CROWD):
                return True
    return False


LEAVE = {"withdraw", "abandon", "leave", "retreat", "evacuate", "vacate", "cede", "hand", "pull", "quit"}


def _leavers(doc, f) -> list:
    """The armed actors that withdraw from, abandon or hand over the place ("the army withdrew its
    garrison", "troops pulled out of the town")."""
    return [m for m, r in f.mentions if r == "agent" and armed(m) and doc[m.start:m.end].root.head.lemma_.lower() in LEAVE]


def _transfer(ctx, f, country):
    """A place changing hands without a fight: actor1 is the one who takes it, actor2 the one who
    leaves it (CODEBOOK 8, Non-violent transfer of territory). With no taker named, the leaver alone."""
    left = _leavers(ctx.doc, f)
    gone = {id(m) for m in left}
    taker = pick(f, lambda m: armed(m) and id(m) not in gone and _differs(m, actor_of(left[0], country)))
    day = ctx.article.published
    a1, a2 = (actor_of(taker, country), actor_of(left[0], country)) if taker else (actor_of(left[0], country), None)
    return actor_dict.as_of(a1, day), (actor_dict.as_of(a2, day) if a2 else None)


def _two_crowds(f):
    names = {m.entries[0].canonical for m, _ in f.mentions if crowdish(m) and not m.entries[0].generic}
    return len(names) >= 2


def _between(f):
    return len({m.entries[0].canonical for m, _ in f.mentions if armed(m)}) <= 1
