from _events_helpers import run
from vigil.model import Claim, Quote, Span


def test_claims_and_quotes_link_to_the_event_of_their_clause():
    text = ("In Khoy, a poster says, \u201cFreedom\u201d, while in Abadan, protesters rallied and 3 people "
            "were killed.")
    q = Quote(id="q1", text="Freedom", evidence=(Span(text.index("Freedom"), text.index("Freedom") + 7),))
    i = text.index("3 people")
    c = Claim(id="c1", kind="killed", value=3, evidence=(Span(i, i + 20),))
    evs, claims, quotes = run(text, places=["Khoy", "Abadan"], claims=[c], quotes=[q])
    by_id = {e.id: e for e in evs}
    assert by_id[quotes[0].event_id].location.name == "Khoy"
    assert by_id[claims[0].event_id].location.name == "Abadan"
    khoy = [e for e in evs if "q1" in e.quote_ids]
    abadan = [e for e in evs if "c1" in e.claim_ids]
    assert khoy and abadan and khoy[0].id != abadan[0].id
    assert claims[0].event_id == abadan[0].id and abadan[0].fatalities == 3


def test_event_ids_are_stable():
    text = "Protesters rallied in Tunis on Friday."
    a, _, _ = run(text, places=["Tunis"], country="TN")
    b, _, _ = run(text, places=["Tunis"], country="TN")
    assert [e.id for e in a] == [e.id for e in b]
