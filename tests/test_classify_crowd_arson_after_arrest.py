"""A crowd that torches a building is a mob (CODEBOOK 4: "a crowd torching a police post"), also
when the report gives an arrest, a detention or a death in custody as its cause: the arrest told in
the "after ..." clause is the background, not this event, and the police who made it do not act in it."""
import pytest

from _events_helpers import only_reported

CROWD_ARSON = [
    ("A crowd burned a police post in Kasese on Saturday after a man died in police custody.", "UG"),
    ("Residents set fire to the house of a village chief in Mbuji-Mayi on Monday after the arrest of a local "
     "healer.", "CD"),
    ("Angry youths torched the offices of the local council in Kisumu after police detained a motorcycle taxi "
     "driver.", "KE"),
    ("Angry residents burned down the gendarmerie post of Téra, Niger, on Sunday after a young trader died in "
     "custody.", "NE"),
    ("Youths set fire to the police checkpoint at the entrance of Kara on Monday after a detainee died in custody.",
     "TG"),
    ("A crowd torched the gendarmerie brigade in Bertoua after the arrest of a popular preacher.", "CM"),
    ("Villagers set ablaze a police vehicle in Sokoto State on Friday after officers detained two herders.", "NG"),
]


@pytest.mark.parametrize("text,country", CROWD_ARSON)
def test_a_crowd_torching_a_building_after_an_arrest_is_mob_violence(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.inter == 5


def test_the_police_arresting_rioters_stay_arrests():
    ev = only_reported("Police arrested 30 people in Kano on Monday over the burning of a mosque last week.",
                       "2024-05-10", "NG")
    assert ev.sub_event_type == "Arrests"
