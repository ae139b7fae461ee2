"""A section heading names its topic broadly ("Raids in Paktika"); the event's own sentences under
it say where it happened, and that more specific place is the event's (CODEBOOK, Precision: the
named place where it happened, the most specific). A heading's place still serves when the
sentences name none. Reports written for these tests."""
import pytest

import vigil

BRIEFING = ("Afghanistan Monitor - Weekly Notes No. 40\n\nCovering 10-16 March 2025.\n\n"
            "These notes list incidents our field staff recorded during the week.\n\n")


@pytest.mark.parametrize("section,want", [
    ("Raids in Paktika\n\nOn Tuesday 11 March, gunmen attacked a police post in Wazakhwa district of Paktika "
     "province, killing three officers, local officials said. The Taliban said the attackers had fled.",
     "Wazakhwa"),
    ("2. Killing of a tribal elder in Khost\n\nOn Thursday 13 March, unidentified men shot dead a tribal elder "
     "outside his home in Tani district of Khost province. His family said he had received threats.", "Tani"),
])
def test_the_sections_own_sentences_place_the_event_not_its_heading(section, want):
    rec = vigil.extract_text(BRIEFING + section, published="2025-03-17", country="AF")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location.name == want


def test_a_heading_place_serves_when_the_sentences_name_none():
    text = BRIEFING + ("Raids in Paktika\n\nOn Tuesday 11 March, gunmen attacked a police post, killing three "
                       "officers, local officials said.")
    rec = vigil.extract_text(text, published="2025-03-17", country="AF")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location.name == "Paktika"
