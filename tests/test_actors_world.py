"""The actor dictionary as a world reference (CODEBOOK actor codes: 1 state forces, 2 rebel groups,
3 political militias, 4 identity militias, 8 external/other forces): a state's named agencies and
operations are its forces, external abroad; armed groups keep their own names and types, one
organisation per entry, so that two factions of one war can fight each other; private guards are
other forces (8); armed gangs are armed groups; a named group's "militia" or "coalition" is the group."""
import functools

from _events_helpers import first_reported

from vigil.extract import actor_mentions, actors

reported = functools.partial(first_reported, published="2024-03-20")


def pair(ev):
    return tuple(sorted(a.inter for a in (ev.actor1, ev.actor2) if a and a.inter))


def test_a_states_named_agencies_and_operations_are_its_forces_and_external_abroad():
    for name, home, abroad in [("Barkhane", "FR", "ML"), ("Operation Barkhane", "FR", "BF"), ("IDF", "IL", "LB"),
                               ("Israel Defense Forces", "IL", "SY"), ("ISI", "PK", "AF"), ("FSB", "RU", "UA"),
                               ("SBU", "UA", "RU"), ("Kenya Defence Forces", "KE", "SO"), ("UPDF", None, None),
                               ("Peshmerga", "IQ", "SY"), ("Department of State Services", "NG", "NE")]:
        a = actors.lookup(name, abroad)
        if home is None:   # an acronym two bodies share in different countries is not claimed by either
            assert a is None or a.inter != 1, (name, a)
            continue
        assert a is not None and a.inter == 1 and a.country == home, (name, a)


def test_forces_of_another_state_named_by_their_operation_are_external_in_the_event():
    for text, country in [
        ("On 3 March, Operation Barkhane forces carried out airstrikes on militant positions near Menaka, "
         "killing several fighters.", "ML"),
        ("French troops of Operation Barkhane struck an armed group's camp in the forest east of Djibo on "
         "Tuesday.", "BF"),
    ]:
        ev = reported(text, country)
        assert 8 in pair(ev), (text, ev.actor1, ev.actor2)


def test_federal_member_state_forces_are_distinct_actors():
    a, b = actors.lookup("Jubaland forces", "SO"), actors.lookup("Puntland troops", "SO")
    c = actors.lookup("Galmudug forces", "SO")
    assert {a.inter, b.inter, c.inter} == {1} and len({a.canonical, b.canonical, c.canonical}) == 3
    assert actors.lookup("SNA", "SO").canonical == "Military Forces of Somalia"
    assert actors.lookup("SNA", "SY").canonical == "Syrian National Army"


def test_kurdish_security_police_are_state_in_iraq_and_rebel_side_in_syria():
    assert actors.lookup("Asayish", "IQ").inter == 1
    assert actors.lookup("Asayish", "SY").inter == 2


def test_each_armed_group_is_its_own_actor_with_its_type():
    for name, country, inter in [
        ("Hamza Division", "SY", 2), ("Sultan Murad Division", "SY", 2), ("Ahrar al-Sham", "SY", 2),
        ("Levant Front", "SY", 2), ("Faylaq al-Sham", "SY", 2), ("National Defence Forces", "SY", 3),
        ("Tribal Mobilization Forces", "IQ", 4), ("Palestinian Islamic Jihad", "PS", 2),
        ("Lashkar-e-Taiba", "IN", 2), ("Hizbul Mujahideen", "IN", 2), ("PLFI", "IN", 2), ("ULFA", "IN", 2),
        ("MILF", "PH", 3), ("Arakan Rohingya Salvation Army", "MM", 2), ("Pyu Saw Htee", "MM", 3),
        ("Katiba Macina", "ML", 2), ("Koglweogo", "BF", 4), ("anti-balaka", "CF", 4), ("FDLR", "CD", 2),
        ("Imbonerakure", "BI", 3), ("SPLA-IO", "SS", 2), ("White Army", "SS", 4), ("Oromo Liberation Army", "ET", 2),
        ("dahalo", "MG", 3), ("Shining Path", "PE", 2), ("Sendero Luminoso", "PE", 2), ("Viv Ansanm", "HT", 3),
        ("400 Mawozo", "HT", 3), ("Comando Vermelho", "BR", 3), ("Tren de Aragua", "VE", 3),
        ("Los Viagras", "MX", 3), ("Right Sector", "UA", 3), ("Fatemiyoun", "SY", 3), ("colectivos", "VE", 3),
    ]:
        a = actors.lookup(name, country)
        assert a is not None and a.inter == inter, (name, a)
    rivals = [("Hamza Division", "Sultan Murad Division"), ("Ahrar al-Sham", "Levant Front"),
              ("Los Viagras", "CJNG"), ("400 Mawozo", "G9"), ("FPRC", "RPRC")]
    for x, y in rivals:
        assert actors.lookup(x).canonical != actors.lookup(y).canonical, (x, y)


