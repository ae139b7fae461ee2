"""From the signals of one event to its ACLED sub-event type.

The lexicon (vigil/data/events.yaml) names signal classes: protest, symbolic, arson, riot, clash,
intervention, lethal, mob, airstrike, shelling, ied, grenade, suicide, chemical, attack, abduction,
sexual, arrest, execution, territory_*, destruction, weapons_disrupted, agreement, hq, transfer,
change_group, other. The facts come from facts.py.
``classify`` decides, in this order (the first rule that fires wins):

1. weapons seized, defused or shot down with nobody hurt and no fight: disrupted weapons use.
2. suicide (unless the bombers were the ones killed), chemical, air/drone strike: the weapon.
3. a protest (protest words; a crowd with weak protest words and no violence; a strong symbolic
   act; armed men blocking a road are none): violence *by* the crowd makes a violent
   demonstration; lethal force against it excessive force; dispersal, tear gas or arrests a
   protest with intervention; else peaceful.
4. a crowd blocking a road with burning tyres or barricades: a violent demonstration (a blockade by
   demonstrators); mob words; rioters; a crowd stoning people; crude bombs and petrol bombs of
   people who are no armed group: mob violence (ACLED's riots outside a demonstration).
5. territory taken with a place as object: the taker decides (state: government regains; a
   non-state group: non-state actor overtakes).
6. explosives and fire from afar: IEDs; two-way fire, or fire with small arms, an armed clash
   (between unarmed crowds, mob violence); heavy weapons fired one way, shelling; grenades.
7. fire aimed at armed men; sexual violence, abduction (not when the victim is found dead),
   attacks and executions: an attack on armed men (not off duty) is a clash, beatings by a
   group of people with no guns are mob violence, the rest attacks; a death or torture in the
   state's custody, and a beating to death by state forces or another armed group, are attacks.
8. arrests (by an armed group: abductions), released prisoners (other), property destruction,
   disrupted weapons, agreements, bases established, territory handed over, changes to a group.
"""
from __future__ import annotations

from typing import Optional

from .facts import Facts
from .nonevents import CEREMONY_ASIDES, ceremonial, no_event, sporting, waiting_kin  # noqa: F401 (no_event: read through here)
from .protest import STRONG_PROTEST_WORDS, is_protest, protest_subtype
from .signals import Signals, cue
from .doers import (armed_beating, crowd_doers, crowd_torching, crowd_wrecking, displaced_by_named_fight,
                    forces_brawl, live_guns, looting_band, nameless_armed, nameless_beating, nameless_takers,
                    nonstate_detainer, unarmed_group)

NONE = "none"  # the learned model's label for "no political event" (CODEBOOK 1)

WEAK_ATTACK = cue("weak_attack")
MOB_ACTS = cue("mob_acts")
BRAWLS = cue("brawls")


STRONG_IED = cue("strong_ied")
STRONG_CLASH = cue("strong_clash")
DIRECT_FIRE = cue("direct_fire")
FIRE_AT = cue("fire_at")
STONES = cue("stones")
THROWN = cue("thrown")
TYRES = cue("tyres")
STREET_VIOLENCE = cue("street_violence")
GRIEVANCE = cue("grievance")
BLOCKADE_RIOT = cue("blockade_riot")
MOB_CROWD = cue("mob_crowd")
RIOT_BOMBS = cue("riot_bombs")
RIOT_NAMED = cue("riot_named")
SMALL_ARMS = cue("small_arms")
HEAVY_FIRE = cue("heavy_fire")


