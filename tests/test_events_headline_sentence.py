"""A one-paragraph report that opens with its headline as a short sentence ("Gunmen kill 6 in Benue.
Gunmen killed six farmers in Agatu ...") tells one happening twice: one event (CODEBOOK: one event per
type, place and day), at the body's place and date, with the body's named actors."""
import pytest

from _events_helpers import only_reported

HEADLINED = [
    ("Gunmen kill 6 in Benue. Gunmen killed six farmers in Agatu local government area of Benue state on "
     "Tuesday, police said.", "NG", "Attack"),
    ("Police disperse protest in Oromia. Police fired tear gas at students protesting in Ambo, Oromia region, "
     "on Monday.", "ET", "Protest with intervention"),
    ("Gunmen kill 3 in Plateau. Gunmen killed three villagers in Bokkos local government area of Plateau state "
     "on Saturday.", "NG", "Attack"),
]


@pytest.mark.parametrize("text,country,sub", HEADLINED)
def test_a_headline_sentence_and_its_body_are_one_event(text, country, sub):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == sub


def test_the_body_names_the_attackers_the_headline_does_not():
    ev = only_reported("Attackers kill 9 in Ituri. Suspected ADF rebels killed nine civilians in Mambasa territory "
                       "of Ituri province on Wednesday.", "2024-05-10", "CD")
    assert ev.actor1.inter == 2 and ev.fatalities == 9
