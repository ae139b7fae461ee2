"""Actor1 and actor2 of an event, ACLED style.

The sub-event type fixes the shape (a peaceful protest has protesters and no actor2; a protest
with intervention adds the police; an attack has an armed actor and civilians ...). The actors
mentioned in the event fill the slots: the syntactic agent first, the patient second. Crowd
actors (protesters, party supporters) take the inter code the event gives them: 6 in a protest,
5 in a riot. State forces acting outside their own country are external forces (8).

Fallbacks when the report names nobody for a slot follow ACLED's habits: an air strike is flown by whoever is
armed; an unnamed opponent of state forces is a rebel group, or an unidentified armed group when the state was
the one attacked; militias of two communities fight their own kind (named as "militias from the A and B
communities", whatever the report calls one side); a clash between two crowds has rioters on
both sides, an assault has civilian victims; a bomb's second actor is the civilians it hits, or the state
forces it hits (state forces named near a bomb or grenade who neither plant nor throw it are its target, and
its unnamed bomber an unidentified armed group; the armed men a bomb kills or wounds are hit, not its bomber); shells that hit people have civilians as actor2; arrested
members of an armed group are that group; an agreement is between the parties named. An actor's type follows
its period (actors.as_of: the Taliban are the state after August 2021). Two state forces that fight each other
(police against soldiers) are both actors. A drone with no owner named flies for an unidentified armed group
when it hits an armed target or a later claim names its group (attribution), else for the state. Fire that
kills or wounds people with no target named has civilians as actor2. A place that changes hands without a
fight: actor1 takes it, actor2 left it. Who moves in a change of activity is no one it binds ("a curfew bars
residents"); people outside a protest or riot (families who flee) are civilians. A pro-government militia
fights beside the state (the state leads); a place the state takes back from "militants" is taken from the
group the report names as its holder (roles._holder); counter-demonstrators are a protest's actor2; the owner of an
aircraft named as the striker flies it; actors are coded in the event's own country (its location). Old
ordnance that kills or wounds a passer-by (Other): no one acts, the civilians it hits are the one party.
Weapons seized or defused (Disrupted weapons use): actor2 is whose they were; a person named only as where
they were found keeps bombs, an unidentified armed group, or the named group the report says they acted
for; nobody named, no actor2.

Which mentions belong to the event and their parts (agent, patient, source) come from agency.py.
"""
from __future__ import annotations

import dataclasses

from ...model import Actor
from ... import docindex
from .. import actor_mentions, actors as actor_dict
from ..actors import norm
from .agency import AMBIGUOUS_CROWD
from .attribution import ATTRIBUTABLE, _unnamed, attributed
from .mobs import stormed_force
from .sexual import crowd_violator
from .signals import cue


GENERIC = {"police": "police", "military": "forces", "protesters": "protesters", "rioters": "rioters",
           "civilians": "civilians", "armed": "gunmen", "militants": "militants", "government": "government"}


