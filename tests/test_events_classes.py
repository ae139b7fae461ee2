"""Rule classes of the event classifier, each on sentences written in news-agency style."""
import functools

from _events_helpers import kinds, run as _run

run = functools.partial(_run, published="2020-05-10")


def pair(ev):
    return tuple(sorted(a.inter for a in (ev.actor1, ev.actor2) if a is not None and a.inter))


def test_heavy_weapons_fired_one_way_are_shelling_small_arms_a_clash():
    evs, _, _ = run("On 3 May, rebel forces fired mortars and heavy machine guns at army positions near Avdiivka.",
                    places=["Avdiivka"], country="UA")
    assert kinds(evs) == ["Shelling/artillery/missile attack"]
    evs, _, _ = run("On 3 May, rebel forces used heavy machine guns and small arms against army positions near Avdiivka.",
                    places=["Avdiivka"], country="UA")
    assert kinds(evs) == ["Armed clash"]
    evs, _, _ = run("On 3 May, militants shelled army positions near Avdiivka and soldiers fired back.",
                    places=["Avdiivka"], country="UA")
    assert kinds(evs) == ["Armed clash"]


def test_seized_or_defused_weapons_are_disrupted_weapons_use():
    evs, _, _ = run("Police seized a cache of rifles, ammunition and explosives in a raid on a farm near Mosul.",
                    places=["Mosul"], country="IQ")
    assert kinds(evs) == ["Disrupted weapons use"]
    evs, _, _ = run("A bomb disposal team defused an improvised explosive device planted on a road in Baidoa.",
                    places=["Baidoa"], country="SO")
    assert kinds(evs) == ["Disrupted weapons use"]


def test_crowds_fighting_each_other_are_mob_violence_between_rioters():
    evs, _, _ = run("On 4 May, two rival groups clashed with sticks and sharp weapons over a land dispute in Sylhet. "
                    "At least 12 people were injured.", places=["Sylhet"], country="BD")
    assert kinds(evs)[0] == "Mob violence" and pair(evs[0]) == (5, 5)
    evs, _, _ = run("On 4 May, supporters of a candidate stabbed and injured a rival party activist in Comilla.",
                    places=["Comilla"], country="BD")
    assert kinds(evs) == ["Mob violence"] and pair(evs[0]) == (5, 7)


def test_crude_bombs_of_party_activists_are_riots_not_ieds():
    evs, _, _ = run("On 6 May, party activists exploded crude bombs in front of a rival's house in Narayanganj.",
                    places=["Narayanganj"], country="BD")
    assert kinds(evs) == ["Mob violence"]


def test_attacks_on_armed_men_are_clashes():
    evs, _, _ = run("On 2 May, unknown gunmen shot and killed a soldier at a checkpoint in Kandahar city.",
                    places=["Kandahar"], country="AF")
    assert kinds(evs) == ["Armed clash"]
    evs, _, _ = run("On 2 May, gunmen shot and killed a shopkeeper in Kandahar city.", places=["Kandahar"], country="AF")
    assert kinds(evs) == ["Attack"]


def test_territory_needs_a_place_and_its_taker_decides():
    evs, _, _ = run("On 5 May, government forces took control of Kafr Nabl town from rebels after heavy clashes.",
                    places=["Kafr Nabl"], country="SY")
    assert kinds(evs) == ["Government regains territory"]
    evs, _, _ = run("On 5 May, three militants were captured by soldiers during an operation near Tunceli.",
                    places=["Tunceli"], country="TR")
    assert "Government regains territory" not in kinds(evs)


def test_air_raids_have_the_air_force_as_actor1_and_no_police():
    evs, _, _ = run("Overnight, Saudi-led coalition air raids hit Sirwah district.", places=["Sirwah"],
                    country="YE")
    assert kinds(evs) == ["Air/drone strike"]
    assert evs[0].actor1.inter == 8 and evs[0].actor2 is None


