"""Who did it to whom (CODEBOOK: actor1 acts, actor2 is acted on; inter 1 state forces ... 8 external
forces): the teller of an event is no party to it, state forces a bomb hits are its target, an actor's
type follows its period, and a state's forces abroad are external forces."""
import functools

from _events_helpers import inters
from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-20")


def main(text, country, subs=None, published="2024-03-20"):
    """The first reported event of ``text`` (of one of ``subs`` when given)."""
    evs, _, _ = run(text, country=country, published=published)
    evs = [e for e in evs if e.status == "reported" and (subs is None or e.sub_event_type in subs)]
    assert evs, f"no reported {subs or 'event'} in {text!r}"
    return evs[0]



BOMBS = ("Grenade", "Remote explosive/landmine/IED", "Suicide bomb")


def test_the_teller_of_an_attack_is_not_its_doer():
    for text, country in [
        ("A grenade was thrown into a pharmacy in the port district overnight, shattering its windows, police said.",
         "EC"),
        ("Unknown men hurled a grenade at a bus shelter in Cotabato on Monday, wounding four people, according to "
         "the provincial police.", "PH"),
        ("Police said a hand grenade exploded outside a jeweller's shop in Malmo early on Sunday. Nobody was hurt.",
         "SE"),
    ]:
        ev = main(text, country, BOMBS)
        assert ev.actor1 is not None and ev.actor1.inter != 1, (text, ev.actor1)


def test_state_forces_a_bomb_hits_are_its_target():
    for text, country in [
        ("A roadside bomb tore through a military truck near Menaka on Tuesday, killing three soldiers.", "ML"),
        ("A suicide bomber blew himself up at the gate of a police station in Peshawar on Friday, killing two "
         "constables.", "PK"),
        ("An improvised explosive device struck a police patrol outside Kirkuk on Sunday, wounding four officers, "
         "security sources said.", "IQ"),
    ]:
        ev = main(text, country, BOMBS)
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)


def test_a_named_bomber_stays_the_doer():
    ev = main("Al-Shabaab militants detonated a car bomb at an army checkpoint in Afgoye on Monday, killing two "
              "soldiers.", "SO", BOMBS)
    assert ev.actor1.inter == 2 and ev.actor2.inter == 1, (ev.actor1, ev.actor2)


