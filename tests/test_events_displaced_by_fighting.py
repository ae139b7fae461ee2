"""People who fled, or were displaced by, fighting are its victims, not its doers: the displacement is
told (CODEBOOK 8, Other) and the fighting is only named, so the displaced are no crowd that rioted
(CODEBOOK 4, Mob violence needs a crowd doing violence)."""
import pytest

import vigil

DISPLACED = [
    ("Some 2,000 families fled fighting in Cabo Delgado last week, aid agencies said.", "MZ"),
    ("More than 1,500 people have fled fighting around Kalehe in South Kivu, local officials said.", "CD"),
    ("About 4,000 residents were displaced by fighting near Djibo over the weekend, the UN refugee agency said.", "BF"),
    ("Nearly 900 villagers fled fighting in Myanmar's Sagaing region on Wednesday, a relief group said.", "MM"),
]


@pytest.mark.parametrize("text,country", DISPLACED)
def test_people_displaced_by_fighting_are_no_rioters(text, country):
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    evs = [e for e in rec.events if e.status == "reported"]
    assert not any(e.sub_event_type == "Mob violence" for e in evs), [e.sub_event_type for e in evs]
    assert not any(e.actor1 and e.actor1.inter == 5 for e in evs)
