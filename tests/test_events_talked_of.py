"""An event told as what people talk or speak about, in the present ("taxi drivers still talk about the battle
that drove Islamic State from the old city"), is the past the speakers carry, not the report's news (CODEBOOK 9:
background; status._remembered, cue memory_verbs). Witnesses who "speak of gunfire" on a named day tell the
report's event and stay. Sentences written for these tests."""
import pytest
import vigil


def statuses(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e.status for e in rec.events]


TALKED_OF = [
    ("In Mosul, taxi drivers still talk about the battle that drove Islamic State from the old city.", "2024-05-14", "IQ"),
    ("In Grozny, pensioners speak of the shelling that flattened the centre as if it were a family story.",
     "2024-05-14", "RU"),
    ("In Bamenda, traders talk about the clashes that emptied the market more than about prices.", "2024-05-14", "CM"),
]


@pytest.mark.parametrize("text,published,country", TALKED_OF)
def test_what_people_talk_about_is_background(text, published, country):
    got = statuses(text, published, country)
    assert got and "reported" not in got, got


def test_witnesses_speaking_of_gunfire_on_a_day_stay_reported():
    assert "reported" in statuses("Witnesses speak of heavy gunfire in Goma on Monday night, and hospitals said they "
                                  "had received 12 wounded.", "2024-05-14", "CD")
