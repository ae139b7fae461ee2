"""Event locations: where a clause's event happened, with ACLED's geo_precision.

1 the named town (or its outskirts); 2 near a town ("near Khoy", "Cuauhtemoc municipality"), a second-level
division ("Morris County") or an unknown village listed with its area; 3 only the first-level
division (its centre), a region from the hand table ("the Sahel") or only the country (its
centre). The place is the one the clause names ("In Isfahan, ..."; "a poster of him in
Tabriz"), else the nearest place before it in the same paragraph, else the report's
dateline, else the focus country; never a place that is only an adjective ("Iranian") or
part of an organisation's name ("Tehran University"). "The town" in the sentence that tells the
event is the place the report was at, whatever a later sentence of the clause names ("Troops retook
the town. A rebel spokesman in Idlib said ..."), and never where a speaker is ("a spokesman for the
command in X said"); a heading's place ("Air strikes in Paktika") is the
event's only when the sentences below it name none. A road named by its ends ("the road between A
and B") is where it happened; its ends give way to a place named beside it ("..., near the village
of C"). A region no country holds ("Latin America") and a dateline abroad ("DUBAI, Jan 30 -" over
a report on Iran) are never the event's place: it is then the focus country's. Within the clause,
a place written as
where ("in X", "the village of X", "the port of X") comes first; a place that only says where
another one lies ("San Fernando, south of Chaguanas") or that belongs to a participle
describing a noun ("rules agreed in Brussels") comes last.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from .. import docindex
from ..model import Location, Place
from . import anchor
from .features import PART_OF_AFTER
from .gazetteer import Gazetteer

LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|across|throughout|near|outside|around|into|between|through)\s+(?:the\s+)?$",
                             re.I)
NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|outskirts of|close to|vicinity of|(?:km|kms|kilometers|kilometres|miles) "
    r"(?:from|of|outside)|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? "
    r"(?:of|part of)|parts? of|areas? of|suburbs? of|countryside of)\s+(?:the\s+)?$", re.I)
NEAR_AFTER = re.compile(r"^\s+(?:municipality|district|county|area|region|outskirts|suburbs?|countryside|"
                        r"vicinity|environs|surroundings)\b", re.I)
NAME_LABELS = {"ORG", "NORP", "PRODUCT", "EVENT", "LAW", "PERSON"}   # a FAC's place is where it is
FEATURE_OF = re.compile(r"\b(?:village|town|city|port|hamlet|township|settlement|commune)\s+of\s+$", re.I)
# "X, south of Y", "X, a short drive north of Y", "X, near Y": Y only says where X lies
REFERENCE_BEFORE = re.compile(
    r"[\w.)],\s+(?:(?:a|about|some|just|short|drive|few|\d+|km|kms|kilometres|kilometers|miles)\s+){0,4}"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to|not\s+far\s+from)"
    r"\s+(?:the\s+)?$", re.I)
# "Diema, a town on the main road between Bamako and the region of Kayes": an apposition that says
# what a place is names others only to say where it lies
APPOSITION_BEFORE = re.compile(
    r"[\w.)],\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|township|"
    r"suburb|capital|port|camp|community|locality)\s+(?:[\w'’-]+\s+){0,12}?(?:of|in|near|between|from|on|and|to|"
    r"outside|north|south|east|west)\s+(?:the\s+)?$", re.I)
MODIFIER_DEPS = ("acl",)     # a participle after a noun; a relative clause often tells the event itself
LISTED_BEFORE = re.compile(r"[A-Za-z][\w'’.-]*\s*(?:\(|,)\s*$")
# "soldiers left the village of X and drove towards Y town": Y is where they headed, not where it happened
TOWARDS_BEFORE = re.compile(r"\btowards?\s+(?:the\s+)?$", re.I)
# the named town's outskirts are the town (CODEBOOK, Precision: "1 the named town (or its outskirts)")
OUTSKIRTS = re.compile(r"\boutskirts\s+of\s+(?:the\s+)?$", re.I)
OUTSKIRTS_AFTER = re.compile(r"^(?:'s|’s)?\s+outskirts\b", re.I)
PRECISION = {"city": 1, "admin2": 2, "other": 2, "region": 3, "admin1": 3, "country": 3}
FEATURE_RANK = {"city": 2.0, "admin2": 1.5, "other": 1.0, "region": 1.0, "admin1": 1.0,
                "country": -3.0}   # a country only when alone


def event_location(doc, places: list, start: int, end: int, gaz: Gazetteer,
                   focus_country: Optional[str], known_only: bool = False, spans: tuple = (),
                   forces: tuple = ()) -> Optional[Location]:
    """The Location of the event told in ``doc.text[start:end]``, or None if nothing fits.
    An unknown place the text says nothing of where it lies takes the coordinates the event
    would have had without it (``known_only``: only the places the gazetteer knows). ``spans``,
    when given, are the (start, end) sentences of the event's own text within it: a place in a
    sentence between them tells another event ("... stepped on a landmine. [The army denies laying
    mines across Sagaing.] The mine had been laid ..."). ``forces``: (country, start, end) of the state
    forces the report names by their country ("US forces", "Burkina Faso's army"): that country's name
    says whose forces acted, not where (CODEBOOK actor codes: 8 external forces), as a demonym does."""
    loc = _event_location(doc, places, start, end, gaz, focus_country, known_only, spans, forces)
    if loc is None or known_only or loc.geonameid is not None or loc.start not in _index(
            doc, places, gaz, focus_country, forces=forces).unknown.adrift:
        return loc.location if loc is not None else None
    known = event_location(doc, places, start, end, gaz, focus_country, known_only=True, spans=spans, forces=forces)
    if known is None or known.geo_precision == 1 and loc.start in _index(
            doc, places, gaz, focus_country, forces=forces).unknown.parts:
        return known                          # "the Mbare suburb" of the town the report is at: that town
    return dataclasses.replace(known, name=loc.location.name, geonameid=None,
                               geo_precision=max(2, known.geo_precision))


@dataclasses.dataclass
class _Found:
    location: Location
    start: int = -1
    geonameid: Optional[int] = None


def _event_location(doc, places: list, start: int, end: int, gaz: Gazetteer, focus_country: Optional[str],
                    known_only: bool = False, spans: tuple = (), forces: tuple = ()) -> Optional[_Found]:
    text = docindex.text(doc)
    idx = _index(doc, places, gaz, focus_country, known_only, forces)
    inside = idx.between(start, end)
    inside = [p for p in inside if p.end <= end and (not spans or any(s <= p.start and p.end <= e for s, e in spans))]
    filed = idx.dateline
    if filed is not None and focus_country and filed.country and filed.country != focus_country:
        filed = None        # "DUBAI, Jan 30 - ... in Iranian cities": filed from abroad, not where it happened
    wide = [p for p in inside if focus_country and _across_countries(p)]   # "across the Sahel": in the country
    inside = [p for p in inside if p not in wide and (p is not idx.dateline or filed is not None)]
    named = [p for p in inside if p.feature != "country" or LOCATIVE_BEFORE.search(text[max(0, p.start - 40):p.start])]
    told = [p for p in named if not _in_heading(text, p)]
    named = told or named      # "Air strikes in Paktika" over "... struck villages in Barmal district": a title
    first = spans[0][1] if spans else end
    if named and all(p.start >= first for p in named) and THE_PLACE.search(text, start, min(first, end)):
        back = idx.last_before(start, doc)   # "Troops retook the town. ... in X": the town the report was at
        if back is not None:
            return _Found(_location(text, back), back.start, back.geonameid)
    if named:
        p = max(named, key=lambda p: (_rank(text, p, idx, gaz)
                                      - (len(named) > 1 and _describes_noun(doc, p, start)), -p.start))
        return _Found(_location(text, p, gaz), p.start, p.geonameid)
    # a country named only as a modifier ("Sudan's health ministry said") gives way to the place
    # the paragraph was already at; "the town" is the one the report was last at; failing that,
    # it is the event's country
    p = None if wide else idx.preceding(doc, start) or (
        THE_PLACE.search(text, start, end) and idx.last_before(start, doc)) \
        or _body_scene(doc, idx, filed, start) or filed or idx.following(doc, end) \
        or idx.following(doc, end, cued=False) or (inside and max(inside, key=lambda p: (_rank(text, p, idx), -p.start)))
    if p and not (focus_country and _across_countries(p)) and (p is not idx.dateline or filed is not None):
        return _Found(_location(text, p), p.start, p.geonameid)
    loc = country_location(gaz, focus_country)
    return _Found(loc, -1, loc.geonameid) if loc is not None else None


def _body_scene(doc, idx, filed: Optional[Place], start: int) -> Optional[Place]:
    """The scene a report's body was last at, for a clause below its datelined lead that names no
    place in its paragraph ("The attackers rode into X ... [new paragraph] Police said 17 people had
    been abducted"): the last place named after the lead, not the dateline, which says only where the
    report was filed; in the dateline's country (a place abroad, or a brand name misread as a place,
    is no scene of the report). None for a clause of the lead itself, or when the body names
    no such place before it."""
    if filed is None:
        return None
    text = docindex.text(doc)
    lead = text.find("\n", filed.end)
    if lead < 0 or start <= lead:
        return None
    p = idx.last_before(start, doc)
    return p if p is not None and p.start > lead and p.country == filed.country else None


HEADING_MAX_WORDS = 10
SENTENCE_END = re.compile(r"[.!?:;\"”’')]\s*$")


def _across_countries(p: Place) -> bool:
    """A region no country holds ("Latin America", "the Sahel"): it places an event in no country, so
    the event is the focus country's, at its centre (precision 3, as the region would be); with no
    focus country the region stands."""
    return p.feature == "region" and not p.country


def _in_heading(text: str, p: Place) -> bool:
    """Is p in a heading: a short line of its own, no sentence, that titles the text below it
    ("Cross-border air strikes in Paktika")?"""
    a, b = text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end)
    if b < 0:
        return False
    line = text[a:b].strip()
    return 0 < len(line.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(line) \
        and bool(text[b:b + 200].strip())


# "the city", "the town's main square", "the village": the place the report was last at
THE_PLACE = re.compile(r"\bthe\s+(?:city|town|village|hamlet|camp|settlement|township)(?:'s|’s)?\b(?!\s+of\b)", re.I)


class _Usable:
    """The places an event may be located at (coordinates known, ``_locatable``), in text order,
    with what the lookups need precomputed: built once per document, so that locating every
    event costs bisections rather than a walk over every place and entity."""

    def __init__(self, doc, places: list, gaz: Gazetteer, focus: Optional[str] = None, known_only: bool = False,
                 forces: tuple = ()):
        text = docindex.text(doc)
        self.places, self.forces = places, forces
        ordered = places if all(a.start <= b.start for a, b in zip(places, places[1:])) \
            else sorted(places, key=lambda p: p.start)
        known = [p for p in places if p.latitude is not None and _locatable(doc, p, gaz, ordered)
                 and not (p.feature == "country" and any(s <= p.start < e for _, s, e in forces))]  # "US forces"
        self.unknown = anchor.Unknown(known) if known_only else anchor.with_unknown(doc, ordered, known, gaz, focus)
        self.usable, self.anchors = self.unknown.usable, self.unknown.anchors
        self.dateline = _dateline(text, self.usable)
        self.starts = [p.start for p in self.usable]
        n = len(self.usable)
        # a place that only says where another lies is never the one the report was at
        other = [p.feature != "country" and p.start not in self.anchors for p in self.usable]
        cued = [o and (p.feature in anchor.UNKNOWN or bool(LOCATIVE_BEFORE.search(text[max(0, p.start - 40):p.start]))
                       or bool(FEATURE_OF.search(text[max(0, p.start - 40):p.start])))   # "the town of X"
                for o, p in zip(other, self.usable)]
        # for each k: the last cued / any non-country place at or before k, the first after
        self.last_cued, self.last_other = [-1] * n, [-1] * n
        self.next_cued, self.next_other = [n] * (n + 1), [n] * (n + 1)
        lc = lo = -1
        for k in range(n):
            lc, lo = (k if cued[k] else lc), (k if other[k] else lo)
            self.last_cued[k], self.last_other[k] = lc, lo
        for k in range(n - 1, -1, -1):
            self.next_cued[k] = k if cued[k] else self.next_cued[k + 1]
            self.next_other[k] = k if other[k] else self.next_other[k + 1]

    def between(self, lo: int, hi: int) -> list:
        """The usable places starting in [lo, hi)."""
        return self.usable[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def preceding(self, doc, start: int) -> Optional[Place]:
        """The nearest non-country place before ``start`` in the same paragraph, preferring one
        written as where something happened ("in Cuauhtemoc, Chihuahua, ..." -> Cuauhtemoc)."""
        para = docindex.last_before(docindex.positions(doc, "\n"), start) + 1
        k = bisect.bisect_left(self.starts, start) - 1
        if k < 0:
            return None
        for j in (self.last_cued[k], self.last_other[k]):
            if j >= 0 and self.usable[j].start >= para:
                return self.usable[j]
        return None

    def last_before(self, start: int, doc=None) -> Optional[Place]:
        """The last place before ``start`` that is neither a country nor a first-level division, nor
        where a speaker is ("A spokesman for the command in X said ...": the town is not X)."""
        for p in reversed(self.usable[:bisect.bisect_left(self.starts, start)]):
            if p.feature not in ("country", "admin1", "region") and p.start not in self.anchors \
                    and (doc is None or not _of_a_teller(doc, p)):
                return p
        return None

    def following(self, doc, end: int, cued: bool = True) -> Optional[Place]:
        """A place the same sentence names after the clause ("..., police said in Tabriz");
        with ``cued`` False, any (but a country) it names ("... in the third district of Herat city")."""
        ends = [i for i in (docindex.first_from(docindex.positions(doc, ". "), end),
                            docindex.first_from(docindex.positions(doc, "\n"), end)) if i >= 0]
        stop = min(ends or [len(docindex.text(doc))])
        k = bisect.bisect_left(self.starts, end)
        j = (self.next_cued if cued else self.next_other)[k]
        return self.usable[j] if j < len(self.usable) and self.usable[j].start < stop else None


def _index(doc, places: list, gaz: Gazetteer, focus: Optional[str] = None, known_only: bool = False,
           forces: tuple = ()) -> _Usable:
    """The document's _Usable for this list of places and forces named by country, built on first use."""
    key = "vigil_known_places" if known_only else "vigil_usable_places"
    idx = doc.user_data.get(key)
    if idx is None or idx.places is not places or idx.forces != forces:
        idx = doc.user_data[key] = _Usable(doc, places, gaz, focus, known_only, forces)
    return idx


