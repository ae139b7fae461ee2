"""CODEBOOK 9 and neutrality: a denial with its own subject, told after a semicolon ("activists say
police beat marchers; the police deny using force"), is a claim beside the first, not a negation of
it: the event stays reported, with both sides' words in the report. A denial that governs the act
itself ("police denied that officers beat marchers") still negates it."""
import pytest

import vigil


def statuses(text, country):
    return [e.status for e in vigil.extract_text(text, published="2024-05-10", country=country).events]


@pytest.mark.parametrize("text,country", [
    ("Opposition activists say police beat and detained dozens of marchers in Conakry on Thursday; the police deny "
     "using force.", "GN"),
    ("Rights groups say soldiers shot three protesters in Kayes on Monday; the army denies firing on the crowd.", "ML"),
    ("Residents said militants burned a school in Tillaberi on Friday; officials have denied the report.", "NE"),
])
def test_a_denial_after_a_semicolon_leaves_the_claim_reported(text, country):
    assert "reported" in statuses(text, country)


def test_a_denial_of_the_act_itself_still_negates_it():
    assert statuses("Police denied that officers beat marchers in Conakry on Thursday.", "GN") == ["negated"]
