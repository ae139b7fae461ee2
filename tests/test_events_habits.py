"""Which clauses of a report are events of their own (CODEBOOK 9, status: code what the report says
happened; one event is one type, one place, one day): a habit or a trend is background, a summary of
a period lists the report's events rather than being one, and a comment on or an inquiry into an
event the report tells is no second event."""
from _events_helpers import run


def reported(evs):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in evs if e.status == "reported"]


def places(evs):
    return {p for _, p in reported(evs)}


# --- habits and trends are background (status historical), the report's own event stays ---

def test_routine_checkpoints_are_no_event():
    text = ("Soldiers fired on a crowd of traders in Maiduguri on Monday, killing three people, witnesses said.\n\n"
            "Ambushes on the road to Damboa have become a daily ordeal for drivers, and insurgents routinely set up "
            "checkpoints near Monguno to rob travellers.")
    evs, _, _ = run(text, places=["Maiduguri", "Damboa", "Monguno"], country="NG", published="2023-05-10")
    assert places(evs) == {"Maiduguri"}


def test_a_weekly_march_is_a_habit():
    text = ("Police detained a union organiser in Kano on Tuesday, his colleagues said.\n\n"
            "Every Friday for the past year, market women have marched through the centre of Zaria to protest "
            "against rising prices.")
    evs, _, _ = run(text, places=["Kano", "Zaria"], country="NG", published="2023-05-10")
    assert reported(evs) == [("Arrests", "Kano")]
    assert any(e.status == "historical" and e.location.name == "Zaria" for e in evs)


def test_often_attacked_and_kidnapping_as_a_trend():
    text = ("Gunmen abducted 12 farmers near Gusau on Sunday, a local official said.\n\n"
            "In Katsina, villagers are often attacked on their way to the fields, and kidnappings have become "
            "the main source of income for armed gangs.")
    evs, _, _ = run(text, places=["Gusau", "Katsina"], country="NG", published="2023-05-10")
    assert places(evs) == {"Gusau"}


def test_increasingly_used_strikes_and_sit_ins_for_months():
    text = ("A roadside bomb killed two soldiers outside Bama on Wednesday, the army said.\n\n"
            "Air strikes are increasingly used against militant camps in the Sambisa forest near Gwoza.")
    evs, _, _ = run(text, places=["Bama", "Gwoza"], country="NG", published="2023-05-10")
    assert reported(evs) == [("Remote explosive/landmine/IED", "Bama")]
    text = ("Students blocked the main road in Ibadan on Thursday to protest against a fee rise.\n\n"
            "In Ogbomosho, weekly sit-ins outside the council office continued for months afterwards.")
    evs, _, _ = run(text, places=["Ibadan", "Ogbomosho"], country="NG", published="2023-05-10")
    assert places(evs) == {"Ibadan"}


def test_a_tally_of_many_happenings_is_background():
    """"a string of attacks", "numerous kidnappings": many happenings counted over time, no one event of
    the report (CODEBOOK 9); "dozens of arrests on Monday" names its day and stays."""
    text = ("Gunmen attacked a police station in Saravan on Monday, killing two officers, IRNA said.\n\n"
            "The group has carried out a string of attacks on security forces in Zahedan, which is home to a "
            "Sunni minority.")
    evs, _, _ = run(text, places=["Saravan", "Zahedan"], country="IR", published="2025-01-30")
    assert places(evs) == {"Saravan"}
    text = ("Gunmen abducted 12 farmers near Gusau on Sunday, police said.\n\n"
            "Residents of Tsafe say numerous kidnappings have gone unreported.")
    evs, _, _ = run(text, places=["Gusau", "Tsafe"], country="NG", published="2023-05-10")
    assert places(evs) == {"Gusau"}
    evs, _, _ = run("Police made dozens of arrests in Lagos on Monday after protesters blocked the main highway.",
                    places=["Lagos"], country="NG", published="2023-05-10")
    assert places(evs) == {"Lagos"}


