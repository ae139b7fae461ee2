"""Who the parties to an event are (CODEBOOK actor codes: 1 state forces, 2 rebel groups, 3 political
militias, 4 identity militias, 7 civilians, 8 external forces; actor1 acts, actor2 is acted on): two state
forces fighting each other, a state's forces named by its side or its trenches, armed men of a clan, a drone
no one claims, a place that changes hands, the groups an old charge names, a group that says it was behind
an attack, forces that run onto a mine, and who moves in a change of activity."""
import functools

from _events_helpers import inters
from _events_helpers import run as _run

from vigil.extract import actors

run = functools.partial(_run, published="2024-03-20")


def events(text, country, subs=None):
    evs, _, _ = run(text, country=country)
    return [e for e in evs if e.status == "reported" and (subs is None or e.sub_event_type in subs)]


def main(text, country, subs=None):
    evs = events(text, country, subs)
    assert evs, f"no reported {subs or 'event'} in {text!r}"
    return evs[0]



def test_two_state_forces_fighting_each_other_are_both_state_forces():
    for text, country in [
        ("Municipal police clashed with army soldiers at a checkpoint in Beledweyne on Saturday after a dispute "
         "over a vehicle, killing one man.", "SO"),
        ("Soldiers exchanged fire with traffic police officers near the central market in Juba on Monday when the "
         "police refused to let their truck pass.", "SS"),
        ("Gendarmes and army troops fought each other for an hour in Bangui on Friday after a quarrel at a "
         "roadblock; the gendarmes fired on the troops first.", "CF"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert inters(ev) == (1, 1), (text, ev.actor1, ev.actor2)
        assert ev.actor1.canonical != ev.actor2.canonical, (text, ev.actor1, ev.actor2)


def test_forces_allied_against_militants_are_not_each_others_enemy():
    ev = main("Police and soldiers fought Al-Shabaab militants for three hours near Afgoye on Tuesday.", "SO",
              ("Armed clash",))
    assert sorted(x for x in inters(ev)) == [1, 2], (ev.actor1, ev.actor2)


def test_a_states_trenches_and_its_side_name_its_forces():
    ev = main("Russian troops dropped grenades from drones onto Ukrainian trenches outside Vuhledar on Monday, "
              "wounding three soldiers.", "UA")
    assert ev.actor2 is not None and ev.actor2.canonical == "Military Forces of Ukraine", (ev.actor1, ev.actor2)
    for text, country, doer in [
        ("Mortar bombs fired from the Uzbek side fell on farmland outside Sokh on Tuesday, wrecking a barn.", "TJ",
         "Military Forces of Uzbekistan"),
        ("Shells fired from the Azerbaijani side hit the outskirts of Jermuk overnight, the ministry said.", "AM",
         "Military Forces of Azerbaijan"),
    ]:
        ev = main(text, country, ("Shelling/artillery/missile attack",))
        assert ev.actor1.canonical == doer and ev.actor1.inter == 8, (text, ev.actor1)


def test_generic_actors_of_every_acled_country_have_a_name():
    for code in ("KG", "TJ", "KZ", "MG", "SL", "LR", "PR", "RO", "BG", "CY", "MK", "JO"):
        actor = actors.lookup("police", code)
        assert actor.canonical and "{country}" not in actor.canonical and actor.country == code, (code, actor)


def test_rangers_and_intelligence_agents_are_state_forces():
    for text, country in [
        ("Two rangers died when a buried bomb went off under their patrol car outside Rangae on Friday.", "TH"),
        ("A remote-controlled bomb hit a Rangers vehicle in Kech on Monday, wounding three of them.", "PK"),
    ]:
        ev = main(text, country, ("Remote explosive/landmine/IED",))
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)
    ev = main("Intelligence agents detained a women's rights campaigner at her flat in Isfahan on Tuesday.", "IR",
              ("Arrests",))
    assert ev.actor1.inter == 1 and ev.actor1.canonical == "Military Forces of Iran", ev.actor1


def test_a_us_regional_command_abroad_is_an_external_force():
    for text, country in [
        ("The U.S. Central Command said it had carried out an air strike on an Islamic State hideout in the Hamrin "
         "mountains on Friday, killing two fighters.", "IQ"),
        ("AFRICOM said on Sunday that it had conducted an airstrike on an al-Shabaab camp near Bu'aale, killing two "
         "militants.", "SO"),
    ]:
        ev = main(text, country, ("Air/drone strike",))
        assert ev.actor1.inter == 8 and ev.actor1.canonical == "Military Forces of United States", (text, ev.actor1)


def test_an_unidentified_drone_flies_for_an_unidentified_armed_group():
    for text, country in [
        ("An unidentified drone struck a power station near Sulaimaniyah on Thursday, setting a transformer on "
         "fire.", "IQ"),
        ("Unknown drones bombed a gas field near Chamchamal overnight, causing a large fire, officials said.", "IQ"),
    ]:
        ev = main(text, country, ("Air/drone strike",))
        assert ev.actor1.inter == 3, (text, ev.actor1)


def test_a_drone_no_one_claims_that_hits_an_armed_group_is_an_unidentified_groups():
    ev = main("A drone attacked a rebel checkpoint near Sarmada on Tuesday, killing three rebel fighters. No group "
              "has claimed the attack.", "SY", ("Air/drone strike",))
    assert inters(ev) == (3, 2), (ev.actor1, ev.actor2)
    # with no armed target and no claim, the drone is the state's (an air strike is a state's first)
    ev = main("A drone strike hit a wedding party near Kalay on Saturday, killing nine guests.", "MM",
              ("Air/drone strike",))
    assert inters(ev) == (1, 7), (ev.actor1, ev.actor2)
    # a group the villagers blame is the doer of the drones no one else names
    ev = main("Drones dropped explosives on a cluster of farmhouses near Coalcoman on Friday, villagers said. A "
              "woman was killed in her kitchen. Villagers blamed the Jalisco New Generation Cartel.", "MX",
              ("Air/drone strike",))
    assert ev.actor1.canonical == "Cartel Jalisco Nueva Generacion" and inters(ev) == (3, 7), (ev.actor1, ev.actor2)


def test_armed_men_of_a_clan_or_tribe_are_an_identity_militia():
    for text, country in [
        ("Fighters from local clans attacked an army checkpoint near Abu Kamal on Thursday, killing two "
         "soldiers.", "SY"),
        ("Gunmen from a rival clan attacked the village of Bacadweyne on Monday, killing three people.", "SO"),
        ("Armed men of the Murle tribe raided a cattle camp near Pibor at dawn and killed five herders.", "SS"),
    ]:
        ev = main(text, country)
        assert ev.actor1.inter == 4, (text, ev.actor1)
    ev = main("Fighters from the Islamic State attacked an army checkpoint near Abu Kamal on Thursday.", "SY")
    assert ev.actor1.inter == 2, ev.actor1


def test_groups_an_old_charge_names_take_no_part():
    for text, country in [
        ("A drone struck a rebel base near Atarib on Monday, wounding four fighters. Rebel commanders have in the "
         "past accused both Russian units and Iranian-backed militias of flying such drones.", "SY"),
        ("A roadside bomb hit an army patrol near Samarra on Monday, killing two soldiers. Officials often blame "
         "Islamic State for such attacks.", "IQ"),
        ("A mortar round struck a checkpoint of the armed forces outside Taiz on Friday, wounding two soldiers. "
         "Tribal leaders have long accused the Houthis of neglecting the area.", "YE"),
    ]:
        ev = main(text, country)
        assert ev.actor1.inter == 3, (text, ev.actor1)
    ev = main("A car bomb exploded in Jarablus on Monday, killing five people. Local officials blamed the Islamic "
              "State group.", "SY")
    assert ev.actor1.canonical == "Islamic State", ev.actor1


def test_who_takes_a_place_without_a_fight_and_who_leaves_it():
    for text, country, pair in [
        ("Troops pulled out of the Tessit camp on Monday and JNIM fighters took control of it peacefully the next "
         "day.", "ML", (2, 1)),
        ("Government troops pulled out of the town of Maarat al-Numan overnight and handed it over to Turkish-backed "
         "fighters without resistance.", "SY", (2, 1)),
    ]:
        ev = main(text, country, ("Non-violent transfer of territory",))
        assert inters(ev) == pair, (text, ev.actor1, ev.actor2)


def test_people_killed_by_fire_with_no_target_named_are_civilians():
    for text, country in [
        ("A rocket slammed into a block of flats in Zaporizhzhia before dawn on Monday, killing four and injuring "
         "12, the mayor said.", "UA"),
        ("Mortar shells landed in a market district of Mogadishu on Friday evening; two died and four were "
         "wounded.", "SO"),
    ]:
        ev = main(text, country, ("Shelling/artillery/missile attack",))
        assert ev.actor2 is not None and ev.actor2.inter == 7, (text, ev.actor2)
    ev = main("Airstrikes hit residential areas and destroyed six houses in Char Bolak district on Tuesday. No "
              "casualties were reported.", "AF", ("Air/drone strike",))
    assert ev.actor2 is None, ev.actor2  # houses damaged, no one hurt: no actor2 (ACLED's practice)


def test_who_moves_in_a_change_of_activity():
    ev = main("Authorities imposed a round-the-clock curfew on Moirang on Monday. The order confines residents to "
              "their homes.", "IN", ("Change to group/activity",))
    assert ev.actor1.inter == 1, ev.actor1
    for text, country in [
        ("About 300 families evacuated their homes in Datu Piang on Monday following fighting between two armed "
         "groups.", "PH"),
        ("Thousands of residents fled Nyala on Sunday as the fighting drew closer, aid workers said.", "SD"),
    ]:
        evs = events(text, country, ("Other", "Change to group/activity"))
        assert evs and evs[0].actor1.inter == 7 and evs[0].actor1.canonical.startswith("Civilians"), (
            text, evs and evs[0].actor1)


def test_a_group_that_says_it_was_behind_an_attack_is_its_doer():
    for text, country, doer in [
        ("A bomb tore through a bus carrying soldiers near Mastung on Sunday, killing four of them. The Baloch "
         "Liberation Army said it was behind the bombing.", "PK", "BLA: Balochistan Liberation Army"),
        ("A bomb exploded at a restaurant in Beledweyne on Monday, killing four people. Al-Shabaab said in a "
         "statement that its fighters carried out the attack.", "SO", "Al Shabaab"),
    ]:
        ev = main(text, country)
        assert ev.actor1.canonical == doer, (text, ev.actor1)
    ev = main("A bomb exploded at a restaurant in Beledweyne on Monday, killing four people. Al-Shabaab said it was "
              "not behind the blast.", "SO")
    assert ev.actor1.inter == 3, ev.actor1


def test_a_faction_of_a_named_group_that_is_blamed_is_that_group():
    for text, country, doer in [
        ("An explosive device went off near the mayor's office in Suarez on Tuesday, wounding two guards. The "
         "governor blamed a FARC dissident faction.", "CO", "FARC Dissidents"),
        ("Gunmen shot dead a tribal elder outside his home in Hajin on Monday. Local officials blamed Islamic "
         "State cells.", "SY", "Islamic State"),
    ]:
        ev = main(text, country)
        assert ev.actor1.canonical == doer, (text, ev.actor1)


def test_state_forces_that_run_onto_a_mine_are_its_target():
    for text, country in [
        ("A Nigerien army patrol struck an IED north of Tillaberi on Friday, killing five soldiers.", "NE"),
        ("A police vehicle ran over a landmine near Tuz Khurmatu on Sunday, wounding two officers.", "IQ"),
        ("Their truck hit a roadside mine near Kidal, and three soldiers were wounded, the army said.", "ML"),
    ]:
        ev = main(text, country, ("Remote explosive/landmine/IED",))
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)
    ev = main("Maoist rebels set off a landmine under a jeep near Dantewada on Saturday, killing three jawans.", "IN")
    assert inters(ev) == (2, 1), (ev.actor1, ev.actor2)


