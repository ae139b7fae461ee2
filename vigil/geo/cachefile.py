"""The gazetteer's cache file: flat columns read in place through a memory map.

Unpickling the index cost about a second and a half: 700,000 name keys and 270,000 entry
names become Python objects one by one. This file stores them as bytes the loader never
decodes in bulk, so loading is opening the file and reading a small header:

* numeric columns (``array`` type codes "q", "d", "B", ...) are memoryviews over the map;
* string columns are one UTF-8 blob plus offsets, decoded one item when asked for
  (``Strings``), or, for short repeated values such as country codes, a table of the
  distinct values and one code per row, expanded into a list at load (``tables``);
* the name index is an open-addressing hash table (CRC-32 of the UTF-8 key, linear probing,
  at most half full) over a key blob: ``HashIndex.get(key)`` probes once or twice;
* small dicts go in the JSON header.

Layout: ``MAGIC``, the header length (8 bytes, little-endian), the JSON header, then the
sections, each 8-byte aligned. A file that is short, of another version or byte order, or
otherwise unreadable reads as None, and the caller rebuilds it.
"""
from __future__ import annotations

import json
import mmap
import sys
import zlib
from array import array
from collections.abc import Sequence
from typing import Optional

MAGIC = b"VIGILGAZ"


class Strings(Sequence):
    """A read-only list of strings stored as one UTF-8 blob and end offsets."""

    def __init__(self, buf, start: int, ends):
        self._buf, self._start, self._ends = buf, start, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        a = self._ends[i - 1] if i else 0
        return self._buf[self._start + a:self._start + self._ends[i]].decode("utf-8")


class HashIndex:
    """A read-only str -> int map: keys as ``Strings`` positions, found through a hash table."""

    def __init__(self, keys: Strings, values, slots):
        self._keys, self._values, self._slots = keys, values, slots
        self._mask = len(slots) - 1
        self._buf, self._start, self._ends = keys._buf, keys._start, keys._ends

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        v = self.get(key)
        if v is None:
            raise KeyError(key)
        return v

    def get(self, key: str, default=None):
        raw = key.encode("utf-8")
        h = zlib.crc32(raw) & self._mask
        slots, ends, buf, start = self._slots, self._ends, self._buf, self._start
        while True:
            s = slots[h]
            if not s:
                return default
            k = s - 1
            a = ends[k - 1] if k else 0
            if buf[start + a:start + ends[k]] == raw:
                return self._values[k]
            h = (h + 1) & self._mask

    def keys(self):
        return iter(self._keys)

    def items(self):
        return zip(self._keys, self._values)


def hash_slots(keys: list) -> array:
    """The hash table of ``HashIndex`` for keys (UTF-8 bytes): slot -> key position + 1."""
    size = 1
    while size < 2 * len(keys):
        size *= 2
    mask, slots = size - 1, array("I", bytes(4 * size))
    for k, raw in enumerate(keys):
        h = zlib.crc32(raw) & mask
        while slots[h]:
            h = (h + 1) & mask
        slots[h] = k + 1
    return slots


def write(f, version: int, arrays: dict, strings: dict, tables: dict, index: dict, meta: dict) -> None:
    """Write the sections to the open binary file ``f``.

    arrays: name -> ``array`` (or bytes, stored as "B"); strings: name -> list of str, read
    back as ``Strings``; tables: name -> list of str with few distinct values, read back as a
    list; index: str -> int, read back as ``HashIndex``; meta: JSON-ready small values.
    """
    sections, blobs, offset = {}, [], 0

    def add(name: str, data) -> None:
        nonlocal offset
        if isinstance(data, (bytes, bytearray)):
            data = array("B", data)
        raw = data.tobytes()
        sections[name] = [data.typecode, offset, len(raw)]
        pad = -len(raw) % 8
        blobs.append(raw + bytes(pad))
        offset += len(raw) + pad

    def add_strings(name: str, items) -> list:
        encoded = [s.encode("utf-8") for s in items]
        ends, end = array("I" if sum(map(len, encoded)) < 2 ** 32 else "Q"), 0
        for raw in encoded:
            end += len(raw)
            ends.append(end)
        add(name + ".blob", b"".join(encoded))
        add(name + ".ends", ends)
        return encoded

    for name, data in arrays.items():
        add(name, data)
    for name, items in strings.items():
        add_strings(name, items)
    distinct = {}
    for name, items in tables.items():
        values = distinct[name] = sorted(set(items))
        code = {v: n for n, v in enumerate(values)}
        add(name + ".codes", array("I", (code[v] for v in items)))
    encoded = add_strings("index.keys", list(index))
    add("index.values", array("q", index.values()))
    add("index.slots", hash_slots(encoded))
    header = json.dumps(dict(version=version, byteorder=sys.byteorder, sections=sections, tables=distinct,
                             meta=meta), ensure_ascii=False).encode("utf-8")
    header += b" " * (-(len(MAGIC) + 8 + len(header)) % 8)
    f.write(MAGIC + len(header).to_bytes(8, "little") + header)
    for raw in blobs:
        f.write(raw)


def read(path: str, version: int) -> Optional[dict]:
    """The sections of a cache file, read in place; None when the file is missing, damaged,
    or of another version or byte order."""
    try:
        with open(path, "rb") as f:
            buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        return _sections(buf, version)
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None


def _sections(buf, version: int) -> Optional[dict]:
    if buf[:len(MAGIC)] != MAGIC:
        return None
    size = int.from_bytes(buf[len(MAGIC):len(MAGIC) + 8], "little")
    base = len(MAGIC) + 8 + size
    header = json.loads(buf[len(MAGIC) + 8:base].decode("utf-8"))
    if header.get("version") != version or header.get("byteorder") != sys.byteorder:
        return None
    view, out = memoryview(buf), {}
    for name, (typecode, offset, length) in header["sections"].items():
        if base + offset + length > len(buf):
            return None
        out[name] = view[base + offset:base + offset + length].cast(typecode)
    sections = {"meta": header["meta"], "arrays": {}, "strings": {}, "tables": {}}
    for name, data in out.items():
        if name.endswith(".ends"):
            stem = name[:-5]
            sections["strings"][stem] = Strings(buf, base + header["sections"][stem + ".blob"][1], data)
        elif name.endswith(".codes"):
            values = header["tables"][name[:-6]]
            sections["tables"][name[:-6]] = list(map(values.__getitem__, data))
        elif not name.endswith(".blob"):
            sections["arrays"][name] = data
    keys = sections["strings"].pop("index.keys")
    sections["index"] = HashIndex(keys, sections["arrays"].pop("index.values"), sections["arrays"].pop("index.slots"))
    return sections
