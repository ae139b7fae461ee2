"""CODEBOOK 4: people who riot are rioters, whatever the noun that names them. Inmates or prisoners who riot
in a jail are no armed group and stage no demonstration: Riots / Mob violence, not property destruction by
an unidentified armed group nor a violent demonstration."""
import pytest

from _events_helpers import only_reported

RIOTS = [
    ("Inmates rioted at the overcrowded prison in Tacumbu on Saturday, setting fire to bedding.", "PY"),
    ("Prisoners rioted at a jail in Kamiti on Thursday over the quality of food, officials said.", "KE"),
    ("Hundreds of inmates rioted at the central prison in Zahle overnight, burning mattresses and doors.", "LB"),
]


@pytest.mark.parametrize("text,country", RIOTS)
def test_inmates_who_riot_are_a_mob(text, country):
    ev = only_reported(text, "2024-09-02", country)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.inter == 5
