"""Full reports come back to their main event: those clauses are no events of their own."""
from _events_helpers import kinds, run


def reported(evs):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in evs if e.status == "reported"]


def test_elaboration_clauses_fold_into_the_main_event():
    text = ("A grenade attack on a police post in Peshawar on Monday wounded three officers.\n"
            "Officers sealed off the area after the blast and searched nearby houses, the spokesman said.\n"
            "The government declared three days of mourning and said reinforcements had been sent.\n"
            "Student leaders said they would announce their next steps after the funerals.")
    evs, _, _ = run(text, places=["Peshawar"], country="PK", published="2023-05-02")
    assert reported(evs) == [("Grenade", "Peshawar")]


def test_second_place_stays_an_event():
    text = ("Police fired tear gas at thousands of marchers in Lima on Wednesday.\n"
            "In Arequipa, several hundred farmers marched peacefully to the regional government office.\n"
            "On Friday, police arrested two leaders of the regional protest committee at their homes in Arequipa.")
    evs, _, _ = run(text, places=["Lima", "Arequipa"], country="PE", published="2023-05-06")
    got = reported(evs)
    assert ("Protest with intervention", "Lima") in got and ("Peaceful protest", "Arequipa") in got


def test_weapons_seized_beside_an_attack_stand_alone():
    text = ("A roadside bomb killed two soldiers near Basra on Sunday.\n"
            "Troops later seized weapons and defused a second roadside bomb in a raid near Basra.")
    evs, _, _ = run(text, places=["Basra"], country="IQ", published="2023-05-08")
    assert "Disrupted weapons use" in kinds(evs)


def test_old_date_in_a_where_clause_leaves_the_main_clause_reported():
    text = ("In Barquisimeto, where security forces shot dead 14 demonstrators during the 2019 protests, "
            "activists put up posters of the opposition leader.")
    evs, _, _ = run(text, places=["Barquisimeto"], country="VE", published="2023-05-08",
                    dates=None)
    assert ("Peaceful protest", "Barquisimeto") in reported(evs)


def test_running_tally_and_decades_are_background():
    evs, _, _ = run("More than 100 protesters have been killed in Khartoum since the coup, the doctors' union says.",
                    places=["Khartoum"], country="SD", published="2023-05-08")
    assert not reported(evs)
    evs, _, _ = run("Antioquia was worst affected by kidnapping in the 1990s, when gangs seized thousands for ransom.",
                    places=["Antioquia"], country="CO", published="2023-05-08")
    assert not reported(evs)


def test_no_arrests_is_negated():
    evs, _, _ = run("A police spokesman said officers had made no arrests in Santiago.", places=["Santiago"],
                    country="CL", published="2023-05-08")
    assert "Arrests" not in kinds(evs)


def test_planned_march_beside_arrests():
    evs, _, _ = run("Police arrested three journalists in Kampala on Monday, days before a planned march against corruption.",
                    places=["Kampala"], country="UG", published="2023-05-08")
    assert reported(evs) == [("Arrests", "Kampala")]


def test_protest_body_is_no_protest():
    evs, _, _ = run("Police arrested two leaders of a regional protest committee at their homes in Arequipa.",
                    places=["Arequipa"], country="PE", published="2023-05-08")
    assert reported(evs) == [("Arrests", "Arequipa")]


def test_a_crowd_that_disperses_by_itself_was_not_dispersed():
    evs, _, _ = run("In Ibadan, hundreds of traders marched to the governor's office and dispersed without incident.",
                    places=["Ibadan"], country="NG", published="2023-05-08")
    assert reported(evs) == [("Peaceful protest", "Ibadan")]
    evs, _, _ = run("In Ibadan, police dispersed hundreds of marching traders.", places=["Ibadan"], country="NG",
                    published="2023-05-08")
    assert reported(evs) == [("Protest with intervention", "Ibadan")]


