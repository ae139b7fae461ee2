"""The fronts of Colombia's FARC dissident blocs (the Carlos Patiño, Dagoberto Ramos and Jaime Martínez fronts,
the Estado Mayor Central), often named alone, are the FARC dissidents (vigil/data/actors.yaml; CODEBOOK actor
types: a rebel group, 2): a blame that names a front names the doer of the attack it is about
(attribution), and a front fought is not generic "militants"."""
import pytest

import vigil


@pytest.mark.parametrize("text,side", [
    ("A drone dropped explosives on a police station in Suárez, Cauca, on Monday, wounding two officers. Police "
     "blamed the Jaime Martínez front.", "actor1"),
    ("Fighters of the Dagoberto Ramos front attacked a military post near Toribío, Colombia, on Friday, the army "
     "said.", "actor1"),
    ("The army said it had killed three members of the Carlos Patiño front in a clash near Argelia in Colombia's "
     "Cauca department on Tuesday.", "actor2"),
    ("Soldiers clashed with the Estado Mayor Central near Calamar in Colombia's Guaviare department on Sunday, the "
     "army said.", "actor2"),
])
def test_a_dissident_front_is_the_farc_dissidents(text, side):
    evs = [e for e in vigil.extract_text(text, published="2025-03-05").events if e.status == "reported"]
    assert evs, text
    a = getattr(evs[0], side)
    assert a is not None and (a.canonical, a.inter) == ("FARC Dissidents", 2), (text, evs[0].actor1, evs[0].actor2)
