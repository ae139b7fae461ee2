"""ACLED fatality rules on sentences written in news style (see vigil/extract/events/fatalities.py)."""
from _events_helpers import run


def deaths(text, place):
    evs, _, _ = run(text, places=[place], country="NG", published="2021-03-10")
    rep = [e for e in evs if e.status == "reported"]
    assert rep, "no reported event"
    return max(rep, key=lambda e: e.confidence).fatalities or 0


def test_summary_sentence_is_the_figure():
    assert deaths("Gunmen attacked a police post in Kano on Monday. Two officers died. 2 fatalities.", "Kano") == 2


def test_death_in_a_sentence_without_event_words():
    assert deaths("Gunmen attacked a market in Jos on Sunday. Four traders died.", "Jos") == 4


def test_definite_victim_died():
    assert deaths("On Monday, armed men shot a driver at a checkpoint in Ilorin. The victim died.", "Ilorin") == 1


def test_competing_figures_take_the_lowest():
    text = ("A roadside bomb killed 3 soldiers near Maiduguri on Tuesday. Rebels claimed that 12 soldiers "
            "had been killed.")
    assert deaths(text, "Maiduguri") == 3


def test_additional_deaths_add_up():
    text = ("Bandits opened fire on villagers in Zaria on Friday, killing two farmers. Another man died "
            "later in hospital.")
    assert deaths(text, "Zaria") == 3


def test_list_in_one_sentence_adds_up():
    text = "In Bauchi, troops clashed with insurgents on Monday; five insurgents and two soldiers were killed."
    assert deaths(text, "Bauchi") == 7


def test_breakdown_is_not_added():
    text = ("Militants raided a village near Yola on Sunday, killing 10 people, including 4 women and 2 "
            "children.")
    assert deaths(text, "Yola") == 10


def test_killed_or_injured_is_not_a_death_count():
    text = "In Makurdi, troops raided a militia camp on Monday, killing, injuring or capturing 6 militiamen."
    assert deaths(text, "Makurdi") == 0
    text = "In Lokoja, 4 militants were killed, wounded or captured during an army operation on Monday."
    assert deaths(text, "Lokoja") == 0


def test_no_casualties_is_zero():
    text = ("Unidentified gunmen set fire to a truck in Enugu on Sunday. No one was reported injured or "
            "killed.")
    assert deaths(text, "Enugu") == 0
    assert deaths("Rockets hit a base in Minna on Monday. No casualties were reported.", "Minna") == 0


def test_attempted_killing_implies_no_death():
    text = "In Sokoto, gunmen tried to assassinate a local chief on Friday, wounding him in the leg."
    assert deaths(text, "Sokoto") == 0


def test_killing_two_named_victims():
    text = "In Owerri, a mob attacked and killed a councillor and his driver on Tuesday."
    assert deaths(text, "Owerri") == 2


def test_verb_alone_implies_one_death():
    text = "In Kaduna, a sniper shot and killed a civilian near the market on Saturday."
    assert deaths(text, "Kaduna") == 1


def test_injuries_are_never_fatalities():
    text = "In Abuja, police fired tear gas at protesters on Monday; twelve protesters were injured."
    assert deaths(text, "Abuja") == 0


def test_deaths_coded_separately_belong_elsewhere():
    text = ("In Akure, students marched with the bodies of 3 classmates killed in Ibadan (coded separately) "
            "on Monday.")
    assert deaths(text, "Akure") == 0


def test_deaths_that_set_the_scene_are_not_the_events():
    text = ("Residents of Kafanchan attacked a police station on Monday after two youths were killed by "
            "unknown gunmen.")
    assert deaths(text, "Kafanchan") == 0


def test_an_organisation_is_not_a_body():
    text = ("Members of the nurses' union and its affiliated bodies held a protest rally in Ibadan on "
            "Monday.")
    assert deaths(text, "Ibadan") == 0
    text = "Villagers found the bodies of two farmers in a stream near Gusau on Tuesday after an attack."
    assert deaths(text, "Gusau") == 2


def test_no_reports_of_fatalities_is_zero():
    text = ("Jets carried out airstrikes on militant hideouts near Damboa on Tuesday, with no reports on "
            "fatalities.")
    assert deaths(text, "Damboa") == 0


def test_a_described_victim_is_not_a_new_death():
    text = ("In Kano, relatives of a trader killed in a robbery last year staged a protest on Monday, "
            "demanding justice.")
    assert deaths(text, "Kano") == 0


