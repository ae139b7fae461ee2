"""Lethal force on a demonstration (CODEBOOK 3: peaceful demonstrators met with live fire or deaths) by anyone:
shots fired "as the marchers approached" are fired at them, and armed men who are not the state's (a militia, a
movement's security men) are its actor1; live rounds fired to disperse a gathering, told apart from it, make the
protest excessive force. Sentences written for these tests."""
import pytest

import vigil


def protest_events(text, country):
    evs = vigil.extract_text(text, published="2025-02-14", country=country).events
    return [e for e in evs if e.status == "reported" and e.event_type == "Protests"]


@pytest.mark.parametrize("text,country,doer", [
    ("A crowd of about 500 marched to the council building in Zawiya on Saturday, calling for the release of jailed "
     "relatives. Militia gunmen guarding the building opened fire as the demonstrators came near, killing two, "
     "witnesses said.", "LY", 4),
    ("Hundreds of residents marched through Beit Lahia on Tuesday to protest against the war. Hamas security men "
     "opened fire when the demonstrators reached the main square, killing one man, witnesses said.", "PS", 2),
    ("Hundreds of villagers marched on the district office in Kassala on Sunday to demand water. Soldiers opened "
     "fire as the marchers reached the gate, killing three people, witnesses said.", "SD", 1),
])
def test_fire_as_the_marchers_moved_is_excessive_force_by_whoever_fired(text, country, doer):
    evs = protest_events(text, country)
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], text
    assert evs[0].actor1 is not None and evs[0].actor1.inter == doer, evs[0].actor1
    assert evs[0].actor2 is not None and evs[0].actor2.inter == 6, evs[0].actor2


@pytest.mark.parametrize("text,country", [
    ("Several hundred farmers gathered outside the district office in Sylhet on Monday to demand fair prices for "
     "rice.\n\nPolice told them to disperse and fired tear gas, then officers fired live ammunition, witnesses "
     "said.", "BD"),
    ("Hundreds of teachers assembled in front of the education ministry in Conakry on Wednesday to demand unpaid "
     "salaries.\n\nGendarmes used tear gas to disperse them and later fired live rounds, according to witnesses.",
     "GN"),
    ("Around 200 miners gathered at the gates of the company offices in Kolwezi on Thursday to demand back pay."
     "\n\nSoldiers ordered them to leave and fired tear gas. A few minutes later, troops used live fire, a union "
     "official said.", "CD"),
])
def test_live_rounds_to_disperse_a_gathering_make_it_excessive_force(text, country):
    evs = protest_events(text, country)
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], text
    assert evs[0].actor1 is not None and evs[0].actor1.inter == 1, evs[0].actor1


def test_shots_in_the_air_with_no_one_hurt_stay_a_peaceful_protest():
    evs = protest_events("Crowds rallied in the town of Kidal on Friday to denounce the arrest of a local chief. "
                         "Rebel fighters fired into the air as the protesters gathered, and no one was hurt.", "ML")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
