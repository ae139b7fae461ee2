"""From the signals of one event to its ACLED sub-event type and its two actors.

The lexicon (vigil/data/events.yaml) names signal classes: protest, symbolic, arson, riot, clash,
intervention, lethal, mob, airstrike, shelling, ied, grenade, suicide, chemical, attack, abduction,
sexual, arrest, execution, territory_*, destruction, weapons_disrupted, agreement, hq, transfer,
change_group, other. ``classify`` decides, in this order (the first rule that fires wins):

1. suicide, chemical, air/drone strike: the weapon decides.
2. a protest (protest words, a crowd with a strong symbolic act): violence *by* the crowd (riot
   words, arson of property, clashes) makes a violent demonstration; lethal force against it
   excessive force; dispersal, tear gas or arrests a protest with intervention; else peaceful.
3. mob words (lynching, a mob beating someone): mob violence.
4. IED, grenade, shelling (when there is no small-arms fighting); territory taken or retaken.
5. fighting between armed actors: armed clash; between unarmed crowds (party supporters): mob
   violence; crowds fighting the police: violent demonstration.
6. sexual violence, abduction, attack or execution (an attack on armed men is a clash).
7. arrests, property destruction, disrupted weapons, agreements, bases, territory transfer,
   changes to a group, other.
"""
from __future__ import annotations

from typing import Optional

STRONG_SYMBOLIC = {"poster", "posters", "put up poster", "graffiti", "leaflet", "flyer", "effigy", "mural"}
STRONG_PROTEST_WORDS = {"protest", "protester", "protestor", "demonstration", "demonstrator", "demonstrate",
                        "rally", "march", "sit-in", "sit in", "human chain", "strike", "hunger strike",
                        "picket", "hartal", "walkout", "take to the street", "take to the streets", "blockade",
                        "road blockade", "block road", "block the road", "block the highway", "block highway",
                        "procession", "gherao", "boycott", "vigil", "candlelight vigil", "motorcade",
                        "agitation", "uprising", "mourning rally", "torch rally", "bike rally"}
WEAK_ATTACK = {"injure", "wound", "hurt", "threaten", "intimidate", "harass", "harassment", "body", "bodies",
               "corpse", "dead body", "victim", "raid", "rob", "robbery", "extort", "extortion", "shot",
               "shooting", "maim", "violence against"}
DIRECT_FIRE = {"small arms", "heavy machine gun", "machine gun", "gunfight", "gun fight", "gun battle",
               "firefight", "shootout", "shoot-out", "exchange fire", "exchange of fire", "exchange gunfire",
               "sniper", "grenade launcher", "crossfire", "ambush", "clash", "clashes", "battle", "fighting",
               "skirmish", "fight"}


class Signals:
    """The signals of one event: class -> set of matched phrases."""

    def __init__(self, found):
        self.by_class = {}
        for cls, phrase in found:
            self.by_class.setdefault(cls, set()).add(phrase)

    def has(self, cls, phrases=None) -> bool:
        got = self.by_class.get(cls)
        if not got:
            return False
        return True if phrases is None else bool(got & phrases)

    def only(self, cls, phrases) -> bool:
        got = self.by_class.get(cls, set())
        return bool(got) and got <= phrases

    def strong(self, cls, weak) -> bool:
        return bool(self.by_class.get(cls, set()) - weak)


def is_protest(s: Signals, crowd: bool, arson_symbolic: bool) -> bool:
    if s.has("protest", STRONG_PROTEST_WORDS):
        return True
    if s.has("symbolic", STRONG_SYMBOLIC):
        return True
    if arson_symbolic or (crowd and s.has("symbolic")):
        return True
    return crowd and s.has("protest")


def crowd_violence(s: Signals, arson_property: bool) -> bool:
    return s.has("riot") or arson_property or s.has("clash", {"clash", "clashes", "fight", "fighting",
                                                            "confrontation", "confront", "skirmish"})


