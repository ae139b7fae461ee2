"""A vehicle that "blew up" by itself outside a target is a car bomb: CODEBOOK 6, roadside and car bombs not
driven by a suicide attacker are Remote explosive/landmine/IED, not property destroyed, a riot or a clash.
"Militants blew up a bridge" (the verb with an object) keeps its sense. Sentences written for these tests."""
import pytest
import vigil


def events(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e for e in rec.events if e.status == "reported"]


CAR_BOMBS = [
    ("The car, a stolen hatchback, blew up at about 10 p.m. on Friday outside a police post in the Kotte district of "
     "Colombo, police said. Two constables inside were hurt by flying glass and the front of the post was "
     "destroyed, along with two parked motorbikes.", "2024-05-11", "LK"),
    ("A stolen car blew up outside a police station in the Sarria district of Barcelona at about 11 p.m. on "
     "Monday, police said. Two officers inside were hurt by flying glass.", "2024-05-14", "ES"),
    ("A parked van blew up beside the gate of the municipal police headquarters in Cucuta on Sunday night, "
     "wrecking the facade and injuring three officers, the mayor said.", "2024-05-13", "CO"),
]


@pytest.mark.parametrize("text,published,country", CAR_BOMBS)
def test_a_vehicle_that_blew_up_is_a_car_bomb(text, published, country):
    subs = [e.sub_event_type for e in events(text, published, country)]
    assert subs == ["Remote explosive/landmine/IED"], subs


def test_blowing_up_a_bridge_is_no_car_bomb():
    subs = [e.sub_event_type for e in events("Militants blew up a bridge on the highway near Kismayo on Tuesday, "
                                             "cutting the town off, officials said.", "2024-05-15", "SO")]
    assert "Remote explosive/landmine/IED" not in subs, subs