def remote_subtype(s: Signals, f: Facts) -> Optional[str]:
    """Explosives and fire from a distance. ACLED codes fire that involves small arms, or goes both
    ways, as an armed clash; heavy weapons fired at a position or an area with no exchange (mortars,
    heavy machine guns, grenade launchers) as shelling."""
    if s.has("ied", STRONG_IED):
        return "Remote explosive/landmine/IED"
    if s.only("clash", RAID_WORDS | DIRECT_FIRE | FIRE_AT) and s.has("clash", RAID_WORDS) and unopposed(f) and (
            f.victims_civilian or f.property_target):
        return None  # "killed 3 civilians during an incursion": a raid on the unarmed, not a fight
    if f.fired_at_home and unopposed(f) and not s.has("clash", STRONG_CLASH) and not (f.victims_armed or f.armed_victim):
        return "Attack"  # CODEBOOK 7: "gunmen fired shots at the house of a witness": no armed man fires back
    if s.has("shelling") and shelled_civilians(f):
        return "Shelling/artillery/missile attack"  # "children were killed when shells hit ..., as fighting flared"
    if s.has("clash", STRONG_CLASH):
        return clash_subtype(f, s)
    if s.has("clash", SMALL_ARMS) and not f.victims_civilian:
        return "Armed clash"
    if s.has("shelling") or (s.has("clash", HEAVY_FIRE) and not f.victims_civilian):
        return "Shelling/artillery/missile attack"
    if s.has("clash", DIRECT_FIRE) and not f.victims_civilian:
        return "Armed clash"
    if s.has("grenade"):
        return "Grenade"
    if s.has("ied"):  # "an explosion hit a market", "a blast near the checkpoint": no gun fired from
        return "Remote explosive/landmine/IED"  # afar is named (CODEBOOK 6 keeps shelling for those)
    return None


RAID_WORDS = cue("raid_words")


def shelled_civilians(f: Facts) -> bool:
    """Shells or rockets killed or hurt civilians and no armed actor is named in the draft: CODEBOOK 6
    codes the weapon fired from afar whatever the victim, so fighting told around it ("as fighting
    flared on the front lines") makes no armed clash of the shelling."""
    return f.victims_civilian and bool(f.deaths or f.injuries) and not (f.armed or f.victims_armed or f.armed_victim)


def unopposed(f: Facts) -> bool:
    """No armed actor on the receiving end: nobody to fight back."""
    others = [m for m, r in f.mentions if m.entries[0].armed and r not in ("agent", "source", "aim")]  # "ADF
    # rebels": one doer; "police said": who tells of the fire takes no part in it
    return not (f.victims_armed or others or f.armed_pair or f.two_sided)


TWO_WAY_FIRE = cue("two_way_fire")


def clash_subtype(f: Facts, s: Optional[Signals] = None) -> str:
    """Who fought: an organised armed group, or two armed actors (armed clash); unarmed crowds,
    among themselves or against the police, outside a demonstration (mob violence)."""
    armed = {m.entries[0].canonical for m, _ in f.mentions if m.entries[0].armed}
    if f.armed_pair and not armed and not f.guns and (
            f.crowd or f.mob_agent):
        return "Mob violence"  # "two groups of villagers clashed": a name the dictionary lacks is no armed group
    state_only = bool(armed) and all(m.entries[0].inter == 1 for m, _ in f.mentions if m.entries[0].armed)
    two_way = s is not None and s.has("clash", TWO_WAY_FIRE)
    if s is not None and s.has("riot", THROWN) and not live_guns(f) and not two_way and not f.armed_pair:
        return "Mob violence"  # bricks and stones against blanks: a riot, whoever threw them
    crowds_both = any(r == "agent" and m.entries[0].crowd for m, r in f.mentions) and any(
        r == "patient" and m.entries[0].crowd for m, r in f.mentions)  # "villagers clashed with villagers"
    if state_only and (len(armed) == 1 or crowds_both) and not (f.armed_other or f.armed_pair or two_way) and (
            f.crowd_agent or (f.mob_agent and not live_guns(f)) or (s is not None and s.has("intervention"))):
        return "Mob violence"  # locals clash with the police, who fire tear gas: rioters, not an armed group
    if f.armed_other or len(armed) >= 2 or f.armed_pair:
        return "Armed clash"
    if f.displaced and not (f.rioters or f.mob_agent or f.crowd_agent or any(
            r == "agent" and m.entries[0].inter in (5, 6) for m, r in f.mentions)):
        return "Armed clash"  # "fighting forced 500 villagers to flee": who fled did not fight (CODEBOOK 5;
        # roles: people who flee are civilians), and no crowd is said to
    if two_way and live_guns(f) and not (f.crowd or f.rioters or f.crowd_agent):
        return "Armed clash"  # unnamed men trading gunfire (with soldiers): men who shoot back are armed (CODEBOOK 5)
    crowds = f.crowd or f.rioters or f.mob_agent or unarmed_group(f)
    return "Mob violence" if crowds else "Armed clash"


