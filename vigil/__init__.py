"""Vigil: news reports of protest, political violence and repression in; ACLED-coded events out.

The public API is small::

    import vigil
    record = vigil.extract_text("Police fired tear gas at protesters in Lyon on Tuesday.",
                           published="2021-03-04")
    for event in record.events: ...

``Pipeline`` runs many documents; the records are in ``vigil.model``.
Nothing heavy (the spaCy model, the gazetteer) loads at import time.
"""
__version__ = "0.1.0"

from .config import Options  # noqa: E402
from .model import (Actor, Article, Claim, Claimant, Event, Location, Place, Quote, RawDoc,  # noqa: E402
                    Record, Span, Speaker)
from .pipeline import Pipeline, extract_text  # noqa: E402

__all__ = ["__version__", "extract_text", "Pipeline", "Options", "Actor", "Article", "Claim", "Claimant",
           "Event", "Location", "Place", "Quote", "RawDoc", "Record", "Span", "Speaker"]
