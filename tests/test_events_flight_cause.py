"""A flight told with the attack that caused it ("families fled after insurgents attacked the
town"): the "after" clause is the event, not an earlier one, and the fleeing crowd is no doer of it
(CODEBOOK 7: armed men who attack civilians make an Attack; the displacement is its consequence)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Hundreds of families fled their homes in Cabo Delgado after insurgents attacked the town of Macomia on Friday.",
     "MZ"),
    ("Villagers fled to the bush after gunmen attacked Kadisso on Monday.", "BF"),
    ("Residents of Tillaberi evacuated the market after bandits attacked traders there on Thursday.", "NE"),
])
def test_a_flight_after_an_attack_is_the_attack(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.inter in (2, 3) and ev.actor1.inter != 5


def test_an_after_clause_under_another_verb_stays_background():
    ev = only_reported("Students marched in Dhaka on Sunday after police attacked a campus rally.", "2024-05-10", "BD")
    assert ev.event_type == "Protests"