TAKE_GOV = cue("take_gov")
TAKE = cue("take")
FALL = cue("fall")
TAKE_FROM = cue("take_from")
TAKE_NONSTATE = cue("take_nonstate")


def violent(s: Signals, f: Facts) -> bool:
    return bool(f.deaths or f.injuries or any(s.has(c) for c in (
        "clash", "attack", "shelling", "airstrike", "ied", "grenade", "suicide", "mob", "riot")))


def territory_subtype(s: Signals, f: Facts) -> Optional[str]:
    """Territory taken, whoever took it decides the sub-type (ACLED codes the change of hands over
    the fighting that brought it)."""
    taken = (s.has("territory_gov", TAKE_GOV) or s.has("territory_nonstate", TAKE | FALL) or (
        s.has("territory_gov", TAKE_FROM) and f.victims_armed)) and f.territory
    # an armed group that seizes or occupies a place takes it ("militants seized the town", "the rebels
    # occupied the village"); state forces that seize or occupy a building take no territory
    # who takes it: the subject of the taking word where the draft names one (CODEBOOK 5: "al-Shabaab
    # overran an army base; 5 soldiers killed" is the group's gain, however the soldiers are parsed), a
    # foreign state's forces as a non-state actor; else whoever acts in the draft
    state, other = (1 in f.takers, bool(f.takers & {2, 3, 4, 8})) if f.takers else (f.state_agent, f.nonstate_agent)
    seized = taken or (s.has("territory_nonstate", TAKE_NONSTATE) and f.territory and other and not (
        state or f.state_agent))
    if seized and not (violent(s, f) or f.fought or s.has("territory_nonstate", {"overrun"})) and other and not (
            state or f.state_agent):
        return "Non-violent transfer of territory"  # taken without a fight ("overran" tells of one)
    if taken and state and not s.has("arrest"):
        return "Government regains territory"  # "government forces and allied fighters took control of ..."
    if seized and other and not s.has("arrest"):
        return "Non-state actor overtakes territory"
    if not taken and f.tried_taking and (f.nonstate_agent or f.state_agent) and not s.has("arrest"):
        return "Armed clash"  # CODEBOOK 5: "tried to seize the town from the army": an attack fought off, no change
    return None


def fire_subtype(s: Signals, f: Facts) -> Optional[str]:
    if s.has("clash", FIRE_AT | {"attack position", "assault"}) or s.has("attack", {"attack", "open fire", "shoot"}):
        if f.victims_armed and not (f.victims_civilian or f.off_duty) and not (
                crowd_doers(f) and not f.guns):
            return "Armed clash"
    return None


DISRUPT_VERBS = cue("disrupt_verbs")
DISRUPT_ALONE = cue("disrupt_alone")
NOT_WEAPON = cue("not_weapon")
DEFUSE_VERBS = cue("defuse_verbs")