def test_a_peaceful_protest_kills_no_one():
    text = ("Relatives of two brothers who were murdered last week staged a human chain protest in Lafia on "
            "Friday, demanding justice.")
    assert deaths(text, "Lafia") == 0


def test_a_total_followed_by_its_parts_is_not_doubled():
    text = ("Students clashed with police in Jos on Monday. 12 people were killed in the clashes - 9 died "
            "on the spot while 3 succumbed to their injuries later.")
    assert deaths(text, "Jos") == 12


def test_a_list_sharing_one_verb_adds_up():
    text = ("In Kaduna, 4 policemen, 2 vigilantes, and 1 soldier were killed during a raid on Monday.")
    assert deaths(text, "Kaduna") == 7


def test_a_partys_unconfirmed_claim_is_not_added():
    text = ("Troops killed 4 insurgents near Bama on Monday. The insurgents confirmed 4 fatalities but "
            "claimed that 20 soldiers died in the fighting.")
    assert deaths(text, "Bama") == 4


def test_killed_and_injured_without_a_number_says_no_figure():
    text = "A roadside bomb hit a patrol near Gwoza on Monday, killing and injuring soldiers."
    assert deaths(text, "Gwoza") == 0


def test_deaths_at_the_protest_itself_are_kept():
    text = "In Lagos, thousands of protesters rallied on Monday and 2 people were killed."
    evs, _, _ = run(text, places=["Lagos"], country="NG", published="2021-03-10")
    assert max(e.fatalities or 0 for e in evs) == 2


def test_a_toll_that_rose_is_the_figure_the_report_ends_on():
    text = ("A bomb hidden in a cart exploded at a bus park in Potiskum on Monday, killing two passengers. "
            "The death toll rose to five on Tuesday, hospital staff said.")
    assert deaths(text, "Potiskum") == 5
    text = ("Gunmen stormed a church in Owo on Sunday, killing three worshippers. By Monday evening the "
            "number of dead had climbed to seven.")
    assert deaths(text, "Owo") == 7


def test_a_figure_given_later_competes_it_does_not_add():
    """"later" dating a statement is no "another man died later"."""
    text = ("An ambush on a convoy near Birnin Gwari on Friday left three soldiers dead. Police later said "
            "two soldiers had been killed.")
    assert deaths(text, "Birnin Gwari") == 2
    text = ("Bandits opened fire on a wedding party in Zuru on Saturday, killing six guests. The state "
            "government subsequently put the toll at four.")
    assert deaths(text, "Zuru") == 4


def test_a_range_of_deaths_is_its_low_end():
    text = "Soldiers opened fire on a crowd of traders in Lafia on Monday, killing between three and five people."
    assert deaths(text, "Lafia") == 3
    assert deaths("In Keffi, a mob lynched four or five suspected thieves on Sunday.", "Keffi") == 4


def test_deaths_in_an_in_which_clause_are_the_events_own():
    """A relative clause opened by "in which" tells the outcome of the act, even hung on a place."""
    text = "On Sunday, police and gunmen exchanged fire in the Tral area (Pulwama district) in which two gunmen were killed."
    assert deaths(text, "Tral") == 2
    text = ("On Sunday, herders and farmers clashed in a village of Guma county (Benue state) in which three "
            "farmers were killed.")
    assert deaths(text, "Guma") == 3
    text = "On Tuesday, soldiers and rebels fought near a river crossing in Kaga district in which five rebels died."
    assert deaths(text, "Kaga") == 5


def test_a_toll_told_after_the_event_is_the_events():
    """A report comes back to an event to give its toll; the toll sentence, dropped as an
    elaboration, still gives the event its deaths (the conservative figure), each section its own."""
    text = ("Monthly monitoring note, March 2021\n\n"
            "On 3 March, armed men attacked the village of Kadawa near Gusau, burning houses and shooting at "
            "residents. Our field team confirmed the deaths of six villagers hit by gunfire during the raid. "
            "Local officials later said nine people had died.\n\n"
            "On 7 March, soldiers clashed with bandits near Tsafe. At least three bandits were killed, "
            "according to local sources.")
    evs, _, _ = run(text, places=["Kadawa", "Gusau", "Tsafe"], country="NG", published="2021-03-10")
    got = {e.location.name: e.fatalities for e in evs if e.status == "reported"}
    assert got == {"Kadawa": 6, "Tsafe": 3}


