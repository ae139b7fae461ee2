""""... were killed and more than a dozen wounded on Monday when ...": the parser often hangs
"wounded" on the number as a clause describing it, but the participle is the event's own act (one
of its signals), so its day is the event's day, not the report's (CODEBOOK, time_precision 1:
the day is known). A clause describing a noun with an act of another event keeps its own date.
Sentences written for these tests."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country,published,want", [
    ("NAIROBI, July 9 - Three people were killed and more than a dozen injured on Monday when police fired on "
     "protesters in Nakuru, officials said.", "KE", "2025-07-09", "2025-07-07"),
    ("At least five people were killed and scores injured on Friday when gunmen opened fire on a market in "
     "Maiduguri, police said.", "NG", "2025-03-10", "2025-03-07"),
    ("At least two people were killed and more than a dozen wounded on Sunday when soldiers fired on farmers "
     "blocking a road near Juliaca, officials said.", "PE", "2024-10-08", "2024-10-06"),
    ("Two soldiers were killed and several others wounded on Saturday when a roadside bomb hit their patrol "
     "near Gao, the army said.", "ML", "2025-03-10", "2025-03-08"),
])
def test_the_day_of_the_wounding_is_the_event_day(text, country, published, want):
    ev = only_reported(text, published, country)
    assert ev.date == want