def test_who_fires_on_a_patrol_is_the_doer():
    for text, country in [
        ("A police patrol came under fire from armed men on a rural road near Tirua on Sunday night, wounding one "
         "officer.", "CL"),
        ("An army convoy came under attack from militants near Gao on Tuesday, killing two soldiers.", "ML"),
        ("Soldiers guarding a bridge came under heavy gunfire from suspected rebels near Beni on Saturday; two "
         "soldiers were wounded.", "CD"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert ev.actor1.inter != 1 and ev.actor2 is not None and ev.actor2.inter == 1, (text, ev.actor1, ev.actor2)


def test_shells_that_hit_people_have_civilians_as_actor2():
    for text, country in [
        ("Rebel mortar fire hit a residential district of Idlib on Sunday, wounding three residents.", "SY"),
        ("Artillery shells fired by the army landed in a village near Kalemie on Thursday, killing a woman and "
         "her son.", "CD"),
    ]:
        ev = main(text, country, ("Shelling/artillery/missile attack",))
        assert ev.actor2 is not None and ev.actor2.inter == 7, (text, ev.actor2)


def test_the_group_blamed_is_the_doer():
    ev = main("Shelling of a market in Omdurman killed nine people on Saturday, according to the health ministry, "
              "which blamed the rebels.", "SD", ("Shelling/artillery/missile attack",))
    assert ev.actor1.inter == 2, ev.actor1


def test_an_actor_type_follows_its_period():
    text = "Taliban fighters shot dead a former police officer at his home in Herat on Sunday."
    assert main(text, "AF", ("Attack",), published="2020-05-01").actor1.inter == 2
    assert main(text, "AF", ("Attack",), published="2024-05-01").actor1.inter == 1
    text = "RSF fighters looted the main hospital in Wad Madani on Thursday, carrying off medicines and beds."
    assert main(text, "SD", published="2020-05-01").actor1.inter == 1
    assert main(text, "SD", published="2024-05-01").actor1.inter == 2


def test_a_states_forces_abroad_are_external():
    for text, country in [
        ("Turkish forces shelled the village of Dardara in al-Hasakeh on Friday. No casualties were reported.", "SY"),
        ("Israeli air strikes hit an arms depot near Hama on Thursday, a monitoring group said.", "SY"),
    ]:
        ev = main(text, country)
        assert ev.actor1.inter == 8, (text, ev.actor1)
    ev = main("Nigerian soldiers killed five insurgents near Maiduguri on Tuesday.", "NG")
    assert ev.actor1.inter == 1, ev.actor1


def test_the_arrested_members_of_an_armed_group_are_that_group():
    for text, country in [
        ("On 3 April, soldiers arrested twelve suspected members of Islamic State during a search operation near "
         "Tillaberi.", "NE"),
        ("Security forces detained two Taliban commanders in Kandahar on Friday, officials said.", "AF"),
    ]:
        ev = main(text, country, ("Arrests",), published="2020-05-01")
        assert inters(ev) == (1, 2), (text, ev.actor1, ev.actor2)
    ev = main("Police arrested an opposition activist at his home in Lagos on Tuesday.", "NG", ("Arrests",))
    assert inters(ev) == (1, 7), (ev.actor1, ev.actor2)


def test_an_actor_type_with_no_date_is_its_current_one():
    from vigil.extract.actors import as_of, lookup
    taliban = lookup("Taliban")
    assert as_of(taliban, "2019-06-01").inter == 2
    assert as_of(taliban, "2022-06-01").inter == 1
    assert as_of(taliban, None).inter == 1
    police = lookup("police", "KE")
    assert as_of(police, None) == police  # no period: unchanged


def test_the_attacker_named_after_following_is_the_doer():
    for text, country in [
        ("On 2 May, four policemen were killed following an attack by rebels on a checkpoint near Tarinkot.", "AF"),
        ("Two soldiers were wounded in an ambush by militants near Bossaso on Friday.", "SO"),
    ]:
        ev = main(text, country, ("Armed clash",), published="2020-05-05")
        assert inters(ev) == (2, 1), (text, ev.actor1, ev.actor2)
    ev = main("Hundreds of students marched in Dhaka on Monday following an attack by police on their campus.", "BD",
              ("Peaceful protest",))
    assert ev.actor2 is None, ev.actor2  # the attack is what the protest is about


def test_an_agreement_is_between_the_parties_named():
    for text, country, pair in [
        ("Leaders of the CODECO and Zaire militias signed a local ceasefire in Djugu territory on Saturday.", "CD",
         (4, 4)),
        ("Two rival clan militias agreed to a truce near Beledweyne on Sunday after elders mediated.", "SO", (4, 4)),
        ("The government and the rebels signed a ceasefire in the capital on Monday.", "CF", (1, 2)),
    ]:
        ev = main(text, country, ("Agreement",))
        assert inters(ev) == pair, (text, ev.actor1, ev.actor2)


def test_pro_government_militias_are_political_militias():
    for text, country in [
        ("Taliban fighters attacked a pro-government militia checkpoint in Muqur district on Monday, killing three "
         "militiamen.", "AF"),
        ("Two pro-government militia members were killed when Taliban gunmen stormed their post in Paktia on "
         "Wednesday.", "AF"),
        ("Rebel factions clashed with pro-regime militiamen near Saraqib on Thursday, with losses on both sides.", "SY"),
    ]:
        ev = main(text, country, ("Armed clash",), published="2020-05-05")
        assert 3 in inters(ev), (text, ev.actor1, ev.actor2)
        assert 4 not in inters(ev), (text, ev.actor1, ev.actor2)


def test_foreign_units_firing_on_a_state_positions_are_external_forces():
    for text, country in [
        ("Overnight, Azerbaijani units raked Armenian positions outside Jermuk with heavy machine-gun fire.", "AM"),
        ("Indian troops fired mortars at Pakistani posts along the Line of Control in Kotli on Friday.", "PK"),
    ]:
        ev = main(text, country)
        assert sorted(x for x in inters(ev) if x) == [1, 8], (text, ev.actor1, ev.actor2)
    ev = main("Rwandan and Mozambican troops fought a band of insurgents outside Macomia on Sunday.", "MZ",
              ("Armed clash",))
    assert inters(ev) == (8, 2), (ev.actor1, ev.actor2)  # the foreign force named first leads


def test_peacekeepers_are_armed_external_forces():
    for text, country in [
        ("Al Shabaab fighters attacked an AMISOM base near Marka on Saturday; the troops returned fire.", "SO"),
        ("Militiamen ambushed a convoy of UN peacekeepers near Bunia on Tuesday, wounding two of them.", "CD"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert 8 in inters(ev), (text, ev.actor1, ev.actor2)


def test_a_claimed_or_blamed_group_is_the_doer_of_an_unnamed_attack():
    for text, country, group in [
        ("A suicide bomber rammed a car packed with explosives into a police post in Dera Ismail Khan on Thursday, killing four "
         "officers. No group said it was behind the blast. Officials blamed the Balochistan Liberation Army.", "PK",
         "BLA: Balochistan Liberation Army"),
        ("A bomb planted under a bridge exploded as a ranger patrol passed in Narathiwat on Monday, wounding two "
         "rangers. The army blamed the bombing on the Barisan Revolusi Nasional.", "TH",
         "BRN: National Revolutionary Front"),
        ("Unknown attackers threw a grenade at a tea shop in Baidoa on Friday, wounding five people. Al Shabaab was "
         "blamed by regional officials for the attack.", "SO", "Al Shabaab"),
        ("Masked men set fire to two lorries and shot dead their drivers near Pishin late on Saturday. The Balochistan "
         "Liberation Army claimed responsibility in a message to journalists.", "PK",
         "BLA: Balochistan Liberation Army"),
    ]:
        ev = main(text, country)
        assert ev.actor1.canonical == group, (text, ev.actor1)
        assert ev.actor2 is None or ev.actor2.canonical != group, (text, ev.actor2)  # not both sides


def test_no_claim_leaves_the_attackers_unidentified():
    for text, country in [
        ("Gunmen on motorcycles shot dead two policemen guarding a vaccination team in Bajaur on Tuesday. No group has "
         "claimed the killings so far.", "PK"),
        ("A roadside bomb blew up beside an army patrol outside Kidal on Sunday, wounding three soldiers. Nobody claimed "
         "it, and JNIM did not comment.", "ML"),
    ]:
        ev = main(text, country)
        assert ev.actor1.canonical.startswith("Unidentified"), (text, ev.actor1)


def test_the_teller_named_by_a_passive_verb_is_no_party():
    for text, country in [
        ("A grenade hurled into a bus stop in Kismayo on Friday wounded six people, as was confirmed by local "
         "officials.", "SO"),
        ("Six people were wounded on Friday when a grenade was hurled into a bus stop in Kismayo, it was reported by "
         "local officials.", "SO"),
        ("A hand grenade thrown at a bar in Garissa injured four patrons on Saturday, the attack was confirmed by county "
         "officials.", "KE"),
    ]:
        ev = main(text, country, BOMBS)
        assert inters(ev) == (3, 7), (text, ev.actor1, ev.actor2)


def test_rival_factions_of_one_group_fight_each_other():
    for text, country in [
        ("Two factions of the Sinaloa Cartel clashed for hours in Culiacan on Wednesday, leaving four men dead.",
         "MX"),
        ("Rival factions of the Mai-Mai fought each other near Walikale on Monday; several fighters died.", "CD"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert ev.actor1.canonical == ev.actor2.canonical and ev.actor1.inter == ev.actor2.inter, (
            text, ev.actor1, ev.actor2)


def test_a_state_post_that_fire_hits_is_no_doer_of_it():
    for text, country in [
        ("A drone dropped explosives on an army base outside Argelia on Sunday, wounding two soldiers.", "CO"),
        ("An unidentified drone struck a police station in Sinjar on Saturday.", "IQ"),
        ("Shells landed on army positions near Avdiivka overnight, the monitoring mission reported.", "UA"),
        ("Mortar rounds fired from across the border hit an army post in Poonch on Thursday, wounding a soldier.", "IN"),
    ]:
        ev = main(text, country, ("Air/drone strike", "Shelling/artillery/missile attack"))
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)
    ev = main("Regime artillery shelled the town of Kansafra on Monday, killing two civilians.", "SY",
              ("Shelling/artillery/missile attack",))
    assert inters(ev) == (1, 7), (ev.actor1, ev.actor2)  # a named doer keeps the fire


def test_a_foreign_patrol_or_column_is_that_state_forces():
    for text, country in [
        ("A Russian patrol drove through the outskirts of Qamishli on Tuesday.", "SY"),
        ("A new Turkish convoy entered Idlib through the Kafr Lusin crossing on Thursday.", "SY"),
        ("A US patrol moved through villages east of Qamishli on Friday.", "SY"),
    ]:
        ev = main(text, country, ("Change to group/activity",))
        assert ev.actor1 is not None and ev.actor1.inter == 8, (text, ev.actor1)


def test_a_place_handed_over_names_its_receiver_as_actor1_and_who_left_as_actor2():
    """ACLED's non-violent transfer is an acquisition: the one who takes the place is actor1 (session 6;
    session 5 had the one who left first)."""
    for text, country, pair in [
        ("Malian troops withdrew from the Boulkessi camp on Monday and handed it over to the Wagner contractors.", "ML",
         (8, 1)),
        ("Kurdish-led fighters pulled out of Manbij on Friday and gave the town to government forces under a deal.",
         "SY", (1, 2)),
    ]:
        ev = main(text, country, ("Non-violent transfer of territory",))
        assert inters(ev) == pair, (text, ev.actor1, ev.actor2)