def test_a_partial_or_wordless_mention_does_not_lower_the_toll():
    text = ("An air force jet bombed a crowded cattle market in Dansadau on Monday, killing at least 11 people, "
            "a community leader said.\n\nResidents described scenes of panic as stalls caught fire.\n\n"
            "One woman said she had carried the bodies of two cousins to the mosque.")
    assert deaths(text, "Dansadau") == 11
    text = ("Soldiers fought gunmen during a raid on a hideout in Kuriga on Sunday, leaving 18 gunmen dead. "
            "Residents said the dead were in fact farmers who had been shot by the troops.")
    assert deaths(text, "Kuriga") == 18


def test_competing_tolls_in_one_sentence_are_not_summed():
    """Two sources' figures joined by ";", "while" or "but" compete: the conservative one."""
    text = ("Gunmen raided a cattle market in Zurmi on Tuesday, killing at least eight traders, the police said; "
            "a local vigilante leader said 15 had died.")
    assert deaths(text, "Zurmi") == 8
    text = ("Soldiers fired on a crowd outside the emir's palace in Kano on Monday, killing four people, according "
            "to a hospital official, while an opposition lawmaker said nine were killed.")
    assert deaths(text, "Kano") == 4
    text = ("Fighting between two militias in Ukum left 12 dead on Saturday, but a church group reported that 20 "
            "people had been killed.")
    assert deaths(text, "Ukum") == 12


def test_a_headline_run_into_the_body_is_not_a_second_toll():
    text = ("Bomb blast kills six at Maiduguri bus station\nA bomb hidden in a bag exploded at the main bus station "
            "in Maiduguri on Friday, killing six travellers, police said.")
    assert deaths(text, "Maiduguri") == 6


def test_a_suicide_attack_counts_its_attacker():
    text = "A suicide bomber detonated his vest at a checkpoint in Konduga on Sunday, killing three soldiers and himself."
    assert deaths(text, "Konduga") == 4
    text = ("A woman strapped with explosives set them off among stalls in Gwoza on Monday, killing five shoppers, police said. "
            "The bomber also died in the blast.")
    assert deaths(text, "Gwoza") == 6


def test_a_share_of_them_is_a_breakdown():
    assert deaths("Jets bombed a village in Birnin Magaji on Friday, killing 14 people, nine of them children.",
                  "Birnin Magaji") == 14


def test_unknown_casualties_are_no_competing_zero():
    text = ("A drone strike on a rebel camp near Dikwa on Monday killed three, the army said. Community leaders "
            "said there was no information on casualties among civilians.")
    assert deaths(text, "Dikwa") == 3
    text = ("Air force jets struck a rebel camp outside Kaura on Sunday, killing seven, a spokesman said. There "
            "were no reports of casualties among villagers.")
    assert deaths(text, "Kaura") == 7


def test_a_killing_participle_after_a_grievance_is_the_toll():
    text = ("Police fired live rounds at people marching in Lekki against the fuel price increase on Tuesday, "
            "killing at least two, witnesses said.")
    assert deaths(text, "Lekki") == 2


def test_deaths_an_act_resulted_in():
    text = ("On Sunday, soldiers opened fire on traders protesting in Aba against new levies, resulting in the "
            "deaths of two traders.")
    assert deaths(text, "Aba") == 2
    text = ("On Monday, police fired on youths who threw stones at a checkpoint in Jos over the killing of a local "
            "chief, leading to the death of one youth.")
    assert deaths(text, "Jos") == 1
    assert deaths("On Friday, gunmen shot a night guard outside a bank in Ilorin, resulting in his death.", "Ilorin") == 1
    text = "On Tuesday, bandits attacked a farmer on her way to the market in Funtua, causing her death."
    assert deaths(text, "Funtua") == 1


