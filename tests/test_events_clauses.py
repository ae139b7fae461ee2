"""Which clauses become event drafts, and which words in a clause tell no event of its own
(vigil/extract/events/clauses.py). Every sentence here is written for these tests."""
import functools

from _events_helpers import kinds
from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-06")


def test_a_protest_word_describing_the_arrested_person_is_no_protest():
    """CODEBOOK 3 and 8: who the detained person is (an organiser of a march, an adviser of strikers)
    does not put the arrest at a protest: it is Arrests, not Protest with intervention."""
    for text, country in [
        ("Police in Lagos arrested Tunde Bakare, a student leader who had helped organise the fuel price "
         "protests, at his flat on Monday.", "NG"),
        ("Three men who had taken part in the march on parliament were detained at their homes in Harare on "
         "Tuesday night, their lawyers said.", "ZW"),
        ("Security agents in Kampala detained two organisers of last week's rally early on Monday.", "UG"),
        ("Officers in Mombasa detained Peter Otieno, a teacher who has been advising the striking dock "
         "workers, on Monday.", "KE"),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == ["Arrests"], (text, kinds(evs))


def test_people_detained_while_protesting_are_still_a_protest_broken_up():
    for text, country in [
        ("Police in Dhaka arrested 30 people who were protesting outside the election commission on Monday.", "BD"),
        ("Officers detained 40 students who were marching to State House in Nairobi on Monday.", "KE"),
        ("Police in Harare arrested a union official who was leading the march on Tuesday.", "ZW"),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == ["Protest with intervention"], (text, kinds(evs))





def test_a_state_of_emergency_is_a_change_to_activity():
    """CODEBOOK 8: curfews, bans and states of emergency are Strategic developments / Change to
    group/activity; a protest that defies one stays a protest."""
    for text, country in [
        ("Parliament extended the state of emergency in the northern province of Cabo Delgado by 30 days on "
         "Tuesday.", "MZ"),
        ("The president declared martial law across Mindanao on Friday.", "PH"),
        ("Authorities imposed emergency rule in the Tigray region on Sunday.", "ET"),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == ["Change to group/activity"], (text, kinds(evs))
    evs, _, _ = run("Thousands of people defied the state of emergency and marched through central Bangkok on "
                    "Sunday.", country="TH")
    assert kinds(evs) == ["Peaceful protest"], kinds(evs)


def test_an_as_clause_with_a_place_of_its_own_is_its_own_event():
    """'..., as a strike in the nearby port of Lamu entered its second day': what happened elsewhere
    at the same time is an event of its own, not part of the arrest (which would make it a protest)."""
    for text, country, want in [
        ("Police detained a teachers' union leader at his home in Mombasa on Friday, his wife said, as a strike "
         "by dock workers in the nearby port of Lamu entered its second day.", "KE",
         {("Arrests", "Mombasa"), ("Peaceful protest", "Lamu")}),
        ("Soldiers arrested two opposition organisers in Bamako early on Monday, as hundreds of traders marched "
         "through the streets of Segou to protest new taxes.", "ML",
         {("Arrests", "Bamako"), ("Peaceful protest", "Segou")}),
    ]:
        evs, _, _ = run(text, country=country)
        got = {(e.sub_event_type, e.location.name) for e in evs if e.status == "reported"}
        assert got == want, (text, got)


def test_an_as_clause_of_the_same_scene_stays_with_it():
    for text, country, want in [
        ("Protesters threw stones at the governor's office in Kisumu on Monday as police fired tear gas to push "
         "them back.", "KE", ["Violent demonstration"]),
        ("Police fired tear gas at students in Lusaka on Friday as they marched toward parliament.", "ZM",
         ["Protest with intervention"]),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == want, (text, kinds(evs))


def test_a_signal_word_inside_a_proper_name_tells_no_event():
    """A protest or strike word that is part of a name (a party, a movement, a news agency in the
    dateline) names the group, not a happening (CODEBOOK 1: only what happened is coded)."""
    for text, country, want in [
        ("BANGUI, March 5 (Vigil Wire) - Gunmen abducted two aid workers near Bouar on Monday, police said.",
         "CF", ["Abduction/forced disappearance"]),
        ("Supporters of the National Rally cheered in a hotel in Lyon on Sunday as the results came in.",
         "FR", []),
        ("The Rally for Culture and Democracy said on Tuesday that it would not take part in the election.",
         "DZ", []),
        ("ALGIERS, March 5 (Strike News) - Police arrested two journalists at their homes in Algiers on Monday.",
         "DZ", ["Arrests"]),
        ("ALGIERS, Algeria, March 5 (Strike News) -\nPolice arrested two journalists at their homes in Algiers "
         "on Monday.", "DZ", ["Arrests"]),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == want, (text, kinds(evs))


def test_a_protest_word_in_a_headline_or_a_sentence_still_counts():
    for text, country in [
        ("Thousands Rally In Nairobi Against Fuel Prices\n\nThousands of people marched through Nairobi on "
         "Monday to protest against a rise in fuel prices.", "KE"),
        ("Rally organisers said 5,000 people marched through Accra on Saturday to demand cheaper fuel.", "GH"),
    ]:
        evs, _, _ = run(text, country=country)
        assert kinds(evs) == ["Peaceful protest"], (text, kinds(evs))


def test_a_clause_told_as_a_separate_incident_is_an_event_of_its_own():
    """CODEBOOK: one event per type, place and day. "..., and X happened in a separate incident in Y"
    tells a second happening in the same sentence: it is cut off and coded on its own."""
    for text, country, want in [
        ("Rioters set tyres ablaze and threw stones at the governor's office in Kisumu on Monday, and police "
         "fired tear gas at marchers at a separate protest in Eldoret.", "KE",
         {("Violent demonstration", "Kisumu"), ("Protest with intervention", "Eldoret")}),
        ("Insurgents attacked an army post near Gao on Sunday, and in a separate incident gunmen abducted "
         "four traders on the road outside Mopti.", "ML",
         {("Armed clash", "Gao"), ("Abduction/forced disappearance", "Mopti")}),
        ("Soldiers fought rebels for several hours outside Bunia on Tuesday, but militiamen killed six "
         "farmers in an unrelated attack near Beni.", "CD",
         {("Armed clash", "Bunia"), ("Attack", "Beni")}),
    ]:
        evs, _, _ = run(text, country=country)
        got = {(e.sub_event_type, e.location.name) for e in evs if e.status == "reported"}
        assert got == want, (text, got)


def _units(text, names):
    from vigil import nlp as vigil_nlp
    from vigil.extract.events.clauses import units
    from vigil.model import Place
    doc = vigil_nlp.load()(text)
    places = [Place(name=n, start=text.index(n), end=text.index(n) + len(n), feature="city") for n in names]
    return [doc[s:e].text for s, e, _ in units(doc, places)]


def test_an_as_clause_that_places_the_only_act_is_no_second_event():
    """CODEBOOK: one event per type, place and day. "Three nurses were abducted as they left a clinic in
    X": the 'as' clause says where the abduction happened; it is cut off as another event only when the
    words before it name a place of their own ("... in Mombasa, as a strike in Lamu ...")."""
    for text, names in [
        ("On 12 June, three nurses were abducted by armed men as they left a health centre in Kenscoff, "
         "their employer said.", ["Kenscoff"]),
        ("Gunmen kidnapped two engineers on Monday as they drove out of a quarry near Okene, police said.", ["Okene"]),
        ("Police fired tear gas at the students as they marched towards the parliament in Lusaka.", ["Lusaka"]),
    ]:
        assert len(_units(text, names)) == 1, (text, _units(text, names))
    text = ("Police detained a union leader at his home in Mombasa on Friday, as a strike by dock workers in the "
            "nearby port of Lamu entered its second day.")
    assert len(_units(text, ["Mombasa", "Lamu"])) == 2
