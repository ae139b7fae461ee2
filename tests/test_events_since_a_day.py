"""A protest told in the present perfect "since" a day of the report's week ("have gathered every day
since Wednesday", "have occupied the building since Monday") is the happening the report tells, begun
that day, not a running tally of the past (CODEBOOK 9: code what the report says happened); a tally
since an earlier point ("since the coup", "since December") stays background. Sentences written for
these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,published,day", [
    ("Hundreds of nurses have protested outside the county offices in Kisumu every day since Monday, demanding "
     "unpaid salaries.", "KE", "2025-03-07", "2025-03-03"),
    ("Transport workers have blocked the main roads into El Alto every day since Tuesday, demanding fuel "
     "supplies, the drivers' federation said.", "BO", "2024-12-05", "2024-12-03"),
    ("Students have occupied the faculty building in Nis since Monday, demanding the dean's resignation.",
     "RS", "2025-04-03", "2025-03-31"),
])
def test_a_protest_since_a_weekday_is_reported(text, country, published, day):
    rec = vigil.extract_text(text, published=published, country=country)
    assert [(e.status, e.date) for e in rec.events] == [("reported", day)]


@pytest.mark.parametrize("text,country", [
    ("More than 40 protesters have been killed in the region since the coup, a rights group said.", "SD"),
    ("Protests have spread to a dozen towns since December, organisers said.", "KE"),
])
def test_a_tally_since_an_earlier_point_stays_background(text, country):
    rec = vigil.extract_text(text, published="2025-03-07", country=country)
    assert not [e for e in rec.events if e.status == "reported"]