def written_places(doc, places: list, gaz: Gazetteer, focus: Optional[str], forces: tuple = ()) -> list:
    """The known places the event locator reads in the text besides ``places``: names the recognizer
    passed over that are written as where ("between Contulmo and Cañete"; anchor.with_unknown)."""
    idx = _index(doc, places, gaz, focus, forces=forces)
    given = {p.start for p in places}
    return [p for p in idx.usable if p.start not in given and p.feature not in anchor.UNKNOWN]


def country_location(gaz: Gazetteer, cc: Optional[str]) -> Optional[Location]:
    """A country-only location: its centre, precision 3."""
    i = gaz.country_entry(cc)
    if i is None or gaz.lat[i] != gaz.lat[i]:
        return None
    return Location(name=gaz.name[i], geonameid=gaz.gid[i] or None, latitude=round(gaz.lat[i], 5),
                    longitude=round(gaz.lon[i], 5), admin1=None, country=cc, geo_precision=3)


def _locatable(doc, p: Place, gaz: Gazetteer, places: tuple = ()) -> bool:
    """Not an adjective of place, and not inside a longer non-place name (``places``: every place
    of the document, sorted by start); an entity with an unclosed bracket is the tagger's slip
    over an address ("the village of X (Dori, Seno)"), no name."""
    from .names import norm
    if norm(p.name) in gaz.demonym and p.feature != "city":
        return False
    ent = docindex.ent_around(doc, p.start, p.end)
    if ent is not None and ent.label_ in NAME_LABELS and (ent.end_char - ent.start_char) > (p.end - p.start) + 4 \
            and ent.text.count("(") == ent.text.count(")") \
            and not _all_places(docindex.text(doc), ent, places):   # "Tiabongou (Dori, Seno" is no name
        return False
    return True