def test_a_sentence_that_names_its_day_stays_reported():
    evs, _, _ = run("Protesters regularly gather outside the parliament in Abuja, but on Monday police fired tear gas "
                    "at them and detained 14 people.", places=["Abuja"], country="NG", published="2023-05-10")
    assert ("Protest with intervention", "Abuja") in reported(evs)
    evs, _, _ = run("Troops repeatedly shelled rebel positions near Goma on Sunday, killing five fighters, the army "
                    "said.", places=["Goma"], country="CD", published="2023-05-10")
    assert reported(evs) == [("Shelling/artillery/missile attack", "Goma")]


# --- a summary of a period is no event; the happenings it lists are told on their own days ---

def test_summary_of_a_period_in_the_body_is_dropped():
    text = ("Gunmen ambushed an army convoy near Damboa on Monday, killing four soldiers, the army said.\n\n"
            "In the space of five days, Monguno saw an ambush, the kidnapping of two aid workers, a drone strike "
            "on a market and a march by hundreds of women.\n\n"
            "On Friday, hundreds of women marched in Bama to demand the release of two kidnapped aid workers.")
    evs, _, _ = run(text, places=["Damboa", "Monguno", "Bama"], country="NG", published="2023-05-13")
    assert "Monguno" not in places(evs)
    assert {"Damboa", "Bama"} <= places(evs)


def test_period_documented_by_monitors_is_no_event():
    text = ("On 2 May, gunmen shot dead a village head in Kajuru, residents said.\n\n"
            "On 4 May, bandits kidnapped three farmers near Birnin Gwari.\n\n"
            "During the period covered by this bulletin, monitors in Zaria recorded nine killings, four "
            "abductions, two arson attacks and a violent protest.")
    evs, _, _ = run(text, places=["Kajuru", "Birnin Gwari", "Zaria"], country="NG", published="2023-05-10")
    assert "Zaria" not in places(evs)
    assert {"Kajuru", "Birnin Gwari"} <= places(evs)


def test_a_summary_goes_on_in_the_next_sentence_of_its_paragraph():
    """The sentences after a period summary, in its paragraph and with no day of their own, go on
    with the summary ("The army, for its part, carried out a drone strike"): no event of their own.
    A sentence there that names its day tells a happening and stays."""
    from vigil.extract.events import learned
    clf = learned.load()
    text = ("BAMAKO, Sept 15 - The week showed how far the junta's promise remains from reality.\n\n"
            "In the space of six days, insurgents declared a blockade of a town in the west, ambushed a fuel convoy "
            "and occupied an abandoned army camp. The army, for its part, carried out a drone strike that "
            "residents say killed civilians.\n\n"
            "On Thursday, insurgents ambushed a convoy of fuel tankers on the road near Diema, killing six soldiers."
            "\n\nOn Saturday, gunmen abducted four traders outside Nioro, residents said.")
    evs, _, _ = run(text, places=["Diema", "Nioro"], country="ML", published="2025-09-15", classifier=clf)
    assert reported(evs) == [("Armed clash", "Diema"), ("Abduction/forced disappearance", "Nioro")]
    text = ("In four days, the district saw a gun battle, mass detentions and a drone strike. On Friday, soldiers "
            "shot dead two farmers near Dhiban, residents said.\n\n"
            "On Thursday, tribal fighters attacked checkpoints outside Hajin.")
    evs, _, _ = run(text, places=["Dhiban", "Hajin"], country="SY", published="2025-10-13", classifier=clf)
    assert "Dhiban" in places(evs)


def test_a_summary_section_lists_the_events_its_sections_tell():
    """A situation report's SUMMARY (up to the next heading) and a live page's inline "Summary:" sum
    up what the report tells again, each on its own day: no events of their own (CODEBOOK: one event
    per type, place and day)."""
    from vigil.extract.events.leads import summary_spans
    text = ("NIGER STATE: MONTHLY SECURITY NOTE\n\nKey points\n\nDuring the month, monitors recorded 12 killings, "
            "five kidnappings and an attack on a police post in Kontagora. Most victims of the kidnappings are "
            "farmers.\n\n1. ATTACK ON KONTAGORA POLICE POST\n\nOn 3 May, gunmen attacked the police post in "
            "Kontagora and exchanged fire with officers for an hour.")
    spans = summary_spans(text)
    assert len(spans) == 1 and "Most victims" in text[spans[0][0]:spans[0][1]]
    assert "gunmen attacked" not in text[spans[0][0]:spans[0][1]]
    live = ("18:00 - That is all from us today. Summary: a drone strike hit Kherson; shelling killed two in "
            "Nikopol.\n\nGood night.")
    spans = summary_spans(live)
    assert len(spans) == 1 and text_between(live, spans[0]).startswith(" a drone strike hit Kherson")
    assert summary_spans("In summary, the army said the operation went well.") == []
    assert summary_spans("Police fired tear gas in Kano on Monday.") == []


