"""CODEBOOK 8 (Other): old unexploded ordnance killing a passer-by. A mine or shell left from a past war
that goes off under a farmer or in children's hands was fired by nobody that day: no explosive attack
(CODEBOOK 6 is for weapons used on a target), but Other, the people it hits its one party. The words
that age the explosive are data (events.yaml cues old_ordnance, ordnance_nouns)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("A farmer was killed and his son wounded on Monday when an old landmine exploded as they cleared "
     "scrubland near Vavuniya, police said.", "LK"),
    ("Two boys were wounded in Battambang on Tuesday when a wartime grenade they had found in a rice field "
     "exploded, police said.", "KH"),
    ("Three children died in Kunduz on Saturday when an unexploded mortar shell they were playing with "
     "went off beside their school.", "AF"),
])
def test_old_ordnance_that_kills_or_maims_is_other(text, country):
    ev = only_reported(text, "2024-09-12", country)
    assert ev.sub_event_type == "Other"
    assert ev.actor1 is None or ev.actor1.inter == 7


@pytest.mark.parametrize("text,country", [
    ("Insurgents detonated an old artillery shell rigged as a roadside bomb under an army truck near Baiji on "
     "Sunday, killing two soldiers.", "IQ"),
    ("Two deminers were killed on Monday when a landmine exploded as they cleared a field near Marib.", "YE"),
])
def test_a_mine_someone_set_off_or_no_aged_mine_stays_an_explosion(text, country):
    ev = only_reported(text, "2024-09-12", country)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
