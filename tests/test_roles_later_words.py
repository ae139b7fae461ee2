"""Who the later sentences of a report make a party (CODEBOOK actor codes: actor1 is the one who acts,
actor2 the one acted on): forces that reach the scene afterwards and find the bodies take no side in the
fight told before; a blame in a later sentence that an earlier year dates ("During the strike of 2021,
... gunfire blamed on police") names the doer of that year's events, not this one's (CODEBOOK 9)."""
import functools

from _events_helpers import run as _run

run = functools.partial(_run, published="2025-03-12")


def main(text, country, subs):
    evs, _, _ = run(text, country=country)
    evs = [e for e in evs if e.status == "reported" and e.sub_event_type in subs]
    assert evs, f"no reported {subs} in {text!r}"
    return evs[0]


def test_forces_that_come_afterwards_and_find_the_dead_are_no_side_of_the_clash():
    for text, country in [
        ("Two rival cartels fought for hours in the hills outside Culiacan on Friday, the state prosecutor "
         "said. Soldiers who arrived later found four bodies and two burned cars on the road.", "MX"),
        ("Rival militias exchanged fire for several hours in the south of Tripoli on Tuesday, residents said. "
         "Police who came to the scene later found three dead fighters.", "LY"),
        ("Rival gangs fought with rifles in the Cite Soleil slum of Port-au-Prince on Monday, residents said. "
         "Police officers and soldiers who arrived in the afternoon recovered the bodies of five men.", "HT"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert ev.actor1 is not None and ev.actor2 is not None, (text, ev.actor1, ev.actor2)
        assert ev.actor1.inter != 1 and ev.actor2.inter != 1, (text, ev.actor1, ev.actor2)


def test_a_blame_in_a_sentence_about_an_earlier_year_names_no_doer_of_this_attack():
    for text, country, wrong in [
        ("TUMACO, Colombia - Gunmen shot dead a local council candidate outside his home in Tumaco on Monday, "
         "his party said. Police said they had not identified the attackers.\n\nThe region has a long history "
         "of violence. During the national strike of 2021, more than a dozen people were killed in Cali, many "
         "of them by gunfire blamed on police.", "CO", "Police"),
        ("QUETTA, Pakistan - A bomb exploded at a bus station in Quetta on Friday, wounding six people. No group "
         "claimed the blast.\n\nThe province has seen many such attacks. In 2017, officials blamed the Balochistan "
         "Liberation Army for a bombing in Gwadar that killed ten workers.", "PK", "Balochistan"),
        ("MAIDUGURI, Nigeria - Gunmen killed three farmers near Konduga on Sunday, residents said.\n\nThe area "
         "has suffered for years. In 2014, a wave of bombings in Maiduguri was blamed on Boko Haram.", "NG", "Boko"),
    ]:
        ev = main(text, country, ("Attack", "Remote explosive/landmine/IED"))
        assert ev.actor1 is not None and wrong not in (ev.actor1.canonical or ""), (text, ev.actor1)
        assert ev.actor1.canonical.startswith("Unidentified"), (text, ev.actor1)


def test_a_blame_told_this_year_still_names_the_doer():
    text = ("QUETTA, Pakistan - A bomb exploded at a bus station in Quetta on Friday, wounding six people.\n\n"
            "Officials blamed the Balochistan Liberation Army for the blast.")
    ev = main(text, "PK", ("Remote explosive/landmine/IED",))
    assert ev.actor1 is not None and "Balochistan" in (ev.actor1.canonical or ""), ev.actor1


def test_an_attack_named_by_a_state_is_that_states_forces_external_abroad():
    """ "Beat back a Russian offensive", "fought off an Azerbaijani attack": the country's forces attacked, as
    "Russian shelling" names them (CODEBOOK actor codes: forces of another state in the event's country are
    external, 8); actor2 of the clash, not an unnamed rebel group."""
    for text, country, code in [
        ("Ukrainian soldiers beat back a Russian offensive near the town of Pokrovsk in Donetsk region on "
         "Thursday, the army said.", "UA", "RU"),
        ("Armenian forces fought off an Azerbaijani attack near the border village of Sotk overnight, the "
         "defence ministry in Yerevan said.", "AM", "AZ"),
        ("Indian soldiers beat back a Pakistani raid across the Line of Control in Kupwara district on Sunday, "
         "the army said.", "IN", "PK"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert ev.actor1 is not None and ev.actor1.inter == 1, (text, ev.actor1)
        assert ev.actor2 is not None and ev.actor2.inter == 8 and ev.actor2.country == code, (text, ev.actor2)


def test_what_a_strike_was_aimed_at_is_not_what_it_hit():
    """CODEBOOK actor codes: actor2 is the one acted on. "A strike aimed at bandits hit villagers": the villagers
    it hit, not the bandits it was meant for; a strike that hits the group's positions still has the group."""
    for text, country in [
        ("A Nigerian Air Force strike aimed at bandits hit villagers attending a naming ceremony in Zurmi on "
         "Friday, killing at least 16 people, residents said.", "NG"),
        ("An army drone strike targeting militants struck a wedding party in the village of Damadola on Sunday, "
         "killing nine guests, relatives said.", "PK"),
        ("Artillery fire aimed at rebel positions hit a crowded market in the town of Kaga Bandoro on Monday, "
         "killing five traders, a local official said.", "CF"),
    ]:
        ev = main(text, country, ("Air/drone strike", "Shelling/artillery/missile attack"))
        assert ev.actor2 is not None and ev.actor2.inter == 7, (text, ev.actor2)
    ev = main("Army artillery fire hit rebel positions near Kaga Bandoro on Monday, killing five fighters, the army "
              "said.", "CF", ("Shelling/artillery/missile attack",))
    assert ev.actor2 is not None and ev.actor2.inter == 2, ev.actor2


def test_forces_that_collect_or_carry_away_the_dead_did_not_kill_them():
    # CODEBOOK 7: people found killed are an attack by the killers the report names, or by unidentified ones;
    # the police or soldiers who pick up, collect or retrieve the bodies did not kill them.
    for text, country, doer in [
        ("Police picked up the bodies of three men dumped beside the Lagos-Ibadan expressway on Monday.", "NG",
         "Unidentified"),
        ("PORT-AU-PRINCE, March 10 (Vigil Wire) - Police collected the bodies of six people killed by gang "
         "members in the Carrefour district on Monday, a local official said.", "HT", "Unidentified"),
        ("On 9 March 2025, soldiers retrieved the bodies of 12 civilians killed by suspected jihadists near Djibo "
         "(Soum, Sahel).", "BF", "Militants"),
        ("Municipal police found the bodies of four men with gunshot wounds on a dirt road outside Culiacan on "
         "Sunday, state prosecutors said.", "MX", "Unidentified"),
    ]:
        ev = main(text, country, ("Attack",))
        assert ev.actor1 is not None and ev.actor1.inter != 1, (text, ev.actor1, ev.actor2)
        assert ev.actor1.canonical.startswith(doer), (text, ev.actor1)


def test_forces_that_take_people_away_alive_still_act():
    ev = main("Police picked up three student leaders from their hostel in Dhaka on Monday night, their "
              "families said.", "BD", ("Arrests", "Abduction/forced disappearance"))
    assert ev.actor1 is not None and ev.actor1.inter == 1, (ev.sub_event_type, ev.actor1, ev.actor2)
    ev = main("Soldiers shot dead two men at a checkpoint near Mopti and carried away their bodies, witnesses "
              "said.", "ML", ("Attack",))
    assert ev.actor1 is not None and ev.actor1.inter == 1, (ev.sub_event_type, ev.actor1, ev.actor2)
