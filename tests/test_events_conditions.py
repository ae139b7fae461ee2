"""A condition tells no happening (CODEBOOK 9: code what the report says happened): "if you don't pay,
they burn your shop", "unless the government pays", "will not negotiate until troops withdraw". A
clause of time after a done act stays reported ("fought until the soldiers withdrew")."""
from _events_helpers import run
from vigil import nlp as vigil_nlp
from vigil.extract.events.status import token_status


def _status(text, word):
    doc = vigil_nlp.load()(text)
    return token_status(next(t for t in doc if t.text == word))


def test_both_halves_of_a_condition_are_no_happening():
    assert _status("\"If you don't pay, they burn your shop or they shoot you,\" a trader said.", "burn") == "planned"
    assert _status("\"If you don't pay, they burn your shop or they shoot you,\" a trader said.", "shoot") == "planned"
    assert _status("If the harvest tax is late, the militia beats the farmers, villagers say.", "beats") == "planned"
    assert _status("The union said hospitals would close unless the government paid the arrears.", "close") == "planned"


def test_until_under_a_refusal_is_no_withdrawal():
    assert _status("Rebel leaders say they will not negotiate until federal troops withdraw from the region.",
                   "withdraw") == "planned"
    assert _status("The clans said they would not disarm until the army withdrew its units.", "withdrew") == "planned"


def test_until_after_a_done_act_stays_reported():
    assert _status("Fighting near Baga went on until the soldiers withdrew on Tuesday, residents said.",
                   "withdrew") == "reported"
    assert _status("Soldiers returned fire until the attackers fled into the forest.", "fled") == "reported"
    assert _status("Police shot dead two protesters when demonstrators refused to leave the square.", "shot") == "reported"
    # "if" after a past act asks whether: the act is told done
    assert _status("Insurgents targeted an army helicopter near Farah [it is not clear if the helicopter was firing].",
                   "targeted") == "reported"
    assert _status("Insurgents targeted an army helicopter near Farah [it is not clear if the helicopter was firing].",
                   "firing") == "reported"
    assert _status("Militants attacked a police post in Bannu, though officials did not say if anyone was hurt.",
                   "attacked") == "reported"


def test_a_refusal_to_negotiate_is_no_transfer_of_territory():
    text = ("Soldiers retook the town of Dikwa on Friday after heavy fighting, the army said.\n\n"
            "Rebel leaders in Monguno say they will not negotiate until federal troops withdraw from the region.")
    evs, _, _ = run(text, places=["Dikwa", "Monguno"], country="NG", published="2023-05-10")
    assert [(e.sub_event_type, e.location.name) for e in evs if e.status == "reported"] == [
        ("Government regains territory", "Dikwa")]


def test_a_wish_is_no_done_act():
    """"we only wanted to hand over a memorandum", "hope to march on Friday": what someone wants to do
    is not what happened (CODEBOOK 9); "a man wanted for the killing" names a done act."""
    assert _status("\"We only wanted to hand over a memorandum,\" said a teacher from the town.", "hand") == "planned"
    assert _status("The unions hope to march on parliament on Friday.", "march") == "planned"
    assert _status("Police arrested a man wanted for the killing of a journalist.", "killing") == "reported"
    assert _status("Police fired tear gas when the teachers tried to march towards the residence.", "march") == "reported"
