"""Who the doers of a draft are, in the codebook's terms: a crowd or nameless people with no guns
(CODEBOOK 4's rioters, mob violence), an organised armed group or a state force (CODEBOOK 5 and 7),
and the cases the rules tell apart by it (a crowd wrecking property, nameless men beating someone,
forces brawling with each other, a non-state group's "detentions"). ``classify`` asks these.
"""
from __future__ import annotations

from .facts import Facts
from .signals import Signals, cue

STRONG_IED = cue("strong_ied")
VANDAL = cue("vandal")


def unarmed_group(f: Facts) -> bool:
    return any(e.crowd or e.inter in (5, 6) or e.canonical.startswith("Unidentified Group")
               for e in (m.entries[0] for m, _ in f.mentions))


def crowd_wrecking(s: Signals, f: Facts) -> bool:
    """Vandalism, or a house or office torched, by people who are no armed group and no state force
    and carry no guns: ACLED's mob violence (rioters), not looting/property destruction."""
    if (f.armed_other and not nameless_armed(f)) or f.state_agent or f.guns or s.has("ied", STRONG_IED) or (
            f.operation):
        return False  # "the initiative carried out an arson attack on a plant": an organisation's act
    nameless = nameless_armed(f) or any(m.entries[0].canonical.startswith("Unidentified Group") for m, _ in f.mentions)
    stormed = (f.crowd or unarmed_group(f) or (f.melee_group and s.has("riot", {"loot"}))) and f.property_target and s.has("attack", {"attack", "assault"})  # "persons attacked and looted three houses"
    return s.has("riot", VANDAL) or stormed or (nameless and (f.arson_property or f.property_target))


def nameless_beating(s: Signals, f: Facts) -> bool:
    """Nameless people with no guns beat or assault someone and nobody dies, or they storm, loot and
    torch a place ("unidentified assailants assaulted and injured a candidate", "attackers looted and
    set ablaze the police station"): ACLED's mob violence, not an attack by an armed group."""
    if not nameless_armed(f) or f.state_agent:
        return False
    beaten = s.has("attack", {"beat", "assault"}) and not f.deaths and not s.has(
        "attack", {"kill", "stab", "hack", "murder", "shoot", "shot", "shoot dead", "open fire"})
    flared = f.spontaneous and not s.has("attack", {"shoot", "shot", "shoot dead", "open fire"})
    return beaten or flared or crowd_wrecking(s, f)  # "stabbed and killed him following an altercation"


def looting_band(s: Signals, f: Facts) -> bool:
    """A nameless band with no guns that beats and loots amid rioting ("a dozen men with sticks broke into
    a family's home, beat those inside and carried off their jewellery as the rioting spread"): the riot's
    mob violence, not an attack by an organised armed group."""
    armed = [m for m, _ in f.mentions if m.entries[0].armed]
    return bool(f.spontaneous) and not live_guns(f) and s.has("riot", {"loot", "ransack"}) and all(
        m.entries[0].generic and m.entries[0].canonical.startswith("Unidentified") for m in armed)


BEATING_ONLY = cue("beating_words")


def armed_beating(s: Signals, f: Facts) -> bool:
    """An organised armed group (state forces included) beats an unarmed person, with no crowd among
    the doers and no mob word but the beating itself ("beaten to death by soldiers", "police beat him
    to death"): CODEBOOK 7, an attack, not CODEBOOK 4's mob."""
    beaters = [m for m, r in f.mentions if r == "agent" and m.start not in f.background]
    return s.only("mob", BEATING_ONLY) and bool(beaters) and all(
        m.entries[0].armed and m.entries[0].inter in (1, 2, 3, 4, 8) and not m.entries[0].canonical.startswith(
            "Unidentified") for m in beaters) and not (
        f.crowd_agent or f.mob_agent or f.melee_group or f.victims_armed or f.armed_victim)


