"""An incident list or chronology opens each entry on its date ("22 April - Porga: attack on a post",
"May 3: gunmen ...", "- 30 April | Malanville"): the events the entry tells happened that day, though the
tagger often leaves such a date at the head of a line unread (CODEBOOK, time_precision 1: the day is
known). dates.LINE_DAY reads it."""
import datetime as dt

import vigil
from vigil import nlp
from vigil.extract.dates import find_dates

SITREP = """Burkina Faso: security incidents, week 11

14 March - Kaya: Armed men attacked a gendarmerie post at dawn; the army said the attack was repelled. Three gendarmes were killed.

17 March - Djibo: Gunmen abducted six traders on the road south of the town.

19 March - Dori: A roadside bomb struck a minibus, killing four passengers.
"""

CHRONOLOGY = """March 17: Gunmen abducted six traders on the road south of Djibo.
- 19 March | A roadside bomb struck a minibus outside Dori, killing four passengers.
"""


def test_dates_heading_list_entries_are_read():
    got = {m.text: m.date for text in (SITREP, CHRONOLOGY) for m in find_dates(nlp.load()(text), dt.date(2024, 3, 25))}
    assert got.get("14 March") == "2024-03-14"
    assert got.get("March 17") == "2024-03-17"
    assert got.get("19 March") == "2024-03-19"


def test_list_entries_date_their_events():
    rec = vigil.extract_text(SITREP, published="2024-03-25", country="BF")
    dates = sorted(e.date for e in rec.events if e.status == "reported")
    assert "2024-03-14" in dates and "2024-03-17" in dates and "2024-03-19" in dates
    assert "2024-03-25" not in dates


def test_a_number_of_people_heading_a_line_is_no_date():
    doc = nlp.load()("12 May people were arrested, the rights group said.\n")
    assert not [m for m in find_dates(doc, dt.date(2024, 6, 1)) if m.text.startswith("12")]
