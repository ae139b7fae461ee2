from vigil.clean import clean, dedupe, normalise
from vigil.model import RawDoc


def test_normalise_nfc_invisible_and_spacing():
    text = normalise("Cafe\u0301 \u200bprotest\u00a0 today\r\n\r\n\r\nSecond   para")
    assert text == "Café protest today\n\nSecond para"


def test_repeated_paragraph_removed_and_recorded():
    body = ("Students marched through the capital on Friday, the third week of protests.\n\n"
            "Police watched from side streets.\n\n"
            "Students marched through the capital on Friday, the third week of protests.")
    text, removed = dedupe(normalise(body))
    assert text.count("Students marched") == 1
    assert removed == [{"text": "Students marched through the capital on Friday, the third week of protests.",
                        "reason": "repeated paragraph"}]


def test_repeated_sentence_in_other_paragraph_removed_with_quote_marks_folded():
    body = ("The union said the strike would go on until wages were paid in full.\n\n"
            "Talks failed. The union said the strike would go on until wages were paid in full.")
    text, removed = dedupe(body)
    assert text == "The union said the strike would go on until wages were paid in full.\n\nTalks failed."
    assert removed[0]["reason"] == "repeated sentence"


def test_short_repeats_are_kept():
    text, removed = dedupe("“Down with the junta!” they chanted.\n\nLater: “Down with the junta!” they chanted.")
    assert removed == [] and text.count("Down with the junta") == 2


def test_clean_builds_article_with_content_id_and_iso_date():
    a = clean(RawDoc(source="x", text="Body.", title="T", published="2021-03-04T09:00:00Z", country="ng"))
    b = clean(RawDoc(source="y", text="Body.", title="T"))
    assert a.id == b.id and a.id.startswith("a-")
    assert a.published == "2021-03-04" and a.country == "NG" and a.text == "Body."
