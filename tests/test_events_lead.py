"""A report's lead sums up the event its body then tells in detail: one event, not two."""
from _events_helpers import run

from vigil.extract.events.leads import lead_end


def reported(evs):
    return [(e.event_type, e.location.name if e.location else None, e.date) for e in evs if e.status == "reported"]


def test_lead_end_skips_headline_and_dateline_block():
    text = ("ANALYSIS: Fighting spreads in the north\n\nLagos, 4 May 2023\n\n"
            "Gunmen attacked a police station in the north of the country on Tuesday, killing two officers.\n\n"
            "The attackers arrived on motorcycles.")
    end = lead_end(text)
    assert text[:end].endswith("killing two officers.")
    assert lead_end("Short line\n\nanother short line") == 0


def test_dateline_lead_folds_into_the_body_telling():
    text = ("NAIROBI, May 4 - Gunmen killed six people in an attack on a market in coastal Kenya on "
            "Tuesday, police said, the latest in a series of raids in the region.\n\n"
            "The attackers stormed a market in Mombasa at dawn on Tuesday, shooting residents as they left their "
            "homes and setting fire to a school, a police commander told reporters.")
    evs, _, _ = run(text, places=["NAIROBI", "Mombasa"], country="KE", published="2023-05-04")
    got = reported(evs)
    assert len(got) == 1 and got[0][1] == "Mombasa"
    one = [e for e in evs if e.status == "reported"][0]
    assert one.fatalities == 6 and one.evidence[0].start == 0


def test_lead_summary_of_a_town_event_in_other_words():
    text = ("KABUL, June 9 - A roadside bomb struck a minibus carrying government workers in eastern "
            "Afghanistan on Thursday, killing four passengers, officials said.\n\n"
            "The bomb, hidden under a culvert on the main road out of Jalalabad, went off as the minibus "
            "passed shortly after 7 a.m. on Thursday, the provincial police spokesman said.")
    evs, _, _ = run(text, places=["KABUL", "Jalalabad"], country="AF", published="2023-06-09")
    got = reported(evs)
    assert [t for t, _, _ in got] == ["Explosions/Remote violence"] and got[0][1] == "Jalalabad"


def test_a_separate_incident_of_the_same_type_in_the_body_stands():
    text = ("MOGADISHU, July 11 - A car bomb exploded outside a hotel in Mogadishu on Monday, killing "
            "five people, police said.\n\n"
            "In a separate attack on Monday, a roadside bomb hit an army truck near Kismayo, more than "
            "400 km to the south, killing two soldiers.")
    evs, _, _ = run(text, places=["MOGADISHU", "Mogadishu", "Kismayo"], country="SO", published="2023-07-11")
    places = sorted(p for _, p, _ in reported(evs))
    assert places == ["Kismayo", "Mogadishu"]


def test_a_lead_the_body_does_not_retell_stands():
    text = ("DHAKA, Feb 2 - Police fired tear gas at thousands of garment workers who blocked a highway "
            "in Gazipur on Wednesday to demand unpaid wages.\n\n"
            "The factory owners' association said it would meet union leaders next week. "
            "Exports of garments fell by four percent last year.")
    evs, _, _ = run(text, places=["DHAKA", "Gazipur"], country="BD", published="2023-02-02")
    assert [t for t, _, _ in reported(evs)] == ["Protests"]


def test_a_one_paragraph_report_folds_nothing():
    text = ("Soldiers clashed with rebels near Beni on Monday, local officials said. On Monday, rebels "
            "also clashed with a militia near Butembo, a local official said.")
    evs, _, _ = run(text, places=["Beni", "Butembo"], country="CD", published="2023-05-02")
    assert len(reported(evs)) == 2


def test_a_dateline_day_does_not_date_the_lead_event():
    text = ("KAMPALA, July 3 (Wire) - Soldiers fought rebels near the border in western Uganda at the "
            "weekend, the army said.\n\nA spokesman gave no toll.")
    evs, _, _ = run(text, places=["KAMPALA"], country="UG", published="2023-07-03")
    dates = [d for _, _, d in reported(evs)]
    assert dates == ["2023-07-01"]


def test_a_weekend_lead_folds_into_the_body_telling_of_it():
    text = ("ABUJA, March 15 - Gunmen attacked a police post in northern Nigeria at the weekend, killing "
            "two officers, police said.\n\n"
            "The attackers opened fire on the post in Funtua on Saturday night and set a patrol vehicle "
            "alight, a police spokesman said.")
    evs, _, _ = run(text, places=["ABUJA", "Funtua"], country="NG", published="2023-03-15")
    got = reported(evs)
    assert len(got) == 1 and got[0][1] == "Funtua" and got[0][2] == "2023-03-11"


def test_a_dateline_day_still_dates_a_lead_with_no_day_of_its_own():
    text = ("NAIROBI, May 4 - Gunmen killed six people in an attack on a market in Mombasa, police said.\n\n"
            "The attackers fled on motorcycles.")
    evs, _, _ = run(text, places=["NAIROBI", "Mombasa"], country="KE", published="2023-05-04")
    assert [d for _, _, d in reported(evs)] == ["2023-05-04"]
