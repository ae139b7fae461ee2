import spacy
import pytest

from vigil.extract.counts import find_counts


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def counts(nlp, text):
    return [(c.kind, c.value, c.qualifier) for c in find_counts(nlp(text))]


def test_list_distributes_kinds(blank):
    text = "MEK sources said that at least 1,000 have died, 4,000 injured, and 12,000 arrested."
    assert counts(blank, text) == [("killed", 1000, "at least"), ("injured", 4000, None), ("arrested", 12000, None)]


def test_offsets_cover_the_phrase(blank):
    text = "Officials said at least 1,000 have died."
    c = find_counts(blank(text))[0]
    assert text[c.start:c.end] == "at least 1,000 have died"


def test_words_and_vague_quantities(blank):
    assert counts(blank, "Twelve people were detained.") == [("detained", 12, None)]
    assert counts(blank, "Dozens were injured.") == [("injured", 12, None)]
    assert counts(blank, "Hundreds of protesters gathered.") == [("participants", 100, None)]
    assert find_counts(blank("Dozens were injured."))[0].vague


def test_indefinite_person_and_verbs_before(blank):
    assert counts(blank, "A man was killed in the attack.") == [("killed", 1, None)]
    assert counts(blank, "Two people died.") == [("killed", 2, None)]
    assert counts(blank, "1 fatality.") == [("killed", 1, None)]
    assert counts(blank, "Gunmen opened fire, killing three.") == [("killed", 3, None)]
    assert counts(blank, "The crackdown was brutal, leaving 100 locals dead.") == [("killed", 100, None)]


def test_dates_years_and_ages_are_not_counts(blank):
    assert counts(blank, "21 people were arrested on 21 May 2020.") == [("arrested", 21, None)]
    assert counts(blank, "In 2014, he was arrested and executed.") == []
    assert [c for c in counts(blank, "A 16-point charter of demands.")] == []


def test_ranges_and_zero(blank):
    c = find_counts(blank("Between 10 and 20 people were injured."))[0]
    assert (c.kind, c.low, c.high) == ("injured", 10, 20)
    assert counts(blank, "No one was hurt.") == [("injured", 0, None)]
