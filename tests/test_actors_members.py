"""The armed men of a named group are that group (CODEBOOK actor codes: the group acts): "fighters of
Hayat Tahrir al-Sham", "gunmen from the Islamic State", "the MS-13 gang" are one actor, the named one,
not an unnamed armed group beside it (which then became the event's second actor). A common noun
before "of" a place or an unnamed body stays what it is. A known name that only begins a longer proper
name ("National Resistance" in "National Resistance Front") is another organisation's."""
from vigil import nlp
from vigil.extract import actor_mentions


def _mentions(text):
    doc = nlp.load()(text)
    return [(m.text, m.entries[0].canonical) for m in actor_mentions.mentions(doc)]


def test_armed_men_of_a_named_group_are_the_group():
    for text, name in [
        ("Fighters of Hayat Tahrir al-Sham attacked a government checkpoint near Saraqib on Monday.",
         "Hayat Tahrir al-Sham"),
        ("Gunmen from the Islamic State attacked an army post in Kirkuk province overnight.", "Islamic State"),
        ("Militants of Boko Haram raided a village near Gwoza and burned the market.", "Boko Haram"),
        ("Dozens of insurgents from Al Shabaab overran a base near Bulo Burte before dawn.", "Al Shabaab"),
        ("Two MS-13 gang members shot dead a bus driver in Soyapango.", "MS-13: Mara Salvatrucha"),
        ("An MS-13 gang ambushed a police patrol in Soyapango.", "MS-13: Mara Salvatrucha"),
    ]:
        found = _mentions(text)
        assert found[0][1] == name and not any(c.startswith(("Unidentified", "Militants")) for _, c in found), (
            text, found)


def test_armed_men_of_a_place_or_an_unnamed_body_stay_unnamed():
    found = _mentions("Gunmen from a nearby village attacked a bus on the highway.")
    assert found and found[0][1].startswith("Unidentified Armed Group"), found
    found = _mentions("Rebels of the eastern hills shot at an army patrol.")
    assert found[0][1].startswith("Militants"), found


def test_a_known_name_that_is_only_the_start_of_a_longer_name_is_another_group():
    # "National Resistance" is a Yemeni force in the dictionary; the National Resistance Front is not it
    found = _mentions("Fighters of the National Resistance Front attacked a checkpoint in Panjshir on Thursday.")
    assert all(c != "National Resistance Forces" for _, c in found), found
    found = _mentions("Members of the Popular Resistance Committees fired rockets from Rafah.")
    assert all(c != "Popular Resistance" for _, c in found), found
    found = _mentions("National Resistance forces shelled Houthi positions near Hays on Sunday.")
    assert ("National Resistance forces", "National Resistance Forces") in found, found
    found = _mentions("Hayat Tahrir al-Sham fighters shelled a village near Saraqib.")
    assert found[0][1] == "Hayat Tahrir al-Sham", found


def test_a_generic_armed_groups_own_men_after_it_are_the_same_actor():
    # "pro-government militia forces" is the militia, not the militia and the state's forces beside it
    for text, name in [
        ("Taliban fighters overran a post held by pro-government militia forces in Logar.",
         "Militia (Pro-Government)"),
        ("Armed group fighters ambushed a convoy on the road to Djibo.", "Unidentified Armed Group ({country})"),
        ("Clan militia fighters seized the wells outside the town.", "Communal Militia ({country})"),
    ]:
        found = _mentions(text)
        assert name in [c for _, c in found] and "Military Forces of {country}" not in [c for _, c in found], (
            text, found)


def test_names_written_without_their_hyphens_are_still_found():
    for text, name in [
        ("Pro government militiamen burned the market in the district centre.", "Militia (Pro-Government)"),
        ("Warplanes of the Saudi led coalition struck the port on Friday.", "Saudi-led Coalition"),
        ("Anti riot police fired tear gas at the marchers.", "Police Forces of {country}"),
    ]:
        found = _mentions(text)
        assert name in [c for _, c in found], (text, found)
