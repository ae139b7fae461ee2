"""A place named as where people went ("withdrew towards X") or where a weapon was fired from ("a
missile fired from the Belgorod region") is not where the clause's event happened (CODEBOOK 6: a
strike happens where it hits; an event is coded at its scene): such a clause gives no second event
at that place (clauses._elsewhere)."""
import vigil
from vigil import nlp as vigil_nlp
from vigil.extract.events.clauses import _elsewhere
from vigil.model import Place


def reported(rec):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in rec.events if e.status == "reported"]


def test_where_a_missile_was_fired_from_is_no_second_event():
    for text, country, scene in [
        ("A missile hit a shopping centre in Kharkiv on Friday, killing three people, officials said.\n\nThe regional "
         "governor said the number of wounded had risen to 30. He said the missile had been fired from the Belgorod "
         "region, across the border.", "UA", "Kharkiv"),
        ("Two rockets struck a market in Kherson on Sunday morning, wounding eleven people, the city administration "
         "said.\n\nOfficials told reporters the rockets were launched from Oleshky, on the other bank of the river.",
         "UA", "Kherson"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert [p for _, p in reported(rec)] == [scene], reported(rec)


def _place_in(text, name):
    start = text.index(name)
    return Place(name=name, start=start, end=start + len(name))


def test_only_a_place_reached_or_fired_from_is_elsewhere():
    nlp = vigil_nlp.load()
    for text, name, want in [
        ("The officers fought for two hours before withdrawing towards Hinche.", "Hinche", True),
        ("Thousands of families fled toward Goma after the attack.", "Goma", True),
        ("The missile was fired from the Belgorod region.", "Belgorod", True),
        ("Gunmen attacked a police post in Hinche on Monday.", "Hinche", False),
        ("Protesters marched from the university to parliament in Dhaka.", "Dhaka", False),
        ("Residents from Goma said the shelling went on all night.", "Goma", False),
    ]:
        assert _elsewhere(nlp(text), _place_in(text, name)) is want, text