def forces_brawl(f: Facts) -> bool:
    """Everyone the draft names taking part is a state force (``facts.force_parties``: soldiers,
    police, guards, "two groups of police officers"), none of them a crowd and no one unarmed hurt
    ("soldiers brawled with policemen at a checkpoint"): a fight between armed, organised forces,
    CODEBOOK 5's armed clash (as ACLED codes police and soldiers who fight each other), not CODEBOOK
    4's mob violence, which needs an unarmed crowd."""
    return f.force_parties and not (f.rioters or f.property_target)


def live_guns(f: Facts) -> bool:
    """Guns fired in earnest: not the police's blanks or shots in the air to disperse a crowd."""
    return bool(f.guns) and not f.warning_shots


def crowd_doers(f: Facts) -> bool:
    """The doers are a crowd of people (villagers, locals, students, family members), no armed group
    and no state force: whoever they hit, ACLED calls them rioters."""
    doers = [m for m, r in f.mentions if r == "agent" and m.start not in f.background]
    return bool(doers) and all(m.entries[0].crowd and not m.entries[0].armed and m.entries[0].inter in (5, 6)
                               and m.text.lower().endswith("s") for m in doers)


def nameless_armed(f: Facts) -> bool:
    """The only armed actor is a nameless one ("unidentified assailants", "attackers") and nobody
    fired a gun: no organised armed group is known to be behind it."""
    armed = [m for m, _ in f.mentions if m.entries[0].armed and m.entries[0].inter in (2, 3, 4)]
    return bool(armed) and not f.guns and all(
        m.entries[0].canonical.startswith("Unidentified Armed Group") and m.entries[0].generic
        and not any(w in m.text.lower() for w in ("armed", "gun", "bandit", "robber", "criminal", "terrorist", "cartel"))
        for m in armed)


def nonstate_detainer(f: Facts) -> bool:
    """The ones who act in the draft (agent, or the group a unit belongs to: "SDF units swept through the
    village, detaining 23 men") are a non-state armed group with no state force among them: their
    "detentions" are abductions (CODEBOOK 7), though a state force is named as their victims' target."""
    doers = [m.entries[0] for m, r in f.mentions if r in ("agent", "other") and m.start not in f.background]
    return any(e.armed and e.inter in (2, 3, 4) for e in doers) and not any(e.inter == 1 for e in doers)


def displaced_by_named_fight(s: Signals, f: Facts) -> bool:
    """"Thousands were displaced by clashes between rival militias": the fight that drove them out is
    told with its sides (rivals, an armed group, the state), so it is the event (CODEBOOK 5), not the
    displacement, which ACLED does not code."""
    return s.has("clash") and f.clash and (f.rival or f.armed_other or any(
        m.entries[0].armed and m.entries[0].inter == 1 for m, r in f.mentions if r != "source"))


def crowd_torching(f: Facts) -> bool:
    """A crowd sets a building or a vehicle on fire and no state force acts outside the clause that
    tells its cause ("a crowd torched the police post after a man died in custody", "after police
    detained a rider"): CODEBOOK 4's mob, not the arrest or custody told as its cause."""
    return f.arrest_as_cause and (f.crowd_agent or f.mob_agent) and f.arson_property and not f.guns and not any(
        r == "agent" and m.entries[0].inter == 1 and m.start not in f.background for m, r in f.mentions)


def nameless_takers(f: Facts, forced_in: bool = False) -> bool:
    """Men who are no state force, named or nameless ("unidentified men", "men in plain clothes", "gunmen"),
    take someone away ("bundled the activist into a car", "picked up a journalist"), and no state force acts:
    CODEBOOK 7, an abduction, where the state's same act is an arrest (CODEBOOK 8). Whose men they are stays
    what the report says: the words alone make nobody the state's. The one taken is a civilian the draft
    names, or ``forced_in``: someone forced into a vehicle ("bundled a poet into a van"), always a person."""
    doers = [m.entries[0] for m, r in f.mentions if r == "agent" and m.start not in f.background]
    return (f.victims_civilian or forced_in and not f.victims_armed) and any(e.inter in (2, 3, 4) for e in doers) and not any(e.inter == 1 for e in doers)
