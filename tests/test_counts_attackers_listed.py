"""A toll that lists the dead of both sides shares the verb before it ("killed four soldiers and seven
gunmen"): the attackers counted after "and" are dead too, as rebels or militants are (CODEBOOK 9,
fatalities: every death in the event, on every side)."""
import pytest

import vigil

TOLLS = [
    ("Gunmen stormed a checkpoint in Katsina on Friday, and the gunfight that followed killed three soldiers "
     "and six gunmen.", "NG", 9),
    ("Militants raided an army camp near Menaka; the fighting killed two soldiers and 10 attackers.", "ML", 12),
    ("Assailants hit a police post in Mandera, and the exchange of fire killed one officer and four assailants.",
     "KE", 5),
    ("Bandits attacked a village guard post in Tahoua, sparking a battle that killed five guards and eight "
     "bandits.", "NE", 13),
]


@pytest.mark.parametrize("text,country,dead", TOLLS)
def test_attackers_listed_after_the_first_victims_are_counted(text, country, dead):
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    evs = [e for e in rec.events if e.status == "reported"]
    assert evs and evs[0].fatalities == dead, [(e.sub_event_type, e.fatalities) for e in evs]
