"""Which side each party is on (CODEBOOK actor codes: actor1 acts, actor2 is acted on; 1 state forces,
3 political militias, 6 protesters, 8 external forces): the owner of the aircraft that strikes, not its
target; a bomb that hits state forces is not theirs; a pro-government militia fights beside the state;
counter-demonstrators face a protest; forces of another state acting in the event's country are external."""
import functools

from _events_helpers import inters
from _events_helpers import run as _run

run = functools.partial(_run, published="2024-03-20")


def events(text, country=None, subs=None):
    evs, _, _ = run(text, country=country)
    return [e for e in evs if e.status == "reported" and (subs is None or e.sub_event_type in subs)]


def main(text, country=None, subs=None):
    evs = events(text, country, subs)
    assert evs, f"no reported {subs or 'event'} in {text!r}"
    return evs[0]



def test_a_pro_government_militia_fights_beside_the_state_not_against_it():
    for text, country in [
        ("Regime troops backed by pro-regime militia forces fought opposition factions for hours on Monday on "
         "the Kafr Nabl front in Idleb.", "SY"),
        ("On Sunday, pro-government militiamen and soldiers fought Islamist fighters for hours outside the "
         "village of Kabani.", "SY"),
        ("Three policemen, two pro-government militia members and a soldier were killed on Tuesday during an "
         "operation against Islamic State militants in Jurm district.", "AF"),
    ]:
        ev = main(text, country, ("Armed clash",))
        assert ev.actor1 is not None and ev.actor1.inter == 1, (text, ev.actor1, ev.actor2)
        assert ev.actor2 is not None and ev.actor2.inter == 2, (text, ev.actor1, ev.actor2)


def test_counter_demonstrators_are_the_protests_second_actor():
    for text, country in [
        ("On Saturday, hundreds of teachers rallied in front of the parliament in Skopje demanding higher wages. "
         "A small counter-protest by supporters of the ruling party was held nearby.", "MK"),
        ("Around 200 farmers marched through Bitola on Monday against land reforms, while a group of "
         "counter-demonstrators shouted slogans at them.", "MK"),
        ("Residents of Novi Sad held a noisy protest on Friday evening against the mayor; a counterprotest of "
         "about 30 ruling party activists gathered on the other side of the square.", "RS"),
    ]:
        ev = main(text, country, ("Peaceful protest",))
        assert inters(ev) == (6, 6), (text, ev.actor1, ev.actor2)
    ev = main("Around 200 farmers marched through Bitola on Monday against land reforms.", "MK", ("Peaceful protest",))
    assert inters(ev) == (6, None), ev.actor2


def test_forces_of_another_state_acting_in_the_events_country_are_external():
    # no country given: the event's place decides whose forces are external and whose civilians are hit
    for text, attacker, where in [
        ("Israeli artillery shelled the outskirts of Khiam in southern Lebanon on Monday, wounding a farmer.",
         "Military Forces of Israel", "Lebanon"),
        ("Iranian missiles struck a neighbourhood of Beersheba on Tuesday night, wounding three residents.",
         "Military Forces of Iran", "Israel"),
    ]:
        ev = main(text)
        assert ev.actor1 is not None and ev.actor1.canonical == attacker and ev.actor1.inter == 8, (text, ev.actor1)
        assert ev.actor2 is not None and ev.actor2.canonical == f"Civilians ({where})", (text, ev.actor2)


def test_the_aircraft_that_strikes_flies_for_its_owner_not_for_its_target():
    for text, country in [
        ("On Saturday, military aircraft struck RSF positions near Bara, north of El Obeid, the army said.", "SD"),
        ("Military aircraft struck Islamic State hideouts in the Hamrin mountains on Thursday, killing four "
         "militants.", "IQ"),
        ("Fighter jets bombed PKK positions in the Qandil mountains on Sunday.", "IQ"),
    ]:
        ev = main(text, country, ("Air/drone strike",))
        assert ev.actor1 is not None and ev.actor1.canonical.startswith("Military Forces"), (text, ev.actor1, ev.actor2)
        assert ev.actor2 is not None and ev.actor2.inter != 7 and ev.actor2.canonical != ev.actor1.canonical, (
            text, ev.actor1, ev.actor2)


def test_a_bomb_that_hits_state_forces_is_not_set_by_the_state_named_after_it():
    for text, country in [
        ("On Wednesday a soldier was killed and two were injured when their vehicle struck an explosive device "
         "near Tepalcatepec, the Defence Ministry said. The ministry said the device was one of several mines its "
         "troops had found in the area in recent months.", "MX"),
        ("The government declared a state of emergency in Colima on Tuesday after a car bomb exploded outside a "
         "police post, wounding two officers.", "MX"),
        ("A roadside bomb wounded three policemen on a patrol near Zamora on Monday; the army said its engineers "
         "had cleared two other devices on the same road.", "MX"),
    ]:
        ev = main(text, country, ("Remote explosive/landmine/IED",))
        assert inters(ev) == (3, 1), (text, ev.actor1, ev.actor2)
