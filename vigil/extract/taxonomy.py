"""ACLED's event types and sub-event types, and the PLOVER type and mode for each.

One table, ``SUBTYPES``, maps every ACLED sub-event type to its event type and
to the nearest PLOVER (type, mode). The PLOVER mode of a few sub-types depends
on what happened (a peaceful protest is ``demo`` but a hunger strike is
``strike-hun``); ``plover_for`` takes an optional mode hint for that.

    ACLED type / sub-type                         PLOVER type  mode
    Battles / Armed clash                         FIGHT        small-arms
    Battles / Government regains territory        FIGHT        occupy
    Battles / Non-state actor overtakes territory FIGHT        occupy
    Explosions / Chemical weapon                  ASSAULT      chemical
    Explosions / Air/drone strike                 FIGHT        aerial
    Explosions / Suicide bomb                     ASSAULT      suicide-attack
    Explosions / Shelling/artillery/missile       FIGHT        artillery
    Explosions / Remote explosive/landmine/IED    ASSAULT      explosives
    Explosions / Grenade                          ASSAULT      explosives
    VAC / Sexual violence                         ASSAULT      sexual
    VAC / Attack                                  ASSAULT      firearms (beat, assassinate ... by hint)
    VAC / Abduction/forced disappearance          ASSAULT      abduct
    Protests / Peaceful protest                   PROTEST      demo
    Protests / Protest with intervention          PROTEST      demo  (the state's side is COERCE)
    Protests / Excessive force against protesters ASSAULT      firearms
    Riots / Violent demonstration                 PROTEST      riot
    Riots / Mob violence                          ASSAULT      beat
    SD / Agreement                                AGREE        (none)
    SD / Arrests                                  COERCE       arrest
    SD / Change to group/activity                 MOBILIZE     (none)
    SD / Disrupted weapons use                    COERCE       seize
    SD / Headquarters or base established         MOBILIZE     (none)
    SD / Looting/property destruction             COERCE       destroy
    SD / Non-violent transfer of territory        RETREAT      (none)
    SD / Other                                    OTHER        (none)
"""
from __future__ import annotations

from typing import Optional

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
EVENT_TYPES = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)

# sub-event type -> (event type, PLOVER type, PLOVER mode)
SUBTYPES = {
    "Armed clash": (BATTLES, "FIGHT", "small-arms"),
    "Government regains territory": (BATTLES, "FIGHT", "occupy"),
    "Non-state actor overtakes territory": (BATTLES, "FIGHT", "occupy"),
    "Chemical weapon": (EXPLOSIONS, "ASSAULT", "chemical"),
    "Air/drone strike": (EXPLOSIONS, "FIGHT", "aerial"),
    "Suicide bomb": (EXPLOSIONS, "ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": (EXPLOSIONS, "FIGHT", "artillery"),
    "Remote explosive/landmine/IED": (EXPLOSIONS, "ASSAULT", "explosives"),
    "Grenade": (EXPLOSIONS, "ASSAULT", "explosives"),
    "Sexual violence": (VAC, "ASSAULT", "sexual"),
    "Attack": (VAC, "ASSAULT", "firearms"),
    "Abduction/forced disappearance": (VAC, "ASSAULT", "abduct"),
    "Peaceful protest": (PROTESTS, "PROTEST", "demo"),
    "Protest with intervention": (PROTESTS, "PROTEST", "demo"),
    "Excessive force against protesters": (PROTESTS, "ASSAULT", "firearms"),
    "Violent demonstration": (RIOTS, "PROTEST", "riot"),
    "Mob violence": (RIOTS, "ASSAULT", "beat"),
    "Agreement": (STRATEGIC, "AGREE", None),
    "Arrests": (STRATEGIC, "COERCE", "arrest"),
    "Change to group/activity": (STRATEGIC, "MOBILIZE", None),
    "Disrupted weapons use": (STRATEGIC, "COERCE", "seize"),
    "Headquarters or base established": (STRATEGIC, "MOBILIZE", None),
    "Looting/property destruction": (STRATEGIC, "COERCE", "destroy"),
    "Non-violent transfer of territory": (STRATEGIC, "RETREAT", None),
    "Other": (STRATEGIC, "OTHER", None),
}

# Mode hints a lexicon entry may carry, and the PLOVER type they belong to.
MODE_HINTS = {
    "strike-gen": "PROTEST", "strike-hun": "PROTEST", "obstruct": "PROTEST", "demo-org": "PROTEST",
    "demo-spon": "PROTEST", "beat": "ASSAULT", "torture": "ASSAULT", "assassinate": "ASSAULT",
    "execute": "ASSAULT", "firearms": "ASSAULT", "detain": "COERCE", "arrest": "COERCE",
    "destroy": "COERCE", "curfew": "COERCE", "ban": "COERCE",
}


def event_type(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type."""
    return SUBTYPES[sub_event_type][0]


def plover_for(sub_event_type: str, mode_hint: Optional[str] = None) -> dict:
    """{"type", "mode"} for a sub-event type; a hint refines the mode when it fits the type."""
    _, ptype, mode = SUBTYPES[sub_event_type]
    if mode_hint and MODE_HINTS.get(mode_hint) == ptype:
        mode = mode_hint
    return {"type": ptype, "mode": mode}


def is_valid(event_type_: str, sub_event_type: str) -> bool:
    return sub_event_type in SUBTYPES and SUBTYPES[sub_event_type][0] == event_type_