def text_between(text, span):
    return text[span[0]:span[1]]


def test_the_summary_section_of_a_situation_report_is_no_event():
    from vigil.extract.events import learned
    for text, places_, country, published, gone, kept in [
        ("CENTRAL MALI: SITUATION REPORT No. 4\n\nSUMMARY\n\nIn the period covered, the monitors documented "
         "killings, rapes and the burning of granaries in the Mopti region. Many victims of sexual violence "
         "never report what happened to them.\n\n1. ATTACK ON SOFARA\n\nOn Monday 3 June, gunmen shot dead "
         "four herders outside Sofara, residents said.\n\n2. ABDUCTIONS NEAR DJENNE\n\nOn Tuesday 4 June, "
         "armed men abducted three traders near Djenne.", ["Mopti", "Sofara", "Djenne"], "ML", "2024-06-10",
         "Mopti", {"Sofara", "Djenne"}),
        ("HAITI: GANG VIOLENCE IN THE ARTIBONITE\n\nSUMMARY\n\nThe figures in this note come from interviews "
         "with victims and health workers. Many victims of sexual violence in Saint-Marc do not report the attacks "
         "out of fear.\n\n1. KILLINGS IN PONT-SONDE\n\nOn Thursday 3 October, gang members shot dead 20 "
         "residents of Pont-Sonde, witnesses said.\n\n2. KIDNAPPINGS\n\nOn Friday 4 October, armed men "
         "abducted two nurses in Liancourt.", ["Saint-Marc", "Pont-Sonde", "Liancourt"], "HT", "2024-10-10",
         "Saint-Marc", {"Liancourt"}),
    ]:
        evs, _, _ = run(text, places=places_, country=country, published=published, classifier=learned.load())
        assert gone not in places(evs), reported(evs)
        assert kept <= places(evs), reported(evs)


def test_a_multi_day_riot_told_alone_stays_an_event():
    evs, _, _ = run("Over three days, protesters blocked roads, burned tyres and clashed with police in Jos.",
                    places=["Jos"], country="NG", published="2023-05-10")
    assert places(evs) == {"Jos"}


# --- a comment on, an inquiry into or a reaction to a told event is no second event ---

def test_inquiry_into_a_told_killing_is_no_event():
    text = ("Gunmen shot dead a village head in Kajuru on Monday, residents said.\n\n"
            "On Wednesday, the police in Kaduna said they had opened an investigation into the killing and "
            "Saturday's attack on a church.")
    evs, _, _ = run(text, places=["Kajuru", "Kaduna"], country="NG", published="2023-05-10")
    assert places(evs) == {"Kajuru"}


def test_no_answer_about_the_shelling_and_condemning_the_attack():
    text = ("Artillery fire from across the border hit houses in Ak-Tash on Saturday, wounding three people, "
            "local officials said.\n\nThe defence ministry in Bishkek declined to answer questions about the shelling.")
    evs, _, _ = run(text, places=["Ak-Tash", "Bishkek"], country="KG", published="2023-05-10")
    assert places(evs) == {"Ak-Tash"}
    text = ("Rebels ambushed an army patrol near Beni on Sunday, killing seven soldiers.\n\n"
            "The governor of North Kivu condemned the attack in a statement issued in Goma.")
    evs, _, _ = run(text, places=["Beni", "Goma"], country="CD", published="2023-05-10")
    assert places(evs) == {"Beni"}


def test_an_inquiry_that_tells_the_only_event_keeps_it():
    evs, _, _ = run("Police in Abuja opened an investigation into an attack on a mosque that killed two worshippers "
                    "on Friday.", places=["Abuja"], country="NG", published="2023-05-10")
    assert ("Attack", "Abuja") in reported(evs)



