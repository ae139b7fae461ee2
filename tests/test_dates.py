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


def _found(nlp, text, published):
    return [(m.text, m.date, m.precision) for m in dates.find_dates(nlp(text), day(published))]


def test_a_step_of_years_or_months_counts_from_the_date_before(nlp):
    got = _found(nlp, "The two sides signed a truce in March 2021. It collapsed two years later, and "
                      "fighting resumed in the hills.", "2024-06-01")
    assert ("two years later", "2023-03-01", 3) in got
    got = _found(nlp, "Rebels took the town on 4 May 2023. Three months later, the army retook it.", "2024-06-01")
    assert ("Three months later", "2023-08-01", 3) in got
    got = _found(nlp, "Soldiers shot two marchers on 10 April 2024; a year earlier they had shot four.", "2024-06-01")
    assert ("a year earlier", "2023-04-01", 3) in got


def test_a_step_with_nothing_before_it_or_past_publication_is_not_read(nlp):
    assert _found(nlp, "A year later, the town was quiet again.", "2024-06-01") == []
    got = _found(nlp, "Militants attacked the base on 2 May 2024. A year later, it may be rebuilt.", "2024-06-01")
    assert [t for t, _, _ in got] == ["2 May 2024"]


def test_a_shift_after_a_month_or_a_year_falls_in_it(nlp):
    """"the following night" after "In January 2023, ..." is in January 2023 (told to the month), not
    the day after the report's last day: a background event stays background (CODEBOOK 9)."""
    pub = dt.date(2024, 10, 8)
    for text, want in [
        ("On Monday, police fired on marchers in Ilave. The deaths revive memories in Puno. In January 2023, 17 "
         "civilians were killed in Juliaca. A police officer was killed the following night.", ("2023-01-01", 3)),
        ("On Sunday, soldiers shelled the village. Last year, rebels overran the district. Two days later, the "
         "army retook it.", ("2023-01-01", 4)),
    ]:
        found = {m.text: (m.date, m.precision) for m in dates.find_dates(nlp(text), pub)}
        shift = next(k for k in found if k.lower().startswith(("the following", "two days")))
        assert found[shift] == want, found
    found = [(m.text, m.date) for m in dates.find_dates(nlp(
        "Protests began in March. On 3 April, police arrested 12 people. The next day, they were released."), pub)]
    assert found[-1] == ("The next day", "2024-04-04")


def test_that_day_counts_from_the_day_told_last_even_in_a_new_paragraph(nlp):
    """"that evening", "the same day", "later that day", "hours later" point back to the day the story
    last told, wherever its paragraph ends; not to the report's first date (a report of 10 June that
    tells Monday, then Tuesday, then "died that evening" in a paragraph of its own means Tuesday).
    "in the evening" with no day in its paragraph keeps the old reading."""
    pub = "2024-06-10"
    cases = [
        ("On Monday 3 June, traders closed their shops in Kano.\n\nOn Tuesday 4 June, police fired on a march "
         "in Zaria.\n\nA second marcher died of his wounds that evening, his family said.", "that evening", "2024-06-04"),
        ("Soldiers and rebels fought near Goma on 1 June.\n\nA drone hit a market in Sake on Wednesday 5 June."
         "\n\nThe town's mayor said the same day that eleven people had died.", "the same day", "2024-06-05"),
        ("Students marched in Dhaka on 2 June.\n\nRiot police dispersed a sit-in at the university on 6 June."
         "\n\nHours later, unknown men set fire to a student hostel.", "Hours later", "2024-06-06"),
    ]
    for text, phrase, want in cases:
        got = {t: d for t, d, _ in _found(nlp, text, pub)}
        assert got.get(phrase) == want, (phrase, got)


def test_a_day_number_the_recognizer_leaves_out_stays_with_its_month(nlp):
    """spaCy's small model sometimes tags only the month of "On 9 May" or of "between 6 and 12 May 2024"
    (after a heading line, in a long sentence): the day or the range before the month is read with
    it, or the event is dated to the whole month and a month-dated event is read as background."""
    pub = "2024-05-20"
    for text, want in [
        ("2. Abduction near Motta\n\nOn 9 May, militiamen abducted four aid workers near Motta.",
         ("9 May", "2024-05-09", 1)),
        ("3. WITCHCRAFT KILLINGS\n\nOn 9 May, villagers in Ilebo beat an elderly woman to death.",
         ("9 May", "2024-05-09", 1)),
        ("The commission is alarmed by a week of violence in the Gojjam zone between 6 and 12 May 2024, during "
         "which soldiers fired on demonstrators and officials detained journalists.",
         ("between 6 and 12 May 2024", "2024-05-06", 1)),
    ]:
        got = _found(nlp, text, pub)
        assert want in got, got
    assert ("May", "2024-05-01", 3) in _found(nlp, "Protests have continued since May, activists said.", pub)
