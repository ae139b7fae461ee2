""""shot dead NAME" is a killing even where the parser reads "shot" as a noun ("two men on a
motorbike shot dead Jose Pito"): CODEBOOK, Violence against civilians / Attack, one death.
Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,place", [
    ("Two men on a motorbike shot dead Jose Pito outside his house in Caloto on Monday.", "CO", "Caloto"),
    ("Witnesses said a pillion rider shot dead Ahmed Nur, a lawyer, as he left a mosque in Mogadishu on "
     "Friday.", "SO", "Mogadishu"),
    ("Three youths on a scooter shot dead Rahim Uddin near the bazaar in Cox's Bazar on Friday night.",
     "BD", "Cox's Bazar"),
])
def test_shot_dead_a_named_person_is_an_attack_with_one_death(text, country, place):
    rec = vigil.extract_text(text, published="2024-11-12", country=country)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)
    assert ev.location.name == place
