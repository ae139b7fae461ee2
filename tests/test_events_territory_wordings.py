"""Strategic developments in many wordings (CODEBOOK 5 and 8): who holds a place before and after
decides the territory sub-types; a fight the report says did not happen ("without a fight") makes no
clash; a base or post set up is a headquarters established; the body activists belong to ("activists of
the youth movement") is no demonstration."""
import pytest

from _events_helpers import kinds, only_reported, run


@pytest.mark.parametrize("text,country", [
    ("The town of Dembel fell to Al Shabaab fighters on Tuesday after a day of fighting with the army.", "SO"),
    ("After two days of heavy fighting, the district centre of Mandora fell to the rebels on Monday.", "NG"),
    ("Rebels seized the town of Kurmuk on Friday after clashes with the army that left four soldiers dead.", "SD"),
    ("Militants occupied the village of Ouro on Sunday after a gun battle with soldiers, residents said.", "ML"),
])
def test_an_armed_group_taking_a_place_by_fighting_overtakes_territory(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text,country", [
    ("Government troops withdrew from the town of Mandora on Monday and handed it over to the local militia "
     "without a fight.", "NG"),
    ("The rebels pulled out of the village of Ouro on Friday and the army took control of it without any clashes.",
     "ML"),
    ("Fighters of the armed group left the town of Kurmuk on Sunday, handing it to the army without firing a shot.",
     "SD"),
])
def test_a_place_handed_over_without_a_fight_is_a_non_violent_transfer(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text,country", [
    ("Turkish forces established a new military post near the village of Tal Tamr on Monday.", "SY"),
    ("The militia set up an observation post on the hill above the town of Kalwa on Friday.", "ET"),
    ("Soldiers built a new outpost near the border village of Ouro on Sunday, the army said.", "ML"),
])
def test_a_post_set_up_by_armed_men_is_a_headquarters_established(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Headquarters or base established"


@pytest.mark.parametrize("text,country", [
    ("Security forces detained five activists of the youth movement in Harare on Monday.", "ZW"),
    ("Police arrested two leaders of the farmers' movement at their homes in Lahore on Friday.", "PK"),
    ("Intelligence agents detained three members of the student movement in Minsk on Sunday.", "BY"),
])
def test_the_movement_detainees_belong_to_is_no_demonstration(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Arrests"


@pytest.mark.parametrize("text,country", [
    ("Government troops withdrew from the town of Mandora on Monday, residents said.", "NG"),
    ("Russian forces handed over their positions near the village of Tal Tamr to the Syrian army on Friday.", "SY"),
    ("The rebels pulled out of the village of Ouro on Sunday.", "ML"),
])
def test_a_place_left_or_handed_over_is_a_non_violent_transfer(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "The army handed over the bodies of four militants to their families in Mandora on Monday.",
    "Police handed over the two suspects to the public prosecutor in Mandora on Monday.",
    "The rebels handed over 20 child soldiers to an aid agency in Mandora on Friday.",
])
def test_things_handed_over_are_no_territory_for_the_rules(text):
    evs, _, _ = run(text, country="NG", published="2024-06-03")  # the codebook rules alone
    assert "Non-violent transfer of territory" not in kinds(evs)


@pytest.mark.parametrize("text,country", [
    ("Soldiers stopped a convoy of the rival militia from entering the town of Kalwa on Monday.", "ET"),
    ("Russian military police prevented a US patrol from entering the village of Tal Tamr on Friday.", "SY"),
    ("Fighters of the armed group blocked the road in front of a Turkish column on Sunday, preventing it from "
     "reaching the town of Atareb.", "SY"),
])
def test_a_force_barring_anothers_patrol_is_other(text, country):
    assert only_reported(text, "2024-06-03", country).sub_event_type == "Other"


@pytest.mark.parametrize("text", [
    "Armed men seized a member of the municipal council of Kalwa as he left a mosque on Friday and drove off with him.",
    "Militants seized two engineers of the Mandora water board at a checkpoint on Monday.",
])
def test_a_person_seized_is_no_place_taken(text):
    evs, _, _ = run(text, country="NG", published="2024-06-03")  # the codebook rules alone
    assert not {"Non-state actor overtakes territory", "Non-violent transfer of territory"} & set(kinds(evs))