def disrupted(s: Signals, f: Facts) -> bool:
    """Weapons seized, defused, found or shot down, nobody hurt: disrupted weapons use."""
    if f.premature and not s.has("clash", STRONG_CLASH) or f.dud and not (f.deaths or f.injuries):
        return True  # CODEBOOK 8, an attack foiled: the bomb went off in its planters' hands, or not at all
    got = s.by_class.get("weapons_disrupted", set())
    if not got or f.deaths or f.injuries or s.has("clash", STRONG_CLASH):
        return False  # weapons taken in a fight belong to the fight
    if got & DEFUSE_VERBS and not f.went_off:
        return True  # "defused a booby-trapped car before it exploded": the device, whatever its words
    if s.has("riot", RIOT_BOMBS) and (s.has("ied", {"explode", "explosion", "blast", "detonate"}) or s.has(
            "riot", {"hurl", "pelt"}) or s.has("attack", {"attack", "target", "targeted"}) or f.mob_agent):
        return False  # crude or petrol bombs thrown and gone off: used, even if more were found unexploded
    if s.has("protest", STRONG_PROTEST_WORDS) and s.has("riot"):
        return False  # demonstrators who storm a jail and loot its guns, or set off a bomb: a riot
    if got & DISRUPT_ALONE:
        return True
    weapons = got - NOT_WEAPON
    return bool(weapons) and bool(got & DISRUPT_VERBS or ("detonate" in got and f.state_agent))


SURRENDER = cue("surrender")
HANDED_IN = ("shelling", "grenade", "ied", "weapons_disrupted")  # the weapons a surrender hands in
HURT_PEOPLE = cue("hurt_people")
HURT_ONLY = cue("hurt_only")


def toll_only(s: Signals, f: Facts) -> bool:
    """The draft only says that people were hurt ("three officers were slightly injured", "a
    dozen were wounded"), with no doer, weapon, death or act of its own: a toll of the event told
    around it (CODEBOOK: injuries in a riot are part of the riot), which opens no event itself."""
    return (s.only("attack", HURT_ONLY) and set(s.by_class) <= {"attack", "change_group"} and not (
        f.deaths or f.guns or any(r == "agent" for _, r in f.mentions)))


def harm_subtype(s: Signals, f: Facts) -> Optional[str]:
    if s.has("sexual"):
        return "Sexual violence"
    if s.has("abduction") and not s.only("abduction", {"seize", "disappear"} | STATE_TAKING) and not f.tried and not (
            f.deaths or s.has("attack", {"found dead", "body", "corpse", "dead body", "kill"})):
        return "Abduction/forced disappearance"
    if f.execution:  # CODEBOOK 7: a person put to death, by the state or an armed group, is an attack
        return "Attack"
    if f.custody and (f.deaths or f.injuries or s.has("attack")):
        return "Attack"  # CODEBOOK 7: killed, tortured or beaten in custody, by the forces holding him
    if (f.property_target or f.arson_property or s.has("arson", {"arson"})) and not (
            f.deaths or f.injuries or s.has("attack", HURT_PEOPLE)):
        return None  # "an arson attack on a shopping mall", nobody hurt: the property's destruction
    if s.strong("attack", WEAK_ATTACK) or (s.has("attack") and (f.deaths or f.injuries)):
        if nameless_beating(s, f) or (crowd_doers(f) and not f.guns) or looting_band(s, f):
            return "Mob violence"  # "locals beat two suspected robbers to death", "villagers attacked a police team"
        if f.armed_victim and not (f.mob_agent or f.melee_group) or (
                f.victims_armed and not (f.victims_civilian or f.off_duty)):
            return "Armed clash"
        if (f.mob_agent or f.melee_group) and not live_guns(f) and not f.operation:
            return "Mob violence"  # a crowd beats or hacks; men who shoot are an armed group
        return "Attack"
    return None