def _all_places(text: str, ent, places: list) -> bool:
    """Is the entity only place names and punctuation ("Santa Fe, Ocotepeque" tagged ORG)?
    ``places`` are sorted by start."""
    rest = list(text[ent.start_char:ent.end_char])
    for q in places[bisect.bisect_left(places, ent.start_char, key=lambda q: q.start):]:
        if q.start >= ent.end_char:
            break
        if q.end <= ent.end_char:
            rest[q.start - ent.start_char:q.end - ent.start_char] = " " * (q.end - q.start)
    return not any(ch.isalnum() for ch in "".join(rest))


def _rank(text: str, p: Place, idx: Optional[_Usable] = None, gaz: Optional[Gazetteer] = None) -> float:
    """How surely the clause's event happened at p: a locative word before it, its kind."""
    places = idx.usable if idx is not None else ()
    before = text[max(0, p.start - 40):p.start]
    ref = REFERENCE_BEFORE.search(text[max(0, p.start - 60):p.start])
    ref = ref and (max(0, p.start - 60), ref) or (max(0, p.start - 140), APPOSITION_BEFORE.search(text[max(0, p.start - 140):p.start]))
    road = text[max(0, p.start - 140):p.start]
    if (ref[1] and _town_ends_at(places, ref[0] + ref[1].start() + 1)
            or idx is not None and p.start in idx.anchors) and not BESIDE_ROAD.search(road):
        return -2.0 + FEATURE_RANK.get(p.feature, 0.0)      # a landmark for the place before it
    if p.feature in anchor.UNKNOWN:                       # written as a place: "the village of Tilwa"; an
        rank = 1.9 if p.start in idx.unknown.divisions else 2.0 + FEATURE_RANK["admin2"]   # unknown district < a town
        return rank - (2.0 if TOWARDS_BEFORE.search(before) else 0.0)   # "drove towards Minbya town": where
                                                                          # they headed, not where it happened
    if idx is not None and p is idx.dateline:
        return -1.0 + FEATURE_RANK.get(p.feature, 0.0)      # where the report was filed, not where it happened
    cue = 2.0 if LOCATIVE_BEFORE.search(before) or NEAR_BEFORE.search(before) or FEATURE_OF.search(before) else 0.0
    if ROAD_END.search(road):
        cue -= ROAD_END_DROP     # "on the road between Bamenda and Bali, near the Bali junction": the ends mark the road
    part = -3.0 if PART_OF_AFTER.match(text[p.end:p.end + 60]) else 0.0   # "Gota area of Ahmedabad"
    after = DISTRICT_OF.match(text[p.end:p.end + 40])
    if after and _town_starts_at(places, p.end + after.end()) and not (gaz and _is_district(gaz, p)):
        part = -3.0          # "the Villeneuve district of Grenoble": a part of the town (no district so named)
    return cue + part + FEATURE_RANK.get(_feature(text, p), 0.0)


