"""Dates with precision: golden cases in golden_claims/dates.yaml."""
import datetime as dt
import os

import pytest
import yaml

from vigil.extract import dates

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = yaml.safe_load(open(os.path.join(HERE, "golden_claims", "dates.yaml"), encoding="utf-8"))
PHRASES = [c for c in CASES if "phrase" in c]
TEXTS = [c for c in CASES if "text" in c]


def day(v):
    return v if isinstance(v, dt.date) or v is None else dt.date.fromisoformat(str(v))


@pytest.mark.parametrize("case", PHRASES, ids=[c["id"] for c in PHRASES])
def test_phrase(case):
    got = dates.parse(case["phrase"], day(case["published"]))
    if case.get("none"):
        assert got is None
        return
    assert got is not None
    d, d_end, prec = got
    assert (d, prec) == (day(case["date"]), case["precision"])
    assert d_end == day(case.get("date_end"))


@pytest.mark.parametrize("case", TEXTS, ids=[c["id"] for c in TEXTS])
def test_sentence(nlp, case):
    doc = nlp(case["text"])
    found = dates.find_dates(doc, day(case["published"]))
    for x in case.get("expect", []):
        assert any(m.date == str(x["date"]) and m.precision == x["precision"]
                   and ("text" not in x or m.text == x["text"]) for m in found), (x, found)
    if "count" in case:
        assert len(found) == case["count"], found
    for m in found:
        assert doc.text[m.start:m.end] == m.text


def test_dateparser_fallback_is_cached():
    dates._dateparser.cache_clear()
    for _ in range(3):
        dates.parse("the 4th of July", dt.date(2020, 7, 10))
    info = dates._dateparser.cache_info()
    assert info.misses <= 1
