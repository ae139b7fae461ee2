"""A recurring day named anywhere in the sentence ("Every Sunday for a year, pensioners have gathered") tells
a habit, no one happening (CODEBOOK 9: code what the report says happened), even where the parse hangs the
day on the dateline; a sentence that names one day stays that day's event."""
import vigil


def reported(text, country):
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


def test_weekly_gatherings_after_a_dateline_are_a_habit():
    for text, country in [
        ("TEHRAN, May 10 - Every Sunday for more than a year, retired teachers have gathered outside the labour "
         "ministry in Iranian cities to demand higher pensions.", "IR"),
        ("DHAKA, May 10 - Every Saturday for more than a year, groups of laid-off garment workers, drivers and "
         "cleaners have assembled outside ministries in Bangladeshi towns to demand back pay.", "BD"),
        ("BAGHDAD, May 10 - Every Friday for more than eighteen months, crowds of retired soldiers, clerks and "
         "teachers have rallied outside provincial councils in Iraqi cities over unpaid pensions.", "IQ"),
    ]:
        assert reported(text, country) == [], text


def test_the_one_day_told_after_a_habit_stays_reported():
    assert reported("Every Tuesday, traders protest outside the county offices in Kisumu. On Monday, police fired "
                    "tear gas at them.", "KE") == ["Protest with intervention"]
