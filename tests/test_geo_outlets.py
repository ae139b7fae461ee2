"""A place name that is the name of a news outlet ("the judiciary's Mizan news agency", "Multan
television") names the outlet, not a place of the report: no place mention, so no event is placed
at a namesake town (CODEBOOK, Precision: the place is where the event happened; DESIGN: a source
is a claimant, not a scene). Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,outlet,place", [
    ("The judiciary's Mizan news agency said a man convicted of armed rebellion was hanged in Zahedan prison "
     "on Wednesday.", "IR", "Mizan", "Zahedan"),
    ("Police fired tear gas at striking teachers in Lahore on Tuesday, Multan television reported.", "PK",
     "Multan", "Lahore"),
    ("Herat radio said on Sunday that gunmen had shot dead two aid workers in Kandahar.", "AF", "Herat", "Kandahar"),
])
def test_an_outlets_name_is_no_place(text, country, outlet, place):
    rec = vigil.extract_text(text, published="2025-02-01", country=country)
    assert outlet not in [p.name for p in rec.places]
    assert [e.location.name for e in rec.events if e.status == "reported"] == [place]


def test_an_outlet_confirming_an_event_adds_no_second_one():
    text = ("On Wednesday, the authorities executed a man in Zahedan prison who had been convicted of armed "
            "rebellion, rights groups said. The judiciary's Mizan news agency confirmed the execution.")
    rec = vigil.extract_text(text, published="2025-01-30", country=None)
    assert [e.location.name for e in rec.events if e.status == "reported"] == ["Zahedan"]