def test_judgement_on_a_told_burning_and_the_funeral_of_a_told_victim():
    text = ("Soldiers burned houses in Kamu on Friday, residents said.\n\n"
            "A youth group in Imphal said the torching of the houses was a deliberate attempt to drive them out.")
    evs, _, _ = run(text, places=["Kamu", "Imphal"], country="IN", published="2023-05-10")
    assert places(evs) == {"Kamu"}
    text = ("Border guards exchanged fire near Ak-Tash on Saturday, and one guard was killed, officials said.\n\n"
            "The funeral of the guard killed on Saturday was held on Monday in Osh.")
    evs, _, _ = run(text, places=["Ak-Tash", "Osh"], country="KG", published="2023-05-10")
    assert places(evs) == {"Ak-Tash"}


# --- a negated act of holding or calling negates the event it names (CODEBOOK 9) ---

def test_a_strike_not_called_and_a_rally_not_held_are_negated():
    text = ("Gunmen shot dead a village head in Kajuru on Monday, residents said.\n\n"
            "The farmers' union held a news conference in Kaduna on Tuesday but has not called any strike.")
    evs, _, _ = run(text, places=["Kajuru", "Kaduna"], country="NG", published="2023-05-10")
    assert places(evs) == {"Kajuru"}
    evs, _, _ = run("Organisers did not hold a rally in Kano on Monday because of the rain.", places=["Kano"],
                    country="NG", published="2023-05-10")
    assert not reported(evs)


def test_a_march_police_did_not_stop_took_place():
    evs, _, _ = run("Police did not stop the march in Kano on Monday, and thousands walked to the palace.",
                    places=["Kano"], country="NG", published="2023-05-10")
    assert reported(evs) == [("Peaceful protest", "Kano")]


def test_a_weekly_day_names_no_one_day():
    text = ("Police detained a union organiser in Kano on Tuesday, his colleagues said.\n\n"
            "In Zaria, weekly Friday marches against rising prices went on for years.")
    evs, _, _ = run(text, places=["Kano", "Zaria"], country="NG", published="2023-05-10")
    assert reported(evs) == [("Arrests", "Kano")]
    text = ("Police detained a union organiser in Kano on Tuesday, his colleagues said.\n\n"
            "In Zaria, women marched against rising prices on Friday.")
    evs, _, _ = run(text, places=["Kano", "Zaria"], country="NG", published="2023-05-10")
    assert ("Peaceful protest", "Zaria") in reported(evs)


def test_a_dateline_day_does_not_make_a_habit_one_happening():
    """The dateline dates the filing of the report; the habit the lead tells is still a habit."""
    for lead in ["HARARE, June 2 - Street vendors have regularly marched on the city council in Harare to "
                 "protest against licence fees.",
                 "HARARE, June 2 (Wire) - Vendors often stage sit-ins outside the council offices in Harare "
                 "over licence fees."]:
        text = lead + ("\n\nOn Tuesday, police arrested the leader of the vendors' association at his home "
                       "in Harare.")
        evs, _, _ = run(text, places=["HARARE", "Harare"], country="ZW", published="2023-06-02")
        assert [s for s, _ in reported(evs)] == ["Arrests"], (lead, reported(evs))


def historical_kinds(evs):
    return [e.sub_event_type for e in evs if e.status == "historical"]


def test_a_stretch_before_now_is_background():
    """'in the past', 'in recent years', 'over the past months': no one happening (CODEBOOK 9)."""
    cases = [
        ("Soldiers and rebels fought for control of a bridge near Kidal on Monday, the army said.\n\n"
         "Algeria has urged both sides to hold talks, and has in the past helped to broker ceasefires between "
         "the army and the rebels.", ["Kidal"], "ML", "Agreement"),
        ("Gunmen abducted two aid workers on the road to Jacmel on Tuesday, police said.\n\n"
         "In recent years, gangs have kidnapped dozens of travellers on the same road.", ["Jacmel"], "HT",
         "Abduction/forced disappearance"),
        ("Gunmen abducted two aid workers on the road to Jacmel on Tuesday, police said.\n\n"
         "Gangs have kidnapped at least 40 people near Jacmel over the past months, according to a rights group.",
         ["Jacmel"], "HT", "Abduction/forced disappearance"),
    ]
    for text, names, country, kind in cases:
        evs, _, _ = run(text, places=names, country=country, published="2023-06-09")
        assert kind in historical_kinds(evs), (text, historical_kinds(evs))
        assert len(reported(evs)) == 1 and reported(evs)[0][1] == names[0]


