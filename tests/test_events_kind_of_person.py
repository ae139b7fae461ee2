"""An act told in a relative clause on "those", "anyone", "whoever", "everyone" names a kind of person
("those who attacked officers will be punished"), no happening the report tells (CODEBOOK 9: code
what the report says happened): such a clause is no event of its own (clauses.described_kind)."""
import vigil
from vigil import nlp as vigil_nlp
from vigil.extract.events.clauses import described_kind
from vigil.extract.events.signals import find_signals


def test_a_warning_to_a_kind_of_person_is_no_second_event():
    for text, country, want in [
        ("Riot police fired tear gas at students marching on parliament in Belgrade on Wednesday.\n\nSpeaking in "
         "Novi Sad on Thursday, the interior minister said those who attacked officers would be punished.", "RS",
         [("Protest with intervention", "Belgrade")]),
        ("Gunmen abducted four traders near Gusau on Sunday, police said.\n\nIn Kaura Namoda on Monday, the state "
         "governor said anyone who attacked villagers would face the army.", "NG",
         [("Abduction/forced disappearance", "Gusau")]),
        ("Soldiers shelled rebel positions outside Bambari on Friday, the army said.\n\nIn Bangui on Saturday, the "
         "defence minister promised that everyone who shot at the troops would be tried.", "CF",
         [("Shelling/artillery/missile attack", "Bambari")]),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        got = [(e.sub_event_type, e.location.name if e.location else None) for e in rec.events if e.status == "reported"]
        assert got == want, got


def _described(text):
    doc = vigil_nlp.load()(text)
    sigs = find_signals(doc)
    return sorted({doc[i].text for i in described_kind(doc, sigs)})


def test_only_a_clause_on_a_kind_pronoun_is_a_description():
    assert _described("The minister said those who attacked officers would be punished.") == ["attacked"]
    assert _described("Rebels threatened anyone who joins the march on Friday.") != []
    assert _described("The men who attacked the post on Monday were arrested in Kano.") == []
    assert _described("Gunmen attacked a police post in Kano on Monday.") == []
