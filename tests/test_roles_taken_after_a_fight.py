"""A place occupied "after an exchange of fire with" a force was taken by the fighting (CODEBOOK 5: Non-state actor
overtakes territory, not a non-violent transfer), and the force it was fought from is actor2 (CODEBOOK actor
codes: the one acted on). Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,held", [
    ("Al-Shabaab fighters occupied the village of Elbaraf on Friday after a short exchange of fire with clan "
     "militiamen, who withdrew.", "SO", 4),
    ("Rebels occupied the village of Kishishe in North Kivu on Monday after an exchange of fire with government "
     "troops, residents said.", "CD", 1),
    ("Jihadist fighters occupied the town of Djibasso after exchanges of gunfire with soldiers on Sunday, a local "
     "official said.", "BF", 1),
])
def test_a_place_occupied_after_an_exchange_of_fire_is_overtaken(text, country, held):
    evs = [e for e in vigil.extract_text(text, published="2025-06-10", country=country).events
           if e.status == "reported"]
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"], [e.sub_event_type for e in evs]
    assert evs[0].actor2 is not None and evs[0].actor2.inter == held, evs[0].actor2
