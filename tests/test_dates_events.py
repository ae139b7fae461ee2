"""Each event's own date in a whole report: the date that governs its clause, else the sentence chain of
its paragraph, else the report's lead; shifts ("two days later") from the governing date; weekdays never
after publication. All sentences are written for these tests."""
from _events_helpers import run

THU = "2025-03-06"      # a Thursday


def dated(evs, status="reported"):
    return sorted((e.date, e.time_precision) for e in evs if e.status == status)


def test_the_date_of_the_events_own_clause_beats_the_date_of_the_report_that_tells_it():
    for text in ("The rights commission said in a statement issued on Wednesday that gunmen had burned "
                 "the market in Kaduna on Saturday.",
                 "In a report released on Wednesday, the commission said soldiers had beaten traders in "
                 "Kaduna on Saturday.",
                 "A police spokesman told reporters on Wednesday that officers had arrested nine men in "
                 "Kaduna on Saturday."):
        evs, _, _ = run(text, places=["Kaduna"], country="NG", published=THU)
        assert dated(evs) == [("2025-03-01", 1)], text


def test_a_weekday_with_a_time_of_day_dates_the_event():
    for phrase, day in (("on Monday night", "2025-03-03"), ("in the early hours of Monday", "2025-03-03"),
                        ("overnight on Tuesday", "2025-03-04"), ("shortly before dawn on Sunday", "2025-03-02"),
                        ("on Tuesday evening of last week", "2025-02-25")):
        evs, _, _ = run(f"Police arrested two student leaders at their homes in Kano {phrase}, their lawyer said.",
                        places=["Kano"], country="NG", published=THU)
        assert dated(evs) == [(day, 1)], phrase


def test_the_paragraphs_sentence_chain_dates_a_sentence_without_a_date():
    text = ("On Tuesday, hundreds of nurses marched through Enugu to demand unpaid wages. "
            "Later, police fired tear gas at them near the governor's office.")
    evs, _, _ = run(text, places=["Enugu"], country="NG", published=THU)
    assert {d for d, _ in dated(evs)} == {"2025-03-04"}


def test_a_shift_counts_from_the_date_before_it():
    cases = (("On Monday, farmers blocked the main road into Jos with burning tyres. Two days later, police "
              "arrested eleven of them in Jos.", "2025-03-05"),
             ("Farmers blocked the main road into Jos on Monday.\n\nThe following day, police arrested "
              "eleven of them in Jos.", "2025-03-04"),
             ("Gunmen attacked a village near Jos on Tuesday, killing six people.\n\nA day earlier, soldiers "
              "arrested eleven suspected militants in Jos.", "2025-03-03"))
    for text, arrest_day in cases:
        evs, _, _ = run(text, places=["Jos"], country="NG", published=THU)
        arrests = [e for e in evs if e.sub_event_type == "Arrests" and e.status == "reported"]
        assert [e.date for e in arrests] == [arrest_day], text


def test_a_time_of_day_keeps_the_day_named_before_it_in_its_paragraph():
    text = ("Traders in Ilorin shut their shops on Saturday to protest against new market levies. "
            "In the evening, police fired live rounds at a crowd in Ilorin, killing two people.")
    evs, _, _ = run(text, places=["Ilorin"], country="NG", published=THU)
    assert {d for d, _ in dated(evs)} == {"2025-03-01"}


def test_a_date_that_qualifies_a_noun_does_not_date_the_event():
    text = ("Border guards of the two countries exchanged fire near Isiolo on Monday.\n\n"
            "After a meeting in Isiolo, the two commanders agreed a ceasefire and the withdrawal of the "
            "troops sent to the area over the weekend.")
    evs, _, _ = run(text, places=["Isiolo"], country="KE", published=THU)
    truce = [e for e in evs if e.sub_event_type == "Agreement"]
    assert [(e.date, e.time_precision) for e in truce] == [("2025-03-03", 1)]


def test_the_dateline_is_not_the_events_date_the_lead_is():
    text = ("KANO, March 6 - Gunmen killed four farmers in a village near Kano on Tuesday, police said.\n\n"
            "Residents said the attackers also burned a granary and stole cattle in Kano.")
    evs, _, _ = run(text, places=["Kano"], country="NG", published=THU)
    assert {d for d, _ in dated(evs)} == {"2025-03-04"}


def test_a_live_blog_entry_takes_the_date_of_its_headline():
    text = ("General strike live: unions march in Lagos - Wednesday 5 March 2025\n\n"
            "10:15 - Several thousand workers marched through central Lagos behind union banners, our "
            "reporter says.")
    evs, _, _ = run(text, places=["Lagos"], country="NG", published=THU)
    assert dated(evs) == [("2025-03-05", 1)]


def test_no_weekday_lands_after_publication():
    for wd in ("Monday", "Wednesday", "Thursday", "Friday", "Saturday"):
        evs, _, _ = run(f"Protesters blocked a highway outside Abuja on {wd}.", places=["Abuja"], country="NG",
                        published=THU)
        assert all(d <= THU for d, _ in dated(evs)), wd
        assert dated(evs), wd


def test_a_month_in_background_keeps_month_precision():
    text = "In January, soldiers burned dozens of homes in villages around Maiduguri, residents said."
    evs, _, _ = run(text, places=["Maiduguri"], country="NG", published="2025-02-13")   # within a month of January: reported
    assert dated(evs) == [("2025-01-01", 3)]


def test_a_past_event_is_never_dated_by_a_later_year_in_its_sentence():
    text = ("The protests in Tbilisi began in late November, when the government said it would freeze "
            "membership talks until 2028.")
    evs, _, _ = run(text, places=["Tbilisi"], country="GE", published="2025-06-30")
    assert evs and all(e.date is None or e.date <= "2025-06-30" for e in evs)


def test_the_day_of_telling_a_quote_does_not_date_what_the_quote_tells():
    text = ("A crowd beat a suspected thief to death in Kisumu on Saturday night, police said.\n\n"
            "\"When our officers arrived, the man was already dead,\" the local police chief told "
            "reporters on Monday.")
    evs, _, _ = run(text, places=["Kisumu"], country="KE", published="2025-03-04")
    assert {e.date for e in evs if e.status == "reported"} == {"2025-03-01"}


def test_a_date_in_a_clause_telling_its_own_event_does_not_date_the_main_event():
    for text in ("In Tillaberi, where gunmen killed 20 villagers in March 2021, hundreds of residents marched "
                 "for peace.",
                 "Residents of Tillaberi, which armed men attacked in 2021, marched for peace."):
        evs, _, _ = run(text, places=["Tillaberi"], country="NE", published="2025-05-10")
        assert any(e.sub_event_type == "Peaceful protest" for e in evs if e.status == "reported"), text