def protest_subtype(s: Signals, f: dict) -> str:
    killed_by_state = f["deaths"] and f["state"] and not s.has("riot")
    if crowd_violence(s, f["arson_property"]) and not (s.has("lethal") and not s.has("riot")):
        return "Violent demonstration"
    if s.has("lethal") or killed_by_state:
        return "Excessive force against protesters"
    if s.has("intervention") or s.has("arrest", {"arrest", "detain", "detention", "round up"}) or (
            f["state"] and s.has("attack", {"beat", "assault"})):
        return "Protest with intervention"
    return "Peaceful protest"


STRONG_IED = {"ied", "improvised explosive device", "improvised explosive", "roadside bomb", "landmine",
              "land mine", "mine explosion", "mine blast", "anti-personnel mine", "anti-tank mine",
              "explosive device", "car bomb", "vbied", "sticky bomb", "magnetic bomb", "booby trap", "booby-trap",
              "unexploded ordnance", "uxo", "motorcycle bomb", "parcel bomb", "remote-controlled", "step on a mine",
              "hit a mine", "dynamite", "bomb blast", "mine"}
STRONG_CLASH = {"clash", "clashes", "exchange fire", "exchange of fire", "exchange gunfire", "gunfight",
                "gun fight", "gun battle", "firefight", "shootout", "shoot-out", "battle", "fighting", "fight",
                "skirmish", "heavy fighting", "in both directions", "both directions", "both sides", "incursion",
                "respond to the fire", "return fire", "returned fire", "ambush", "counterattack", "counter-attack",
                "repel", "repulse", "engagement", "armed confrontation", "confrontation", "crossfire", "offensive"}
DIRECT_FIRE = {"small arms", "heavy machine gun", "machine gun", "heavy machinegun", "heavy machineguns",
               "machinegun", "automatic weapon", "automatic weapons", "sniper", "shots", "burst of fire",
               "bursts of fire", "gunfire", "firearm", "firearms", "rocket-propelled grenade"}
FIRE_AT = {"open fire", "fire on", "fire at", "firing", "assault", "attack position", "attack the position",
           "attack positions", "engage", "confront", "exchange", "retaliate", "infiltrate", "infiltration attempt"}


def remote_subtype(s: Signals, f: dict) -> Optional[str]:
    if s.has("ied", STRONG_IED):
        return "Remote explosive/landmine/IED"
    if s.has("clash", STRONG_CLASH):
        return clash_subtype(f)
    if s.has("clash", DIRECT_FIRE) and not f["victims_civilian"]:
        return "Armed clash"
    if s.has("shelling"):
        return "Shelling/artillery/missile attack"
    if s.has("grenade"):
        return "Grenade"
    if s.has("ied"):
        return "Remote explosive/landmine/IED" if s.has("ied", {"bomb", "explosive", "detonate"}) \
            else "Shelling/artillery/missile attack"
    return None


def clash_subtype(f: dict) -> str:
    """Who fought: armed groups (armed clash), crowds and the police (riot), crowds alone (mob)."""
    if f["armed_other"] or (f["state"] and not (f["crowd"] or f["rioters"])):
        return "Armed clash"
    if f["state"]:
        return "Violent demonstration"
    return "Mob violence" if f["crowd"] or f["mob_agent"] else "Armed clash"


def fight_subtype(s: Signals, f: dict) -> Optional[str]:
    if s.has("territory_gov", {"recapture", "retake", "regain control", "retook", "recaptured", "liberate"}) \
            and f["state_agent"]:
        return "Government regains territory"
    if s.has("territory_nonstate", {"capture", "seize control", "overrun", "take control", "take over",
                                    "fall to", "fell to"}) and f["nonstate_agent"] and not s.has("arrest"):
        return "Non-state actor overtakes territory"
    if s.has("clash", FIRE_AT | {"attack position", "assault"}) or s.has("attack", {"attack", "open fire", "shoot"}):
        if f["victims_armed"] and not f["victims_civilian"]:
            return "Armed clash"
    return None


