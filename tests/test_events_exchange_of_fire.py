""""In an exchange of fire" is a fight, not the bargain of "in exchange for" (CODEBOOK 5: armed,
organised groups on both sides fighting, an exchange of fire, is an armed clash); and unnamed men who
trade gunfire with state forces are armed, not a mob (CODEBOOK 2: who acts, armed and organised?).
Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,published", [
    ("Police in Kirkuk said two men were killed in an exchange of fire at a checkpoint on Monday.", "IQ", "2025-03-05"),
    ("A soldier died in an exchange of fire with suspected smugglers near Ciudad Hidalgo on Tuesday.", "MX", "2025-03-06"),
    ("Two suspected kidnappers died in an exchange of fire with soldiers in Gusau on Sunday, the army said.",
     "NG", "2025-03-04"),
    ("Gendarmes surrounded a farmhouse near Kayes on Thursday; the men inside were killed in an exchange of "
     "fire that lasted an hour, officials said.", "ML", "2025-03-08"),
])
def test_an_exchange_of_fire_is_an_armed_clash(text, country, published):
    rec = vigil.extract_text(text, published=published, country=country)
    assert [e.sub_event_type for e in rec.events if e.status == "reported"] == ["Armed clash"], \
        [(e.sub_event_type, e.status) for e in rec.events]


def test_in_exchange_for_is_no_fight():
    rec = vigil.extract_text("The militia freed two hostages in Kidal on Monday in exchange for a ransom.",
                             published="2025-03-05", country="ML")
    assert "Armed clash" not in [e.sub_event_type for e in rec.events]
