"""A day told in a relative clause on a person ("the officer, whose body was recovered by relatives on 13
June", "a teacher who was buried on Tuesday") dates what became of that person, not the happening
the clause goes on telling: it is no day of the clause's own that would make it a second event
(elaboration._own_dates; CODEBOOK: one event per type, place and day)."""
import datetime as dt

from _events_helpers import Context, counts, load_gazetteer, Article
from vigil import nlp as vigil_nlp
from vigil.extract.dates import find_dates
from vigil.extract.events.clauses import drafts
from vigil.extract.events.elaboration import _own_dates
from vigil.geo import geoparse


def _own(text, published, word, only=None):
    """The draft's own dates; ``only``: keep only the date mentions with this text (the event's date is
    then that one, as when the report gives no other near it)."""
    doc = vigil_nlp.load()(text)
    found, _ = geoparse(doc, load_gazetteer(), country_hint="HT")
    ref = dt.date.fromisoformat(published)
    art = Article(id="t", title=None, byline=None, published=published, url=None, outlet=None,
                  language="en", source="test", text=text, country="HT")
    ctx = Context(doc=doc, article=art, published=ref, places=found, focus_country="HT",
                  dates=[m for m in find_dates(doc, ref) if only is None or m.text == only], counts=counts.find_counts(doc), claims=[], quotes=[],
                  gazetteer=load_gazetteer(), classifier=None)
    ds, _ = drafts(ctx)
    d = next(d for d in ds if d.status == "reported" and word in doc[d.start:d.end].text)
    return _own_dates(ctx, d)


def test_a_day_in_a_relative_clause_on_a_person_is_not_the_clauses_own():
    for text, word, when, day in [
        ("Gunmen attacked the police station in Mirebalais on Tuesday 11 June.\n\nThe police said one officer had "
         "been killed. A rights group confirmed the death of the officer, whose body was recovered by relatives "
         "on 13 June.", "killed", "13 June", "2024-06-13"),
        ("Soldiers shot dead three villagers in Kumbo on Saturday 15 June.\n\nResidents said a fourth man had been "
         "killed, a teacher who was buried by his family on Tuesday 18 June.", "killed", "Tuesday 18 June",
         "2024-06-18"),
        ("A drone struck an army post in El Mango on Sunday 16 June.\n\nTwo soldiers were killed, among them a "
         "corporal who died in hospital on 17 June, the army said.", "killed", "17 June", "2024-06-17"),
    ]:
        assert day not in _own(text, "2024-06-20", word, only=when), text


def test_a_day_of_the_clause_itself_stays_its_own():
    text = ("Gunmen attacked the police station in Mirebalais on Tuesday 11 June.\n\nOn Thursday 13 June, gunmen "
            "killed two officers at a checkpoint, the police said.")
    assert "2024-06-13" in _own(text, "2024-06-20", "killed")
