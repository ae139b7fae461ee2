"""A mention: one event as one report tells it, in the shape linking reads.

Linking never reads a spaCy doc or the database: it reads mentions made from the contract record
(``mentions(record)``), so ``vigil extract`` (a batch in memory) and ``vigil ingest`` (the store)
link exactly the same way. A mention is plain data and goes to and from JSON (``to_json`` /
``from_json``), which is how the store keeps the mentions it links new reports against.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

# Event types that can describe the same happening: one outlet's "protest met with force" is
# another's "attack on civilians" or "riot". Blocking compares events within a family.
# (ACLED's type names, as in vigil.extract.taxonomy; not imported: the extractors import link.km.)
FAMILIES = {
    "Protests": ("demonstration",), "Riots": ("demonstration", "violence"),
    "Violence against civilians": ("violence",), "Battles": ("violence",),
    "Explosions/Remote violence": ("violence",), "Strategic developments": ("strategic",),
}
CROSSING = {"Excessive force against protesters": ("demonstration", "violence"),
            "Arrests": ("strategic", "demonstration"), "Looting/property destruction": ("strategic", "demonstration")}
LINKABLE = ("reported", "negated")   # historical and planned events are mentioned, not reported: never linked
WEEK, MONTH = 2, 3                    # time_precision codes (1 day, 2 week, 3 month, 4 year)
_WORD = re.compile(r"[^\W\d_]{4,}")
STOP = frozenset("""that this with from their there they have were said says been also into after about which while
when where other more than some them will would could just over most such only then what your very upon those these
being against during without within among under across told reported according""".split())


@dataclass(frozen=True)
class ClaimView:
    """One figure a report gives for the event, with who gives it (a contract claim, flattened)."""
    id: str
    kind: str
    value: Optional[int]
    low: Optional[int]
    high: Optional[int]
    qualifier: Optional[str]
    claimant: str                  # the claimant's canonical name, else its name, else the outlet
    claimant_type: str


@dataclass(frozen=True)
class Mention:
    """One event of one report: what the linker compares and what a canonical event is built from."""
    event_id: str
    article_id: str
    order: int                     # insertion order in the batch or store: ties go to the older
    event_type: str
    sub_event_type: str
    status: str
    date: Optional[str]
    time_precision: Optional[int]
    actors: tuple                  # canonical (else surface) names of actor1 and actor2, if any
    location: Optional[str]
    geonameid: Optional[int]
    latitude: Optional[float]
    longitude: Optional[float]
    admin1: Optional[str]
    country: Optional[str]
    geo_precision: Optional[int]
    fatalities: Optional[int]
    injured: Optional[int]
    arrested: Optional[int]
    confidence: float
    terms: tuple                   # content words of the event's evidence sentences, sorted
    outlet: Optional[str]
    copy_of: Optional[str] = None  # the article this report copies (syndication, light rewrite)
    published: Optional[str] = None  # the report's date: where the event has none, it is linked as of that week
    claims: tuple = ()             # ClaimView, the figures the report ties to this event

    @property
    def families(self) -> tuple:
        return CROSSING.get(self.sub_event_type) or FAMILIES.get(self.event_type, ("other",))

    @property
    def days(self) -> Optional[tuple]:
        """The (first, last) day ordinals the event may fall on, from its date and precision; an event
        with no date, from the report's publication date (within three days of it)."""
        precision = self.time_precision or 1
        day = _day(self.date)
        if day is None and self.status in LINKABLE:
            day, precision = _day(self.published), WEEK
        if day is None or precision > MONTH:
            return None
        if precision == WEEK:
            return day.toordinal() - 3, day.toordinal() + 3
        if precision == MONTH:
            first = day.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return first.toordinal(), last.toordinal()
        return day.toordinal(), day.toordinal()

    @property
    def linkable(self) -> bool:
        """Reported (or denied) events with a date and at least a first-level region can be linked."""
        return self.status in LINKABLE and self.days is not None and (
            self.admin1 is not None or (self.latitude is not None and (self.geo_precision or 3) <= 2))

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def _day(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def from_json(data: dict) -> Mention:
    """The mention ``to_json`` wrote (tuples restored)."""
    fields = dict(data)
    fields["actors"] = tuple(fields.get("actors") or ())
    fields["terms"] = tuple(fields.get("terms") or ())
    fields["claims"] = tuple(ClaimView(**c) for c in fields.get("claims") or ())
    return Mention(**fields)


def terms(text: str, limit: int = 60) -> tuple:
    """The content words of a passage (four letters or more, common words left out), sorted."""
    words = {w for w in (m.group().casefold() for m in _WORD.finditer(text)) if w not in STOP}
    return tuple(sorted(words)[:limit]) if len(words) > limit else tuple(sorted(words))


def mentions(record: dict, order: int = 0, copy_of: Optional[str] = None) -> Iterator[Mention]:
    """The mentions of one contract record (``Record.to_dict()`` or a stored record), numbered from
    ``order``; ``copy_of`` is the article this report copies, if any."""
    art, text = record.get("article") or {}, record.get("text") or ""
    by_id = {c["id"]: c for c in record.get("claims") or []}
    for i, ev in enumerate(record.get("events") or []):
        loc = ev.get("location") or {}
        actors = tuple(a.get("canonical") or a.get("name") for a in (ev.get("actor1"), ev.get("actor2")) if a)
        evidence = " ".join(text[s["start"]:s["end"]] for s in ev.get("evidence") or [])
        yield Mention(
            event_id=ev["id"], article_id=art.get("id"), order=order + i, event_type=ev["event_type"],
            sub_event_type=ev["sub_event_type"], status=ev.get("status") or "reported", date=ev.get("date"),
            time_precision=ev.get("time_precision"), actors=actors, location=loc.get("name"),
            geonameid=loc.get("geonameid"), latitude=loc.get("latitude"), longitude=loc.get("longitude"),
            admin1=loc.get("admin1"), country=loc.get("country"), geo_precision=loc.get("geo_precision"),
            fatalities=ev.get("fatalities"), injured=ev.get("injured"), arrested=ev.get("arrested"),
            confidence=float(ev.get("confidence") or 0.5), terms=terms(evidence), outlet=art.get("outlet"),
            copy_of=copy_of, published=art.get("published"), claims=tuple(_claim(by_id[c], art.get("outlet")) for c in ev.get("claim_ids") or []
                                          if c in by_id))


def _claim(c: dict, outlet: Optional[str]) -> ClaimView:
    who = c.get("claimant") or {}
    name = who.get("canonical") or who.get("name") or outlet or "unattributed"
    return ClaimView(id=c["id"], kind=c.get("kind") or "other", value=c.get("value"), low=c.get("low"),
                     high=c.get("high"), qualifier=c.get("qualifier"), claimant=name,
                     claimant_type=who.get("type") or "unattributed")
