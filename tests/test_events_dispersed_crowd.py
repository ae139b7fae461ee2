"""CODEBOOK 3: a crowd the police meet with tear gas, water cannon or rubber bullets was gathered to make a
point, even when no protest word names the gathering ("students trying to reach the palace"): Protests /
Protest with intervention, in a wire lead and in a live-blog entry alike. A crowd that stones or burns
is still a riot."""
import pytest

from _events_helpers import only_reported

DISPERSED = [
    ("09:15 - Riot police have fired water cannon at nurses trying to reach the health ministry in Yerevan, "
     "our reporter says.", "AM"),
    ("Security forces used water cannon on hundreds of farmers heading towards parliament in Tbilisi on Monday.", "GE"),
    ("16:40 - Officers have fired rubber bullets at teachers outside the education ministry in Quito, "
     "witnesses say.", "EC"),
    ("Police fired tear gas at university students outside the governor's residence in Kano on Friday.", "NG"),
]


@pytest.mark.parametrize("text,country", DISPERSED)
def test_a_crowd_met_with_tear_gas_is_a_protest_with_intervention(text, country):
    ev = only_reported(text, "2024-03-12", country)
    assert ev.sub_event_type == "Protest with intervention"
    assert (ev.actor1.inter, ev.actor2.inter) == (6, 1)  # the protesters, and the police who dispersed them


def test_a_stoning_crowd_met_with_tear_gas_is_still_a_riot():
    ev = only_reported("Police fired tear gas at rioters who were stoning shops in Kisumu on Sunday.", "2024-03-12", "KE")
    assert ev.event_type == "Riots"