SHAPES = {  # sub-event type -> (actor1 role, actor2 role or None)
    "Peaceful protest": ("crowd6", None),
    "Protest with intervention": ("crowd6", "state"),
    "Excessive force against protesters": ("force", "crowd6"),
    "Violent demonstration": ("crowd5", "state?"),
    "Mob violence": ("crowd5", "victim5"),
    "Armed clash": ("armed", "armed2"),
    "Government regains territory": ("state", "armed2"),
    "Non-state actor overtakes territory": ("armed", "holder?"),
    "Attack": ("perp", "civ"),
    "Abduction/forced disappearance": ("perp", "civ"),
    "Sexual violence": ("perp", "civ"),
    "Air/drone strike": ("air", "target?"),
    "Shelling/artillery/missile attack": ("shell", "target?"),
    "Remote explosive/landmine/IED": ("bomber", "target"),
    "Grenade": ("bomber", "target"),
    "Suicide bomb": ("bomber", "target"),
    "Chemical weapon": ("user", "target?"),
    "Arrests": ("state", "held"),
    "Looting/property destruction": ("perp", "civ"),
    "Disrupted weapons use": ("state", "owner?"),
    "Agreement": ("party", "party2"),
    "Headquarters or base established": ("armed", None),
    "Non-violent transfer of territory": ("armed", "other?"),
    "Change to group/activity": ("mover", None),
    "Other": ("hit?", None),
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


NO_PART = {"source", "aim"}  # agency.role: who only tells of the event, what it was aimed at but did not hit


def pick(f, test, prefer="agent", exclude=None):
    ms = [(m, r) for m, r in f.mentions if test(m) and m is not exclude and r not in NO_PART]
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


def fill(role, f, country, other=None, allies=frozenset(), doc=None):
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
    if role in ("state?", "holder?"):  # police who only stand by are no party: armed state forces only; not actor1 again
        m = pick(f, lambda m: state(m) and _differs(m, other))
        if m is None and role == "holder?":  # "M23 took the town after fighting with Wazalendo militias": the
            m = pick(f, lambda m: armed(m) and _differs(m, other) and dict(f.mentions).get(m) == "patient",
                     prefer="patient")  # armed group that held it (CODEBOOK actor codes: the one acted on)
        return actor_of(m, country) if m else None
    if role == "party":  # CODEBOOK 8: an agreement's parties are those the text names, the state if it signs,
        # else the armed groups; none named ("a ceasefire was agreed in X"): none filled in (so "party2" too)
        m = pick(f, lambda m: m.entries[0].inter == 1) or pick(f, armed)
        return actor_of(m, country) if m else None
    if role == "force":  # CODEBOOK 3: lethal force on a demonstration by anyone: the state's forces, else the
        m = pick(f, lambda m: m.entries[0].inter == 1) or pick(  # armed men the report names as the ones who fired
            f, lambda m: armed(m) and dict(f.mentions).get(m) == "agent")  # ("militia fighters opened fire as ...")
        return actor_of(m, country) if m else generic("police", country)
    if role in ("state", "user"):
        m = pick(f, lambda m: m.entries[0].inter == 1, exclude=other)
        if m:
            return actor_of(m, country)
        return generic("police" if role == "state" else "forces", country)  # CODEBOOK 6: chemical agents used
        # as weapons are an army's, not the police's, when the report names no user (as unnamed shelling)
    if role == "armed":  # nobody named but an unknown organisation: an armed group, not the state
        m = pick(f, armed)
        if m is not None and _pro_state(m):  # "regime and pro-regime militias clashed with ...": the state leads
            m = pick(f, state) or m
        if m:
            return actor_of(m, country)
        return generic("militants" if f.armed_pair and not f.state else "forces", country)
    if role == "shell":  # fire from an unnamed party: an unidentified armed group, not the state
        m = pick(f, lambda m: armed(m) and not _hit(f, m))
        unnamed = not any(r not in NO_PART for _, r in f.mentions) or _state_hit(f)  # "shells hit army posts"
        return actor_of(m, country) if m else generic("gunmen" if unnamed else "forces", country)
    if role == "perp" and f.judicial:  # CODEBOOK 7: "executions by the state"; an unnamed executioner is the state
        doers = [m for m, r in f.mentions if r == "agent" and armed(m)] or [m for m, _ in f.mentions if nonstate_armed(m)]
        return actor_of(doers[0], country) if doers else generic("government", country)
    if role == "perp" and f.custody and not any(nonstate_armed(m) for m, _ in f.mentions):
        m = pick(f, state)  # CODEBOOK 7: a death in custody is the holders' deed; unnamed, the police's
        return actor_of(m, country) if m else generic("police", country)
    if role == "perp" and crowd_violator(f):  # CODEBOOK 7: a mob's rape is sexual violence, the mob its doer (5)
        return actor_of(crowd_violator(f), country, 5)
    if role in ("perp", "bomber"):  # state forces named near a bomb but not planting or throwing it are its target
        hit = {id(m) for m, r in f.mentions if r != "agent" and state(m)} if role == "bomber" else set()
        if hit:  # a bomb that hits the state's forces is not theirs: troops who find mines after it, or a government
            hit |= {id(m) for m, _ in f.mentions if m.entries[0].inter == 1}  # that declares an emergency, did not set it
        hurt = {id(m) for m, r in f.mentions if r == "patient" and _hurt(doc, m)} if doc is not None else set()
        if role == "bomber" and doc is not None:
            hurt |= {id(m) for m, r in f.mentions if r != "agent" and _owner_hit(doc, m)}
        m = pick(f, lambda m: armed(m) and id(m) not in hit | hurt) or next(
            (m for m, r in f.mentions if r == "agent" and m.entries[0].inter == 1 and id(m) not in hit), None)  # "a
        # regime sniper shot"
        return actor_of(m, country) if m else generic("gunmen", country)
    return fill_patient(role, f, country, other, allies)


HARMED_BY = cue("harmed_by")
HELD_THINGS = cue("held_things")


def _owner_hit(doc, m) -> bool:
    """Is the mention the owner of what a bomb hit ("a landmine exploded under a MINUSMA vehicle", "a
    bomb hit a vehicle of the Security Belt Forces", "an IED struck an army patrol")? CODEBOOK actor
    codes: the force whose vehicle, patrol or post is hit is the bomb's target, not its bomber; the
    owner of the bomb itself ("an al-Shabaab IED") stays its bomber."""
    root = docindex.span(doc, m.start, m.end).root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ not in ("compound", "poss", "amod", "nmod"):
        return False
    return head.lemma_.lower() in HELD_THINGS


def _hurt(doc, m) -> bool:
    """Is the mention among those the event killed or wounded ("two soldiers and a militiaman were killed",
    "killing a militia commander")? CODEBOOK actor codes: the ones a bomb hurts are its target, not its bomber.
    The nearest verb above the mention's head decides."""
    for t in docindex.span(doc, m.start, m.end).root.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in HARMED_BY
    return False


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
    if role in ("armed2", "party2"):  # not actor1's own side: a pro-government militia fights beside the state
        m = pick(f, lambda m: armed(m) and _differs(m, first) and not (first is not None and _same_side(m, first)),
                 prefer="patient")
        if m:
            return actor_of(m, country)
        m = _other_branch(f, first, country)
        if m:  # "police clashed with soldiers": two state forces on opposite sides
            return actor_of(m, country)
        if first is not None and (first.inter == 4 or first.inter in (2, 3) and (f.two_sided or f.armed_pair or f.rival)) and (
                not _state_party(f)):  # "rival factions of the cartel fought": the group on both sides
            return Actor(first.name, first.canonical, first.inter, first.country)  # "X and Y militias clashed"
        if first is not None and first.inter == 1:  # unnamed attackers of the police: an unidentified armed group
            m = pick(f, lambda m: m.entries[0].canonical.startswith("Unidentified") and _differs(m, first),
                     prefer="patient")  # "police exchanged fire with a group of men": the men the report names,
            if m:  # not a rebel group (CODEBOOK actor codes: actor2 is the one acted on)
                return actor_of(m, country)
            return None if role == "party2" else generic("gunmen" if _state_hit(f) else "militants", country)
        return generic("forces", country) if first is not None and first.inter != 1 and role != "party2" else None
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
    if role == "owner?":  # CODEBOOK 8, Disrupted weapons use: whose weapons were seized, defused or downed
        m = pick(f, lambda m: _differs(m, first) and not _craft(m) and id(m) not in allies and (
            armed(m) or m.entries[0].inter in (1, 7)), prefer="patient")
        if m is not None and not armed(m) and m.entries[0].inter == 7:  # a person named as whose they were:
            group = pick(f, lambda x: nonstate_armed(x) and not x.entries[0].generic and _differs(x, first))
            if group is not None:  # "... the man had been recruited by al-Shabaab": that group's
                return actor_of(group, country)
        if m is not None and not armed(m) and m.entries[0].inter == 7 and dict(f.mentions).get(m) != "agent":
            return generic("gunmen", country)  # "bombs found at a resident's house": who keeps bombs is armed
        return actor_of(m, country) if m else None
    if role in ("target", "target?"):
        m = pick(f, lambda m: _differs(m, first) and not _craft(m) and id(m) not in allies and (
            armed(m) or m.entries[0].inter in (1, 7)), prefer="patient")
        if m:
            return actor_of(m, country)
        if role == "target" or any(r == "patient" and _people(m) for m, r in f.mentions) or f.deaths or f.injuries:
            return generic("civilians", country)  # a bomb hits whoever passes; shells that killed "five people"
        return None
    if role == "hit?" and (f.deaths or f.injuries) and not any(r == "agent" and armed(m) for m, r in f.mentions):
        return generic("civilians", country)  # CODEBOOK 8: old ordnance that kills a passer-by: no one acts, the
        # people it hits are the event's one party
    if role in ("any", "mover", "hit?"):  # troops moved, a curfew declared: most often the state
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
        r = docindex.span(doc, m.start, m.end).root
        while r.dep_ == "conj" and r.head.i != r.i:
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


def _state_party(f) -> bool:
    """Is a state body named in the event other than as one who tells of it or came after it ("soldiers who
    reached the area found six bodies")? CODEBOOK actor codes: only those who act or are acted on are sides."""
    return any(m.entries[0].inter == 1 for m, r in f.mentions if r not in NO_PART)


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
    if e.generic and filled.inter in (1, 8) and actor.inter in (1, 8) and (filled.inter == actor.inter == 1 or (
            e.country and e.country == actor.country)):  # "Houthi forces" fought (pro-government) "forces";
        # "Russia's defence ministry said its forces": one state (agency._speakers_own gave "its forces" Russia)
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
    if r1 == "air" and d is not None and any("drone" in docindex.span(ctx.doc, s, e).text.lower()
                                             for _, _, s, e in d.signals):
        r1 = "drone"  # a drone named with no owner flies for an armed group the report does not name
    if sub == "Non-violent transfer of territory" and _leavers(ctx.doc, f):
        return _transfer(ctx, f, country)
    if sub == "Agreement" and d is not None and any(p in SURRENDER for _, p, _, _ in d.signals):
        given = _surrender(ctx, f, country)
        if given is not None:
            return given
    a1 = fill(r1, f, country, doc=ctx.doc if r1 == "bomber" else None)
    named = attributed(ctx.doc, d.start, sub, ctx.published.year if ctx.published else None) \
        if d is not None and sub in ATTRIBUTABLE and _unnamed(a1) else None
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
    if sub == "Mob violence" and (a2 is None or a2.inter != 1):  # "a crowd stormed the police post" (mobs.py)
        hit = stormed_force(ctx.doc, f)
        a2 = actor_of(hit, country) if hit is not None else a2
    if sub == "Violent demonstration" and a2 is None and _two_crowds(f) and f.two_sided:
        a2 = generic("rioters", country)
    if sub == "Non-state actor overtakes territory" and d is not None and a2 is None:
        held = _fought_with(ctx, d, a1, country)
        a2 = actor_of(held, country) if held is not None else a2
    if sub == "Government regains territory" and d is not None and (a2 is None or _unnamed(a2)):
        held = _holder(ctx, f, d, _allies(ctx.doc, f, a1))
        a2 = actor_of(held, country) if held is not None else a2
    if sub == "Armed clash" and a1 is not None and a1.inter == 4 and _two_origins(ctx.doc, f, a1, country):
        a2 = Actor(a1.name, a1.canonical, a1.inter, a1.country)  # "volunteers from the hills and from the valley"
    elif sub == "Armed clash" and a1 is not None and (a2 is None and _between(f) or _own_kind(ctx.doc, d, f, a1, a2)):
        a2 = Actor(a1.name, a1.canonical, a1.inter, a1.country)
    return _as_of_report(ctx, a1, a2)


def _two_origins(doc, f, a1, country) -> bool:
    """Is actor1 named as the fighters of two places or communities ("clan militias from the Hawiye and Darod
    sub-clans", "vigilantes from the Tiv and Jukun communities")? Militias of two communities that fight each other
    are both identity militias (CODEBOOK actor codes: actor2 the same kind), whatever else the report calls one
    side ("armed men", "gunmen")."""
    for m, r in f.mentions:
        if r != "agent" or actor_of(m, country).canonical != a1.canonical:
            continue
        for p in docindex.span(doc, m.start, m.end).root.children:
            if p.dep_ == "prep" and p.lower_ in ("from", "of") and (
                    any(c.dep_ == "conj" for c in p.children) or any(t.dep_ == "conj" for t in p.subtree)):
                return True
    return False


FOUGHT_WITH = cue("fight_words") | {"exchange", "exchanges", "gunbattle", "battles"}


def _fought_with(ctx, d, a1, country):
    """The armed group a place was taken from after a fight the draft tells "with" it ("occupied the village
    after a short exchange of fire with clan militiamen, who withdrew"): CODEBOOK 5, territory taken by the
    fighting; actor2 the one it was fought from (CODEBOOK actor codes: the one acted on). The mention, or None."""
    for m in actor_dict.dated(actor_mentions.mentions(ctx.doc), ctx.published):
        if not any(s <= m.start < e for s, e in d.ranges) or not m.entries[0].armed or not _differs(m, a1):
            continue
        root = docindex.span(ctx.doc, m.start, m.end).root
        while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ("members", "fighters"):
            root = root.head.head  # "members of the local militia"
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in FOUGHT_WITH:
            return m
    return None


HELD_BY = cue("held_by")
HOLDER_SPAN = 8  # sentences before a retaking where the report may tell who had taken the place


def _holder(ctx, f, d, allies=frozenset()):
    """CODEBOOK 5, Government regains territory: state forces take a place back from a non-state group. Where
    the telling names the state's foe only as "militants" or "extremists", that group is the one it names: in the
    telling itself ("a spokesman for the M23 said the group had withdrawn"), else the one the few sentences before
    say took or held a place ("Fano fighters entered the town on Tuesday"); the mention, or None."""
    named = lambda m: m.entries[0].armed and m.entries[0].inter in (2, 3, 4) and not m.entries[0].generic and not (
        _pro_state(m))
    own = sorted((m for m, r in f.mentions if named(m) and r != "aim" and id(m) not in allies), key=lambda m: m.start)
    if own:
        return own[0]
    sents = docindex.sents(ctx.doc)
    k = docindex.sent_index(ctx.doc, d.start)
    lo, hi = sents[max(0, k - HOLDER_SPAN)].start, sents[min(len(sents) - 1, k + 2)].end
    found = [m for m in actor_dict.dated(actor_mentions.mentions(ctx.doc), ctx.published)
             if lo <= m.start < hi and named(m)]
    took = [m for m in found if m.start < sents[k].start and _subject_of(ctx.doc, m, HELD_BY)]
    left = [m for m in found if m.start >= sents[k].end and _subject_of(ctx.doc, m, LEAVE)]
    return left[0] if left else took[-1] if took else None


def _subject_of(doc, m, lemmas) -> bool:
    """Is the mention the subject of one of these verbs, or of its clause after "said" ("Fano fighters entered the
    town", "the rebels held the town for a month", "the KIA said its fighters had pulled back")?"""
    root = docindex.span(doc, m.start, m.end).root
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head] + [c for c in root.head.children if c.dep_ in ("conj", "ccomp")]
    return any(v.lemma_.lower() in lemmas for v in verbs)


