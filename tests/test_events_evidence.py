"""Every coded field of an event points at the words it was read from (event.field_evidence)."""
from _events_helpers import run


def text_of(text, span):
    return None if span is None else text[span.start:span.end]


def test_each_field_points_at_its_words():
    text = "Soldiers shot dead three farmers near Gao on Sunday, residents said."
    evs, _, _ = run(text, places=["Gao"], country="ML", published="2024-03-12")
    (ev,) = [e for e in evs if e.status == "reported"]
    fe = ev.field_evidence
    assert ev.sub_event_type == "Attack" and text_of(text, fe.sub_event_type) in ("shot", "shot dead")
    assert text_of(text, fe.actor1) == "Soldiers" == ev.actor1.name
    assert text_of(text, fe.location) == "Gao"
    assert text_of(text, fe.date) == "Sunday" and ev.date == "2024-03-10"
    assert ev.fatalities == 3 and "three" in text_of(text, fe.fatalities)
    assert fe.injured is None and fe.arrested is None


def test_values_not_read_from_the_text_have_no_evidence():
    text = "Protesters marched through the capital demanding lower fuel prices."
    evs, _, _ = run(text, country="KE", published="2024-03-12")
    (ev,) = [e for e in evs if e.status == "reported"]
    fe = ev.field_evidence
    assert text_of(text, fe.actor1) == "Protesters"
    assert fe.date is None and ev.date == "2024-03-12"  # the publication date: nothing in the text says it
    assert fe.fatalities is None


def test_field_evidence_is_in_the_contract_output(pipeline):
    from vigil.pipeline import extract_text as extract
    rec = extract("Police fired tear gas at 200 traders who blocked a market road in Kisumu on Monday.",
                  published="2024-03-12", country="KE").to_dict()
    ev = rec["events"][0]
    assert set(ev["field_evidence"]) == {"sub_event_type", "actor1", "actor2", "location", "date", "fatalities",
                                         "injured", "arrested"}
    loc = ev["field_evidence"]["location"]
    assert rec["text"][loc["start"]:loc["end"]] == "Kisumu"
