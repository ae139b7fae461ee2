"""People driven from their homes by fighting: the fighting is the event (CODEBOOK 5, an armed
clash), not their displacement, which ACLED does not code, and those who fled are no crowd that
fought (no mob violence by the displaced)."""
import pytest

from _events_helpers import only_reported

NAMED_SIDES = [
    ("Clashes between the army and jihadist fighters have displaced hundreds of families near Tessit.", "ML"),
    ("Around 800 households have been displaced by fighting between rival militias in Jonglei, OCHA said.", "SS"),
    ("Hundreds of families fled Djugu after clashes between CODECO fighters and the Zaire militia on Sunday.", "CD"),
]


@pytest.mark.parametrize("text,country", NAMED_SIDES)
def test_displacement_by_a_fight_between_named_sides_is_the_fight(text, country):
    assert only_reported(text, "2024-05-10", country).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,country", [
    ("Fighting forced more than 1,000 villagers to flee their homes in northern Rakhine on Tuesday, aid workers said.",
     "MM"),
    ("Heavy fighting forced hundreds of residents to flee their homes around Kidal on Sunday, relief workers reported.",
     "ML"),
    ("Fighting forced 400 families to flee their homes in Ouham on Friday, church workers said.", "CF"),
])
def test_who_fled_the_fighting_is_no_mob(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type != "Mob violence"
    assert ev.actor1.inter not in (5, 6)
