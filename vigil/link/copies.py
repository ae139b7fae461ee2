"""Copies: syndicated stories and light rewrites, found with MinHash LSH over word shingles.

A copy is kept as a copy of its original, not as new evidence: its events still join the
original's canonical event, but corroboration counts the two reports once.

- ``fingerprint(text)`` is a MinHash (``PERMUTATIONS`` permutations) over word 3-shingles, with
  the number of distinct shingles: the signature datasketch 2's ``MinHash(num_perm, seed)`` gives
  (its default "affine32" scheme: SHA-1's first 32 bits, mixed by MurmurHash3's finalizer, then
  ``a * h + b`` modulo 2^32), computed here with numpy alone: importing datasketch loads SciPy,
  about half a second of every run.
- ``band_keys(fp)`` cuts the signature into ``BANDS`` bands of ``ROWS`` rows, the banding of
  datasketch's MinHashLSH, as integers a SQLite index can hold: two texts whose shingle sets have
  Jaccard similarity 0.5 share a band with probability 0.87, at 0.6 with 0.99, at 0.3 with 0.23.
  The store keeps the keys in an indexed table, so a new report meets only its candidates.
  A band key shared by ``BUCKET_LIMIT`` reports already (templated bulletins, boilerplate pages, one
  wire story in a hundred papers) files no more: later reports still meet the ones filed, so a copy
  of them is still found, but each report's work stays bounded however large the store grows.
- ``is_copy(a, b)`` decides on a candidate: estimated Jaccard of at least ``JACCARD``, or one
  text nearly contained in the other (``CONTAINED``; a syndicated copy cut short), and neither
  naming a place the other does not (the same template filled in for Khoy and for Abadan).
- ``CopyIndex`` is the in-memory index ``vigil extract`` uses within a batch.
"""
from __future__ import annotations

import functools
import hashlib
import re
import struct
from dataclasses import dataclass
from typing import Optional

import numpy as np

PERMUTATIONS, BANDS, ROWS = 128, 32, 4
JACCARD = 0.5        # light rewrites of a 300-word story (a changed intro, a few words) stay above this
CONTAINED = 0.8      # share of the shorter text's shingles also in the longer one
BUCKET_LIMIT = 64    # reports filed under one band key at most
SEED = 1
_MAX_HASH = np.uint32((1 << 32) - 1)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    signature: bytes     # the MinHash hash values, uint64, PERMUTATIONS of them
    shingles: int        # distinct word 3-shingles in the text
    places: frozenset = frozenset()   # the places the report names (GeoNames ids): see is_copy

    def values(self) -> np.ndarray:
        return np.frombuffer(self.signature, dtype=np.uint64)


def shingles(text: str, size: int = 3) -> set:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def fingerprint(text: str, places=()) -> Fingerprint:
    """The MinHash of a text's word 3-shingles, with the places (GeoNames ids) it names."""
    grams = shingles(text)
    return Fingerprint(minhash(grams).tobytes(), len(grams), frozenset(p for p in places if p is not None))


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple:
    """datasketch's affine32 permutation parameters (odd a, any b) for ``num_perm`` and ``seed``."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(grams, num_perm: int = PERMUTATIONS, seed: int = SEED) -> np.ndarray:
    """The MinHash signature (as uint64) of a set of strings, equal to datasketch's
    ``MinHash(num_perm=num_perm, seed=seed)`` after ``update_batch`` of their UTF-8 bytes."""
    values = np.full(num_perm, _MAX_HASH, dtype=np.uint32)
    if grams:
        a, b = _permutations(num_perm, seed)
        hv = np.array([struct.unpack("<I", hashlib.sha1(g.encode("utf-8")).digest()[:4])[0] for g in grams],
                      dtype=np.uint32).reshape(-1, 1)
        s1, m1, s2, m2, s3 = _FMIX
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        values = np.minimum(values, (hv * a + b).min(axis=0))
    return values.astype(np.uint64)


def band_keys(fp: Fingerprint) -> list:
    """(band, key) pairs: the LSH bands of the signature, each hashed to a signed 64-bit integer."""
    raw = fp.signature
    width = ROWS * 8
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(raw[band * width:(band + 1) * width], digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a.values() == b.values())) / PERMUTATIONS


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Is one text a copy (syndicated, lightly rewritten, cut short) of the other? Never when each
    names a place the other does not: one template filled in for two towns is two reports."""
    if not (a.places <= b.places or b.places <= a.places):
        return False
    j = jaccard(a, b)
    if j >= JACCARD:
        return True
    shared = j * (a.shingles + b.shingles) / (1 + j)        # |A & B| from J and the set sizes
    return min(a.shingles, b.shingles) >= 20 and shared / min(a.shingles, b.shingles) >= CONTAINED


class CopyIndex:
    """Articles seen so far, by LSH band: ``add`` says which earlier article a new one copies."""

    def __init__(self):
        self.bands: dict = {}
        self.prints: dict = {}
        self.copy_of: dict = {}
        self.order: dict = {}

    def add(self, article_id: str, text: str, places=()) -> Optional[str]:
        """Index an article (``places``: GeoNames ids it names); the original it copies (the earliest
        such, followed to its root), or None."""
        if article_id in self.prints:
            return self.copy_of.get(article_id)
        fp = fingerprint(text, places)
        keys = band_keys(fp)
        seen = {other for key in keys for other in self.bands.get(key, ())}
        originals = sorted((self.order[o], o) for o in seen if is_copy(fp, self.prints[o]))
        original = None
        if originals:
            first = originals[0][1]
            original = self.copy_of.get(first) or first
        self.prints[article_id], self.order[article_id] = fp, len(self.order)
        if original:
            self.copy_of[article_id] = original
        for key in keys:
            bucket = self.bands.setdefault(key, [])
            if len(bucket) < BUCKET_LIMIT:
                bucket.append(article_id)
        return original
