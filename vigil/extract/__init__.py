"""Extractors: from an annotated document to events, claims, quotes, dates and places.

``extract_record`` is the one entry point the pipeline calls. The order is
fixed: places and dates first (context), then counts, claims and quotes, and
last the events, which take everything before them and link claims and quotes
to themselves.

Module contracts (each is tested on literal strings):

- ``dates.find_dates(doc, published) -> list[DateMention]``
- ``counts.find_counts(doc) -> list[Count]``
- ``claims.extract_claims(doc, counts, article) -> list[Claim]``
- ``quotes.extract_quotes(doc, article) -> list[Quote]``
- ``events.extract_events(ctx) -> (events, claims, quotes)``: events, and the
  claims and quotes with their ``event_id`` set.
- ``events.consolidate(events, claims, quotes)``: clauses that tell the same event (same
  type, place and day) folded into one event.
"""
from __future__ import annotations


import datetime as _dt
from dataclasses import dataclass
from typing import Optional

from ..model import Article, Record, amended


@dataclass
class Context:
    """Everything the event extractor may read about one document."""
    doc: object                  # spaCy Doc of article.text
    article: Article
    published: Optional[_dt.date]
    places: list
    focus_country: Optional[str]
    dates: list
    counts: list
    claims: list
    quotes: list
    gazetteer: object
    classifier: object = None    # the learned event classifier (events.learned), or None: rules alone
    forces: tuple = ()           # (country, start, end) of state forces named by their country ("US forces")


def reference_date(article: Article, fallback: Optional[str]) -> Optional[_dt.date]:
    """The date relative expressions resolve against: the article's own, else the option."""
    for value in (article.published, fallback):
        if value:
            try:
                return _dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def demonym_force(doc, m) -> bool:
    """Is actor mention ``m`` a state's forces named by the state's demonym or name ("Turkish drones",
    "Russian troops", "Turkey shelled")? The name says whose forces acted, not where (geo.focus)."""
    from .actors import demonym_at
    e = m.entries[0]
    return e.inter == 1 and e.armed and (demonym_at(doc, m.start) or (None,))[0] == e.country


def make_context(doc, article: Article, gazetteer, country: Optional[str] = None,
                 published: Optional[str] = None, classifier=None) -> Context:
    """Everything the event extractor reads about one annotated document."""
    from ..geo import geoparse
    from . import claims, counts, dates, quotes
    from .actor_mentions import mentions as actor_mentions

    ref = reference_date(article, published)
    named = [m for m in actor_mentions(doc) if m.entries and m.entries[0].country and not m.entries[0].generic]
    forces = tuple((m.entries[0].country, doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
                   for m in named if demonym_force(doc, m))
    actor_countries = tuple(m.entries[0].country for m in named if not demonym_force(doc, m))
    places, focus = geoparse(doc, gazetteer, country_hint=article.country or country, outlet=article.outlet,
                             actor_countries=actor_countries, forces=forces)
    found_counts = counts.find_counts(doc)
    return Context(doc=doc, article=article, published=ref, places=places, focus_country=focus,
                   dates=dates.find_dates(doc, ref), counts=found_counts,
                   claims=claims.extract_claims(doc, found_counts, article),
                   quotes=quotes.extract_quotes(doc, article), gazetteer=gazetteer, classifier=classifier,
                   forces=forces)


def extract_record(doc, article: Article, gazetteer, country: Optional[str] = None,
                   published: Optional[str] = None, classifier=None) -> Record:
    from . import events

    ctx = make_context(doc, article, gazetteer, country, published, classifier)
    evs, cls, qts = events.extract_events(ctx)
    evs, cls, qts = events.consolidate(evs, cls, qts,
                                       keep=frozenset(events.countrywide(doc, evs) | events.typed_places(doc, evs)))
    if classifier is not None:  # confidence as a probability: the map `vigil train` fitted on held-out drafts
        evs = [amended(e, confidence=classifier.calibrated(e.confidence)) for e in evs]
    return Record(article=article, events=tuple(evs), claims=tuple(cls), quotes=tuple(qts),
                  places=tuple(ctx.places))
