"""A heading ("Shelling in Kherson", "Clashes in Goma") titles the text below it; the sentence that
tells the event names its own place, the most specific one (CODEBOOK, Precision: the place is
where the event happened). A heading's place is the event's only when the sentence names none.
Briefings written for these tests."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country,want", [
    ("Weekly incident summary\n\nAir strikes in Idlib\n\nOn Wednesday, jets struck a crowded market in Ariha, "
     "killing nine people, rescuers said.", "SY", "Ariha"),
    ("Clashes in Goma\n\nOn Sunday, M23 fighters clashed with army troops in Sake, west of the city, "
     "residents said.", "CD", "Sake"),
    ("2. Protests in Nairobi\n\nOn Monday, hundreds of traders marched through Kisumu to demand lower "
     "market fees.", "KE", "Kisumu"),
])
def test_the_telling_sentence_names_the_place_not_the_heading(text, country, want):
    ev = only_reported(text, "2024-11-12", country)
    assert ev.location.name == want


def test_a_heading_place_stands_when_the_sentence_names_none():
    text = "Attack in Maiduguri\n\nOn Sunday, gunmen shot dead three farmers, police said."
    ev = only_reported(text, "2024-11-12", "NG")
    assert ev.location.name == "Maiduguri"
