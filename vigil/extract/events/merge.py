"""One report, one event per happening: fold clause-level events that tell the same event.

A report often comes back to its main event ("The marchers set off from ...", "Organisers
said ..."): each such clause yields an event of the same type, at the same place, on the same
day. ACLED codes one event per type, place and day, so those fold into the first one:
evidence, claims and quotes are pooled, and the fatality, injury and arrest figures are the
most conservative positive ones (competing figures stay in the claim ledger). Events in
different places are never folded, whatever their wording; nor are events of other statuses.

A clause whose event could be placed no closer than the whole country, in a report that
places its events in that country's towns or provinces, is a comment on those events
("Officers sealed off the area", "The group says hundreds have been executed in Iran"), not an
event of its own: it is dropped, and its claims and quotes are left unlinked rather than tied
to an event they may not belong to. A country-wide clause that gives a death toll of its own and
names no place ("a crackdown in which at least 1,000 have died, rights groups say") is kept
(``countrywide``): it reports violence across the country that no town's event holds. So is one
at a place the gazetteer lacks that the text types as a place ("in Tumbalaga village"; ``typed_places``):
named as written, at the country when the text says nothing closer of where it lies.

The other steps of folding a report into its events: ``leads`` (summary sections, a lead that
sums up what the body tells) and ``elaboration`` (clauses that come back to a report's main event).
"""
from __future__ import annotations

import dataclasses

from ... import docindex
from ...link import km
from .fatalities import conservative

SAME_PLACE_KM = 10.0


def location_km(a, b) -> float:
    """Kilometres between two located Locations."""
    return km(a.latitude, a.longitude, b.latitude, b.longitude)


def same_place(a, b) -> bool:
    """Both located at the same place: the same GeoNames id ("north of Goma" and "Goma" are one
    event's place, told twice), or two towns within 10 km."""
    if a is None or b is None:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.geo_precision != b.geo_precision:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return a.geo_precision == 1 and location_km(a, b) <= SAME_PLACE_KM


def same_event(a, b) -> bool:
    return (a.status == b.status == "reported"
            and (a.event_type, a.sub_event_type) == (b.event_type, b.sub_event_type)
            and a.date == b.date and a.date_end == b.date_end
            and same_place(a.location, b.location))


def _fold(first, others):
    group = [first] + others
    pool = lambda attr: tuple(dict.fromkeys(x for e in group for x in getattr(e, attr)))
    alike = [e for e in others if e.sub_event_type == first.sub_event_type]  # a missing actor only from a telling
    # of the same sub-type: a peaceful protest takes no police from the lead's "protesters were rounded up"
    return dataclasses.replace(
        first, evidence=pool("evidence"), claim_ids=pool("claim_ids"), quote_ids=pool("quote_ids"),
        fatalities=conservative(e.fatalities for e in group), injured=conservative(e.injured for e in group),
        arrested=conservative(e.arrested for e in group),
        actor1=first.actor1 or next((e.actor1 for e in alike if e.actor1), None),
        actor2=first.actor2 or next((e.actor2 for e in alike if e.actor2), None),
        confidence=max(e.confidence for e in group))


def country_only(ev) -> bool:
    loc = ev.location
    return loc is not None and loc.geo_precision == 3 and loc.admin1 is None


def placed_countries(events: list) -> set:
    """Countries in which some reported event is placed more precisely than the whole country."""
    return {e.location.country for e in events
            if e.status == "reported" and e.location is not None and not country_only(e)}


def countrywide(doc, events: list) -> set:
    """Ids of the events told for a whole country: placed only at the country, with a death toll
    of their own, and no place name (resolved or not) in their evidence ("the crackdown has
    killed at least 300 people"). A toll by a village the gazetteer lacks is a local event."""
    out = set()
    for e in events:
        if e.fatalities and country_only(e) and not any(
                ent.label_ in PLACE_LABELS for sp in e.evidence for ent in docindex.ents_within(doc.char_span(
                    sp.start, sp.end, alignment_mode="expand"))):
            out.add(e.id)
    return out


PLACE_LABELS = {"GPE", "LOC", "FAC"}


