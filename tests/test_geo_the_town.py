""""The town", "the village", "the city's ..." in the sentence that tells an event is the place the
report was at; a place named only in a later sentence of the same clause (where a spokesman spoke,
where an office sits) says where the telling happened, not the event (CODEBOOK, Precision: the place
is where the event happened). Reports written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,want,other", [
    ("Jihadist fighters attacked an army post in Boulkessi on Saturday, the army said.\n\nOn Sunday, soldiers "
     "pushed the attackers out of the town after hours of fighting, according to a local official. The army's "
     "spokesman, speaking in Bamako, said twelve assailants were killed.", "ML", "Boulkessi", "Bamako"),
    ("Police fired tear gas at hundreds of farmers who had blocked the main road through Tumaco on Thursday."
     "\n\nOn Friday, a crowd set fire to the town's police station, the mayor said. The governor's office in "
     "Pasto said 14 people had been detained.", "CO", "Tumaco", "Pasto"),
    ("Bandits attacked Kurmin Masara, a village in Kaduna state, on Sunday night, residents said.\n\nSoldiers "
     "drove the gunmen out of the village on Monday after an exchange of fire. An army spokesman, speaking to "
     "reporters in Kaduna, said two soldiers were wounded.", "NG", "Kurmin Masara", "Kaduna"),
])
def test_the_town_of_the_telling_sentence_is_the_place_the_report_was_at(text, country, want, other):
    rec = vigil.extract_text(text, published="2024-11-12", country=country)
    second = text.index("\n\n") + 2
    (ev,) = [e for e in rec.events if e.status == "reported" and any(s.start >= second for s in e.evidence)]
    assert ev.location.name == want
    assert ev.location.name != other


def test_a_place_the_telling_sentence_names_still_wins():
    text = ("Gunmen attacked a bus near Kurmin Masara on Sunday.\n\nOn Monday, soldiers clashed with the gunmen "
            "in Kachia, an army spokesman said. The village was calm by evening.")
    rec = vigil.extract_text(text, published="2024-11-12", country="NG")
    second = text.index("\n\n") + 2
    (ev,) = [e for e in rec.events if e.status == "reported" and any(s.start >= second for s in e.evidence)]
    assert ev.location.name == "Kachia"


@pytest.mark.parametrize("text,country,want,teller", [
    ("Gunmen raided Kurmin Masara, a village in Kaduna state, on Sunday night, residents said. A police spokesman "
     "in Kaduna said officers had been deployed.\n\nOn Monday, the gunmen returned and set fire to houses in the "
     "village, residents said.", "NG", "Kurmin Masara", "Kaduna"),
    ("Jihadists attacked an army post in Boulkessi on Saturday. The army's spokesman in Bamako said the attack had "
     "been repelled.\n\nOn Sunday, residents said soldiers had shot dead four men in the town.", "ML", "Boulkessi",
     "Bamako"),
    ("Farmers blocked the main road through Tumaco on Thursday. An official of the governor's office in Pasto said "
     "talks would start soon.\n\nOn Friday, a crowd set fire to the town's police station.", "CO", "Tumaco", "Pasto"),
])
def test_the_town_is_not_where_a_speaker_was(text, country, want, teller):
    """"The town" is the place the report was at, not where a spokesman or an office that spoke is."""
    rec = vigil.extract_text(text, published="2024-11-12", country=country)
    second = text.index("\n\n") + 2
    (ev,) = [e for e in rec.events if e.status == "reported" and any(s.start >= second for s in e.evidence)]
    assert ev.location.name == want
    assert ev.location.name != teller
