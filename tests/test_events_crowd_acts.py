"""CODEBOOK 3-4: what a crowd does decides its event, not its mood. A crowd that storms or wrecks a
building outside any demonstration commits mob violence (a crowd torching a police post); an
"angry" or "irate" crowd that gathers to make a demand is a protest, however angry."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country", [
    ("Hundreds of residents stormed the district office in Gafsa on Monday and smashed its windows.", "TN"),
    ("Residents broke into the town hall in Beni on Wednesday and smashed furniture.", "CD"),
    ("Villagers stormed the police station in Gombe on Friday after a boy was shot at a checkpoint.", "NG"),
    ("Locals stormed a clinic in Jacmel on Thursday after a woman died in labour there.", "HT"),
])
def test_a_crowd_that_storms_or_wrecks_a_building_is_mob_violence(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.inter == 5


@pytest.mark.parametrize("text,country", [
    ("An angry crowd gathered outside the governor's office in Arequipa on Thursday, demanding clean water.", "PE"),
    ("Irate farmers assembled in front of the district office in Nakuru on Tuesday to demand payment for maize.",
     "KE"),
    ("An angry crowd rallied outside the ministry in Yaounde on Monday, calling for the release of unpaid wages.",
     "CM"),
])
def test_an_angry_crowd_making_a_demand_is_a_protest(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.inter == 6


@pytest.mark.parametrize("text,country", [
    ("Angry villagers stormed a police station in Bauchi on Tuesday after a motorcyclist was killed.", "NG"),
    ("An irate crowd beat a suspected thief to death in Mwanza on Friday.", "TZ"),
    ("Angry residents set fire to a bus in Soweto on Wednesday after it hit a child.", "ZA"),
])
def test_an_angry_crowd_that_acts_is_still_mob_violence(text, country):
    assert only_reported(text, "2024-05-10", country).sub_event_type == "Mob violence"
