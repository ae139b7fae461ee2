"""A protest lodged with an envoy or filed with a body is a formal complaint, not a demonstration
(CODEBOOK: Protests are public demonstrations); the demonstration word "protest" still codes one.
Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text", [
    "Ethiopia's foreign ministry said it had lodged a protest with Sudan's envoy in Addis Ababa on Sunday.",
    "The foreign ministry filed a formal protest with the Russian ambassador on Monday.",
    "Kenya's government registered a strong protest with Uganda over the detention of its citizens.",
])
def test_a_formal_complaint_is_no_protest_event(text):
    rec = vigil.extract_text(text, published="2025-03-12")
    assert not [e for e in rec.events if e.event_type == "Protests"]


def test_a_street_protest_still_is_one():
    rec = vigil.extract_text("Hundreds of traders staged a protest outside the ministry in Nairobi on Monday.",
                             published="2025-03-12")
    assert [e.sub_event_type for e in rec.events if e.status == "reported"] == ["Peaceful protest"]