def test_paramilitary_posts_are_state_forces_hit():
    for text, country in [
        ("Militants lobbed a grenade at a CRPF picket in Anantnag on Tuesday, wounding two personnel.", "IN"),
        ("Gunmen opened fire on a Frontier Corps checkpoint near Panjgur on Saturday, wounding a soldier.", "PK"),
    ]:
        ev = main(text, country)
        assert ev.actor2 is not None and ev.actor2.inter == 1, (text, ev.actor1, ev.actor2)


def test_the_teller_run_by_a_party_is_no_party():
    ev = main("Israeli jets bombed a building on the edge of Khan Younis on Monday, the Hamas-run civil defence "
              "agency said, reporting three people killed.", "PS", ("Air/drone strike",))
    assert ev.actor2 is not None and ev.actor2.inter == 7, ev.actor2


def test_hunters_militias_and_armed_clans_are_identity_militias():
    for text, country in [
        ("Dozo hunters clashed with jihadist fighters outside Djenne on Sunday, leaving six dead.", "ML"),
        ("Armed clansmen exchanged gunfire over a disputed well near Galkayo on Monday, killing three.", "SO"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert 4 in inters(ev), (text, ev.actor1, ev.actor2)


def test_a_clan_or_tribe_named_without_arms_is_a_community_not_a_militia():
    # CODEBOOK 4: two villages fighting with sticks is Mob violence; a clan or tribe is a community, and
    # only the report's words for arms make its men an identity militia (test above).
    for text, country in [
        ("Members of two clans fought with sticks and machetes over a land boundary in a village near "
         "Sylhet on Friday, leaving 15 people hurt.", "BD"),
        ("Rival tribes clashed with clubs and stones at a cattle market outside Juba on Sunday after a "
         "quarrel over grazing land; several people were hurt.", "SS"),
    ]:
        ev = main(text, country, ("Mob violence",))
        assert 4 not in inters(ev), (text, ev.actor1, ev.actor2)


def test_those_passing_when_a_bomb_goes_off_are_its_target():
    for text, country in [
        ("The bomb, hidden under a culvert, was set off as the soldiers' pickup passed on a rural road in Raman "
         "district on Tuesday, killing one of them.", "TH"),
        ("A magnetic bomb exploded as a police car was travelling through Kabul's Karte Seh area on Sunday, "
         "wounding two officers.", "AF"),
        ("An IED went off while an army convoy was moving along the highway near Baiji, damaging a Humvee.", "IQ"),
    ]:
        ev = main(text, country, ("Remote explosive/landmine/IED",))
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)


def test_doers_beside_actor1_are_not_what_their_fire_hits():
    # CODEBOOK actor codes: actor2 is the one acted on; a second force that fires together with actor1
    # ("X and allied Y shelled the village") is its ally, not its target.
    for text, country in [
        ("Turkish troops and allied Syrian rebels shelled the village of Umm Harmala in al-Hasakeh on Monday; "
         "no casualties were reported.", "SY"),
        ("On Friday, Kenyan soldiers and Somali police fired mortars at the outskirts of Bula Hawo. Nobody was "
         "hurt.", "SO"),
        ("Houthi fighters and allied tribesmen fired artillery shells at Hays town on Sunday, damaging three "
         "houses.", "YE"),
    ]:
        ev = main(text, country, ("Shelling/artillery/missile attack",))
        assert ev.actor1 is not None and ev.actor2 is None, (text, ev.actor1, ev.actor2)


def test_who_laid_a_mine_the_report_names_is_its_doer():
    """CODEBOOK actor codes: actor1 is the one who acts; for a landmine or a planted bomb, whoever the
    report says laid it, in the event's sentence or a later one, by an agent or during their operation."""
    for text, country, doer in [
        ("A herder was killed when he stepped on a landmine near Hpakant on Sunday. His brother said the mine "
         "had been laid by soldiers during a patrol in March.", "MM", 1),
        ("A bomb hidden in a cart wounded two traders in a market near Mogadishu on Monday. Witnesses said the "
         "device was planted by Al Shabaab fighters before dawn.", "SO", 2),
        ("Two children were killed by a mine while herding goats outside Kidal on Friday. Relatives said it had "
         "been buried during an army operation in the area last year.", "ML", 1),
    ]:
        ev = main(text, country, ("Remote explosive/landmine/IED",))
        assert ev.actor1 is not None and ev.actor1.inter == doer, (text, ev.actor1)
    # a mine nobody is said to have laid stays an unidentified group's
    ev = main("A farmer was killed when he stepped on a landmine near Kani on Monday. Mines have spread across "
              "the region since the war began.", "MM", ("Remote explosive/landmine/IED",))
    assert ev.actor1 is not None and ev.actor1.inter == 3, ev.actor1


def test_herders_are_civilians_unless_armed_or_named_as_a_militia():
    # Herding is an occupation: herders shot or robbed are civilians (CODEBOOK 7, actor codes); armed
    # herdsmen or a named herders' militia are an identity militia (4).
    for text, country in [
        ("Gunmen on motorbikes killed four herders and drove off their cattle near Kachia on Sunday, residents "
         "said.", "NG"),
        ("Soldiers shot dead two herders they accused of feeding jihadists near Djibo on Friday, relatives "
         "said.", "BF"),
        ("Three herdsmen were killed by unknown attackers while grazing their goats outside Tillaberi on "
         "Wednesday.", "NE"),
    ]:
        ev = main(text, country, ("Attack",))
        assert ev.actor2 is not None and ev.actor2.inter == 7, (text, ev.actor1, ev.actor2)
    assert actors.lookup("herders", "ML").inter == 7
    assert actors.lookup("armed herdsmen", "NG").inter == 4
    assert actors.lookup("Fulani herdsmen", "NG").canonical == "Fulani Ethnic Militia"


def test_fighters_the_report_calls_unidentified_or_unknown_are_an_unidentified_armed_group():
    # CODEBOOK actor codes: an armed group the report cannot name is an unidentified armed group (3), not a
    # rebel group (2), whatever the word for its men ("militants", "insurgents", "fighters", "armed men").
    for text, country in [
        ("Unidentified militants hurled a grenade at a paramilitary bunker in Sopore on Sunday evening, wounding "
         "two troopers.", "IN"),
        ("On Wednesday night unknown insurgents opened fire on an army checkpoint outside Mocimboa, wounding "
         "one soldier.", "MZ"),
        ("Unidentified fighters on motorbikes attacked a gendarmerie post near Ouallam on Thursday before fleeing "
         "towards the border.", "NE"),
        ("Police said unknown armed men shot dead a shopkeeper in the market of Jos on Wednesday.", "NG"),
    ]:
        ev = main(text, country)
        assert ev.actor1 is not None and ev.actor1.inter == 3, (text, ev.actor1, ev.actor2)

