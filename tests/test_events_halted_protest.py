"""A protest suspended, called off, postponed or banned (asides.halted_protest; halt_verbs in
vigil/data/events.yaml). CODEBOOK 8, Change to group/activity: "a protest movement suspends its campaign",
bans: no demonstration took place, the move is the event. A protest held despite a ban, or about a
suspension, is still a demonstration (CODEBOOK 3)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("The student movement suspended its nationwide blockade programme for 48 hours on Sunday.", "BD"),
    ("The truckers' union called off its strike after talks with the government on Sunday.", "CL"),
    ("Nurses in Nairobi called off their two-week strike on Monday after the county agreed to pay arrears.",
     "KE"),
    ("Farmers' unions in Punjab postponed their march to Delhi by a week, their leaders said on Friday.", "IN"),
    ("The governor's office banned all demonstrations and gatherings in Diyarbakir for 15 days.", "TR"),
])
def test_a_protest_suspended_or_banned_is_a_change_to_group_activity(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("text,country", [
    ("Thousands marched in Lima on Sunday, a day after the government banned the protests.", "PE"),
    ("Dock workers went on strike at the port of Durban on Monday after management suspended a union leader.",
     "ZA"),
    ("Teachers rallied outside parliament in Accra on Tuesday against the suspension of their allowances.", "GH"),
])
def test_a_protest_held_despite_or_about_a_suspension_stays_a_protest(text, country):
    assert only_reported(text, "2024-06-10", country).sub_event_type == "Peaceful protest"
