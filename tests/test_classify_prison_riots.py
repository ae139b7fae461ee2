"""Inmates who riot in a prison are a riot (CODEBOOK, Riots; ACLED codes a prison riot, held to
press the inmates' demands, as a violent demonstration by rioters): the hostages they take, the
cells they burn or the word "detention" around them make no abduction, property destruction or
arrest by an armed group."""
import pytest

from _events_helpers import only_reported

PRISON_RIOTS = [
    ("Inmates rioted at the Litoral penitentiary in Guayaquil on Tuesday and took four guards hostage.", "EC"),
    ("Prisoners at Kondengui prison in Yaounde rioted on Friday night, setting fire to two cell blocks.", "CM"),
    ("Detainees at a detention centre outside Benghazi rioted on Sunday over overcrowding, smashing doors.", "LY"),
    ("Rioting convicts torched the workshop of the central jail in Blantyre on Wednesday, officials said.", "MW"),
]


@pytest.mark.parametrize("text,country", PRISON_RIOTS)
def test_inmates_rioting_is_a_riot_by_rioters(text, country):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1.inter == 5


def test_hostages_taken_by_gunmen_stay_an_abduction():
    ev = only_reported("Gunmen took six passengers hostage on a highway near Kaduna on Monday.", "2024-05-10", "NG")
    assert ev.sub_event_type == "Abduction/forced disappearance"