def test_the_past_day_is_no_stretch():
    text = ("Gunmen abducted two aid workers on the road to Jacmel on Tuesday, police said.\n\n"
            "In the past 24 hours, gangs have also kidnapped a priest in Les Cayes.")
    evs, _, _ = run(text, places=["Jacmel", "Les Cayes"], country="HT", published="2023-06-09")
    assert places(evs) == {"Jacmel", "Les Cayes"}


def _status_of(text, word):
    from vigil import nlp as vigil_nlp
    from vigil.extract.events.status import token_status
    doc = vigil_nlp.load()(text)
    return token_status(next(t for t in doc if t.text == word))


def test_no_sign_of_an_event_negates_it():
    """"no sign of a settlement" tells that none happened (CODEBOOK 9: a negation negates the act it
    governs); "a sign of the clashes" does not."""
    assert _status_of("The war has ground on for two years with no sign of a political settlement.",
                      "settlement") == "negated"
    assert _status_of("Residents said there was no sign of fighting in the town on Monday.", "fighting") == "negated"
    assert _status_of("Bullet holes in the walls were a sign of the clashes on Monday.", "clashes") == "reported"


def test_a_change_in_the_amount_of_attacks_is_a_trend():
    """"has reduced attacks on roads", "curbed protests": how many happenings there are, told as a
    trend, not a happening of the report (CODEBOOK 9)."""
    from vigil.extract.events import learned
    clf = learned.load()
    text = ("Hooded men set fire to three logging trucks near Tirua on Tuesday, police said.\n\n"
            "Supporters of the state of emergency in Temuco say it has reduced attacks on roads.")
    evs, _, _ = run(text, places=["Tirua", "Temuco"], country="CL", published="2024-10-25", classifier=clf)
    assert ("Mob violence", "Temuco") not in reported(evs) and ("Mob violence", "Tirua") in reported(evs)
    text = ("Police fired tear gas at marchers in Kisumu on Monday.\n\n"
            "In Nakuru, officials said the curfew had curbed protests.")
    evs, _, _ = run(text, places=["Kisumu", "Nakuru"], country="KE", published="2024-10-25", classifier=clf)
    assert places(evs) == {"Kisumu"}
    evs, _, _ = run("Police fired tear gas at marchers in Kisumu on Monday, and the clashes increased tension in "
                    "the town.", places=["Kisumu"], country="KE", published="2024-10-25", classifier=clf)
    assert "Kisumu" in places(evs)



def test_a_summary_lead_lends_no_place_or_date_to_a_later_comment():
    """A SUMMARY section's first paragraph is the report's lead, but it lists what the sections below
    tell: it folds into no body clause (leads.lead_folds). Else a later comment on a kind of happening
    ("These killings belong to ...", "Such killings are part of ...") takes the summary's place and the
    report's first date, and stands as an event no section tells (CODEBOOK: one event per type, place
    and day)."""
    from vigil.extract.events import learned
    for text, places_, country, published, scene in [
        ("CENTRAL HAITI: MONTHLY NOTE No. 5, covering 1 to 8 June 2024\n\nSUMMARY\n\nThis note "
         "records nine deaths and two abductions. Gangs took control of Mirebalais following an "
         "assault on the town police post. In several neighbourhoods, residents hunted down and "
         "killed men they suspected of gang membership.\n\n1. MIREBALAIS\n\nOn Monday 3 June, gang "
         "members attacked the police station in Mirebalais and exchanged fire with officers for "
         "three hours.\n\n2. KIDNAPPINGS\n\nOn 5 June, armed men abducted two nurses in "
         "Lascahobas.\n\n3. LYNCHINGS\n\nOn Friday 7 June, residents of Hinche beat two young men "
         "to death after accusing them of belonging to a gang.\n\nThese killings belong to a "
         "broader wave of vigilante justice that started last year.",
         ["Mirebalais", "Lascahobas", "Hinche"], "HT", "2024-06-10", "Mirebalais"),
        ("KASAI: WEEKLY SITUATION NOTE, covering 4 to 11 May 2024\n\nSUMMARY\n\nMonitors recorded "
         "twelve deaths in the province. Militiamen overran Tshikapa after a battle with soldiers, "
         "and crowds in several villages beat to death people they accused of witchcraft.\n\n1. "
         "TSHIKAPA\n\nOn 6 May, militiamen attacked the army post in Tshikapa and fought soldiers "
         "for two hours.\n\n2. ABDUCTIONS\n\nOn 8 May, armed men abducted two teachers near "
         "Kananga.\n\n3. WITCHCRAFT KILLINGS\n\nOn 9 May, villagers in Ilebo beat an elderly woman "
         "to death.\n\nSuch killings are part of a pattern that local churches have denounced for "
         "years.",
         ["Tshikapa", "Kananga", "Ilebo"], "CD", "2024-05-13", "Tshikapa"),
    ]:
        evs, _, _ = run(text, places=places_, country=country, published=published, classifier=learned.load())
        at_scene = [e.event_type for e in evs if e.status == "reported" and e.location and e.location.name == scene]
        assert at_scene == ["Battles"], reported(evs)