def test_two_rival_factions_that_clash_are_two_actors():
    for text in [
        "Fighters of the Hamza Division clashed with the Sultan Murad Division in Al Bab on Monday over a "
        "checkpoint; two fighters were wounded.",
        "Heavy fighting broke out on Friday between Ahrar al-Sham and the Levant Front in the town of Afrin.",
    ]:
        ev = reported(text, "SY")
        assert ev.actor1 and ev.actor2 and pair(ev) == (2, 2), (text, ev.actor1, ev.actor2)
        assert ev.actor1.canonical != ev.actor2.canonical


def test_private_guards_are_other_forces():
    for text in ["Private security guards at a gold mine near Geita shot and wounded two artisanal miners on "
                 "Saturday.",
                 "Security guards hired by a plantation company beat three villagers who had entered the estate, "
                 "a local rights group said."]:
        ev = reported(text, "TZ")
        assert 8 in pair(ev), (text, ev.actor1, ev.actor2)
    assert actors.lookup("a private security firm", "KE").inter == 8


def test_armed_gangs_are_an_armed_group_and_forest_guards_the_state():
    for word in ("gangs", "armed gangs", "rival gangs", "gangsters", "crime groups", "cartels"):
        a = actors.lookup(word, "HT")
        assert a is not None and a.inter == 3, word
    for word in ("forest guards", "park rangers", "wildlife rangers", "troopers", "state police", "auxiliary forces"):
        a = actors.lookup(word, "KE")
        assert a is not None and a.inter == 1, word
    ev = reported("Armed gangs stormed the village of Mirebalais at dawn on Sunday, shooting three residents dead.",
                  "HT")
    assert pair(ev) == (3, 7), (ev.actor1, ev.actor2)


def test_a_named_groups_militia_or_coalition_is_the_group_itself():
    doc_text = "Fighters of the Viv Ansanm coalition attacked a police station, while Hezbollah militia fired rockets."
    from vigil import nlp
    doc = nlp.load()(doc_text)
    names = {m.text: m.entries[0].canonical for m in actor_mentions.mentions(doc)}
    # its fighters are the coalition too, one mention (test_actors_members)
    assert names.get("Fighters of the Viv Ansanm coalition") == "Viv Ansanm", names
    assert names.get("Hezbollah militia") == "Hezbollah", names


def test_clans_alone_are_not_an_armed_militia():
    # Rival clans who brawl with sticks are rioters in one country and clan militias in another: only
    # armed clansmen or clan gunmen name a militia; "clans" alone names no actor.
    assert actors.lookup("clans", "BD") is None
    assert actors.lookup("clan gunmen", "SO").inter == 4


def _mention(text, word):
    from vigil import nlp
    doc = nlp.load()(text)
    return next((m for m in actor_mentions.mentions(doc) if word in m.text), None)


def test_a_country_named_as_the_doer_of_a_force_verb_is_its_forces():
    for text, word, code in [
        ("Turkey shelled two villages north of Manbij on Tuesday, local residents said.", "Turkey", "TR"),
        ("Israel struck a weapons depot outside Damascus overnight.", "Israel", "IL"),
        ("Russia and Turkey conducted a joint patrol along the highway east of Kobani on Thursday.", "Turkey", "TR"),
        ("A convoy was hit by Russia near Kupiansk on Friday.", "Russia", "RU"),
    ]:
        m = _mention(text, word)
        assert m is not None and m.entries[0].country == code and m.entries[0].inter == 1, (text, m)
        assert m.entries[0].canonical.startswith("Military Forces of"), m.entries[0]
    # A country that only speaks, or a person who bears a country's name, is nobody's forces.
    for text, word in [("Turkey said on Tuesday that the talks would resume next week.", "Turkey"),
                       ("Chad Smith attacked the referee's decision after the match in Leeds.", "Chad")]:
        assert _mention(text, word) is None, text


def test_a_countrys_own_forces_written_with_a_possessive_are_its_forces():
    for text, word, code in [("Ukraine's military said it had repelled an assault near Vuhledar.", "Ukraine", "UA"),
                             ("Chad's army lost two soldiers at a checkpoint near the lake on Sunday.", "Chad", "TD"),
                             ("Israel's air force struck a building in southern Lebanon.", "Israel", "IL")]:
        m = _mention(text, word)
        assert m is not None and m.entries[0].country == code and m.entries[0].inter == 1, (text, m)
    ev = reported("Turkey shelled the village of Tal Rifaat on Monday, killing two civilians, local sources said.", "SY")
    assert ev.actor1 is not None and ev.actor1.canonical == "Military Forces of Turkey", ev.actor1


def test_an_acronym_many_organisations_share_names_none_of_them():
    # "AFC" is M23's political coalition and also dozens of football clubs and a confederation: only
    # the full name ties it to the armed group.
    for text in ["AFC Bournemouth and Leeds clashed at the Vitality Stadium on Saturday in a tense derby.",
                 "The AFC suspended two referees after the clash between the clubs in Doha."]:
        assert _mention(text, "AFC") is None, text
    assert actors.lookup("Alliance Fleuve Congo", "CD").canonical == "M23: March 23 Movement"
    assert actors.lookup("M23", "CD").inter == 2