def _as_of_report(ctx, a1, a2) -> tuple:
    """(a1, a2), each typed as of the report's date (its own, else the --published option; ACLED codes
    actors by period: ``actors.as_of``); None stays None."""
    day = ctx.published
    return (actor_dict.as_of(a1, day) if a1 else a1), (actor_dict.as_of(a2, day) if a2 else a2)


COUNTER_CROWD = cue("counter_crowd")


def _countered(doc, d) -> bool:
    """Does the draft tell of a counter-protest ("a counterprotest", "counter-demonstrators")? CODEBOOK actor
    codes: actor2 is the side the protest meets; counter-demonstrators are protesters (6) too."""
    for s, e in d.ranges:
        for t in docindex.tokens(doc)[s:e]:
            low = t.lower_
            if low.startswith("counter") and (low[7:].lstrip("-") in COUNTER_CROWD or low == "counter" and t.i + 2 < len(doc)
                                               and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in COUNTER_CROWD):
                return True
    return False


LEAVE = {"withdraw", "abandon", "leave", "retreat", "evacuate", "vacate", "cede", "hand", "pull", "quit"}


def _leavers(doc, f) -> list:
    """The armed actors that withdraw from, abandon or hand over the place ("the army withdrew its
    garrison", "troops pulled out of the town")."""
    return [m for m, r in f.mentions if r == "agent" and armed(m)
            and docindex.span(doc, m.start, m.end).root.head.lemma_.lower() in LEAVE]


