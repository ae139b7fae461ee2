"""People who leave or come back to their homes ("residents who left on Sunday were beginning to return") move
themselves: no political or armed actor's move, so no strategic development (CODEBOOK 8 lists none such).
Troops who leave or return keep their event. Sentences written for these tests."""
import pytest
import vigil


def kinds(text, published, country):
    rec = vigil.extract_text(text, published=published, country=country)
    return [e.sub_event_type for e in rec.events if e.status == "reported"]


HOMECOMINGS = [
    ("Villagers who left Kachia at the weekend were returning on Tuesday, the local chief said.", "2024-05-15", "NG"),
    ("Police said the town of Bor was calm on Monday and that families who had left were starting to return.",
     "2024-05-14", "SS"),
    ("The army said on Thursday that the night had been quiet in Sa Kaeo and that residents who left their homes "
     "on Tuesday had begun to return.", "2024-05-17", "TH"),
]


@pytest.mark.parametrize("text,published,country", HOMECOMINGS)
def test_residents_going_home_is_no_event(text, published, country):
    assert kinds(text, published, country) == []


def test_troops_leaving_a_town_stay_an_event():
    assert kinds("Rebel fighters left the town of Kiwanja on Sunday and government troops returned, residents said.",
                 "2024-05-13", "CD") == ["Non-violent transfer of territory"]
