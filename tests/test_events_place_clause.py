"""A relative clause on a place describes the place, not the event told around it (CODEBOOK 9,
status: code what the report says happened). "Marched on X, a village that has been empty since
2023, and burned houses" tells a march and an arson on the day the sentence names; the present
perfect "since" of the village's clause is no running tally of the event. Sentences written for
these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,published", [
    ("On Tuesday a crowd from nearby villages marched on Lamlai Khunou, a village that has been largely "
     "deserted since 2023, and set fire to a dozen abandoned houses, police said.", "IN", "2025-05-08"),
    ("Gunmen stormed Kauyen Dutse, a farming village that has been cut off since June, on Sunday and shot "
     "dead four men, residents said.", "NG", "2024-09-03"),
    ("On Monday, fighters of the armed group looted the market in Um Sidr, a town that has been under siege "
     "since January, and burned dozens of shops, witnesses said.", "SD", "2024-03-18"),
    ("Rebels on Friday shelled Mbuji, a town whose airstrip has been closed since last year, killing two "
     "children, a local official said.", "CD", "2024-03-18"),
])
def test_a_since_clause_on_a_place_leaves_the_event_reported(text, country, published):
    rec = vigil.extract_text(text, published=published, country=country)
    assert [e for e in rec.events if e.status == "reported"], [(e.sub_event_type, e.status) for e in rec.events]


def test_a_running_tally_of_the_event_itself_stays_background():
    text = "More than 40 protesters have been killed in the region since the coup, a rights group said."
    rec = vigil.extract_text(text, published="2024-03-18", country="SD")
    assert not [e for e in rec.events if e.status == "reported"]
