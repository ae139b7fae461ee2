"""CODEBOOK 9: a summary of a conflict told in the present perfect is background, not the report's event
of the day: the fighting told over a stretch of months or years ("clashes have displaced 40,000 people this
year") or by the extent it has come to ("the fighting has narrowed to three towns"). The fighting told on a
day, or over this week, stays the report's event."""
import pytest

import vigil

SUMMARIES = [
    ("KHARTOUM (AFP) - The fighting has narrowed to three towns in North Darfur, aid workers said on Thursday.", "SD"),
    ("Clashes between M23 rebels and the army have displaced 40,000 people this year, the UN said on Thursday.", "CD"),
    ("On 2 May 2024, a local official said fighting in Amhara has killed hundreds of civilians over the past year.",
     "ET"),
    ("Live updates: Gang violence has killed more than 1,500 people in Port-au-Prince this year, the UN said on "
     "Thursday.", "HT"),
    ("Clashes between rival militias have forced 20,000 people from their homes in Jonglei over the past year, "
     "aid groups said on Thursday.", "SS"),
]


def _reported(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country", SUMMARIES)
def test_a_conflict_summary_is_no_event_of_the_day(text, country):
    assert _reported(text, country) == []


@pytest.mark.parametrize("text,country", [
    ("Renewed fighting has killed at least ten soldiers near Kidal on Wednesday, the army said.", "ML"),
    ("Bandit attacks have killed at least 40 villagers in Zamfara this week, officials said.", "NG"),
])
def test_fighting_told_on_a_day_or_this_week_stays(text, country):
    assert len(_reported(text, country)) == 1