# --- what a side is able to do is no event (status._capability); a done act and a live scene stay ---

def _places_told(cases):
    """The reported events' places for each (lead, capability sentence, its places) case."""
    return [places(run(text, places=pl, country="NG", published="2023-05-10")[0]) for text, pl in cases]


def test_can_able_capable_and_hard_to_tell_a_capability():
    lead = "Soldiers fired on a crowd of traders in Maiduguri on Monday, killing three people, witnesses said.\n\n"
    cases = [(lead + "Militants in Damboa can ambush convoys at will, officers say.", ["Maiduguri", "Damboa"]),
             (lead + "Bandits near Zaria are able to kidnap travellers with little resistance from the police.",
              ["Maiduguri", "Zaria"]),
             (lead + "Insurgent cells around Gwoza are capable of attacking army posts at night, residents say.",
              ["Maiduguri", "Gwoza"]),
             (lead + "Armoured vehicles are hard to destroy with the rifles the militants carry around Damboa, "
              "officers say.", ["Maiduguri", "Damboa"])]
    assert _places_told(cases) == [{"Maiduguri"}] * 4


def test_past_ability_and_live_present_stay_events():
    """"were able to overrun" tells a done act; "fire tear gas as protests spread" and "are attacking"
    tell what happens now; "can be heard" reports what is heard: none is a capability."""
    cases = [("Insurgents were able to overrun an army base in Damboa after hours of fighting, a soldier said.",
              ["Damboa"]),
             ("Police fire tear gas at protesters in Kano as unrest spreads", ["Kano"]),
             ("Insurgents are attacking army positions in Gwoza, residents said, as troops can be heard "
              "returning fire.", ["Gwoza"])]
    assert _places_told(cases) == [{"Damboa"}, {"Kano"}, {"Gwoza"}]


# --- what people remember, told in the present, is the past (status._remembered) ---

def test_what_people_remember_is_background():
    lead = "A roadside bomb killed two soldiers outside Bama on Wednesday, the army said.\n\n"
    cases = [(lead + "Farmers in Gwoza recall the raids that emptied their villages.", ["Bama", "Gwoza"]),
             (lead + "Elders in Dikwa still remember how gunmen burned the market and kidnapped the traders.",
              ["Bama", "Dikwa"]),
             (lead + "Many in Monguno remember the day insurgents stormed the town and killed the emir's guards.",
              ["Bama", "Monguno"])]
    assert _places_told(cases) == [{"Bama"}] * 3


def test_a_witness_recalling_the_news_stays_an_event():
    """A past "recalled" tells the report's own event through a witness; a present "recall" of a
    named day tells that day's event."""
    cases = [("One survivor in Gwoza recalled how the gunmen opened fire on the crowd.", ["Gwoza"]),
             ("Residents in Dikwa recall that soldiers shot dead a teenager at a checkpoint on Sunday.", ["Dikwa"])]
    assert _places_told(cases) == [{"Gwoza"}, {"Dikwa"}]