def test_figures_from_different_sources_compete_whoever_they_count():
    """CODEBOOK, Fatalities: the most conservative figure; a second source's figure is a competing
    claim, not more deaths, even when it names other people."""
    text = ("Gunmen and a village defence force fought for hours near Kano on Monday. Police said one man, "
            "a guard from the village, was killed. A residents' association said four of its members had died.")
    assert deaths(text, "Kano") == 1
    text = ("Troops and rebels clashed near Jos on Friday. The army said eight rebels and two soldiers were "
            "killed. A rebel spokesman said the group had lost three fighters.")
    assert deaths(text, "Jos") == 3
    text = ("Militants attacked an army base in Maiduguri on Sunday, setting off a gunfight. The state news agency "
            "said four soldiers and two attackers died. The militants claimed the attack and said they had killed "
            "12 members of the security forces.")
    assert deaths(text, "Maiduguri") == 6
    text = ("Troops and rebels clashed near Jos on Friday. The army said two soldiers were killed. "
            "The army said its troops killed five rebels in the fighting.")
    assert deaths(text, "Jos") == 7  # one source counting other people: more deaths


def test_they_were_killed_counts_the_people_named_before():
    text = ("Police said the three men had barricaded themselves in a house in Kano and opened fire on officers "
            "on Monday. They were killed after refusing to surrender.")
    assert deaths(text, "Kano") == 3
    text = "Gunmen abducted four farmers near Jos on Sunday. The kidnappers killed them two days later, villagers said."
    assert deaths(text, "Jos") == 4


def test_a_paragraph_of_figures_alone_belongs_to_the_paragraph_before():
    text = ("Insurgents overran an army outpost near Damboa on Saturday after hours of fighting, the group said.\n\n"
            "A spokesman for the group said 30 soldiers had died. Local officials said nine soldiers had died.\n\n"
            "The outpost had been set up in 2019.")
    assert deaths(text, "Damboa") == 9


def test_a_toll_after_a_grievance_is_the_protest_events_own():
    """"a protest over the death of X, leading to the death of one demonstrator": the grievance is
    the protest's topic, the toll that the participle gives is its outcome."""
    text = ("Police fired on stone-throwing demonstrators in Kano on Monday at a protest over the death of a local "
            "trader in custody, leading to the death of one demonstrator.")
    assert deaths(text, "Kano") == 1
    text = ("Police fired on demonstrators throwing stones in Jos on Sunday during a march over the death of a man "
            "in custody, leading to the death of one marcher.")
    assert deaths(text, "Jos") == 1


def deaths_in(text, place, country):
    evs, _, _ = run(text, places=[place], country=country, published="2024-03-10")
    rep = [e for e in evs if e.status == "reported"]
    assert rep, "no reported event"
    return max(rep, key=lambda e: e.confidence).fatalities or 0


def test_a_person_closing_a_list_of_the_dead_is_one_more_death():
    """CODEBOOK, Fatalities: counts of one sentence add up, and "a civilian" at the end of a list of
    the dead is one of them ("killing two soldiers and a civilian driver" = 3)."""
    assert deaths_in("Insurgents ambushed a convoy near Gao on Sunday, killing two soldiers and a civilian driver.",
                     "Gao", "ML") == 3
    assert deaths_in("Gunmen opened fire on a minibus outside Juba on Friday, killing three passengers and a child, "
                     "police said.", "Juba", "SS") == 4
    assert deaths_in("Rebels shelled a village near Beni on Wednesday, killing six civilians and a soldier, the "
                     "army said.", "Beni", "CD") == 7
    # a breakdown stays a breakdown, and a person who does something else is no death
    assert deaths_in("A bomb hit a market in Kandahar on Monday, killing 10 people, including 4 women and a child.",
                     "Kandahar", "AF") == 10
    assert deaths_in("Gunmen killed two soldiers and a policeman fled the scene in Kano on Monday.", "Kano", "NG") == 2


def test_he_died_after_an_attack_is_one_death():
    """CODEBOOK, Fatalities: a death reported later is the event's: "He died at the scene." after a
    shooting is its victim's death; a life told with its year ("He died in 1979.") is none."""
    assert deaths_in("Two men on a motorbike shot a village chief outside Yala on Monday evening. He died at the "
                     "scene.", "Yala", "TH") == 1
    assert deaths_in("Gunmen stabbed a shopkeeper in his store in Maiduguri on Sunday. He later died in hospital, "
                     "police said.", "Maiduguri", "NG") == 1
    assert deaths_in("Police shot a woman during a raid on a house in Cali on Wednesday. She died on the way to "
                     "hospital.", "Cali", "CO") == 1
    assert deaths_in("Gunmen killed two guards and wounded a trader in Kano on Monday. He later died in hospital.",
                     "Kano", "NG") == 3
    assert deaths_in("Protesters rallied in Lahore on Friday to honour the party's founder. He died in 1979.",
                     "Lahore", "PK") == 0
