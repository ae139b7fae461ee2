"""CODEBOOK 7 and 8: men who are no state force and force someone into a vehicle abduct him; the state's
forces who do the same, with nothing said of a disappearance, arrest him. The words alone make nobody the
state's: whose men they are stays what the report says."""
import functools

import pytest

from _events_helpers import first_reported

reported = functools.partial(first_reported, published="2024-05-07")


@pytest.mark.parametrize("text,country", [
    ("On 3 May 2024, unidentified men bundled a poet into a vehicle in Rawalpindi, his family said.", "PK"),
    ("Masked men bundled a local journalist into a white pickup outside his office in Bamenda on Friday, "
     "colleagues said.", "CM"),
    ("TRADER SNATCHED IN MAIDUGURI: Gunmen bundled a grain trader into a car at the main market on Monday "
     "evening, police said.", "NG"),
])
def test_men_who_force_someone_into_a_car_abduct_him(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Abduction/forced disappearance", (ev.sub_event_type, ev.actor1, ev.actor2)
    assert ev.actor1.inter != 1, ev.actor1   # the report does not say whose men they are


@pytest.mark.parametrize("text,country", [
    ("Police bundled the opposition MP into a van outside parliament in Kampala on Tuesday.", "UG"),
    ("Plainclothes police picked up a BNP leader in Dhaka on Sunday, his family said.", "BD"),
])
def test_the_police_taking_someone_with_no_word_of_his_disappearance_arrest_him(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Arrests", (ev.sub_event_type, ev.actor1, ev.actor2)
