"""Offline geoparsing: the gazetteer, toponym recognition and resolution, event locations.

    gaz = load_gazetteer()                      # cached per process; builds the index file once
    nlp.add_pipe("entity_ruler", before="ner").add_patterns(ruler_patterns(gaz))
    places, focus = geoparse(doc, gaz, country_hint="IR")
    loc = event_location(doc, places, start, end, gaz, focus)

Nothing loads at import time.
"""
from .gazetteer import Gazetteer, load_gazetteer
from .locate import country_location, event_location, written_places
from .resolve import geoparse, resolve_name
from .ruler import ruler_patterns

__all__ = ["Gazetteer", "load_gazetteer", "ruler_patterns", "geoparse", "resolve_name", "event_location",
           "country_location", "written_places"]
