"""A demonstration that broke up by itself met no intervention (CODEBOOK 3: peaceful protesters dispersed or
suppressed by someone make a protest with intervention; a rally that ends is a peaceful protest). A rally that
police broke up is still one with intervention. Sentences written for these tests."""
import pytest

import vigil


def protest_kinds(text, country):
    evs = vigil.extract_text(text, published="2025-05-20", country=country).events
    return [e.sub_event_type for e in evs if e.status == "reported" and e.event_type == "Protests"]


@pytest.mark.parametrize("text,country", [
    ("About 2,000 nurses rallied outside the health ministry in Accra on Tuesday to demand unpaid allowances. The "
     "rally broke up peacefully in the afternoon.", "GH"),
    ("Students staged a sit-in at the university gates in Rajshahi on Monday. The sit-in broke up in the evening "
     "after the vice-chancellor agreed to meet them.", "BD"),
    ("Several hundred pensioners marched to the parliament in Bishkek on Thursday to demand higher payments, and "
     "the march broke up after two hours.", "KG"),
])
def test_a_protest_that_broke_up_by_itself_is_peaceful(text, country):
    assert protest_kinds(text, country) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Police broke up a rally of opposition supporters in Harare on Saturday, witnesses said.",
    "A rally of opposition supporters in Harare was broken up by police on Saturday, witnesses said.",
])
def test_a_protest_the_police_broke_up_met_intervention(text):
    assert protest_kinds(text, "ZW") == ["Protest with intervention"]
