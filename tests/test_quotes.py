"""Quotes and speakers: golden cases in golden_claims/quotes.yaml, plus mark pairing on raw text."""
import os
import types

import pytest
import yaml

from vigil.extract import quotes

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = yaml.safe_load(open(os.path.join(HERE, "golden_claims", "quotes.yaml"), encoding="utf-8"))


GROUPS = {"students", "protesters", "demonstrators", "crowds", "leaders", "members", "people", "crowd"}


def article(text_id="t", country=None, outlet=None):
    return types.SimpleNamespace(id=text_id, country=country, outlet=outlet)


def who(q):
    s = q.speaker
    return f"{s.name} | {s.canonical}".lower() if s else ""


def matches(q, x):
    if not q.text.startswith(x["starts"]):
        return False
    if x.get("medium") and q.medium != x["medium"]:
        return False
    if x.get("no_person"):  # no speaker, or a group ("students", "the jailed leaders"), never a person's name
        return q.speaker is None or q.speaker.name.split()[-1].lower() in GROUPS
    return x.get("speaker") is None and q.speaker is None or \
        x.get("speaker") is not None and x["speaker"].lower() in who(q)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_quote(nlp, case):
    doc = nlp(case["text"])
    found = quotes.extract_quotes(doc, article())
    for x in case.get("expect", []):
        assert any(matches(q, x) for q in found), (x, [(q.text, q.speaker, q.medium) for q in found])
    if "count" in case:
        assert len(found) == case["count"], [(q.text, q.speaker) for q in found]
    for q in found:
        for ev in q.evidence:
            assert doc.text[ev.start:ev.end] in q.text


def test_ids_are_stable(nlp):
    doc = nlp('"We will stay," said Ali Reza.')
    a = quotes.extract_quotes(doc, article("a1"))
    b = quotes.extract_quotes(doc, article("a1"))
    assert [q.id for q in a] == [q.id for q in b] and a[0].id.startswith("q-")


def test_pairs_curly_and_straight_marks():
    text = 'He said "one two three" and then “four five six”.'
    spans = [(r.start, r.end) for r in quotes.find_raw(text)]
    assert [text[s:e] for s, e in spans] == ["one two three", "four five six"]


def test_apostrophes_are_not_quotes():
    text = "The mullahs' claws and the regime's men don't stop."
    assert quotes.find_raw(text) == []


def test_unclosed_mark_closes_at_paragraph_end():
    text = "A poster has the message “We will win this fight\nNext paragraph."
    raws = quotes.find_raw(text)
    assert [text[r.start:r.end] for r in raws] == ["We will win this fight"]


def test_nyt_double_apostrophes():
    text = "''The sooner he releases his returns, the better,'' Mr. Goldberg said."
    assert [text[r.start:r.end] for r in quotes.find_raw(text)] == ["The sooner he releases his returns, the better,"]


def test_double_marks_found_by_kind_and_width_up_to_the_range_end():
    from vigil.extract.quotemarks import _double_marks
    text = "He said ''we stay'' and “go” now «oui»"
    found = _double_marks(text, 0, len(text))
    assert [(text[i:i + w], k) for i, k, w in found] == [("''", "o"), ("''", "c"), ("“", "o"), ("”", "c"),
                                                         ("«", "o"), ("»", "c")]
    # a mark that starts inside the range is read whole even when it runs past the range's end
    assert _double_marks(text, 0, 9) == [(8, "o", 2)]
    assert _double_marks(text, 9, 17) == []
