"""A strike an armed, organised force carries out, conducts or launches is its fire from afar (CODEBOOK 6: an
air/drone strike), not a walkout: workers strike, forces strike at targets (CODEBOOK 3 is about demonstrators)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("US forces carried out a strike near Jilib on Thursday, killing four al-Shabaab fighters.", "SO"),
    ("MOGADISHU, May 9 (Vigil Wire) - The US military said it conducted a strike against al-Shabaab militants "
     "near Jilib on Wednesday.", "SO"),
    ("On 8 May 2024, coalition forces launched strikes on Houthi positions near Marib.", "YE"),
    ("Israeli forces carried out a strike on a weapons depot near Masyaf on Sunday, a war monitor said.", "SY"),
])
def test_a_strike_a_force_carries_out_is_fire_from_afar(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Air/drone strike", (ev.sub_event_type, ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,country", [
    ("Workers carried out a strike in Lagos on Monday to demand higher wages.", "NG"),
    ("The transport union launched a strike in Nairobi on Tuesday over fuel prices.", "KE"),
    ("Doctors at the state hospital conducted a one-day strike on Thursday to protest unpaid salaries.", "ZW"),
])
def test_a_strike_workers_carry_out_stays_a_walkout(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.event_type == "Protests", (ev.sub_event_type, ev.actor1)
