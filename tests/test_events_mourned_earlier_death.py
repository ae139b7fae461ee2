"""CODEBOOK 3 and Fatalities: a march to mourn someone who died before it ("Hundreds marched ... to mourn an
activist. He died in police custody last week.") is a protest with no deaths of its own; the death, dated
before the march, is an earlier event of its own, not the protest's toll nor the force used on it."""
import pytest

import vigil

MOURNED = [
    ("Hundreds marched in Kisumu on Thursday to mourn a human rights activist. He died in police custody last week.",
     "KE"),
    ("KAMPALA - Opposition supporters marched through Kampala on Thursday to mourn a party organiser. "
     "She was shot dead by soldiers on April 20.", "UG"),
    ("Villagers held a silent march in Imphal on Thursday for a student leader. He died in army custody two weeks ago.",
     "IN"),
    ("Residents of Daraa protested on Thursday against the killing of a local commander. "
     "He was shot dead by unknown gunmen on Tuesday.", "SY"),
]


@pytest.mark.parametrize("text,country", MOURNED)
def test_the_mourned_death_is_not_the_march_s_toll(text, country):
    evs = [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
           if e.status == "reported"]
    (march,) = [e for e in evs if e.event_type == "Protests"]
    assert march.sub_event_type == "Peaceful protest"
    assert not march.fatalities
    assert march.date == "2024-05-02"
    earlier = [e for e in evs if e is not march]
    assert all(e.date < march.date for e in earlier)


def test_a_death_at_the_march_itself_stays_its_toll():
    rec = vigil.extract_text("Hundreds marched in Kisumu on Thursday to mourn an activist. "
                             "Police opened fire on the marchers on Thursday, killing two.",
                             published="2024-05-02", country="KE")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.fatalities == 2