HQ_ALONE, STATE_TAKING = cue("hq_alone"), cue("state_taking")
FORCED_INTO = cue("forced_into")
LEFT_PLACE = cue("left_place")
EXCHANGE = cue("exchange")
def strategic_subtype(s: Signals, f: Facts) -> Optional[str]:
    if s.only("abduction", STATE_TAKING) and not (s.has("arrest") or f.state_agent or f.deaths) and nameless_takers(
            f, s.has("abduction", FORCED_INTO)):
        return "Abduction/forced disappearance"  # CODEBOOK 7: "men in plain clothes bundled him into a car"
    if s.has("arrest", {"arrest", "detain", "detention", "take into custody", "taken into custody",
                        "apprehend", "nab", "round up", "custody"}) or (  # CODEBOOK 8: "police picked up a union
            s.only("abduction", STATE_TAKING) and f.state_agent and not f.deaths):  # organiser", "took him away"
        if f.nonstate_agent or (f.armed_other and not f.state) or nonstate_detainer(f):
            return "Abduction/forced disappearance"  # an armed group that "arrests" abducts (CODEBOOK 7)
        if not crowd_torching(f):
            return "Arrests"
    if s.has("destruction") or f.arson_property or f.property_target or s.has(
            "riot", {"vandalize", "vandalise", "ransack", "loot"}):
        if f.mob_agent and not s.has("attack", {"shoot", "open fire", "shoot dead"}):
            return "Mob violence"
        if crowd_wrecking(s, f):
            return "Mob violence"  # a crowd or unnamed people vandalise or torch a house: a riot
        return "Looting/property destruction"
    if s.has("other", {"release", "released"}) and f.prisoners and not s.has("agreement", EXCHANGE):
        return "Other"  # prisoners freed, no exchange agreed: ACLED's non-violent activity
    if s.has("weapons_disrupted", {"defuse", "defused", "seize weapon", "seize weapons", "arms cache",
                                   "weapons cache", "weapon cache", "ammunition cache", "dismantle", "intercept",
                                   "shoot down", "shot down", "down a drone", "bomb disposal", "confiscate weapon",
                                   "confiscate weapons", "recover weapon", "recover weapons", "seize ammunition",
                                   "seize explosive", "seize explosives", "neutralize", "neutralise"}):
        return "Disrupted weapons use"
    if s.has("agreement", SURRENDER) and (f.armed_other or f.nonstate_agent) and not (f.deaths or f.injuries):
        return "Agreement"  # CODEBOOK 8: fighters of an armed group who give themselves up to the other side
    if s.has("agreement", {"agreement", "peace deal", "ceasefire", "cease-fire", "truce", "accord", "pact",
                           "peace pact", "prisoner exchange", "prisoner swap", "exchange prisoner", "exchange prisoners"}):
        return "Agreement"
    if (s.has("hq", HQ_ALONE) or (s.has("hq") and f.establish)) and (f.armed or not f.mentions):
        return "Headquarters or base established"  # CODEBOOK 8: a conflict actor's base; aid agencies' camps are none
    if s.has("transfer", {"withdraw", "withdrawal", "hand over", "handover", "handed over", "pull out",
                          "cede", "relinquish", "transfer control", "transfer of control"}) and (f.ceded or f.territory):
        return "Non-violent transfer of territory"
    if s.has("transfer", LEFT_PLACE) and f.ceded and f.armed and (s.has("transfer", {"hand ... over"}) or (
            f.armed_other or f.victims_armed)) and not violent(s, f):
        return "Non-violent transfer of territory"  # CODEBOOK 8: "the contingent handed its camp over to local
        # troops", "soldiers vacated the post; the rebels moved in": a place one armed force leaves to another
        # with no fight (a force that leaves its barracks to deploy hands nothing over)
    return None


