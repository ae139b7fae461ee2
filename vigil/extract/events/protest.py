"""Was there a demonstration, and what happened at it (CODEBOOK 3): the protest rules of ``classify``.

A demonstration is a public gathering to make a demand or a point; violence *by* its people makes a
violent demonstration, lethal force against it excessive force, dispersal, tear gas or arrests at
the scene a protest with intervention, and the rest is a peaceful protest."""
from __future__ import annotations

from .facts import Facts
from .signals import Signals, cue

STRONG_SYMBOLIC = cue("strong_symbolic")
STRONG_PROTEST_WORDS = cue("strong_protest_words")
OBSTRUCT = cue("obstruct")


def is_protest(s: Signals, crowd: bool, arson_symbolic: bool, armed_agent: bool = False) -> bool:
    """A demonstration; armed men who block a road or gather stage none."""
    if armed_agent and s.only("protest", OBSTRUCT | {"demand", "demanding", "denounce", "condemn", "shout"}) and not (
            dispersed(s, crowd)):
        return False
    if s.has("protest", STRONG_PROTEST_WORDS):
        return True
    if s.has("symbolic", STRONG_SYMBOLIC):
        return True
    if arson_symbolic or (crowd and s.has("symbolic")):
        return True
    if crowd and s.has("intervention", LESS_LETHAL) and not any(s.has(c) for c in DISPERSAL_ASIDES):
        return True  # CODEBOOK 3: "police fired water cannon at students marching on the palace": a crowd
        # dispersed with tear gas or water cannon was gathered to make a point, though no protest word says so
    return crowd and s.has("protest") and not (s.has("attack") or s.has("mob"))


def dispersed(s: Signals, crowd: bool) -> bool:
    """A crowd that gathered and was dispersed, broken up or tear-gassed, with no violence told beside it
    ("police dispersed a crowd of traders gathered outside the town hall and detained nine"): the armed
    doer is the force that broke up the gathering, not the one who gathered, so the gathering is a
    demonstration (CODEBOOK 3: peaceful demonstrators dispersed, with arrests at the scene, are a protest
    with intervention; CODEBOOK 8 keeps Arrests for arrests outside a protest event)."""
    return crowd and s.has("intervention", DISPERSE) and not any(s.has(c) for c in DISPERSAL_ASIDES)


def crowd_violence(s: Signals, arson_property: bool) -> bool:
    return s.has("riot") or arson_property or s.has("clash", {"clash", "clashes", "fight", "fighting",
                                                            "confrontation", "confront", "skirmish"})


# Signal classes that make a crowd met with tear gas something other than a demonstration (a riot, a fight).
DISPERSAL_ASIDES = ("riot", "mob", "clash", "attack", "arson", "lethal", "ied", "grenade", "shelling", "airstrike")
LESS_LETHAL = {"tear gas", "teargas", "tear-gas", "tear gas shell", "rubber bullet", "rubber bullets", "pellet",
               "stun grenade", "sound grenade", "water cannon", "pepper spray"}


# CODEBOOK 3's dispersal of a gathering: less-lethal weapons, or words for breaking it up.
DISPERSE = cue("disperse") | LESS_LETHAL
SCENE_ARRESTS = cue("scene_arrests")
PICKED_UP = cue("picked_up")


def protest_subtype(s: Signals, f: Facts) -> str:
    killed_by_state = f.deaths and f.state and not s.has("riot")
    fought = f.arson_property or s.has("clash", {"clash", "clashes"})  # the crowd fought or burned too
    if crowd_violence(s, f.arson_property) and not (s.has("lethal") and not s.has("riot") and not fought):
        return "Violent demonstration"
    if "crowd" in f.harm_doers and not s.has("lethal"):
        return "Violent demonstration"  # "demonstrators attacked a police station and killed a policeman"
    if f.crowd_agent and f.property_target and s.has("attack", {"attack", "assault"}) and not s.has("lethal"):
        return "Violent demonstration"  # "supporters protesting the arrest attacked a commander's residence"
    fired_on = f.state_agent and not f.warning_shots and (s.has("attack", {"open fire", "shoot", "shot", "shoot dead"}) or s.has(
        "clash", {"open fire", "fire on", "fire at"}))
    # "Members of the ruling party opened fire at the protesters": ACLED's excessive force is lethal
    # violence against a demonstration by anyone, not the state alone
    fired_on = fired_on or ("other" in f.harm_doers and not f.warning_shots
                            and (f.deaths or f.injuries or f.guns))
    if fired_on and not (f.deaths or f.injuries) and s.has("intervention", LESS_LETHAL):
        fired_on = False  # "police shot sound grenades and tear gas", nobody hurt: dispersal, not lethal force
    if s.has("lethal") or killed_by_state or fired_on:
        return "Excessive force against protesters"  # the police fired on the crowd
    if s.has("intervention") or s.has("arrest", SCENE_ARRESTS) or (f.state_agent and s.has("abduction", PICKED_UP)) or (
            f.state and s.has("attack", {"beat", "assault"})) or "other" in f.beat_doers:
        return "Protest with intervention"  # police, or ruling-party men, who beat or break up the demonstrators
    return "Peaceful protest"
