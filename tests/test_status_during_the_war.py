"""A deed told as done "during the war" (a whole war as its time, no day named) is background, not the
report's event (CODEBOOK 9: a sentence about an earlier war is historical background; status._habitual,
cue war_spans). "During the fighting" names the event itself and stays."""
import pytest

import vigil

DURING_THE_WAR = [
    ("Fano fighters attacked an army base near Gondar on Tuesday, residents said.\n\nThe federal government, which "
     "acquired Turkish drones during the war in Tigray, has used them against Fano.", "ET", "Tigray"),
    ("Rebels attacked an army post near Kutum on Monday.\n\nThe paramilitary force, which imposed a curfew in Nyala "
     "during the war in Darfur, has since lifted it.", "SD", "Nyala"),
    ("Gunmen killed two herders near Kidal on Sunday, residents said.\n\nThe army, which imposed a curfew in Gao "
     "during the war in the north, has since lifted it.", "ML", "Gao"),
    ("Rebels attacked a checkpoint near Bambari on Monday.\n\nThe government, which declared a state of emergency in "
     "Bangui during the civil war, has since lifted it.", "CF", "Bangui"),
    ("Separatists attacked a police post near Bamenda on Monday.\n\nThe army, which deployed troops to Buea during "
     "the war in the Anglophone regions, has since pulled some out.", "CM", "Buea"),
]


def _reported(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-20", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country,place", DURING_THE_WAR)
def test_a_deed_during_the_war_is_background(text, country, place):
    events = _reported(text, country)
    assert not [e for e in events if e.location is not None and e.location.name == place]
    assert len(events) == 1   # the attack told first stays


@pytest.mark.parametrize("text,country", [
    ("Troops clashed with militants near Palma on Monday. Two soldiers were killed during the fighting, the army "
     "said.", "MZ"),
    ("Government forces shelled the rebel-held town of Kutum on Friday during the war's heaviest fighting, killing "
     "five, witnesses said.", "SD"),
])
def test_events_of_the_day_stay(text, country):
    assert _reported(text, country)
