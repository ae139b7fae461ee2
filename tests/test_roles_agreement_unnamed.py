"""CODEBOOK 8 and actor codes: an agreement's parties are those the text names. A ceasefire or a peace deal
told with no party named gets no actors filled in (no "Government of X" and "Militants (X)" the text never
mentions); named parties are kept."""
import pytest

import vigil

UNNAMED = [
    ("A ceasefire was agreed in El Fasher on Thursday, local mediators said.", "SD"),
    ("A peace deal was signed in Quibdo on Thursday, ending weeks of fighting in the area.", "CO"),
    ("On 2 May 2024, a truce was reached in Bokkos after talks mediated by traditional rulers.", "NG"),
    ("Live: A local ceasefire has taken effect in Taiz, according to residents.", "YE"),
]


def _only(text, country):
    (ev,) = [e for e in vigil.extract_text(text, published="2024-05-02", country=country).events
             if e.status == "reported"]
    return ev


@pytest.mark.parametrize("text,country", UNNAMED)
def test_an_agreement_with_no_party_named_gets_no_actors(text, country):
    ev = _only(text, country)
    assert ev.sub_event_type == "Agreement"
    assert ev.actor1 is None and ev.actor2 is None


def test_the_parties_named_are_kept():
    ev = _only("The M23 and the Congolese army agreed a 72-hour truce around Sake on Thursday.", "CD")
    assert {ev.actor1.canonical, ev.actor2.canonical} == {"Military Forces of Democratic Republic of Congo",
                                                          "M23: March 23 Movement"}
