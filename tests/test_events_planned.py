"""What a report says someone will do, or said they would do, is planned, not reported (CODEBOOK 9)."""
from _events_helpers import run


def status_of(text, place, country):
    evs, _, _ = run(text, places=[place], country=country, published="2023-05-08")
    return sorted({e.status for e in evs})


def test_will_under_a_verb_of_saying_is_planned():
    assert status_of("Opposition leaders say they will join a march in Lusaka on Thursday.", "Lusaka", "ZM") == ["planned"]
    assert status_of("The teachers' union has said members will picket schools across Kumasi next week.",
                     "Kumasi", "GH") == ["planned"]


def test_would_in_reported_speech_is_planned():
    assert status_of("The union said it would stage a sit-in outside the ministry in Accra on Monday if wages "
                     "are not paid.", "Accra", "GH") == ["planned"]
    assert status_of("Farmers' groups warned that they would block the main road into Nakuru next week.",
                     "Nakuru", "KE") == ["planned"]


def test_done_acts_beside_a_future_stay_reported():
    evs, _, _ = run("Police said the men who attacked the checkpoint in Kano on Monday will be charged.",
                    places=["Kano"], country="NG", published="2023-05-08")
    assert "reported" in {e.status for e in evs}
    evs, _, _ = run("The ministry said soldiers had fired on protesters in Bamako on Friday, killing two, and "
                    "that it would investigate.", places=["Bamako"], country="ML", published="2023-05-08")
    assert "reported" in {e.status for e in evs}
    assert status_of("Riot police fired tear gas at students marching in Nairobi on Friday, witnesses said.",
                     "Nairobi", "KE") == ["reported"]


def test_the_day_of_an_announcement_is_no_plan():
    from vigil import nlp
    from vigil.extract.events.status import token_status
    for text, day, plan in [("On Sunday, the two rebel factions announced that they were merging.", "Sunday", None),
                            ("On Tuesday, the union called for a strike on Friday.", "Tuesday", "Friday"),
                            ("Late on Monday, the army announced a curfew in the city.", "Monday", None)]:
        doc = nlp.load()(text)
        tok = next(t for t in doc if t.text == day)
        assert token_status(tok) == "reported", text
        if plan:
            assert token_status(next(t for t in doc if t.text == plan)) == "planned", text


def test_an_adverbial_clause_keeps_its_own_time():
    for text, places in [
        ("In Tabriz, a poster of the exiled leader says, \u201cThe people will win\u201d, while a poster of him in "
         "Ahvaz reads, \u201cThe people will win\u201d.", ["Tabriz", "Ahvaz"]),
        ("Students marched through Shiraz on Monday, while in Rasht the union warned that teachers will strike "
         "next week.", ["Shiraz", "Rasht"]),
    ]:
        evs, _, _ = run(text, places=places, country="IR", published="2023-05-08")
        assert [e for e in evs if e.status == "reported"], text


def test_a_plan_told_of_long_ago_is_historical():
    evs, _, _ = run("The dispute began in March 2021, when the union said it would stage a strike at the port "
                    "of Mombasa until 2030.", places=["Mombasa"], country="KE", published="2023-05-08")
    assert {e.status for e in evs} == {"historical"}
    assert all((e.date or "") <= "2023-05-08" for e in evs)


def test_an_event_under_way_that_will_go_on_is_no_plan():
    for text in ["Nurses marched in Eldoret on Monday; their union said the walkout would go on until the "
                 "arrears were paid.",
                 "Dockers picketed the port in Mombasa on Monday, and their leaders said the strike will continue."]:
        evs, _, _ = run(text, places=["Eldoret" if "Eldoret" in text else "Mombasa"], country="KE",
                        published="2023-05-09")
        assert {e.status for e in evs} == {"reported"}, text


def test_the_second_of_two_joined_acts_under_a_call_is_planned_too():
    """CODEBOOK 9: an act someone is urged, called or planning to do has not happened, whether it is
    the first or the second of the acts the call names."""
    assert status_of("The envoy urged both armies to respect the truce and to hold ceasefire talks in Juba.",
                     "Juba", "SS") == ["planned"]
    assert status_of("Opposition leaders urged supporters to stay calm and to march peacefully in Harare on Monday.",
                     "Harare", "ZW") == ["planned"]
    assert status_of("The union plans to close the port and to picket the ministry in Mombasa next week.",
                     "Mombasa", "KE") == ["planned"]


def test_two_joined_acts_told_as_done_stay_reported():
    assert status_of("Police fired tear gas and arrested 20 protesters in Nairobi on Monday.",
                     "Nairobi", "KE") == ["reported"]
    assert status_of("Witnesses said soldiers entered the village and shot dead four men near Gao on Sunday.",
                     "Gao", "ML") == ["reported"]