# A road named by its ends ("the road between A and B", "the highway that links A with B"): the ends
# only say which road; a place the clause names beside it ("..., near the village of C") is where it
# happened, and is no landmark of the second end
_ROAD = r"\b(?:road|highway|route|motorway|railway|rail\s+line|track|trail)s?\s+" \
        r"(?:between|from|linking|connecting|joining|(?:that|which)\s+(?:links|connects|joins))\s+(?:the\s+)?"
_END = r"(?:(?:town|city|village)\s+of\s+)?"
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
ROAD_END = re.compile(rf"{_ROAD}{_END}(?:{_NAME}\s+(?:and|with|to)\s+(?:the\s+)?{_END})?$")
BESIDE_ROAD = re.compile(rf"{_ROAD}{_END}{_NAME}\s+(?:and|with|to)\s+(?:the\s+)?{_END}{_NAME},\s+(?:near|outside|"
                         r"close\s+to|not\s+far\s+from)\s+(?:the\s+)?(?:(?:town|city|village|hamlet)\s+of\s+)?$")
ROAD_END_DROP = 1.5


# "In Hodeidah province": a name the gazetteer holds as a town, written as its province
PROVINCE_AFTER = re.compile(r"^\s+(?:province|governorate|oblast|state|region)\b(?!\s+(?:of|capital)\b)", re.I)