def harm_subtype(s: Signals, f: dict) -> Optional[str]:
    if s.has("sexual"):
        return "Sexual violence"
    if s.has("abduction") and not s.only("abduction", {"seize", "disappear", "pick up", "picked up"}):
        return "Abduction/forced disappearance"
    if s.has("execution") and f["state"]:
        return "Attack"
    if f["property_target"] and not (f["deaths"] or f["injuries"]):
        return None
    if s.strong("attack", WEAK_ATTACK) or (s.has("attack") and (f["deaths"] or f["injuries"])):
        if f["victims_armed"] and not f["victims_civilian"]:
            return "Armed clash"
        if f["mob_agent"]:
            return "Mob violence"
        return "Attack"
    return None


def strategic_subtype(s: Signals, f: dict) -> Optional[str]:
    if s.has("arrest", {"arrest", "detain", "detention", "take into custody", "taken into custody",
                        "apprehend", "nab", "round up", "custody"}):
        return "Arrests"
    if s.has("destruction") or f["arson_property"] or f["property_target"] or s.has(
            "riot", {"vandalize", "vandalise", "ransack", "loot"}):
        if f["mob_agent"] and not s.has("attack", {"shoot", "open fire", "shoot dead"}):
            return "Mob violence"
        return "Looting/property destruction"
    if s.has("weapons_disrupted", {"defuse", "defused", "seize weapon", "seize weapons", "arms cache",
                                   "weapons cache", "weapon cache", "ammunition cache", "dismantle", "intercept",
                                   "shoot down", "shot down", "down a drone", "bomb disposal", "confiscate weapon",
                                   "confiscate weapons", "recover weapon", "recover weapons", "seize ammunition",
                                   "seize explosive", "seize explosives", "neutralize", "neutralise"}):
        return "Disrupted weapons use"
    if s.has("agreement", {"agreement", "peace deal", "ceasefire", "cease-fire", "truce", "accord",
                           "prisoner exchange", "prisoner swap", "exchange prisoner", "exchange prisoners",
                           "release prisoner", "release prisoners"}):
        return "Agreement"
    if s.has("hq"):
        return "Headquarters or base established"
    if s.has("transfer", {"withdraw", "withdrawal", "hand over", "handover", "handed over", "pull out",
                          "cede", "relinquish", "transfer control", "transfer of control"}):
        return "Non-violent transfer of territory"
    return None


def classify(s: Signals, f: dict) -> Optional[str]:
    """The ACLED sub-event type for these signals and facts (see the module docstring), or None."""
    if s.has("suicide"):
        return "Suicide bomb"
    if s.has("chemical"):
        return "Chemical weapon"
    if s.has("airstrike") and not s.only("airstrike", {"jet", "aircraft", "drone", "uav", "air force",
                                                         "airforce", "bomber", "sortie", "air support"}):
        return "Air/drone strike"
    if s.has("airstrike") and not s.has("shelling") and (s.has("ied") or s.has("attack") or s.has(
            "airstrike", {"target", "targeted"})) and not s.has("clash", STRONG_CLASH):
        return "Air/drone strike"
    if is_protest(s, f["crowd"], f["arson_symbolic"]):
        return protest_subtype(s, f)
    if s.has("mob", {"scuffle", "brawl", "melee", "mob", "lynch", "lynching", "mob justice", "mob violence", "beat to death", "public beating",
                     "vigilante justice", "angry crowd", "angry mob", "angry villager", "angry villagers",
                     "irate", "mob attack"}) or (f["crowd_agent"] and s.has("mob")):
        return "Mob violence"
    if f["rioters"] and (s.has("riot") or s.has("arson") or s.has("clash")) and not f["armed_other"]:
        return "Violent demonstration"
    for rule in (remote_subtype, fight_subtype, harm_subtype, strategic_subtype):
        sub = rule(s, f)
        if sub:
            return sub
    if s.has("riot") and (f["crowd"] or s.has("riot", {"riot", "rioter", "rioting"})):
        return "Violent demonstration"
    if s.has("change_group") or s.has("weapons_disrupted") or s.has("agreement") or s.has("transfer"):
        return "Change to group/activity"
    if s.has("other") or s.has("attack"):
        return "Other"
    return None
