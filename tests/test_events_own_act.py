"""A clause told at the scene of a report's main event is an event of its own when it is an act of its
own: of another event type, at a place it names itself, by a doer it names as the one who acts and who
is of another kind than the main event's doer (CODEBOOK: one event per type, place and day; the traders
who march after a bombing, the police who arrest an organiser after a riot, the crowd that burns the
police station after the police fired on a march; the police who fire tear gas at a march, the doer
that the codebook puts second in a protest met by intervention). A clause that tells the main event's toll, with its
victims as subject ("five policemen were killed"), or the same doer going on, is no second event
(elaboration._own_act)."""
import vigil


def reported(rec):
    return [(e.event_type, e.location.name if e.location else None) for e in rec.events if e.status == "reported"]


def test_an_act_of_another_doer_at_the_scene_is_its_own_event():
    for text, country, types in [
        ("A suicide bomber blew himself up at a police checkpoint in Bannu on Tuesday morning, killing four "
         "officers.\n\nLater on Tuesday, in Bannu, hundreds of traders marched through the main bazaar chanting "
         "slogans against the violence.", "PK", {"Explosions/Remote violence", "Protests"}),
        ("Protesters hurled stones and set fire to tyres outside the governor's office in Basra on Saturday, "
         "officials said.\n\nBasra police arrested a union organiser at his home on Saturday night, his brother "
         "said.", "IQ", {"Riots", "Strategic developments"}),
        ("Security forces shot dead three demonstrators in Ilave on Monday, witnesses said.\n\nAs news of the "
         "deaths spread, an angry crowd gathered outside the police station in Ilave and set fire to its front "
         "door.", "PE", {"Protests", "Riots"}),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert {t for t, _ in reported(rec)} == types, reported(rec)


def test_the_state_that_breaks_up_a_protest_at_the_scene_is_its_doer():
    for text, country, types in [
        ("Rioters looted shops and set fire to a bank in Barquisimeto on Friday, police said.\n\nIn Barquisimeto, "
         "National Guard troops fired tear gas at a few hundred pensioners who were blocking an avenue outside the "
         "pension office.", "VE", {"Riots", "Protests"}),
        ("Rebels shelled the outskirts of Goma on Monday, killing three civilians, the army said.\n\nIn Goma, "
         "police fired tear gas at students who had blocked the main road to protest against the insecurity.",
         "CD", {"Explosions/Remote violence", "Protests"}),
        ("Gunmen killed four villagers in an attack near Kisumu on Sunday, police said.\n\nIn Kisumu, riot police "
         "used water cannon to disperse hundreds of residents who were marching to demand better security.",
         "KE", {"Violence against civilians", "Protests"}),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert {t for t, _ in reported(rec)} == types, reported(rec)


def test_a_toll_or_the_same_doer_going_on_is_no_second_event():
    for text, country in [
        ("A suicide bomber blew himself up at a police checkpoint in Bannu on Tuesday.\n\nFive policemen were "
         "killed in Bannu and eight were wounded, the district police chief said.", "PK"),
        ("Rioters torched two cars and smashed shop windows in Lyon on Wednesday evening.\n\nTwo police officers "
         "were slightly injured in Lyon, the prefecture said.", "FR"),
        ("Gunmen attacked a police station in Mirebalais on Tuesday, residents said.\n\nIn Mirebalais, the "
         "attackers then set fire to the mayor's office.", "HT"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert len(reported(rec)) == 1, reported(rec)


def test_a_clause_placed_only_at_the_province_is_no_act_of_its_own():
    """A clause that names only the province around the main event's town speaks of the region, not of
    one happening at a scene of its own: it stays a telling of the main event."""
    for text, country in [
        ("Gunmen abducted 12 farmers near Gusau on Saturday, police said.\n\nIn Zamfara state, soldiers have "
         "arrested dozens of suspected collaborators, the army says.", "NG"),
        ("A roadside bomb killed three soldiers near Kandahar city on Monday, officials said.\n\nIn Kandahar "
         "province, Taliban forces detained several former officials, residents said.", "AF"),
        ("Protesters burned tyres and stoned police in Basra on Sunday.\n\nAcross Basra province, security forces "
         "arrested activists who had organised the rallies, relatives said.", "IQ"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert len(reported(rec)) == 1, reported(rec)
