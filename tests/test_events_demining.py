"""Demining (CODEBOOK 8, Disrupted weapons use: explosives seized or defused): mines and old shells cleared
by a demining team went off in nobody's hands, so no side planted or fired them that day; the report tells
explosives made safe, not an explosive attack. The demining words are data (vigil/data/events.yaml:
weapons_disrupted and the cue disrupt_alone). A mine that goes off and kills the deminers is an explosion."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Deminers cleared 40 anti-personnel mines from a school yard in Kandahar province on Sunday.", "AF"),
    ("A demining team cleared unexploded shells from a village near Aleppo on Friday, a civil defence "
     "official said.", "SY"),
    ("Mine clearance crews removed more than 300 landmines from farmland around Izium last week, the "
     "emergency service said.", "UA"),
    ("Army engineers on a demining mission found and destroyed an improvised bomb on the road to Gao on "
     "Wednesday.", "ML"),
])
def test_explosives_cleared_by_deminers_are_disrupted_weapons_use(text, country):
    ev = only_reported(text, "2024-06-03", country)
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor2 is None


def test_a_mine_that_kills_the_deminers_is_an_explosion():
    ev = only_reported("Two deminers were killed on Monday when a landmine exploded as they cleared a field "
                       "near Marib.", "2024-06-03", "YE")
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.fatalities == 2
