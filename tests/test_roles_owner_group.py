"""Whose seized or defused weapons they were (CODEBOOK 8, Disrupted weapons use: actor2 is whose weapons were
seized or defused): a person they were found with who, the report says, acted for a named armed group
("the man was detained and told investigators he had been recruited by al-Shabaab") is that group's man, so
actor2 is the group, not an unidentified armed group (3). With no group named he stays an unidentified armed
group (tests/test_roles_doers.py)."""
import pytest
from _events_helpers import inters

import vigil


@pytest.mark.parametrize("text,country,canonical", [
    ("Police found two pipe bombs in the house of a young man in Garissa, Kenya, on Friday and defused them. The "
     "man was detained and told investigators he had been recruited by al-Shabaab.", "KE", "Al Shabaab"),
    ("Police seized grenades and ammunition hidden in the home of a shopkeeper in Bannu, Pakistan, on Monday. The "
     "shopkeeper was arrested and police said he was a member of the Tehreek-e-Taliban Pakistan.", "PK",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("Officers found a homemade bomb in a garage rented by a local man in Nalchik, Russia, and defused it, the "
     "FSB said. The man was detained and confessed to acting on orders from an Islamic State recruiter.", "RU",
     "Islamic State"),
])
def test_the_group_a_holder_acted_for_owns_the_weapons(text, country, canonical):
    evs = [e for e in vigil.extract_text(text, published="2024-10-10").events
           if e.status == "reported" and e.sub_event_type == "Disrupted weapons use"]
    assert evs, text
    assert inters(evs[0]) == (1, 2) and evs[0].actor2.canonical == canonical, (text, evs[0].actor1, evs[0].actor2)
