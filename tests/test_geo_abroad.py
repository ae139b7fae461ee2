"""Where an event happened is a place in a country. A region no country holds ("Latin America",
"the Sahel") places it in none: the event is the report's country's, at its centre (precision 3,
as the region was). A dateline abroad ("DUBAI, Jan 30 -" over a report on Iran) says where the
report was filed, not where anything it tells happened (CODEBOOK, Precision). Reports written for
these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,region", [
    ("GUAYAQUIL, Jan 22 - A car bomb exploded outside a police station in Guayaquil on Monday, police said.\n\n"
     "Gang fighting across Latin America has killed dozens of people this week, analysts said.", "EC",
     "Latin America"),
    ("BAMAKO, Sept 15 - Jihadist fighters ambushed an army convoy near Diéma on Thursday, the army said.\n\nAcross "
     "the Sahel, militants killed more than 40 soldiers this week, according to officials.", "ML", "Sahel"),
])
def test_a_region_across_countries_places_no_event(text, country, region):
    rec = vigil.extract_text(text, published="2025-01-30", country=country)
    assert rec.events
    assert all(e.location.name != region and e.location.country == country for e in rec.events)


@pytest.mark.parametrize("text,abroad", [
    ("DUBAI, Jan 30 - Hundreds of pensioners rallied outside government offices in Iranian cities on Sunday to "
     "protest against pensions eroded by inflation.", "Dubai"),
    ("ISTANBUL, March 3 - Iranian security forces arrested dozens of teachers who had gathered in several Iranian "
     "cities on Saturday to demand higher pay, rights groups said.", "Istanbul"),
])
def test_a_dateline_abroad_is_no_event_place(text, abroad):
    rec = vigil.extract_text(text, published="2025-03-04", country="IR")
    assert rec.events
    assert all(e.location.name != abroad and e.location.country == "IR" for e in rec.events)