def test_armed_groups_that_arrest_abduct():
    evs, _, _ = run("On 7 May, Al Shabaab militants arrested two elders in Jilib and took them to an unknown location.",
                    places=["Jilib"], country="SO")
    assert kinds(evs) == ["Abduction/forced disappearance"]


def test_kidnapped_and_killed_is_an_attack():
    evs, _, _ = run("On 3 May, armed men kidnapped a trader in Cintalapa. His body was found the next day.",
                    places=["Cintalapa"], country="MX")
    assert kinds(evs)[0] in ("Attack", "Abduction/forced disappearance")
    evs, _, _ = run("On 3 May, armed men kidnapped and killed a trader in Cintalapa.", places=["Cintalapa"],
                    country="MX")
    assert kinds(evs) == ["Attack"]


def test_words_that_only_look_like_signals():
    evs, _, _ = run("Shells struck the coastal road in Tajoura, killing three civilians.", places=["Tajoura"],
                    country="LY")
    assert kinds(evs) == ["Shelling/artillery/missile attack"]
    evs, _, _ = run("According to police, two men clashed with officers in Morelia.", places=["Morelia"],
                    country="MX")
    assert "Agreement" not in kinds(evs)


def test_militias_of_two_communities_fight_each_other():
    evs, _, _ = run("On 5 May, Fellata and Rizeigat tribal militias clashed near Buram, killing 12.", places=["Buram"],
                    country="SD")
    assert kinds(evs) == ["Armed clash"] and pair(evs[0]) == (4, 4)


def test_armed_men_blocking_a_road_are_no_protest():
    evs, _, _ = run("On 2 May, HTS fighters blocked the road to a Turkish column near Daret Azza.",
                    places=["Daret Azza"], country="SY")
    assert not [k for k in kinds(evs) if k in ("Peaceful protest", "Protest with intervention")]


def test_crowds_stoning_the_police_outside_a_demonstration_are_mob_violence():
    evs, _, _ = run("On 5 May, residents pelted stones at police in Anand after officers stopped a funeral.",
                    places=["Anand"], country="IN")
    assert kinds(evs) == ["Mob violence"]


def test_released_prisoners_are_other_and_bases_established():
    evs, _, _ = run("On 5 May, the government released 154 Taliban prisoners in Kabul to advance the peace talks.",
                    places=["Kabul"], country="AF")
    assert kinds(evs) == ["Other"]
    evs, _, _ = run("On 28 April, UN peacekeepers installed a new temporary military base in Djaiba.",
                    places=["Djaiba"], country="CD")
    assert kinds(evs) == ["Headquarters or base established"]


def test_suicide_bombers_killed_by_troops_are_no_suicide_bombing():
    evs, _, _ = run("On 7 May, Iraqi forces killed two suicide bombers near Badush.", places=["Badush"], country="IQ")
    assert kinds(evs) != ["Suicide bomb"]
    evs, _, _ = run("On 7 May, a suicide bomber blew himself up at a checkpoint in Badush, killing four.",
                    places=["Badush"], country="IQ")
    assert kinds(evs) == ["Suicide bomb"]


def test_off_duty_soldiers_are_civilians_and_arson_is_no_shooting():
    evs, _, _ = run("On 6 May, militants shot and killed an off-duty soldier as he left a mosque in Baidoa.",
                    places=["Baidoa"], country="SO")
    assert kinds(evs) == ["Attack"]
    evs, _, _ = run("On 6 May, villagers beat a suspected thief and set fire to his motorbike in Gazipur.",
                    places=["Gazipur"], country="BD")
    assert kinds(evs)[0] == "Mob violence"


def test_forces_of_two_countries_and_pro_forces_are_actors():
    evs, _, _ = run("On Wednesday the military forces of Pakistan and India exchanged fire in Poonch, along the "
                    "Line of Control.", places=["Poonch"], country="IN")
    assert kinds(evs) == ["Armed clash"] and pair(evs[0]) == (1, 8)


def test_a_context_clause_ends_at_its_comma():
    evs, _, _ = run("On 2 May, following an earlier assault, supporters of two factions clashed in Bagmara, "
                    "killing one person.", places=["Bagmara"], country="BD")
    assert kinds(evs) == ["Mob violence"] and pair(evs[0]) == (5, 5)


