"""A village says where the event is, not where a town lies: in "on the road from Gusau to Kaura
Namoda, near the village of Bukkuyum" the village is the most specific place named for the fight
(CODEBOOK, Precision), not a landmark for the town before it. A town still locates a place near it
("in Tsafe, near Gusau"). Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,want", [
    ("Bandits clashed with vigilantes for two hours on Sunday on the road that runs from Gusau to Kaura "
     "Namoda, near the village of Bukkuyum, residents said.", "NG", "Bukkuyum"),
    ("Soldiers exchanged fire with gunmen on Friday on the highway linking Apatzingán and Tepalcatepec, "
     "near the village of Buenavista Tomatlán, the army said.", "MX", "Buenavista Tomatlán"),
    ("Gunmen shot dead two traders on Monday in Tsafe, near Gusau, police said.", "NG", "Tsafe"),
])
def test_a_village_named_after_a_town_is_the_events_place(text, country, want):
    rec = vigil.extract_text(text, published="2025-03-12", country=country)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location.name == want