def classify(s: Signals, f: Facts) -> Optional[str]:
    """The ACLED sub-event type for these signals and facts (see the module docstring), or None."""
    if sporting(f):
        return None   # before any weapon or agreement word: "the champions shot down their rivals' hopes"
    if disrupted(s, f):
        return "Disrupted weapons use"
    if s.has("agreement", SURRENDER) and any(s.has(c) for c in HANDED_IN) and not (
            f.deaths or f.injuries or s.has("clash", STRONG_CLASH)):
        return "Agreement"  # CODEBOOK 8: "militants surrendered and handed over mortars": no weapon was fired
    if toll_only(s, f):
        return None
    if ceremonial(s, f) and set(s.by_class) <= CEREMONY_ASIDES or no_event(s, f):
        return None   # a ceremony's parade, with at most shots heard or a move told beside it: no event
    if s.has("suicide") and not f.bomber_hit:
        return "Suicide bomb"
    if s.has("chemical"):
        return "Chemical weapon"
    if s.has("airstrike") and not s.only("airstrike", {"jet", "aircraft", "drone", "uav", "air force",
                                                         "airforce", "bomber", "sortie", "air support"}):
        return "Air/drone strike"
    named_only = s.only("airstrike", {"air force", "airforce", "bomber", "sortie", "air support"}) and (
        live_guns(f) or s.has("suicide"))  # "gunmen shot a member of the Air Force Intelligence"; "suicide bombers"
    if s.has("airstrike") and not s.has("shelling") and (s.has("ied") or s.has("attack") or s.has(
            "airstrike", {"target", "targeted"})) and not s.has("clash", STRONG_CLASH) and not named_only:
        return "Air/drone strike"
    if f.halted_protest and not violent(s, f) and not s.has("riot") and not s.has("intervention"):
        return "Change to group/activity"  # CODEBOOK 8: "the union called off its strike": no demonstration
    armed_doer = f.protest_doer_armed
    if armed_doer is None:
        armed_doer = (f.nonstate_agent or f.state_agent) and not f.crowd_agent
    setting = f.protest_setting and any(s.has(c) for c in ("attack", "mob", "riot", "clash", "arson"))
    if not setting and is_protest(s, f.crowd or f.mob_agent, f.arson_symbolic,  # "former army officers gathered"
                                  armed_doer and not f.off_duty) and not ceremonial(s, f) and not waiting_kin(s, f):
        return protest_subtype(s, f)
    if (f.crowd or f.crowd_agent) and s.has("riot", THROWN | TYRES | {"vandalize", "vandalise"}) and s.has(
            "protest", GRIEVANCE) and not (f.armed_other or s.has("mob", {"lynch", "lynching", "mob justice"})):
        return "Violent demonstration"  # "migrants pelted stones at the police, demanding to go home"
    if (s.has("mob", BRAWLS) or s.has("clash", BRAWLS)) and forces_brawl(f):
        return "Armed clash"   # soldiers and police who fight each other with fists or sticks: no mob
    if (f.crowd or f.mob_agent or f.rioters) and s.has("riot", BLOCKADE_RIOT) and not (
            f.armed_other or s.has("mob", MOB_CROWD)):
        return "Violent demonstration"  # CODEBOOK 3: "youths set up burning barricades and stoned the police":
        # a road blocked with burning tyres is a blockade by demonstrators, not a mob outside any demonstration
    if s.has("mob", MOB_ACTS) or (f.crowd_agent and s.has("mob")):
        if s.has("sexual") and f.sexual_act:
            return "Sexual violence"  # CODEBOOK 7: rape is coded by the act, a mob's too (not its accusation)
        if armed_beating(s, f):
            return "Attack"  # CODEBOOK 7, not 4: "beaten to death by soldiers" is no mob's deed
        return "Mob violence"
    if f.rioters and (s.has("riot") or s.has("arson") or s.has("clash")) and not f.armed_other:
        return "Violent demonstration"
    if f.inmates and s.has("riot", RIOT_NAMED) and not f.armed_other:
        return "Violent demonstration"  # CODEBOOK, Riots: "inmates rioted, taking guards hostage": a riot by
        # those held, to press a demand, not the abduction, arson or arrest words around it
    if (f.crowd_agent or f.mob_agent or nameless_armed(f)) and s.has("riot", STREET_VIOLENCE) and (
            not f.armed_other or nameless_armed(f)):
        return "Mob violence"  # a crowd stoning the police or a house, outside any demonstration
    if s.has("riot", RIOT_BOMBS) and not s.has("ied", STRONG_IED) and (not f.armed_other or nameless_armed(f)) \
            and (not f.state_agent or f.mob_agent or nameless_armed(f)):
        return "Mob violence"  # crude, cocktail or petrol bombs thrown by party men or a crowd
    if crowd_wrecking(s, f) and (f.mob_agent or nameless_armed(f)):
        return "Mob violence"  # a crowd vandalises or torches houses: not the arrests or weapons around it
    if f.displaced and not (f.deaths or f.injuries or s.has("arrest") or s.has("destruction") or f.property_target) and (
            f.harm_named_only) and not displaced_by_named_fight(s, f):
        return "Other"  # "fighting forced 500 villagers to flee": the displacement; the fighting is its own event
    if f.barred and f.armed and not (f.deaths or f.injuries or f.clash or live_guns(f) or any(s.has(c) for c in (
            "attack", "shelling", "airstrike", "ied", "grenade", "arrest", "abduction"))):
        return "Other"  # CODEBOOK 8: "troops prevented the rival force's patrol from entering the town"
    for rule in (territory_subtype, remote_subtype, fire_subtype, harm_subtype, strategic_subtype):
        sub = rule(s, f)
        if sub:
            return sub
    if s.has("lethal") and s.has("intervention") and not (s.has("riot") or f.rioters or f.armed_other):
        return "Excessive force against protesters"  # CODEBOOK 3: "police fired tear gas to disperse them, then
        # live rounds", told apart from the gathering it broke up: live fire on a crowd
    if s.has("riot") and (f.crowd or s.has("riot", {"riot", "rioter", "rioting"})):
        return "Violent demonstration"
    if s.has("change_group") or s.has("weapons_disrupted") or s.has("agreement") or s.has("transfer"):
        return "Change to group/activity"
    if s.has("other") or s.has("attack"):
        return "Other"
    return None


