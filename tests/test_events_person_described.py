"""A protest word inside a relative clause on a person set beside a name ("X, a lawyer who has represented the
protesting nurses") says who the person is, not that a demonstration took place where the report's act did:
state forces who come for such a person at home or at work arrest him (CODEBOOK 8: Arrests, outside a
protest event), no protest with intervention. A person protesting when detained stays a protest (CODEBOOK 3).
Sentences written for these tests."""
import pytest
import vigil


def kinds(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


DESCRIBED = [
    ("On Tuesday police came to the Enugu office of Amina Okafor, a lawyer who has represented the protesting "
     "nurses, and arrested her, her colleagues said.", "2024-05-15", "NG"),
    ("Early on Saturday, police officers came to the Kutaisi flat of Nodar Beridze, a miners' union organiser who "
     "has been advising the striking workers, and took him away, his wife said.", "2024-05-12", "GE"),
    ("On Friday officers went to the Potosi home of Juan Mamani, a teacher who has been advising the striking "
     "miners, and detained him, his union said.", "2024-05-11", "BO"),
]


@pytest.mark.parametrize("text,published,country", DESCRIBED)
def test_a_protest_word_that_describes_the_person_held_is_no_protest(text, published, country):
    assert kinds(text, published, country) == ["Arrests"]


def test_a_person_detained_while_protesting_stays_a_protest():
    assert kinds("Police in Lima detained Rosa Quispe, a nurse who was protesting outside the health ministry on "
                 "Monday, witnesses said.", "2024-05-14", "PE") == ["Protest with intervention"]
