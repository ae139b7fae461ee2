from vigil.extract import actors


def test_aliases_acronyms_and_canonical():
    for name in ("MEK", "PMOI", "People's Mojahedin Organization of Iran", "Resistance Units"):
        assert actors.lookup(name).canonical == "People's Mojahedin Organization of Iran"
    assert actors.lookup("IRGC").inter == 1
    assert actors.lookup("the mullahs' regime", "IR").canonical == "Government of Iran"


def test_generic_entries_take_the_focus_country():
    a = actors.lookup("police", "NG")
    assert (a.canonical, a.inter, a.country) == ("Police Forces of Nigeria", 1, "NG")
    assert actors.lookup("gunmen", "MX").canonical == "Unidentified Armed Group (Mexico)"
    assert actors.lookup("protesters", "BD").inter == 6


def test_demonym_forces_abroad_are_external():
    a = actors.lookup("Turkish forces", "IQ")
    assert (a.canonical, a.inter, a.country) == ("Military Forces of Turkey", 8, "TR")
    assert actors.lookup("Nigerian army", "NG").inter == 1


def test_unknown_actor_is_none_and_claimant_types():
    assert actors.lookup("the Flat Earth Society") is None
    assert actors.claimant_type("Amnesty International") == "ngo"
    assert actors.claimant_type("MEK sources") == "party"
    assert actors.claimant_type("Reuters") == "media"
    assert actors.claimant_type("a neighbour") is None


def test_ruler_patterns_keep_long_names_whole():
    pats = actors.ruler_patterns()
    words = [[t["LOWER"] for t in p["pattern"]] for p in pats]
    assert ["people", "'s", "mojahedin", "organization", "of", "iran"] in words
    assert all(p["label"] in ("ORG", "NORP", "PERSON") for p in pats)


def test_yemeni_resistance_militias_are_political_militias():
    for name in ("National Resistance forces", "Southern Resistance", "Popular Resistance fighters"):
        a = actors.lookup(name, "YE")
        assert a is not None and a.inter == 3, name
    assert actors.lookup("Houthi forces", "YE").inter == 1  # a de-facto government's forces


def test_a_shared_alias_names_the_coalition_of_the_report_country():
    assert actors.lookup("coalition", "YE").canonical == "Saudi-led Coalition"
    assert actors.lookup("coalition warplanes", "SA").canonical == "Saudi-led Coalition"
    assert actors.lookup("coalition", "SY").canonical == "Global Coalition Against Daesh"
    assert actors.lookup("coalition forces", "IQ").canonical == "Global Coalition Against Daesh"
    assert actors.lookup("US-led coalition", "YE").canonical == "Global Coalition Against Daesh"  # named outright
    assert actors.lookup("Saudi-led coalition", "IQ").canonical == "Saudi-led Coalition"


def test_armed_groups_keep_their_own_names_and_types():
    for name, country, canonical, inter in [
        ("Clan del Golfo", "CO", "Clan del Golfo", 3),
        ("Gulf Clan", "CO", "Clan del Golfo", 3),
        ("ELN", "CO", "ELN: National Liberation Army", 2),
        ("FARC dissidents", "CO", "FARC Dissidents", 2),
        ("Sinaloa Cartel", "MX", "Sinaloa Cartel", 3),
        ("CJNG", "MX", "Cartel Jalisco Nueva Generacion", 3),
        ("Gulf Cartel", "MX", "Gulf Cartel", 3),
        ("a criminal group", "MX", "Unidentified Armed Group (Mexico)", 3),
        ("drug cartel", "HN", "Unidentified Armed Group (Honduras)", 3),
        ("pro-government militia", "AF", "Militia (Pro-Government)", 3),
        ("peacekeepers", "CD", "United Nations Peacekeeping Forces", 8),
    ]:
        a = actors.lookup(name, country)
        assert a is not None and (a.canonical, a.inter) == (canonical, inter), (name, a)


def test_each_organisation_keeps_its_own_name():
    # Vigil ties every claim to whoever makes it: an agency, a bloc or an aid group is never
    # filed under another one's name, even when both are the same kind of claimant.
    pairs = [("AFP", "Agence France-Presse"), ("Associated Press", "Associated Press"),
             ("TASS", "TASS"), ("Xinhua", "Xinhua"), ("state television", "State media"),
             ("African Union", "African Union"), ("AU", "African Union"), ("EU", "European Union"),
             ("MSF", "Doctors Without Borders"), ("Red Crescent", "Red Crescent"),
             ("HRANA", "Human Rights Activists News Agency"), ("Odhikar", "Odhikar"),
             ("UNICEF", "United Nations"), ("Reuters", "Reuters")]
    for name, canonical in pairs:
        assert actors.lookup(name).canonical == canonical, name
    assert actors.claimant_type("TASS") == "media" and actors.claimant_type("AFP") == "media"
    assert actors.claimant_type("African Union") == "international"
    # The troops of the African Union's mission stay an external force, not the bloc.
    assert actors.lookup("African Union troops").canonical.startswith("AMISOM")


def test_allied_groups_and_wings_keep_their_own_names():
    # Armed groups that fight side by side, a movement's provinces, a party's student and youth
    # wings: ACLED names each actor apart, so a coalition of names is never one actor.
    names = [("Kachin Independence Army", "MM"), ("Arakan Army", "MM"), ("PDF", "MM"), ("TNLA", "MM"),
             ("ISWAP", "NG"), ("Islamic State", "SY"), ("ISKP", "AF"), ("Nyatura", "CD"), ("Mai-Mai", "CD"),
             ("Chhatra League", "BD"), ("Awami League", "BD"), ("Jubo Dal", "BD"), ("BNP", "BD"),
             ("Hefazat-e-Islam", "BD"), ("Jamaat-e-Islami", "BD")]
    found = [actors.lookup(n, c) for n, c in names]
    assert len({a.canonical for a in found}) == len(names), [a.canonical for a in found]
    assert all(a.inter == 2 for a in found[:7]) and found[7].inter == 3
    assert all(a.inter == 6 for a in found[9:])


def test_common_nouns_name_no_one_country_s_actor():
    # "the ruling party", "junta forces", "rebel factions" name whoever rules or fights in the
    # report's country: a common noun takes the focus country, never one country's named actor.
    for text, cc, country in [("ruling party", "KE", "Kenya"), ("ruling party", "RS", "Serbia"),
                              ("junta forces", "NE", "Niger"), ("junta forces", "ML", "Mali")]:
        a = actors.lookup(text, cc)
        assert a.country == cc and country in a.canonical, (text, a)
    assert actors.lookup("ruling party", "ZW").inter == 6
    assert actors.lookup("junta forces", "ML").inter == 1
    for text, cc in [("rebel factions", "SD"), ("opposition factions", "LY"), ("separatist forces", "CM")]:
        a = actors.lookup(text, cc)
        assert (a.country, a.inter) == (cc, 2), (text, a)
    assert actors.lookup("Tatmadaw", "TH").canonical == "Military Forces of Myanmar"