def _transfer(ctx, f, country):
    """A place changing hands without a fight: actor1 is the one who takes it, actor2 the one who
    leaves it (CODEBOOK 8, Non-violent transfer of territory). With no taker named, the leaver alone."""
    left = _leavers(ctx.doc, f)
    gone = {id(m) for m in left}
    taker = pick(f, lambda m: armed(m) and id(m) not in gone and _differs(m, actor_of(left[0], country)))
    a1, a2 = (actor_of(taker, country), actor_of(left[0], country)) if taker else (actor_of(left[0], country), None)
    return _as_of_report(ctx, a1, a2)


SURRENDER = cue("surrender")


def _surrender(ctx, f, country):
    """A surrender (CODEBOOK 8, Agreement): actor1 is the group that gives itself up, the one who acts
    (CODEBOOK actor codes), actor2 the state force it surrenders to; None when no non-state armed
    group is named."""
    giver = pick(f, lambda m: nonstate_armed(m) and not m.entries[0].generic) or pick(f, nonstate_armed)
    if giver is None:
        return None
    taker = pick(f, lambda m: m.entries[0].inter == 1)
    return _as_of_report(ctx, actor_of(giver, country), actor_of(taker, country) if taker else None)


OWN_KIND = cue("own_kind")


def _own_kind(doc, d, f, a1, a2) -> bool:
    """ "Al Shabaab militants exchanged fire among themselves", "two armed groups clashed": a fight inside one
    non-state group, or between two of the same kind, has that group on both sides (CODEBOOK actor codes:
    actor2 is the one acted on; here the same kind of actor). Only where no other party is named (actor2 is
    the fallback the report names no one for)."""
    if d is None or a1.inter not in (2, 3, 4) or a2 is not None and (
            a2.name not in GENERIC.values() or any(m.text == a2.name for m, _ in f.mentions)):
        return False
    words = [t.lower_ for s, e in d.ranges for t in docindex.tokens(doc)[s:e]]
    if OWN_KIND & (set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}):
        return True
    return any(m.start > 0 and doc[m.start - 1].lower_ == "two" and armed(m) for m, _ in f.mentions)


def _two_crowds(f):
    names = {m.entries[0].canonical for m, _ in f.mentions if crowdish(m) and not m.entries[0].generic}
    return len(names) >= 2


def _between(f):
    return len({m.entries[0].canonical for m, _ in f.mentions if armed(m)}) <= 1
