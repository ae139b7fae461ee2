"""The armed group whose property a strike hits is its target (CODEBOOK actor codes: actor2 is the one acted on):
"struck a Hezbollah weapons depot", "bombed a Boko Haram logistics hub", "hit a PKK ammunition store". The
people killed with it do not take the group's place as actor2."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,a2", [
    ("Israeli jets bombed a Hezbollah arms cache in the village of Yohmor on Monday. Lebanese state media said a "
     "civilian was killed in the raid.", "LB", 3),
    ("Nigerian Air Force jets bombed a Boko Haram logistics hub near Bama on Friday, the military said.", "NG", 2),
    ("Turkish drones hit a PKK ammunition store in Dohuk province on Sunday, killing two people.", "IQ", 2),
])
def test_the_group_whose_depot_is_struck_is_actor2(text, country, a2):
    evs = [e for e in vigil.extract_text(text, published="2025-03-05", country=country).events
           if e.status == "reported" and e.sub_event_type == "Air/drone strike"]
    assert evs, text
    assert evs[0].actor2 is not None and evs[0].actor2.inter == a2, (text, evs[0].actor1, evs[0].actor2)