def test_a_toll_told_from_another_town_is_the_main_event_s_toll():
    """A clause that only counts the harm, with no doer ("40 people had died and 61 were wounded,
    taken to hospitals in Akure"), gives the toll of the event told before it, wherever it names
    (the hospital's town): no second event (CODEBOOK: one event per happening)."""
    for text, places, country, want in [
        ("Gunmen stormed a church in Owo on Sunday and opened fire on worshippers, police said.\n\n"
         "The state health commissioner later gave a higher toll, saying 40 people had died and 61 were "
         "wounded, most of them in hospitals in Akure.",
         ["Owo", "Akure"], "NG", [("Attack", "Owo")]),
        ("A car bomb exploded outside a market in Baidoa on Monday morning, officials said.\n\n"
         "At least 12 people were killed and 30 injured, according to a doctor at the main hospital in "
         "Mogadishu, where the wounded were flown.",
         ["Baidoa", "Mogadishu"], "SO", [("Remote explosive/landmine/IED", "Baidoa")]),
    ]:
        evs, _, _ = run(text, places=places, country=country, published="2023-05-02")
        assert reported(evs) == want, (text, reported(evs))


def test_a_toll_with_a_doer_of_its_own_elsewhere_stands():
    text = ("Gunmen stormed a church in Owo on Sunday and opened fire on worshippers, police said.\n\n"
            "In Akure, soldiers shot dead two men at a checkpoint on Sunday evening, residents said.")
    evs, _, _ = run(text, places=["Owo", "Akure"], country="NG", published="2023-05-02")
    assert len(reported(evs)) == 2, reported(evs)


FILLER = ("The base lies on the main road north of the town. It was built two years ago with foreign money. "
          "Residents said they heard heavy gunfire for about an hour. Shops stayed shut all day. "
          "The road to the capital was busy again by the evening. Elders met the governor in the afternoon. "
          "Schools are expected to reopen next week. The region's harvest was poor this year.\n\n")


def test_a_faint_strategic_remark_beside_the_report_s_event_is_no_event():
    """CODEBOOK 8: troops sent, a situation calming, a statement made, told in passing late in a report
    of other events, are context; the learned model's calibration gives them almost no chance of being
    right, and they are not coded."""
    from vigil.extract.events import learned
    clf = learned.load()
    main = "Militants attacked an army base in Beledweyne on Tuesday, killing three soldiers, officials said. "
    for extra in ["In Jowhar, the district commissioner said on Wednesday that reinforcements had been sent to the town.",
                  "Aid agencies in Jowhar said on Wednesday that the situation had calmed but that many families had left."]:
        evs, _, _ = run(main + FILLER + extra, places=["Beledweyne", "Jowhar"], country="SO",
                        published="2024-03-06", classifier=clf)
        assert reported(evs) == [("Armed clash", "Beledweyne")], (extra, reported(evs))


def test_a_strategic_development_told_for_its_own_sake_stands():
    from vigil.extract.events import learned
    evs, _, _ = run("Authorities imposed a dusk-to-dawn curfew in Jowhar on Wednesday, the district commissioner "
                    "said.", places=["Jowhar"], country="SO", published="2024-03-06",
                    classifier=learned.load())
    assert "Change to group/activity" in [s for s, _ in reported(evs)], reported(evs)


def test_faint_drops_a_mild_remark_the_calibration_gives_one_chance_in_nine():
    """A mild strategic event (Other, Change to group/activity) whose calibrated chance of being right
    is about 0.11 lowers a report's expected F1: it is no event beside the report's own events. A
    likelier one (0.3) and a severe sub-type at the same chance stay."""
    import types
    from vigil.extract.events.elaboration import faint
    ctx = types.SimpleNamespace(classifier=types.SimpleNamespace(calibrated=lambda c: c))
    ev = lambda sub, conf: types.SimpleNamespace(sub_event_type=sub, confidence=conf)
    events = [ev("Armed clash", 0.9), ev("Other", 0.11), ev("Change to group/activity", 0.11),
              ev("Other", 0.3), ev("Attack", 0.11)]
    assert faint(ctx, events, [0, 1, 2, 3, 4]) == {1, 2}
    assert faint(ctx, events[1:3], [0, 1]) == set()   # a report of nothing else keeps them