# The codebook fixes these outright (CODEBOOK 3, 6): when the rules find one, it stands whatever
# the learned model says. Lethal force against a demonstration is excessive force; a suicide
# bomber makes a suicide bomb; a chemical agent used as a weapon is a chemical weapon.
CODEBOOK_FINAL = {"Excessive force against protesters", "Suicide bomb", "Chemical weapon"}
# What the learned model decides (learned.TwoStage; measured in corpus/events/DATASHEET.md):
# - whether a draft is a political event at all (CODEBOOK 1: disasters, accidents, crime, sport,
#   figurative words are out of scope): its event-vs-none stage, P(none) over NOT_AN_EVENT;
# - the sub-type, where the codebook leaves room: the model's sub-type replaces the rules' one
#   when the model, given an event, is at least TAKE_OVER sure of its own and gives the rules'
#   one at most DOUBT (where both are plausible the rules stand: on ACLED notes they are tuned);
# - the sub-type of a draft the rules leave uncoded, at P(label) of at least FILL_IN.
NOT_AN_EVENT = 0.5
TAKE_OVER = 0.5
DOUBT = 0.2
FILL_IN = 0.7


def explicit(rule_sub: Optional[str], f: Facts) -> bool:
    """The rules' sub-type is the codebook's own call, not a judgement the model may override:
    the CODEBOOK_FINAL types, and a clash between armed men (CODEBOOK 5: armed, organised groups
    on both sides, "an attack on a military post"; killing a soldier on duty is no Attack, which
    CODEBOOK 7 keeps for unarmed people), a strike from afar with no fighting back (CODEBOOK 6), a
    demonstration whose own people clashed, set fire to property or hurt someone (CODEBOOK 3: a
    violent demonstration, even where the police then fired and killed: no excessive force against
    peaceful protesters), and
    people with no armed, organised group among them who fight or wreck (CODEBOOK 4: mob violence,
    not a clash nor an armed group's looting), nameless attackers with no guns who hurt someone
    included ("unknown persons stabbed him after an altercation": no organised group is known
    behind it); a place taken with no fight, no one killed or hurt (CODEBOOK 5 and 8: territory
    changes hands "by the fighting" only where there was fighting; without it, a non-violent
    transfer); a place taken by the fighting where the taking word's subject says who took it
    (CODEBOOK 5: the state regains, a non-state group overtakes; the model may not give the place
    to the other side); and a draft whose suicide bombers were killed by others (CODEBOOK 6: a suicide bomb
    is one where the attacker dies by the attack on purpose; bombers shot before they blew
    themselves up make no suicide bomb, whatever the words "suicide bomber" suggest)."""
    if rule_sub in CODEBOOK_FINAL:
        return True
    if f.bomber_hit:
        return True
    if rule_sub == "Disrupted weapons use" and (f.premature or f.dud):
        return True  # CODEBOOK 8, an attack foiled: a bomb gone off in its planters' hands, or not at all
    if rule_sub == "Non-violent transfer of territory":
        return not (f.deaths or f.injuries or f.clash or f.two_sided)
    if rule_sub in ("Government regains territory", "Non-state actor overtakes territory"):
        return bool(f.takers)  # CODEBOOK 5: who took the place, read from the taking word's subject, decides
    if rule_sub in ("Shelling/artillery/missile attack", "Air/drone strike"):
        return not (f.two_sided or f.clash)  # CODEBOOK 6: fired from afar, one way, the target cannot answer
    if rule_sub == "Violent demonstration":  # CODEBOOK 3: the demonstrators fought, burned or hurt someone
        return f.clash or f.arson_property or "crowd" in f.harm_doers  # whatever the police did back
    if rule_sub == "Mob violence":  # CODEBOOK 4, not 5 nor 7: no armed, organised group known among the doers
        return f.mob_agent or f.melee_group or not (f.state_agent or f.nonstate_agent) or (
            nameless_armed(f) and (f.deaths or f.injuries))  # property alone: looting/destruction (CODEBOOK 8)
    return rule_sub == "Armed clash" and (f.armed_victim or f.victims_armed or f.two_sided)


