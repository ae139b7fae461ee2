"""Acts only a state performs: an execution whose executioner goes unnamed is the state's act
(CODEBOOK: Violence against civilians / Attack includes "executions by the state"), while
armed groups that kill captives, or killings "execution-style", stay with whoever did them."""
import functools

from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-20")


def actor1(text, country, status="reported"):
    evs, _, _ = run(text, country=country)
    evs = [e for e in evs if e.status == status and e.sub_event_type == "Attack"]
    assert evs, f"no Attack event in {text!r}"
    return evs[0].actor1


def test_an_unnamed_executioner_is_the_state():
    for text, country in [
        ("A political prisoner was executed in Zahedan prison on Tuesday, a rights group said.", "IR"),
        ("Two men convicted of blasphemy were hanged in Riyadh on Monday, the interior ministry announced.", "SA"),
        ("A former army officer was put to death by firing squad in Minsk last week, his lawyer said.", "BY"),
    ]:
        a = actor1(text, country)
        assert a.inter == 1 and "Unidentified" not in (a.canonical or ""), (text, a)


def test_a_historical_execution_is_the_state_act_too():
    a = actor1("In 2016, a teacher who had joined a banned union was arrested and executed, Amnesty International says.",
               "IR", status="historical")
    assert a.inter == 1, a


def test_armed_groups_who_execute_captives_stay_the_doers():
    for text, country in [
        ("Militants executed three truck drivers at a makeshift checkpoint near Gao on Sunday, officials said.", "ML"),
        ("Bodies of four men who had been shot execution-style were found beside a highway near Culiacan on Friday.", "MX"),
    ]:
        a = actor1(text, country)
        assert a.inter != 1, (text, a)


def test_an_announcement_of_a_done_act_reports_it_an_announcement_of_a_plan_plans_it():
    for text in ["The interior ministry announced that two men convicted of blasphemy were hanged in Riyadh on Monday.",
                 "Two men convicted of blasphemy were hanged in Riyadh on Monday, the interior ministry announced."]:
        evs, _, _ = run(text, country="SA")
        assert [e.status for e in evs if e.sub_event_type == "Attack"] == ["reported"], text
    for text in ["The teachers' union announced that its members will march through Riyadh on Friday.",
                 "Opposition parties announced a march through Dhaka for Friday."]:
        evs, _, _ = run(text, country="SA" if "Riyadh" in text else "BD")
        assert evs and all(e.status == "planned" for e in evs if e.event_type == "Protests"), text


def test_a_body_found_names_no_executioner():
    for text, country in [("Residents found the body of a young man, hanged from a tree, outside Quetta on Saturday.", "PK"),
                          ("Villagers discovered the bodies of two traders who had been executed near Kidal on Monday.", "ML")]:
        evs, _, _ = run(text, country=country)
        assert all(e.actor1 is None or e.actor1.inter != 1 for e in evs), (text, [e.actor1 for e in evs])


def test_an_execution_without_a_judicial_setting_is_a_murder_by_unnamed_men():
    for text, country in [("A bus driver was executed in the street with several shots in Culiacan on Friday, local media reported.", "MX"),
                          ("Two brothers were executed outside their home in Tumaco late on Sunday, the mayor said.", "CO")]:
        evs, _, _ = run(text, country=country)
        attacks = [e for e in evs if e.sub_event_type == "Attack"]
        assert attacks and all(e.actor1.inter != 1 for e in attacks), (text, [e.actor1 for e in evs])
