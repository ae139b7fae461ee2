"""The training corpus (corpus/events/) and the golden snippets: size, coverage, no near-duplicates."""
import glob
import json
import os
import re

from conftest import ROOT
from vigil.extract import taxonomy

PARTS = sorted(glob.glob(os.path.join(ROOT, "corpus", "events", "parts", "*.jsonl")))
GOLDEN = os.path.join(ROOT, "tests", "golden", "event_snippets.jsonl")


def rows(paths):
    return [json.loads(line) for p in paths for line in open(p, encoding="utf-8") if line.strip()]


CORPUS, GOLD = rows(PARTS), rows([GOLDEN])


def test_corpus_size_and_coverage():
    subs = [r["sub_event_type"] for r in CORPUS]
    assert len(CORPUS) >= 5000
    for sub in taxonomy.SUBTYPES:
        assert subs.count(sub) >= 100, sub
    assert subs.count(None) >= 1000
    assert len({r["country"] for r in CORPUS}) >= 80
    assert len({r["register"] for r in CORPUS}) >= 6


def test_labels_are_valid():
    for r in CORPUS + GOLD:
        assert r["sub_event_type"] is None or r["sub_event_type"] in taxonomy.SUBTYPES, r["id"]
        if r["sub_event_type"]:
            assert r["event_type"] == taxonomy.event_type(r["sub_event_type"]), r["id"]
            assert r["status"] in ("reported", "planned", "historical", "negated"), r["id"]
        else:
            assert r.get("non_event"), r["id"]
    assert len({r["id"] for r in CORPUS + GOLD}) == len(CORPUS) + len(GOLD)


def _shingles(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}


def _minhash(shingles):
    from datasketch import MinHash
    m = MinHash(num_perm=64, seed=1)
    for s in shingles:
        m.update(s.encode("utf-8"))
    return m


def test_no_near_duplicates_in_corpus_or_between_corpus_and_golden():
    """Word 3-shingles, MinHash LSH at Jaccard 0.5: no pair in the corpus, and no golden snippet
    close to any training snippet (the golden set is never trained on)."""
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=0.5, num_perm=64)
    dupes, shingles = [], {}
    for r in CORPUS + GOLD:
        mine = shingles[r["id"]] = _shingles(r["text"])
        for other in lsh.query(_minhash(mine)):  # candidates; the exact Jaccard decides
            theirs = shingles[other]
            if len(mine & theirs) / max(1, len(mine | theirs)) > 0.5:
                dupes.append((r["id"], other))
        lsh.insert(r["id"], _minhash(mine))
    assert not dupes, dupes[:10]
