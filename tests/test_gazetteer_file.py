"""The gazetteer's cache file gives back exactly what a fresh build holds.

A build made here (towns, divisions and countries with shared, accented and missing names)
is written to a cache file and read back through the memory map; every column, table and
name lookup must equal the freshly built gazetteer's.
"""
import math
import pickle

import pytest

from vigil.geo import cachefile
from vigil.geo import gazetteer as gz
from vigil.geo import geonames

TOWNS = ["Springfield", "San José", "Ḑāli‘", "Qal'at Bishah", "Al Qamishli", "Nassij", "Shajarah",
         "Santa Cruz de la Sierra", "Alexandria", "Kafr Nassij", "Ürümqi", "Québec", "Lagos"]


def _build():
    b = geonames._Builder()
    for n in range(3000):                           # many homonyms: names shared by up to 230 towns
        town = TOWNS[n % len(TOWNS)]
        cc = ["US", "MX", "EG", "NG", "SY", "IR"][n % 6]
        i = b.add(1000 + n, town, (n % 170) - 85.0, (n % 350) - 175.0, cc, f"{cc}.{n % 7:02d}", n * 37, gz.CITY)
        b.name_it(i, town, False)
        b.name_it(i, f"{town} {n}", True)           # one name of its own
        if n % 11 == 0:
            b.name_it(i, "Old " + town, True)
    i = b.add(0, "Nowhere", None, None, "", "", 0, gz.REGION)       # no coordinates
    b.name_it(i, "Nowhere", False)
    j = b.add(77, "Ontario", 49.25, -84.5, "CA", "CA.08", 13_000_000, gz.ADMIN1)
    b.name_it(j, "Ontario Province", False)
    return b.finish(dict(admin1={"CA.08": j}, country={}, demonym={"ontarian": j},
                         adm_english={"CA.08": "Ontario"}, adm_kind={"CA.08": "province"},
                         capitals=frozenset({5, 9})))


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    data = _build()
    path = gz.cache_path(str(tmp_path_factory.mktemp("gaz")))
    gz._write(path, data)
    return gz.Gazetteer(data), gz.Gazetteer.from_file(path)


def _same(a, b):
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


def test_every_column_and_table_reads_back_as_built(both):
    built, read = both
    assert read is not None and read.path and len(read) == len(built) == 3002
    for col in gz.Gazetteer.COLUMNS:
        a, b = list(getattr(built, col)), list(getattr(read, col))
        assert len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b)), col
    for table in gz.Gazetteer.TABLES:
        assert getattr(read, table) == getattr(built, table), table
    assert isinstance(read.capitals, frozenset) and read.name[2] == "Ḑāli‘" and read.name[-1] == "Ontario"
    assert read.name[-3:] == built.name[-3:]


def test_every_name_finds_the_same_candidates(both):
    built, read = both
    assert len(read.index) == len(built.index) > 3000
    for key in built.index:
        assert read._codes(key) == built._codes(key), key
    for text in ["Springfield", "San Jose", "As Samawah", "Kafr Nasij", "Shajara", "Old Lagos", "Urumqi",
                 "Ontario Province", "Xqzzyville", "", "Springfield 2999", "Springfield 3000"]:
        assert read.lookup(text) == built.lookup(text), text
    assert len(read.lookup("Springfield")) == geonames.MAX_CANDIDATES and read.lookup("Xqzzyville") == ()


def test_a_name_absent_from_the_index_is_not_found_even_when_its_slot_is_taken():
    keys = [f"town {n}" for n in range(500)]
    raw = [k.encode() for k in keys]
    slots = cachefile.hash_slots(raw)
    assert len(slots) == 1024 and sum(1 for s in slots if s) == 500
    blob = b"".join(raw)
    ends, end = [], 0
    for r in raw:
        end += len(r)
        ends.append(end)
    index = cachefile.HashIndex(cachefile.Strings(blob, 0, ends), list(range(500)), slots)
    assert [index.get(k) for k in keys] == list(range(500))
    assert index.get("town 500") is None and index.get("town") is None and "town 7" in index
    with pytest.raises(KeyError):
        index["village 1"]


def test_a_file_backed_gazetteer_pickles_as_its_path(both):
    _, read = both
    again = pickle.loads(pickle.dumps(read))
    assert again.path == read.path and again.lookup("Québec") == read.lookup("Québec")


@pytest.mark.parametrize("damage", ["truncate", "version", "garbage"])
def test_a_damaged_or_foreign_file_reads_as_none(tmp_path, damage):
    path = gz.cache_path(str(tmp_path))
    gz._write(path, _build())
    raw = open(path, "rb").read()
    if damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "version":
        raw = raw.replace(b'"version": %d' % gz.FORMAT_VERSION, b'"version": %d' % (gz.FORMAT_VERSION - 1))
    else:
        raw = b"not a gazetteer" + raw[15:]
    with open(path, "wb") as f:
        f.write(raw)
    assert gz.Gazetteer.from_file(path) is None
