"""Drafts the codebook itself calls no event, though they carry event words: a march held for a
ceremony or a feast, relatives waiting for news, a sound heard with no doer, teams in a match
(CODEBOOK 1 and 3). Read by ``classify``."""
from __future__ import annotations

from .facts import Facts
from .signals import Signals, cue

CEREMONY_MARCHES = cue("ceremony_marches")
KIN_GATHERINGS = cue("kin_gatherings")
# Signal classes a ceremony's draft may carry beside its march and still be no event (classify).
CEREMONY_ASIDES = frozenset({"protest", "other", "change_group"})
# Agreement words of forces at war, which two states may make too (nonevents.diplomacy keeps them).
FIGHTERS_AGREE = cue("fighters_agree")


def ceremonial(s: Signals, f: Facts) -> bool:
    """A march or a procession held for a ceremony, a festival or a religious feast ("schoolchildren
    marched past officials at the Independence Day ceremony", "pilgrims carried the statue in a
    procession"): no demonstration, which is a gathering to make a demand or a point (CODEBOOK 3), so
    no protest. Any word of demand or grievance ("demanding", "protest", a banner) keeps it one."""
    return f.ceremony and s.only("protest", CEREMONY_MARCHES) and not s.has("symbolic")


def sporting(f: Facts) -> bool:
    """Teams in a sporting contest ("Arsenal clashed with Chelsea in a tense match", "the champions
    attacked from the first whistle"): no political event (CODEBOOK 1: sport is out of scope). Only
    where no actor is named and nobody is hurt: fans or police who fight at a match are a riot."""
    return f.sport and not f.mentions and not (f.deaths or f.injuries)


def waiting_kin(s: Signals, f: Facts) -> bool:
    """Relatives of the kidnapped, the missing or the dead gathered ("families of the abducted
    engineers gathered at the church"), with no word of demand: no demonstration (CODEBOOK 3: a
    public gathering to make a demand or a point), so no protest; "demanding", a march or a banner
    keep it one."""
    return f.kin_gathered and s.only("protest", KIN_GATHERINGS) and not s.has("symbolic")


def forces_parade(s: Signals, f: Facts) -> bool:
    """Troops or police who march in a parade ("soldiers paraded through the capital to mark Army
    Day", "the annual military parade"): a ceremony, no demonstration (CODEBOOK 3: a gathering to
    make a demand or a point) and no move in a conflict (CODEBOOK 8 keeps deployments and operations,
    which name where forces go to fight or guard). Only the state's forces, with no other word."""
    doers = [m.entries[0] for m, r in f.mentions if r != "source"]  # the parser may read "paraded" as passive
    words = s.by_class.get("protest", set()) | s.by_class.get("change_group", set())
    return bool(doers) and all(e.inter == 1 for e in doers) and set(s.by_class) <= {"protest", "change_group"} and (
        "parade" in words) and words <= CEREMONY_MARCHES and not (f.deaths or f.injuries)


def diplomacy(s: Signals, f: Facts) -> bool:
    """An agreement signed or reached by two or more states, no armed group among its parties ("the
    governments of Ethiopia and Eritrea signed a declaration", "Chad and Sudan signed a peace deal"):
    CODEBOOK 8 codes agreements between conflict actors, not diplomacy between governments. A ceasefire,
    a truce, a surrender or a prisoner exchange is an act between forces at war and stays."""
    return f.interstate and not (f.armed_other or f.deaths or f.injuries) and "agreement" in s.by_class \
        and set(s.by_class) <= CEREMONY_ASIDES | {"agreement"} and not s.has("agreement", FIGHTERS_AGREE)


EXERCISES = cue("exercises")


def forces_exercise(s: Signals, f: Facts) -> bool:
    """State forces who hold a military exercise or drill ("troops held live-fire drills near the border",
    "the army conducted a military exercise in the desert"): a routine of their own, no move in a conflict
    (CODEBOOK 8 lists troop deployments and non-violent operations, which name where forces go to fight or
    guard; a deployment, a patrol or an operation word keeps the event). Only the state's forces as doers,
    with no other word and no one hurt."""
    doers = [m.entries[0] for m, r in f.mentions if r != "source"]
    return bool(doers) and all(e.inter in (1, 8) for e in doers) and set(s.by_class) == {"change_group"} and (
        s.only("change_group", EXERCISES)) and not (f.deaths or f.injuries)


CHAMBER_ACTS = cue("chamber_acts")


def chamber_walkout(s: Signals, f: Facts) -> bool:
    """Legislators who walk out of a chamber or boycott its sitting ("opposition MPs walked out of
    parliament in protest at the bill", "lawmakers boycotted the session"): a political act inside an
    institution, not a public gathering, so no demonstration and no protest (CODEBOOK 3). Only the
    acts of the chamber itself (walking out, boycotting, shouting slogans, a placard held up): a march or a
    rally outside makes it a protest."""
    return f.left_chamber and s.only("protest", CHAMBER_ACTS) and set(s.by_class) <= CEREMONY_ASIDES | {"strike", "symbolic"} \
        and not (f.deaths or f.injuries)


def no_event(s: Signals, f: Facts) -> bool:
    """The codebook's own "no event", which the learned model may not fill in: relatives gathered
    with no demand (``waiting_kin``, with at most a move told beside it), a sound heard with no
    doer, no target and no one hurt ("gunfire was heard": CODEBOOK 5 and 7 need someone who fights
    or attacks someone), teams in a match (``sporting``, CODEBOOK 1), or forces on parade
    (``forces_parade``) or at an exercise (``forces_exercise``), or states that agree (``diplomacy``),
    or legislators who leave their chamber (``chamber_walkout``)."""
    return (waiting_kin(s, f) and set(s.by_class) <= CEREMONY_ASIDES) or (
        f.heard_only and not (f.deaths or f.injuries or f.armed)) or sporting(f) or forces_parade(s, f) or (
        forces_exercise(s, f)) or (
        diplomacy(s, f)) or chamber_walkout(s, f)
