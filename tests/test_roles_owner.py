"""The owner or tenant of a place, named in a by-phrase of a participle on it ("a shed leased by a
shopkeeper"), is neither the doer nor the target of the event told (CODEBOOK actor codes: actor1 acts,
actor2 is acted on): a bomb found in his shed is not coded as seized from civilians."""
from _events_helpers import inters, only_reported


def test_device_in_a_shed_leased_by_a_shopkeeper():
    ev = only_reported("Police defused an explosive device found in a shed leased by a shopkeeper in Buynaksk on "
                       "Tuesday.", "2024-10-09", "RU")
    assert ev.sub_event_type == "Disrupted weapons use" and inters(ev)[1] != 7


def test_device_in_a_garage_owned_by_a_teacher():
    ev = only_reported("Bomb disposal experts defused a device hidden in a garage owned by a retired teacher in "
                       "Quetta on Sunday.", "2023-03-13", "PK")
    assert ev.sub_event_type == "Disrupted weapons use" and inters(ev)[1] != 7


def test_device_in_a_kiosk_leased_by_a_vendor():
    ev = only_reported("Police defused a device left in a kiosk leased by a street vendor in Kharkiv on Monday.",
                       "2023-11-21", "UA")
    assert ev.sub_event_type == "Disrupted weapons use" and inters(ev)[1] != 7
