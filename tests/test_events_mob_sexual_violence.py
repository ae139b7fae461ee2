"""Sexual violence is coded by the act (CODEBOOK 7: Violence against civilians / Sexual violence), a mob's
too: a crowd that rapes or sexually assaults someone commits sexual violence, with the mob as its doer
(rioters, 5), not mob violence and not an unidentified armed group. A lynching over an alleged rape stays
mob violence: the rape is the accusation, not the crowd's act."""
import functools

import pytest

from _events_helpers import first_reported

reported = functools.partial(first_reported, published="2024-05-07")


@pytest.mark.parametrize("text,country", [
    ("A mob sexually assaulted a woman in a village in Manipur after parading her along the road, police said.", "IN"),
    ("On 3 May 2024, a mob sexually assaulted a Christian woman in Sargodha after accusing her of blasphemy.", "PK"),
    ("Two women were raped by a mob during communal violence in Sunamganj on Sunday, police said.", "BD"),
    ("A mob stripped, paraded and molested two women in a village in Thoubal district, officials said.", "IN"),
])
def test_a_mobs_sexual_assault_is_sexual_violence_by_the_mob(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Sexual violence", (ev.sub_event_type, ev.actor1, ev.actor2)
    assert ev.actor1.inter == 5 and ev.actor2.inter == 7, (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,country", [
    ("A mob lynched a man accused of raping a girl in Alwar on Tuesday.", "IN"),
    ("A mob beat a man to death over the alleged rape of a schoolgirl in Cumilla on Friday.", "BD"),
    ("Villagers beat to death a man who had raped a minor, police said.", "IN"),
])
def test_a_lynching_over_an_alleged_rape_stays_mob_violence(text, country):
    ev = reported(text, country)
    assert ev.sub_event_type == "Mob violence", (ev.sub_event_type, ev.actor1, ev.actor2)
