"""A bare "the strikes" that names again the air strike or missile fire told just before it is that fire, not a
walkout (CODEBOOK 3: a protest is a public demonstration). A strike of workers keeps its protest.
Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country", [
    ("Russian missiles hit an apartment block in Dnipro on Friday, killing nine civilians. A Kremlin spokesman "
     "said the strikes had targeted military facilities.", "UA"),
    ("US drone strikes hit two vehicles near Jilib in southern Somalia on Tuesday, killing four people. The "
     "Somali government said it had requested the strikes.", "SO"),
    ("Russian missiles slammed into a shopping centre in Kremenchuk, killing at least 18 people. Moscow said the "
     "strikes were aimed at an arms depot nearby.", "UA"),
])
def test_the_strikes_named_again_are_no_protest(text, country):
    evs = [e for e in vigil.extract_text(text, published="2025-04-02", country=country).events
           if e.status == "reported"]
    assert not [e for e in evs if e.event_type == "Protests"], [(e.sub_event_type, e.actor1) for e in evs]
    fire = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert fire and fire[0].actor2 is not None and fire[0].actor2.inter == 7, [
        (e.sub_event_type, e.actor2) for e in evs]


def test_a_workers_strike_is_still_a_protest():
    evs = vigil.extract_text("Dockworkers in Durban walked off the job on Monday. The strike halted cargo handling "
                             "at the port, union officials said.", published="2025-04-02", country="ZA").events
    assert [e.event_type for e in evs if e.status == "reported"] == ["Protests"]
