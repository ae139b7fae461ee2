"""Violence by state forces against individuals (CODEBOOK 7: an armed group, state forces included,
that harms unarmed people commits an Attack; a killing in custody is the holders' attack; CODEBOOK 4:
mob violence is an unarmed crowd's; CODEBOOK 2: riot police are state forces, never rioters).
Sentences written for these tests."""
import functools

import pytest

from _events_helpers import run as _run

run = functools.partial(_run, published="2025-03-12")


def coded(text, country):
    evs, _, _ = run(text, country=country)
    return [(e.sub_event_type, e.actor1.inter if e.actor1 else None, e.actor2.inter if e.actor2 else None)
            for e in evs if e.status == "reported"]


# 1. An officer who acts, with nothing narrowing the word, is the police; officers of a named police
# unit and a constable too.
BARE_OFFICERS = [
    ("A plainclothes officer shot a shopkeeper outside his store in Lahore on Friday, his brother said.", "PK"),
    ("An officer shot a delivery driver dead during a stop in Lyon on Sunday, the family's lawyer said.", "FR"),
    ("Officers from the narcotics squad killed a man during a night raid in Medellin on Tuesday.", "CO"),
    ("A constable shot a vegetable seller in the leg in Meerut on Thursday after a row over a fine.", "IN"),
]


@pytest.mark.parametrize("text,country", BARE_OFFICERS)
def test_a_bare_officer_who_shoots_an_unarmed_person_is_the_police(text, country):
    assert ("Attack", 1, 7) in coded(text, country), text


@pytest.mark.parametrize("text,narrowed", [
    ("Election officers were threatened at a polling centre in Bogura on Sunday.", "Election officers"),
    ("Two army officers were questioned in Abuja on Monday.", "army officers"),
    ("A medical officer at the hospital said two people had died.", "medical officer"),
    ("The returning officer announced the result in Comilla on Tuesday.", "returning officer"),
    ("Officers of the election commission met party leaders in Dhaka.", "Officers"),
    ("Customs officers seized a truck of rice at the border on Friday.", "Customs officers"),
    ("Two officers were questioned by the inspectorate in Abuja.", "officers"),
    # an officer listed among the people hit acts no more than the list's first word does
    ("Land grabbers beat twelve people, among them a teacher and an officer, in Kushtia on Monday.", "an officer"),
    ("The crowd injured a clerk and an officer at the land office in Thika on Friday.", "an officer"),
])
def test_an_officer_narrowed_by_a_modifier_is_not_the_police(pipeline, text, narrowed):
    from vigil.extract import actor_mentions
    doc = pipeline.nlp(text)
    police = [m.text for m in actor_mentions.mentions(doc) if m.entries[0].canonical.startswith("Police Forces")]
    start = text.index(narrowed)
    assert not [p for p in police if text.find(p, start) < start + len(narrowed)], (text, police)


# 2. Killed, tortured or found dead where the state held the person.
@pytest.mark.parametrize("text,country", [
    ("A labourer died in police custody in Lucknow on Monday, two days after he was picked up.", "IN"),
    ("A prisoner was tortured to death at the Gulshan police station on Saturday, his relatives told reporters.", "BD"),
    ("An activist was found dead in a holding cell at a police station in Bulawayo on Wednesday.", "ZW"),
])
def test_a_death_in_custody_is_an_attack_by_the_forces_holding_him(text, country):
    assert ("Attack", 1, 7) in coded(text, country), text


def test_a_beating_in_custody_is_the_holders_but_a_lynching_at_the_station_the_mobs():
    assert ("Attack", 1, 7) in coded("A tailor was beaten to death in police custody in Sylhet, his family said.", "BD")
    got = coded("An angry mob dragged a suspected robber out of a police station in Jessore and lynched him.", "BD")
    assert [sub for sub, _, _ in got] == ["Mob violence"], got


def test_an_attack_on_a_police_station_is_still_an_attack_on_the_police():
    got = coded("Militants attacked a police station in Bannu on Monday, killing two policemen.", "PK")
    assert got and all(sub != "Attack" for sub, _, _ in got), got


# 3. Beaten by soldiers or police: an armed group's attack, not a mob's.
@pytest.mark.parametrize("text,country", [
    ("Soldiers beat a shepherd to death near Tillaberi on Saturday, local people said.", "NE"),
    ("A rickshaw puller was beaten to death by police in Narayanganj on Monday night, his family alleged.", "BD"),
    ("A herder was beaten to death by troops who accused him of spying for the rebels near Bambari.", "CF"),
])
def test_a_beating_to_death_by_state_forces_is_an_attack(text, country):
    assert ("Attack", 1, 7) in coded(text, country), text


def test_villagers_who_beat_a_man_to_death_are_still_a_mob():
    got = coded("Villagers beat a suspected cattle thief to death in Sirajganj on Friday.", "BD")
    assert [sub for sub, _, _ in got] == ["Mob violence"], got


# 4. The victim's trade makes him a civilian: no invented armed opponent.
@pytest.mark.parametrize("text,country", [
    ("A hawker was killed by police gunfire in Kano on Friday, a rights group said.", "NG"),
    ("A fisherman was shot dead by coast guard personnel off Teknaf on Tuesday.", "BD"),
    ("Police shot dead a motorcycle rider at a checkpoint in Gulu on Saturday, witnesses said.", "UG"),
])
def test_a_worker_shot_by_state_forces_is_a_civilian_victim(text, country):
    assert ("Attack", 1, 7) in coded(text, country), text


# 5. Riot police who kill demonstrators use excessive force; they are no rioters.
@pytest.mark.parametrize("text,country", [
    ("Riot police shot dead three demonstrators at a rally against the election results in Kinshasa on Monday.", "CD"),
    ("Anti-riot units killed two students on Thursday when they fired live rounds at a demonstration against bread prices in Khartoum.", "SD"),
])
def test_riot_police_who_kill_protesters_use_excessive_force(text, country):
    got = coded(text, country)
    assert ("Excessive force against protesters", 1, 6) in got, got
    assert all(sub != "Violent demonstration" for sub, _, _ in got), got