def typed_places(doc, events: list) -> set:
    """Ids of the events placed at a place the gazetteer lacks, named as written, that the text itself
    types as a place ("gunmen killed four farmers in Tumbalaga village"; ``written.typed_as_place``) with
    no anchor closer than the country: their own event, not a comment on the others (CODEBOOK,
    Precision: 3 when only the region or country is known). A name the text does not type as a place, or
    that the NER calls a person's or an organisation's, stays a comment."""
    from ...geo.written import typed_as_place
    text = docindex.text(doc)
    out = set()
    for e in events:
        if not (e.status == "reported" and country_only(e) and e.location.geonameid is None):
            continue
        name = e.location.name
        if not any(name in text[sp.start:sp.end] or name.upper() in text[sp.start:sp.end] for sp in e.evidence):
            continue                       # its clause names no place: a comment on the report's events
        if any(o.id != e.id and o.status == "reported" and o.event_type == e.event_type and o.date == e.date
               and o.location is not None and o.location.name == name for o in events):
            continue                       # the same happening told as another sub-type at that place
        if typed_as_place(doc, name):
            out.add(e.id)
    return out


def consolidate(events: list, claims: list, quotes: list, keep: frozenset = frozenset()) -> tuple:
    """Events with same-event clauses folded into the first, and claims/quotes pointing at it.
    ``keep``: ids of country-wide events (``countrywide``) that are no comment on the others."""
    placed = placed_countries(events)
    drop = {e.id for e in events if e.status == "reported" and country_only(e) and e.location.country in placed
            and e.id not in keep}
    if drop:
        unlink = lambda x: dataclasses.replace(x, event_id=None) if x.event_id in drop else x
        events = [e for e in events if e.id not in drop]
        claims, quotes = [unlink(c) for c in claims], [unlink(q) for q in quotes]
    kept, into = [], {}
    for ev in events:
        target = next((k for k in kept if same_event(k, ev)), None)
        if target is None:
            kept.append(ev)
        else:
            into[ev.id] = target.id
    if not into:
        return list(events), list(claims), list(quotes)
    groups = {k.id: [e for e in events if into.get(e.id) == k.id] for k in kept}
    merged = [_fold(k, groups[k.id]) if groups[k.id] else k for k in kept]
    relink = lambda x: dataclasses.replace(x, event_id=into[x.event_id]) if x.event_id in into else x
    return merged, [relink(c) for c in claims], [relink(q) for q in quotes]


NEAR_KM = 15.0


def _near(a, b) -> bool:
    """Two event locations that are one scene: the same place, a neighbourhood of the town (within
    15 km), or the province that holds the town."""
    if a is None or b is None:
        return True
    if a.geonameid != b.geonameid and a.geo_precision == b.geo_precision == 1:
        return False  # two towns, however close (Khartoum and Omdurman)
    if (a.geonameid is not None and a.geonameid == b.geonameid) or a.name.lower() == b.name.lower():
        return True
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        if location_km(a, b) <= NEAR_KM:
            return True
    region = lambda x, y: x.geo_precision == 3 and x.admin1 and x.admin1 == y.admin1 and x.country == y.country
    return bool(region(a, b) or region(b, a))


# The Protests sub-types by the force the demonstrators met (CODEBOOK 3): none, dispersal or arrests,
# lethal force or serious injury.
PROTEST_FORCE = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


# Signal classes that tell force used on demonstrators (vigil/data/events.yaml): arrests alone do not (an
# organiser arrested before dawn is another act, CODEBOOK 8).
FORCE_CLASSES = frozenset({"intervention", "lethal"})


def with_force(main, e, d=None):
    """Protest ``main`` with the force that ``e``, another telling of it, says its demonstrators met,
    when that is the greater (main itself otherwise): a march told first, then "Police fired tear gas to
    disperse the marchers" in a paragraph of its own, is one protest met by intervention, not a peaceful
    one (CODEBOOK 3: the sub-type is what happened to the demonstrators, told anywhere in the report).
    The protest keeps its demonstrators; e names the state that met them (actor2; for excessive force the
    state is the doer, actor1, and the demonstrators actor2). ``d``, e's draft: its words must tell force
    (``FORCE_CLASSES``), not only arrests."""
    if PROTEST_FORCE.get(e.sub_event_type, -1) <= PROTEST_FORCE.get(main.sub_event_type, 2):
        return main
    if d is not None and not FORCE_CLASSES & {s[0] for s in d.signals}:
        return main
    if e.sub_event_type == "Excessive force against protesters":
        actor1, actor2 = e.actor1 or main.actor2, main.actor1 or e.actor2
    else:
        actor1, actor2 = main.actor1 or e.actor1, main.actor2 or e.actor2
    fe = main.field_evidence
    if fe is not None and e.field_evidence is not None:
        fe = dataclasses.replace(fe, sub_event_type=e.field_evidence.sub_event_type)
    return dataclasses.replace(main, sub_event_type=e.sub_event_type, plover=e.plover, actor1=actor1,
                               actor2=actor2, field_evidence=fe)
