"""Captors who demand a ransom hold their captives already (CODEBOOK 9: code what the report says
happened): the demand is part of the abduction, not a planned second one."""
import pytest

import vigil

RANSOMS = [
    ("Armed men seized a Lebanese trader in Bamenda on Friday and demanded a ransom from his family.", "CM"),
    ("The kidnappers of two nurses abducted in Ouham-Pendé have demanded a large ransom, a hospital official said.",
     "CF"),
    ("Gang members holding a bus driver in Cité Soleil demanded a ransom of 100,000 US dollars on Tuesday.", "HT"),
]


@pytest.mark.parametrize("text,country", RANSOMS)
def test_a_ransom_demand_is_no_planned_abduction(text, country):
    rec = vigil.extract_text(text, published="2024-05-10", country=country)
    kinds = [(e.status, e.sub_event_type) for e in rec.events]
    assert ("reported", "Abduction/forced disappearance") in kinds
    assert ("planned", "Abduction/forced disappearance") not in kinds


def test_a_threat_to_abduct_stays_planned():
    rec = vigil.extract_text("Gunmen threatened to abduct more villagers in Zurmi unless a ransom was paid.",
                             published="2024-05-10", country="NG")
    assert ("planned", "Abduction/forced disappearance") in [(e.status, e.sub_event_type) for e in rec.events]
