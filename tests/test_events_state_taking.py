"""State forces who "picked up" a person or "took him away" detain him: CODEBOOK 8, Arrests (state forces
detain political figures, activists or group members outside a protest event), not no event at all. The
same words with an armed group as the doer stay an abduction (CODEBOOK 7). Sentences written for these tests."""
import pytest
import vigil


def events(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e for e in rec.events if e.status == "reported"]


TAKEN_BY_THE_STATE = [
    ("Police picked up a labour activist from his home in Shenzhen on Monday, his sister said.", "2024-05-14", "CN"),
    ("Police officers came to the flat of a union organiser in Kutaisi on Saturday and took him away, his wife "
     "said.", "2024-05-12", "GE"),
    ("Security forces picked up two opposition activists in Kisumu on Wednesday night and took them away in an "
     "unmarked car, their lawyer said.", "2024-05-16", "KE"),
]


@pytest.mark.parametrize("text,published,country", TAKEN_BY_THE_STATE)
def test_state_forces_taking_a_person_away_arrest_him(text, published, country):
    evs = events(text, published, country)
    assert [e.sub_event_type for e in evs] == ["Arrests"], [e.sub_event_type for e in evs]
    assert evs[0].actor1.inter == 1


def test_gunmen_taking_people_away_abduct_them():
    evs = events("Gunmen took away two aid workers from a clinic near Bunia on Sunday, the charity said.",
                 "2024-05-13", "CD")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
