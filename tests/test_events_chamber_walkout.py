"""CODEBOOK 3: a protest is a public demonstration. Legislators who walk out of their chamber or boycott its
sitting make a political act inside an institution, no demonstration: no event. If they then march or rally
outside, that is a protest; workers who walk out of their workplace strike (a protest)."""
import pytest

import vigil

WALKOUTS = [
    ("Opposition MPs walked out of parliament in Nairobi on Thursday in protest at the finance bill.", "KE"),
    ("CAPE TOWN - Members of the EFF staged a walkout from the National Assembly on Thursday during the "
     "president's address.", "ZA"),
    ("Minority lawmakers boycotted Thursday's parliamentary session in Accra to protest the approval of the new "
     "ministers.", "GH"),
    ("On 2 May 2024, opposition members of the Punjab Assembly in Lahore staged a walkout from the house against "
     "the arrest of their leader.", "PK"),
    ("Senators walk out over budget row. Opposition senators walked out of the Senate chamber in Abuja on "
     "Thursday after the Senate President refused to hear their motion.", "NG"),
]


def _events(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country", WALKOUTS)
def test_legislators_leaving_their_chamber_is_no_protest(text, country):
    assert _events(text, country) == []


@pytest.mark.parametrize("text,country", [
    ("Opposition MPs walked out of parliament in Nairobi on Thursday and marched to the Treasury, chanting "
     "slogans against the finance bill.", "KE"),
    ("Nurses staged a walkout at the Chris Hani Baragwanath hospital in Soweto on Thursday over unpaid "
     "overtime.", "ZA"),
    ("Students of the University of Lagos boycotted the exam session on Thursday to protest a fee hike.", "NG"),
])
def test_a_march_outside_or_a_workers_walkout_stays_a_protest(text, country):
    (ev,) = _events(text, country)
    assert ev.event_type == "Protests"