def in_scope(f: Facts) -> bool:
    """CODEBOOK 1-2: armed, organised men (rebels, militias, gangs and cartels, "gunmen") who kill
    or wound people are in scope whatever the words around them; only crime with no armed group
    (a domestic murder, a robbery) is out. The model's "no political event" cannot drop them."""
    return f.nonstate_agent and (f.deaths or f.injuries)


def decide(rule_sub: Optional[str], probs: Optional[dict], final: bool = False, scope: bool = False) -> tuple:
    """(sub-event type or None, P(political event) or None) for one draft: see the constants above;
    ``final``: the rules' sub-type is the codebook's explicit call (``explicit``: the model may not
    change it, though it may still find the draft out of scope); ``scope``: the codebook puts the
    draft in scope (``in_scope``: the model may not drop it)."""
    if probs is None:
        return rule_sub, None
    p_none = probs.get(NONE, 0.0)
    p_event = 1.0 - p_none
    if rule_sub is not None:
        if rule_sub in CODEBOOK_FINAL:
            return rule_sub, p_event
        if p_none > NOT_AN_EVENT and not scope:
            return None, p_event  # out of scope: "the two clubs clashed" is no clash, however two-sided
        if final:
            return rule_sub, p_event
        given = {k: v / (p_event or 1.0) for k, v in probs.items() if k != NONE}
        best = max(given, key=given.get)
        if given[best] >= TAKE_OVER and given.get(rule_sub, 0.0) <= DOUBT:
            return best, p_event
        return rule_sub, p_event
    label = max(probs, key=probs.get)
    if label == NONE or probs[label] < FILL_IN:
        return None, p_event
    return label, p_event
