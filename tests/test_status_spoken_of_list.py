"""What people talk or speak of, told in the present, is the past they carry (CODEBOOK 9; status._remembered),
also when the parser hangs the list after "of" away from the verb ("residents speak more often of the
group's rule, the battles that ended it and the graves still being found"): a word in that list, no other
main verb before it, is background. A witness who "spoke of" gunmen on a named day stays reported."""
import pytest

import vigil

SPOKEN_OF = [
    ("Fighting broke out on Thursday in Dhiban between SDF fighters and tribal gunmen.\n\nIn Deir ez-Zor, residents "
     "speak more often of the Islamic State's rule, the battles that ended it and the mass graves still being "
     "uncovered in the desert.", "SY", "Deir ez-Zor"),
    ("Gunmen killed two traders near Goma on Monday, police said.\n\nIn Bunia, elders speak most often of the "
     "militia's reign, the massacres that ended it and the graves still being found in the hills.", "CD", "Bunia"),
    ("Gunmen attacked a police post near Kidal on Monday, officials said.\n\nIn Timbuktu, residents speak more often "
     "of the jihadists' rule, the battles that ended it and the graves still being found in the dunes.", "ML",
     "Timbuktu"),
]


def _reported(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-20", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country,place", SPOKEN_OF)
def test_a_list_spoken_of_is_background(text, country, place):
    events = _reported(text, country)
    assert not [e for e in events if e.location is not None and e.location.name == place]
    assert len(events) == 1   # the fight told first stays


@pytest.mark.parametrize("text,country", [
    ("Witnesses spoke of gunmen who shot dead three farmers near Jos on Sunday.", "NG"),
    ("Residents speak of fear in Kano after gunmen killed five people on Monday, police said.", "NG"),
])
def test_a_dated_event_spoken_of_stays(text, country):
    assert _reported(text, country)
