"""The records that flow through Vigil's pipeline.

Every stage is a function from these records to these records. They are frozen
dataclasses; ``to_dict`` turns any of them into the JSON shape that
shared/CONTRACT.md fixes (field names and order follow the contract).
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Span:
    """A character range in the cleaned text, ``end`` exclusive."""
    start: int
    end: int


@dataclass(frozen=True)
class RawDoc:
    """One input document as a reader found it, before cleaning."""
    source: str                      # path, "path:line" or "stdin:line"
    text: Optional[str] = None
    html: Optional[str] = None
    id: Optional[str] = None         # the source's own id (JSON "id"): kept as Article.source_id, never the article id
    title: Optional[str] = None
    byline: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    country: Optional[str] = None
    language: Optional[str] = None
    error: Optional[str] = None      # set when the reader could not read it
    removed: tuple = ()              # passages the reader dropped (page boilerplate): {"text", "reason"} dicts


@dataclass(frozen=True)
class Article:
    id: str                          # always a hash of the content (content_id)
    title: Optional[str]
    byline: Optional[str]
    published: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    language: Optional[str]
    source: str
    text: str                        # the cleaned body every offset points into
    country: Optional[str] = None    # focus-country hint (not in the contract's article)
    removed: tuple = ()              # passages cleaning dropped: {"text", "reason"} dicts
    source_id: Optional[str] = None  # the id the input gave the document (a feed's own id), if any

    def contract(self) -> dict:
        return {"id": self.id, "title": self.title, "byline": self.byline,
                "published": self.published, "url": self.url, "outlet": self.outlet,
                "language": self.language, "source": self.source,
                "removed": [dict(r) for r in self.removed], "source_id": self.source_id}


@dataclass(frozen=True)
class Actor:
    name: str
    canonical: Optional[str] = None
    inter: Optional[int] = None
    country: Optional[str] = None


@dataclass(frozen=True)
class Location:
    name: str
    geonameid: Optional[int]
    latitude: Optional[float]
    longitude: Optional[float]
    admin1: Optional[str]
    country: Optional[str]
    geo_precision: int


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    geonameid: Optional[int] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    feature: str = "other"           # city | admin2 | admin1 | country | region | other (unresolved)
    admin1: Optional[str] = None
    country: Optional[str] = None


@dataclass(frozen=True)
class Claimant:
    name: Optional[str]
    canonical: Optional[str] = None
    type: str = "unattributed"       # state party ngo media international individual unattributed


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str
    value: Optional[int]
    low: Optional[int] = None
    high: Optional[int] = None
    qualifier: Optional[str] = None
    claimant: Claimant = Claimant(None)
    cue: Optional[str] = None
    event_id: Optional[str] = None
    evidence: tuple = ()


@dataclass(frozen=True)
class Speaker:
    name: str
    canonical: Optional[str] = None


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    speaker: Optional[Speaker] = None
    medium: Optional[str] = None
    event_id: Optional[str] = None
    evidence: tuple = ()


@dataclass(frozen=True)
class FieldEvidence:
    """Per coded field of an event, the span of text it was read from (None: not from the text)."""
    sub_event_type: Optional[Span] = None
    actor1: Optional[Span] = None
    actor2: Optional[Span] = None
    location: Optional[Span] = None
    date: Optional[Span] = None
    fatalities: Optional[Span] = None
    injured: Optional[Span] = None
    arrested: Optional[Span] = None


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    plover: dict
    status: str = "reported"
    date: Optional[str] = None
    date_end: Optional[str] = None
    time_precision: Optional[int] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    location: Optional[Location] = None
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    claim_ids: tuple = ()
    quote_ids: tuple = ()
    evidence: tuple = ()
    confidence: float = 0.5
    field_evidence: Optional[FieldEvidence] = None


@dataclass(frozen=True)
class Record:
    """What the pipeline yields for one document: the contract's output record."""
    article: Article
    events: tuple = ()
    claims: tuple = ()
    quotes: tuple = ()
    places: tuple = ()
    errors: tuple = ()

    def to_dict(self) -> dict:
        return {"article": self.article.contract(), "text": self.article.text,
                "events": [to_dict(e) for e in self.events],
                "claims": [to_dict(c) for c in self.claims],
                "quotes": [to_dict(q) for q in self.quotes],
                "places": [to_dict(p) for p in self.places],
                "errors": list(self.errors)}


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready data from a record (tuples become lists)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def amended(record: Any, **changes: Any) -> Any:
    """``dataclasses.replace(record, **changes)`` for a record with no ``__post_init__`` and no
    ``init=False`` field (every record here, and events.facts.Facts): the same new record, its
    fields copied as they are rather than passed again through a frozen ``__init__`` (about 2 us
    instead of 29 for the 46 fields of a Facts)."""
    fields = record.__dataclass_fields__
    for name in changes:
        if name not in fields:
            raise TypeError(f"{type(record).__name__} has no field {name!r}")
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new


def stable_id(prefix: str, *parts: Any) -> str:
    """A short id that is the same on every run for the same inputs."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{h}"


def content_id(text: str) -> str:
    """The article id: a hash of its content."""
    return "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


__all__ = ["Span", "RawDoc", "Article", "Actor", "Location", "Place", "Claimant", "Claim",
           "Speaker", "Quote", "FieldEvidence", "Event", "Record", "to_dict", "amended", "stable_id", "content_id", "field"]
