from _events_helpers import kinds, run


def test_symbolic_acts_are_peaceful_protests_per_place():
    text = ("In Khoy, a Massoud Rajavi poster says, \u201cThe regime will fall\u201d, while a poster of him "
            "in Abadan reads, \u201cThe regime will fall\u201d.")
    evs, _, _ = run(text, places=["Khoy", "Abadan"])
    rep = [e for e in evs if e.status == "reported"]
    assert [e.sub_event_type for e in rep] == ["Peaceful protest", "Peaceful protest"]
    assert rep[0].id != rep[1].id


def test_burning_an_image_is_protest_burning_a_building_is_not():
    evs, _, _ = run("In Urmia, activists set fire to a poster of the Supreme Leader.", places=["Urmia"])
    assert kinds(evs) == ["Peaceful protest"]
    evs, _, _ = run("In Lorestan, they set fire to the entrance of a government building.", places=["Lorestan"])
    assert kinds(evs)[0] in ("Violent demonstration", "Looting/property destruction")


def test_protest_with_intervention_and_excessive_force():
    evs, _, _ = run("Hundreds of students protested in Dhaka. Police fired tear gas to disperse them.",
                    places=["Dhaka"], country="BD")
    assert kinds(evs) == ["Protest with intervention"]
    assert {evs[0].actor1.inter, evs[0].actor2.inter} == {1, 6}
    evs, _, _ = run("Police opened fire on protesters in Dhaka, killing three demonstrators.", places=["Dhaka"],
                    country="BD")
    assert kinds(evs) == ["Excessive force against protesters"]
    assert evs[0].fatalities == 3


def test_execution_is_violence_against_civilians_and_historical():
    evs, _, _ = run("Amnesty International says that in 2014, a supporter was arrested and executed.")
    assert [(e.event_type, e.status) for e in evs] == [("Violence against civilians", "historical")]
    assert evs[0].date.startswith("2014")


def test_detentions_are_arrests():
    evs, _, _ = run("Police arrested 12 opposition activists at their homes in Lagos on Monday.", places=["Lagos"],
                    country="NG", published="2020-05-06")
    assert kinds(evs) == ["Arrests"]
    assert evs[0].arrested == 12 and evs[0].actor1.canonical == "Police Forces of Nigeria"


def test_historical_relative_clause_and_fatalities():
    text = ("Meanwhile, in Mahshahr, where the regime's units launched a massive crackdown on the protests "
            "leaving 100 locals dead, resistance unit members set ablaze an image of Khamenei.")
    evs, _, _ = run(text, places=["Mahshahr"])
    hist = [e for e in evs if e.status == "historical"]
    assert hist and hist[0].fatalities == 100
    assert kinds(evs) == ["Peaceful protest"] and [e for e in evs if e.status == "reported"][0].fatalities is None


def test_planned_and_negated():
    evs, _, _ = run("The union called for a general strike on Friday.")
    assert [e.status for e in evs] == ["planned"]
    evs, _, _ = run("Police denied arresting anyone at the rally site.")
    assert "reported" not in [e.status for e in evs if e.sub_event_type == "Arrests"]


def test_armed_clash_attack_and_remote_violence():
    evs, _, _ = run("Soldiers clashed with Boko Haram militants near Maiduguri, killing 5 militants.",
                    places=["Maiduguri"], country="NG")
    assert kinds(evs) == ["Armed clash"] and evs[0].fatalities == 5
    assert sorted([evs[0].actor1.inter, evs[0].actor2.inter]) == [1, 2]
    evs, _, _ = run("Gunmen shot dead a farmer in Zamfara.", places=["Zamfara"], country="NG")
    assert kinds(evs) == ["Attack"] and evs[0].fatalities == 1
    evs, _, _ = run("A roadside bomb exploded near a police convoy in Kabul.", places=["Kabul"], country="AF")
    assert kinds(evs) == ["Remote explosive/landmine/IED"]
    evs, _, _ = run("Warplanes carried out airstrikes on Idlib.", places=["Idlib"], country="SY")
    assert kinds(evs) == ["Air/drone strike"]


def test_protest_topic_is_not_an_event():
    evs, _, _ = run("Residents staged a protest in Lahore against the killing of a student by police.",
                    places=["Lahore"], country="PK")
    assert kinds(evs) == ["Peaceful protest"] and not evs[0].fatalities


def test_no_deaths_means_zero():
    evs, _, _ = run("Police fired tear gas at protesters in Nairobi. No one was killed.", places=["Nairobi"],
                    country="KE")
    assert evs[0].fatalities in (0, None)


def test_hyphenated_lexicon_phrases_match():
    from vigil.extract.events.signals import find_signals
    from vigil import nlp
    doc = nlp.load()("Dozens of nurses held a sit-in outside the hospital in Kano on Monday.")
    assert ("protest", "sit-in") in [(c, p) for c, p, _, _ in find_signals(doc)]


def test_the_month_of_march_is_no_march():
    evs, _, _ = run("On 28 March 2023, supporters of two rival candidates clashed with sticks in Tangail, "
                    "following an altercation.", places=["Tangail"], country="BD", published="2023-03-31")
    assert kinds(evs) == ["Mob violence"]


def test_lethal_force_against_a_rally_by_party_men_is_excessive_force():
    evs, _, _ = run("On Friday, hundreds of students held a rally in Rajshahi demanding fair exams. Members of "
                    "the ruling party's youth wing opened fire at the protesters, killing one.",
                    places=["Rajshahi"], country="BD", published="2024-07-20")
    assert kinds(evs)[0] == "Excessive force against protesters"


def test_what_a_protest_demands_stays_its_topic_through_a_list():
    evs, _, _ = run("On Monday, students staged a protest in Rangpur, demanding justice for those killed, and "
                    "release of classmates detained by police.", places=["Rangpur"], country="BD",
                    published="2024-08-01")
    assert kinds(evs) == ["Peaceful protest"]


def test_party_men_who_beat_demonstrators_intervene():
    evs, _, _ = run("On Monday, opposition activists staged a rally in Bogra. Ruling party men attacked "
                    "the demonstrators with sticks and broke up the rally.", places=["Bogra"], country="BD",
                    published="2024-08-01")
    assert kinds(evs)[0] == "Protest with intervention"


def test_violence_near_a_rally_is_no_demonstration():
    evs, _, _ = run("On Friday, supporters of a local councillor threw crude bombs near the ruling party's "
                    "rally in Sirajganj, injuring four people.", places=["Sirajganj"], country="BD",
                    published="2024-08-01")
    assert kinds(evs)[0] == "Mob violence"
