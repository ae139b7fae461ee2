"""An event's place is named in the sentences of its own clauses; a sentence between them that the
event skips tells something else (background, another event), and the place it names is not the
event's (CODEBOOK, Precision: the named town where it happened). Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,want,other", [
    ("In Kalay township, a 60-year-old woman was killed on Sunday when she stepped on a landmine near her "
     "house, neighbours said. \"We are afraid to go to our fields,\" one said. The army has denied laying "
     "mines, which monitors say are now found across Magway. The mine had been buried beside a footpath, "
     "the neighbours said, and a second one was found nearby.", "MM", "Kalay", "Magway"),
    ("A teenager was killed on Friday when a landmine exploded under his bicycle in Tonzang, relatives "
     "said. Aid groups say mines have been laid in large numbers around Mandalay since 2021. Relatives "
     "said the mine had been placed on the track by soldiers a week earlier.", "MM", "Tonzang", "Mandalay"),
])
def test_a_place_in_a_sentence_the_event_skips_is_not_its_place(text, country, want, other):
    rec = vigil.extract_text(text, published="2024-11-12", country=country)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location.name == want
    assert text.index(other) not in range(*min((s.start, s.end) for s in ev.evidence))

