"""Shared helpers for the event tests: a Context from a string, with Vigil's own pipeline and geoparser."""
import datetime as dt

from vigil.extract import Context, counts, events
from vigil.geo import load_gazetteer
from vigil.model import Article, Place


def run(text, places=(), country="IR", published="2019-12-31", dates=None, claims=(), quotes=(), classifier=None):
    """Events of ``text``, its places found by the real geoparser. ``places`` names the toponyms the
    text holds: each must be in the text; one the geoparser misses (a village the gazetteer lacks)
    is added as an unresolved mention, as the geoparser reports a toponym it cannot resolve."""
    from vigil import nlp as vigil_nlp
    from vigil.geo import geoparse
    doc = vigil_nlp.load()(text)
    found, _ = geoparse(doc, load_gazetteer(), country_hint=country)
    for name in places:
        assert name in text, f"{name!r} is not in the test's text"
        if not any(name in p.name for p in found):
            start = text.index(name)
            found.append(Place(name=name, start=start, end=start + len(name)))
    found.sort(key=lambda p: p.start)
    art = Article(id="t", title=None, byline=None, published=published, url=None, outlet=None,
                  language="en", source="test", text=text, country=country)
    ref = dt.date.fromisoformat(published)
    if dates is None:
        from vigil.extract.dates import find_dates
        dates = find_dates(doc, ref)
    ctx = Context(doc=doc, article=art, published=ref, places=found,
                  focus_country=country, dates=list(dates), counts=counts.find_counts(doc),
                  claims=list(claims), quotes=list(quotes), gazetteer=load_gazetteer(), classifier=classifier)
    return events.extract_events(ctx)


def kinds(evs, status="reported"):
    return [e.sub_event_type for e in evs if e.status == status]


def first_coded_draft(pipeline, text, published="2026-07-01"):
    """(doc, draft, facts, rule answer) of the draft the rules code first in ``text``, read by the
    packaged pipeline: what the learned model is given for it."""
    from vigil.extract import make_context
    from vigil.extract.events import coded_drafts
    from vigil.model import Article
    from vigil.nlp import annotate
    (doc,) = [d for d, _ in annotate(pipeline.nlp, [(text, 0)], 1)]
    art = Article(id="t", title=None, byline=None, published=published, url=None, outlet=None,
                  language="en", source="t", text=doc.text)
    _, views = coded_drafts(make_context(doc, art, pipeline.gazetteer))
    coded = [v for v in views if v[4] is not None]
    assert coded, text
    _, d, _, facts, rule = coded[0]
    return doc, d, facts, rule


def only_reported(text, published, country):
    """The one reported event vigil.extract_text codes from ``text`` (the test fails when there are more or none)."""
    import vigil
    rec = vigil.extract_text(text, published=published, country=country)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    return ev


def inters(ev):
    """(actor1's inter code, actor2's inter code) of an event, None for an actor it lacks."""
    return (ev.actor1.inter if ev.actor1 else None), (ev.actor2.inter if ev.actor2 else None)


def first_reported(text, country, published):
    """The first reported event ``run`` codes from ``text`` (the test fails when there is none)."""
    evs, _, _ = run(text, country=country, published=published)
    evs = [e for e in evs if e.status == "reported"]
    assert evs, f"no reported event in {text!r}"
    return evs[0]
