"""Forces named with "its" or "their" in the words of a state body are that state's forces (CODEBOOK actor codes:
forces of another state acting in the event's country are external forces, 8): "Russia's defence ministry said its
forces had captured the village", "Turkey's defence ministry said its troops shelled". A state's own forces at home
stay state forces (1): "the Nigerian army said its troops killed 12 insurgents"."""
import pytest

import vigil


def first(text, country):
    evs = [e for e in vigil.extract_text(text, published="2025-03-05", country=country).events if e.status == "reported"]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize("text,country", [
    ("Russia's defence ministry said on Friday its forces had captured the village of Novoselivka in the Donetsk "
     "region after heavy fighting.", "UA"),
    ("Turkey's defence ministry said its troops shelled PKK positions in Dohuk province on Sunday, killing four "
     "militants.", "IQ"),
    ("Rwanda's army said in a statement that its soldiers had returned fire on Congolese troops near Goma on "
     "Tuesday.", "CD"),
])
def test_forces_a_foreign_state_calls_its_own_are_external(text, country):
    ev = first(text, country)
    assert ev.actor1 is not None and ev.actor1.inter == 8, (text, ev.sub_event_type, ev.actor1, ev.actor2)


def test_a_states_own_forces_at_home_stay_state_forces():
    ev = first("The Nigerian army said its troops killed 12 insurgents near Bama in Borno State on Monday.", "NG")
    assert ev.actor1 is not None and ev.actor1.inter == 1, (ev.actor1, ev.actor2)