def test_police_firing_on_marchers_is_excessive_force():
    evs, _, _ = run("On 12 March, police opened fire on thousands of students marching against a rise in bus fares "
                    "in Dhaka.", places=["Dhaka"], country="BD", published="2019-03-14")  # a report of that week
    assert kinds(evs) == ["Excessive force against protesters"]


def test_de_facto_government_forces_fight_state_forces_one_against_one():
    evs, _, _ = run("On 6 May, Houthi forces exchanged fire with pro-government forces on the front of Qaatabah.",
                    places=["Qaatabah"], country="YE")
    ev = [e for e in evs if e.status == "reported"][0]
    assert ev.sub_event_type == "Armed clash" and pair(ev) == (1, 1)


def test_pro_group_elements_are_the_group_and_anti_group_forces_are_not():
    evs, _, _ = run("On 9 May, government troops repelled an attack near Sirwah, killing dozens of pro-Houthi elements.",
                    places=["Sirwah"], country="YE")
    ev = [e for e in evs if e.status == "reported"][0]
    assert ev.sub_event_type == "Armed clash" and pair(ev) == (1, 1)
    evs, _, _ = run("On 8 May, anti-Houthi forces opened fire on civilians in a village near Taizz, killing one man.",
                    places=["Taizz"], country="YE")
    names = {a.canonical for e in evs for a in (e.actor1, e.actor2) if a is not None}
    assert not any("Houthi" in (n or "") for n in names)


def test_a_name_given_with_as_is_no_target():
    evs, _, _ = run("On 5 May, government forces (coded as Southern Resistance) repelled an attack of Houthi forces "
                    "near Qaatabah.", places=["Qaatabah"], country="YE")
    ev = [e for e in evs if e.status == "reported"][0]
    assert "Houthi" in ev.actor2.canonical


def test_an_incursion_that_kills_civilians_is_an_attack():
    evs, _, _ = run("On 8 May, ADF rebels killed three farmers during an incursion into Mbingi village.",
                    places=["Mbingi"], country="CD")
    assert kinds(evs) == ["Attack"]
    evs, _, _ = run("On 8 May, ADF rebels launched an incursion against army positions near Mbingi.",
                    places=["Mbingi"], country="CD")
    assert kinds(evs) == ["Armed clash"]


def test_an_arrest_the_protesters_denounce_is_no_intervention():
    evs, _, _ = run("On 5 May, staff of the water authority rallied outside their headquarters in Tripoli to "
                    "condemn the arrest of their chief engineer.", places=["Tripoli"], country="LY")
    assert kinds(evs) == ["Peaceful protest"]


def test_shelling_by_an_unnamed_party_is_an_unidentified_armed_group():
    evs, _, _ = run("Heavy artillery fire from an unknown party struck Tarhuna on Friday, without casualties.",
                    places=["Tarhuna"], country="LY")
    ev = [e for e in evs if e.status == "reported"][0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.actor1.inter == 3


def test_a_base_set_up_with_words_between_is_a_headquarters():
    """CODEBOOK 6, "Headquarters or base established": the lexicon's "set up ... camp" lets words
    stand between the verb and the base ("set up a new camp"); a camp for the displaced is no base."""
    for text, cc in [("Fighters of the armed group set up a new camp in the hills above Kalehe on Monday, residents said.", "CD"),
                     ("The militia has established a permanent base in an abandoned school outside Tillaberi, officials said.", "NE"),
                     ("Gunmen built a large camp in the forest near Birnin Gwari, villagers told reporters on Friday.", "NG")]:
        assert "Headquarters or base established" in kinds(run(text, country=cc)[0]), text
    for text, cc in [("Aid agencies set up a new camp for displaced families outside Baidoa on Monday.", "SO"),
                     ("The ministry set up a new budget committee in Nairobi on Tuesday, a camp of its critics said.", "KE")]:
        assert "Headquarters or base established" not in kinds(run(text, country=cc)[0]), text
