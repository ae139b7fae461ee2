"""Background: events the text dates to a period that ended over a month before the report are
historical (CONTRACT: events before the period the report covers), not the report's events."""
import datetime as dt

from _events_helpers import run

from vigil.extract.events.periods import period_end


def reported(evs):
    return [(e.sub_event_type, e.date) for e in evs if e.status == "reported"]


def historical(evs):
    return [e.event_type for e in evs if e.status == "historical"]


def test_period_end_by_precision():
    assert period_end("2023-02-03", None, 1) == dt.date(2023, 2, 3)
    assert period_end("2023-02-01", None, 3) == dt.date(2023, 2, 28)
    assert period_end("2024-02-01", None, 3) == dt.date(2024, 2, 29)
    assert period_end("2023-12-01", None, 3) == dt.date(2023, 12, 31)
    assert period_end("2023-01-01", None, 4) == dt.date(2023, 12, 31)
    assert period_end("2023-03-06", "2023-03-09", 1) == dt.date(2023, 3, 9)


def test_months_old_seizure_in_a_news_story_is_background():
    text = ("Rebels attacked an army post outside Bunia on Monday, killing four soldiers, the army said.\n\n"
            "The same group seized the town of Mahagi on 3 February after a week of fighting.")
    evs, _, _ = run(text, places=["Bunia", "Mahagi"], country="CD", published="2023-05-10")
    assert [d for _, d in reported(evs)] == ["2023-05-08"]
    assert historical(evs)


def test_an_earlier_month_told_as_background_is_historical():
    text = ("Hundreds of nurses marched in Lagos on Tuesday to demand unpaid wages.\n\n"
            "In January, police fired tear gas at a similar march in Abuja and detained 20 nurses.")
    evs, _, _ = run(text, places=["Lagos", "Abuja"], country="NG", published="2023-05-04")
    assert reported(evs) == [("Peaceful protest", "2023-05-02")]
    assert "Protests" in historical(evs)


def test_events_of_a_monthly_report_stay_reported():
    text = ("This report covers incidents in the province during April 2023.\n\n"
            "On 2 April, gunmen shot dead a village chief near Kalemie.\n\n"
            "On 21 April, soldiers looted shops in Moba after their unit withdrew.")
    evs, _, _ = run(text, places=["Kalemie", "Moba"], country="CD", published="2023-04-30")
    dates = sorted(d for _, d in reported(evs))
    assert dates[:1] == ["2023-04-02"] and "2023-04-21" in dates


def test_last_month_within_the_report_period_stays_reported():
    text = "In April, security forces arrested dozens of opposition activists in Harare, their lawyers said."
    evs, _, _ = run(text, places=["Harare"], country="ZW", published="2023-05-12")
    assert [s for s, _ in reported(evs)] == ["Arrests"]


def test_a_date_that_opens_a_long_sentence_dates_all_of_it():
    """CODEBOOK 9: a sentence about a past year is background, to its last clause, however far its
    event words stand from the date that opens it."""
    text = ("Soldiers clashed with rebels near Goma on Monday, the army said.\n\n"
            "In November 2021, the two armies fought with tanks and artillery for several days around the "
            "border crossing; officials said later that heavy guns had shelled three villages and that drones "
            "struck positions on the hills above Rutshuru.")
    evs, _, _ = run(text, places=["Goma", "Rutshuru"], country="CD", published="2023-05-10")
    assert [t for t, _ in reported(evs)] == ["Armed clash"], reported(evs)


def test_the_toll_of_a_whole_war_is_background():
    for text, places, country in [
        ("Gunmen killed four villagers near Kaduna on Tuesday, police said. The conflict in neighbouring "
         "Zamfara, which began years ago, has killed thousands of people and displaced more than a million.",
         ["Kaduna", "Zamfara"], "NG"),
        ("Rebels attacked an army base near Beni on Sunday. The insurgency in Ituri has killed tens of "
         "thousands of civilians, according to rights groups.", ["Beni", "Ituri"], "CD"),
    ]:
        evs, _, _ = run(text, places=places, country=country, published="2023-05-10")
        assert len(reported(evs)) == 1, (text, reported(evs))


def test_a_confrontation_avoided_did_not_happen():
    evs, _, _ = run("Analysts say the insurgents near Mocimboa da Praia have avoided direct confrontation with "
                    "the army this year.", places=["Mocimboa da Praia"], country="MZ", published="2023-05-10")
    assert reported(evs) == [], reported(evs)


def test_a_campaign_that_began_last_month_is_background_to_the_day_told():
    text = ("On Tuesday, police fired tear gas at market traders who marched on the town hall in Jinja "
            "to oppose a new levy.\n\n"
            "The traders' protests began last month, when the council first announced the charge.")
    evs, _, _ = run(text, places=["Jinja"], country="UG", published="2023-06-08")
    assert [d for _, d in reported(evs)] == ["2023-06-06"]
    assert "Protests" in historical(evs)


def test_earlier_this_year_is_background_to_the_day_told():
    text = ("Militants ambushed an army convoy near Gao on Sunday, killing three soldiers, the army said.\n\n"
            "Government troops recaptured the town of Ansongo from the same group earlier this year.")
    evs, _, _ = run(text, places=["Gao", "Ansongo"], country="ML", published="2023-05-23")
    assert [d for _, d in reported(evs)] == ["2023-05-21"]
    assert historical(evs)


def test_an_attack_told_only_by_its_season_is_background():
    text = ("Gunmen abducted two aid workers on the road to Kidal on 4 June, their employer said.\n\n"
            "In early 2023, armed groups attacked several police stations around the city.")
    evs, _, _ = run(text, places=["Kidal"], country="ML", published="2023-06-09")
    assert [d for _, d in reported(evs)] == ["2023-06-04"]
    assert historical(evs)


def test_a_month_dated_event_stands_when_nothing_is_dated_to_the_day():
    text = "In May 2023, soldiers burned several houses in a village near Kidal, residents said."
    evs, _, _ = run(text, places=["Kidal"], country="ML", published="2023-06-09")
    assert [d for _, d in reported(evs)] == ["2023-05-01"]


def test_a_truce_that_collapsed_a_year_later_is_background():
    text = ("Rebels shelled an army post outside Lashio on Tuesday, killing two soldiers, the army said.\n\n"
            "The group agreed a ceasefire with the military in November 2021. The truce collapsed a year later, "
            "when its fighters joined an offensive in the north of Shan State.")
    evs, _, _ = run(text, places=["Lashio", "Shan State"], country="MM", published="2024-01-31")
    assert [d for _, d in reported(evs)] == ["2024-01-30"]


def test_a_roundup_of_the_month_keeps_its_month_dated_events():
    text = ("Opposition supporters kept up their campaign during May, activists said.\n\n"
            "In Kisumu, they painted slogans on the walls of the county offices.\n\n"
            "In Nakuru, students burned a portrait of the governor outside the main market.\n\n"
            "In Eldoret, a group of women held a silent vigil at the bus station.\n\n"
            "On 28 May, police arrested two of the organisers in Kisumu.")
    evs, _, _ = run(text, places=["Kisumu", "Nakuru", "Eldoret"], country="KE", published="2023-05-31")
    assert {"Nakuru", "Eldoret"} <= {e.location.name for e in evs if e.status == "reported" and e.location}