PROVINCE_END = re.compile(r"\s(?:province|governorate|oblast|state|region)$", re.I)


def _feature(text: str, p: Place) -> str:
    """p's kind as the text writes it: a town followed by "province" is the province."""
    return "admin1" if p.feature == "city" and (PROVINCE_AFTER.match(text[p.end:p.end + 30])
                                                or PROVINCE_END.search(p.name)) else p.feature


DISTRICT_OF = re.compile(r"^\s+(?:district|districts|township)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?", re.I)


def _is_district(gaz: Gazetteer, p: Place) -> bool:
    """Does the gazetteer know a second-level division of p's name in p's division ("Rueso")?"""
    from .gazetteer import ADMIN2
    from .names import spelling_of
    return any(gaz.kind[c // 4] == ADMIN2 and gaz.cc[c // 4] == p.country and p.admin1
               and spelling_of(p.admin1, gaz.admin1_name(c // 4) or "") for c in gaz.lookup(p.name))


def _town_ends_at(places: list, end: int) -> bool:
    return any(q.end == end and q.feature in ("city",) + anchor.UNKNOWN for q in places)


def _town_starts_at(places: list, start: int) -> bool:
    return any(q.start == start and q.feature == "city" for q in places)


SAYING = {"say", "tell", "claim", "add", "report", "announce", "state", "confirm", "accuse", "deny", "allege"}
NOUN_PHRASE_DEPS = ("pobj", "prep", "compound", "poss", "appos", "conj", "nmod", "amod", "npadvmod")


def _of_a_teller(doc, p: Place) -> bool:
    """Is p inside the subject of a verb of saying ("A spokesman for the Fano command in South Gondar
    said ...", "Officials in Kaduna said ...")? It says where the teller is."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    for _ in range(10):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SAYING:
            return True
        if t.head.i == t.i or t.dep_ not in NOUN_PHRASE_DEPS:
            return False
        t = t.head
    return False


def _describes_noun(doc, p: Place, start: int) -> float:
    """2 when p sits in a participle clause that describes a noun ("new rules agreed in Brussels",
    "a law passed in Tehran") rather than in the clause of the event, else 0."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return 0.0
    t = span.root
    while t.head.i != t.i and t.head.idx >= start:
        if t.dep_ in MODIFIER_DEPS:
            return 2.0
        t = t.head
    return 0.0


def filed_at(doc, places: list) -> Optional[Place]:
    """``_dateline`` of the document's text and ``places``, worked out once per document and list
    of places (the lead folds and the elaborations each ask for it)."""
    held = doc.user_data.get("vigil_dateline")
    if held is None or held[0] is not places or held[1] != len(places):
        held = doc.user_data["vigil_dateline"] = (places, len(places), _dateline(docindex.text(doc), places))
    return held[2]


def _dateline(text: str, places: list) -> Optional[Place]:
    """A place opening the report ("WASHINGTON (AP) --", "Tehran, Dec 3 -")."""
    for p in places:
        if p.start > 60:
            break
        line_start = text.rfind("\n", 0, p.start) + 1
        if not text[line_start:p.start].strip() and re.match(r"^\s*(?:,|\(|—|–|-|:)", text[p.end:p.end + 3]):
            return p if p.feature != "country" else None
    return None


def _location(text: str, p: Place, gaz: Optional[Gazetteer] = None) -> Location:
    if p.feature in anchor.UNKNOWN:
        return Location(name=display_name(p.name), geonameid=None, latitude=p.latitude, longitude=p.longitude,
                        admin1=p.admin1, country=p.country, geo_precision=anchor.UNKNOWN.index(p.feature) + 1)
    precision = PRECISION.get(_feature(text, p), 2)
    if precision == 2 and p.feature == "admin2" and gaz is not None and _a_town(gaz, text, p):
        precision = 1                     # "in Durán": the canton is the town at its centre
    before = text[max(0, p.start - 40):p.start]
    if precision == 1 and not OUTSKIRTS.search(before) and not OUTSKIRTS_AFTER.match(text[p.end:p.end + 30]) \
            and (NEAR_BEFORE.search(before) or NEAR_AFTER.match(text[p.end:p.end + 30]) or LISTED_BEFORE.search(before)):
        precision = 2                     # near it, or the area an unknown village lies in
    return Location(name=display_name(p.name), geonameid=p.geonameid, latitude=p.latitude,
                    longitude=p.longitude, admin1=p.admin1, country=p.country, geo_precision=precision)


TOWN_KM = 2.0


def _a_town(gaz: Gazetteer, text: str, p: Place) -> bool:
    """Is the second-level division p, written bare ("in Durán", not "Durán canton"), one with a
    town of its name at its centre (a canton that is its seat's town)? The named town then."""
    from .gazetteer import CITY
    if DIVISION_OF.search(p.name) or anchor.DIVISION_AFTER.match(text[p.end:p.end + 30]) \
            or p.latitude is None:
        return False
    for c in gaz.lookup(p.name):
        i = c // 4
        if gaz.kind[i] == CITY and gaz.cc[i] == p.country and abs(gaz.lat[i] - p.latitude) * 111 < TOWN_KM \
                and abs(gaz.lon[i] - p.longitude) * 111 < TOWN_KM:
            return True
    return False


DIVISION_OF = re.compile(r"\b(?:district|county|canton|municipality|department|prefecture|province|region)\b", re.I)


def display_name(surface: str) -> str:
    """The place as the text names it, but a dateline's capitals set in title case ("DHAKA")."""
    return surface.title() if surface.isupper() and len(surface) > 3 else surface
