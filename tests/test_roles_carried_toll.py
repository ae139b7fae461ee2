"""A strike or shelling whose toll is told in a clause of its own, dropped as an elaboration, takes the people
that clause says were killed as actor2 (CODEBOOK actor codes: actor2 is the one acted on; fire that kills
people has them, civilians, as its target): "Drones dropped explosives on houses in X. [...] A farmer was
killed in his orchard." Before, the deaths were carried over (tolls.carry_tolls) and actor2 stayed empty."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,sub", [
    ("Drones dropped explosives on a row of houses in Kafr Nabl, in Syria's Idlib province, on Sunday afternoon, "
     "residents said.\n\nA 60-year-old farmer was killed in his orchard in Kafr Nabl and his nephew was wounded, "
     "relatives said.", "SY", "Air/drone strike"),
    ("A helicopter gunship fired rockets at a market in Kutum, in Sudan's North Darfur state, on Friday, witnesses "
     "said.\n\nTwo traders were killed at their stalls in Kutum and several shoppers were hurt, a local doctor said.",
     "SD", "Air/drone strike"),
    ("Russian artillery shelled the centre of Nikopol in Ukraine's Dnipropetrovsk region on Wednesday, the regional "
     "governor said.\n\nA pensioner was killed outside her house in Nikopol, he added.", "UA",
     "Shelling/artillery/missile attack"),
])
def test_the_people_a_carried_toll_counts_are_actor2(text, country, sub):
    evs = [e for e in vigil.extract_text(text, published="2025-03-05").events if e.status == "reported"]
    assert [e.sub_event_type for e in evs] == [sub], text
    assert evs[0].fatalities and evs[0].actor2 is not None and evs[0].actor2.inter == 7, (text, evs[0].actor2)
    assert evs[0].actor2.country == country


def test_a_strike_with_no_one_hurt_keeps_no_actor2():
    text = ("Drones dropped explosives on a row of houses in Kafr Nabl, in Syria's Idlib province, on Sunday "
            "afternoon, residents said.\n\nNo one was hurt in Kafr Nabl, relatives said.")
    evs = [e for e in vigil.extract_text(text, published="2025-03-05").events if e.status == "reported"]
    assert evs and evs[0].actor2 is None, [(e.sub_event_type, e.actor2) for e in evs]
