"""Links in the SQLite store: copies, mentions, canonical events, reviewers' decisions.

Called by ``SQLiteStore`` inside its write transactions; the decisions themselves are the pure
functions of ``vigil.link``. Tables (migration 0004_canonical):

- ``article_prints`` / ``article_lsh``: each article's MinHash and its LSH band keys (indexed), so a
  new report meets only the stored articles that share a band (at most ``copies.BUCKET_LIMIT`` are
  filed under one band key); ``articles.duplicate_of`` holds the
  original a report copies.
- ``mentions``: every stored event as linking reads it (JSON), with its ``canonical_id`` (NULL: not
  linkable), the link ``score``, ``reasons`` and the event it matched; ``mention_keys`` files each
  linkable mention under its blocking keys (type family, day, map cell or region).
- ``canonical_events``: one row per canonical event, its coded fields, ``sources`` (independent
  sources), ``reports``, ``disputed``, and ``record``: the whole CanonicalEvent as JSON.
- ``link_decisions``: reviewers' merges and splits, applied again by every re-link.
- ``canonical_redirects``: ids that a merge or a re-link retired, and the id that took them over.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Optional

from ..link.canonical import build
from ..link import copies
from ..link.copies import Fingerprint, band_keys, fingerprint, is_copy
from ..link.linker import Constraints, GridIndex, Link, Linker, block_keys, canonical_id, probe_keys  # noqa: F401
from ..link.mention import Mention, from_json, mentions
from ..model import stable_id


# The next filing order of a print and of a mention: read on every stored report, so each must be an
# index lookup (migration 0006_order_indexes), never a scan of the table.
NEXT_PRINT_ORDER = "SELECT coalesce(max(ord), -1) + 1 FROM article_prints"
NEXT_MENTION_ORDER = "SELECT coalesce(max(ord), -1) + 1 FROM mentions"


def _key(k: tuple) -> str:
    return "|".join(str(x) for x in k)


class StoreIndex:
    """The linker's index over the ``mentions`` and ``mention_keys`` tables."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def candidates(self, m: Mention):
        keys = list({_key(k) for k in probe_keys(m)})
        seen = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for event_id, data, cid in self.db.execute(
                    "SELECT m.event_id, m.mention, m.canonical_id FROM mention_keys k JOIN mentions m "
                    f"ON m.event_id = k.event_id WHERE k.key IN ({','.join('?' * len(chunk))})", chunk):
                if event_id not in seen:
                    seen.add(event_id)
                    yield from_json(json.loads(data)), cid

    def add(self, m: Mention, canonical: Optional[str]) -> None:
        self.db.execute("INSERT OR REPLACE INTO mentions(event_id, article_id, ord, canonical_id, mention) "
                        "VALUES (?,?,?,?,?)", (m.event_id, m.article_id, m.order, canonical,
                                               json.dumps(m.to_json(), ensure_ascii=False)))
        if canonical:
            self.db.executemany("INSERT OR IGNORE INTO mention_keys(key, event_id) VALUES (?,?)",
                                [(k, m.event_id) for k in {_key(k) for k in block_keys(m)}])

    def canonical_of(self, event_id: str) -> Optional[str]:
        row = self.db.execute("SELECT canonical_id FROM mentions WHERE event_id=?", (event_id,)).fetchone()
        return row[0] if row else None


def constraints(db: sqlite3.Connection) -> Constraints:
    """The reviewers' merges and splits recorded in ``link_decisions``."""
    c = Constraints()
    for kind, a, b in db.execute("SELECT kind, event_a, event_b FROM link_decisions ORDER BY id"):
        c.add(kind, a, b)
    return c


def _record_link(db, link: Link) -> None:
    db.execute("UPDATE mentions SET score=?, reasons=?, matched_event_id=?, decided_by=? WHERE event_id=?",
               (link.score, json.dumps(list(link.reasons), ensure_ascii=False), link.matched_event_id,
                link.decided_by, link.event_id))


def copy_of(db: sqlite3.Connection, article_id: str, text: str) -> Optional[str]:
    """File an article's MinHash; the stored original it copies (followed to its root), if any."""
    places = lambda aid: [r[0] for r in db.execute("SELECT geonameid FROM places WHERE article_id=?", (aid,))]
    fp = fingerprint(text, places(article_id))
    keys = band_keys(fp)
    params = [x for k in keys for x in k]
    in_bands = lambda col: " OR ".join([f"({col}band=? AND {col}key=?)"] * len(keys))   # noqa: E731
    found = None
    for other, shingles, sig, dup, _ord in db.execute(
            "SELECT DISTINCT p.article_id, p.shingles, p.signature, a.duplicate_of, p.ord FROM article_lsh l "
            "JOIN article_prints p ON p.article_id = l.article_id JOIN articles a ON a.id = p.article_id "
            f"WHERE ({in_bands('l.')}) AND p.article_id != ? ORDER BY p.ord", params + [article_id]):
        if is_copy(fp, Fingerprint(sig, shingles, frozenset(p for p in places(other) if p is not None))):
            found = dup or other
            break
    ord_ = db.execute(NEXT_PRINT_ORDER).fetchone()[0]
    db.execute("INSERT OR REPLACE INTO article_prints(article_id, shingles, signature, ord) VALUES (?,?,?,?)",
               (article_id, fp.shingles, fp.signature, ord_))
    full = {(b, k) for b, k, n in db.execute(
        f"SELECT band, key, count(*) FROM article_lsh WHERE {in_bands('')} GROUP BY band, key", params)
        if n >= copies.BUCKET_LIMIT}
    db.executemany("INSERT OR IGNORE INTO article_lsh(band, key, article_id) VALUES (?,?,?)",
                   [(b, k, article_id) for b, k in keys if (b, k) not in full])
    db.execute("UPDATE articles SET duplicate_of=? WHERE id=?", (found, article_id))
    return found


def link_record(db: sqlite3.Connection, record: dict, owners: Optional[dict] = None) -> dict:
    """Link one newly stored record against the store (incremental: nothing stored moves);
    event id -> canonical id."""
    art = record["article"]
    original = copy_of(db, art["id"], record.get("text") or "")
    start = db.execute(NEXT_MENTION_ORDER).fetchone()[0]
    index = StoreIndex(db)
    linker = Linker(index, constraints(db))
    out, touched = {}, set()
    for m in mentions(record, start, original):
        link = linker.assign(m)
        if link.canonical_id is None:
            index.add(m, None)
        _record_link(db, link)
        out[m.event_id] = link.canonical_id
        touched.add(link.canonical_id)
    rebuild(db, touched - {None}, owners)
    return out


def members(db: sqlite3.Connection, canonical: str) -> tuple:
    """(mentions, links) of one canonical event."""
    ms, links = [], {}
    for data, score, reasons, matched, by in db.execute(
            "SELECT mention, score, reasons, matched_event_id, decided_by FROM mentions WHERE canonical_id=? "
            "ORDER BY ord", (canonical,)):
        m = from_json(json.loads(data))
        ms.append(m)
        links[m.event_id] = Link(m.event_id, canonical, score, tuple(json.loads(reasons)), matched, by)
    return ms, links


def rebuild(db: sqlite3.Connection, ids: Iterable[str], owners: Optional[dict] = None) -> None:
    """Rebuild the ``canonical_events`` rows of these canonical ids from their members."""
    for cid in ids:
        ms, links = members(db, cid)
        if not ms:
            db.execute("DELETE FROM canonical_events WHERE id=?", (cid,))
            continue
        _write(db, build(cid, ms, links, owners), ms[0].event_id)


def _write(db, ce, founder: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO canonical_events(id, founder_event_id, status, event_type, sub_event_type, date, "
        "time_precision, location, admin1, country, latitude, longitude, geo_precision, fatalities, injured, "
        "arrested, sources, reports, disputed, record, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,datetime('now'))",
        (ce.id, founder, ce.status, ce.event_type, ce.sub_event_type, ce.date, ce.time_precision, ce.location,
         ce.admin1, ce.country, ce.latitude, ce.longitude, ce.geo_precision, ce.fatalities, ce.injured,
         ce.arrested, ce.sources, len(ce.reports), int(ce.disputed), json.dumps(ce.to_dict(), ensure_ascii=False)))


def relink(db: sqlite3.Connection, owners: Optional[dict] = None) -> dict:
    """Link the whole store again from its records (after a change of rules, or for a store made
    before canonical events existed). Reviewers' decisions are applied; a canonical event keeps its
    id when it keeps most of its reports, and an id no group keeps redirects to where most of its
    reports went. Returns counts."""
    before = dict(db.execute("SELECT event_id, canonical_id FROM mentions WHERE canonical_id IS NOT NULL"))
    linker = Linker(GridIndex(), constraints(db))       # in memory: one pass over the store
    for table in ("mention_keys", "mentions", "article_lsh", "article_prints", "canonical_events"):
        db.execute(f"DELETE FROM {table}")
    every, links, copies = [], {}, 0
    for (rec,) in db.execute("SELECT record FROM articles ORDER BY ingested_at, rowid").fetchall():
        record = json.loads(rec)
        original = copy_of(db, record["article"]["id"], record.get("text") or "")
        copies += original is not None
        for m in mentions(record, len(every), original):
            every.append(m)
            links[m.event_id] = linker.assign(m)
    groups: dict = {}
    for m in every:
        if links[m.event_id].canonical_id:
            groups.setdefault(links[m.event_id].canonical_id, []).append(m)
    rename = _keep_ids(groups, before)
    index = StoreIndex(db)
    for m in every:
        link = links[m.event_id]
        index.add(m, rename.get(link.canonical_id))
        _record_link(db, link)
    rebuild(db, rename.values(), owners)
    _redirect(db, before, rename, groups)
    return {"mentions": len(every), "canonical_events": len(groups), "copies": copies}


def _redirect(db, before: dict, rename: dict, groups: dict) -> None:
    """Record where each retired canonical id went: the group holding most of its old reports."""
    kept = set(rename.values())
    now = {m.event_id: rename[cid] for cid, ms in groups.items() for m in ms}
    votes: dict = {}
    for event_id, old in before.items():
        if old not in kept and now.get(event_id):
            votes.setdefault(old, {}).setdefault(now[event_id], 0)
            votes[old][now[event_id]] += 1
    for old, targets in votes.items():
        new = max(sorted(targets), key=lambda t: targets[t])
        db.execute("INSERT OR REPLACE INTO canonical_redirects(old_id, new_id) VALUES (?,?)", (old, new))
    db.execute("DELETE FROM canonical_redirects WHERE old_id IN (SELECT id FROM canonical_events)")


def _keep_ids(groups: dict, before: dict) -> dict:
    """New group id -> the id it is stored under: the old id most of its reports had, when free."""
    rename, taken = {}, set()
    for cid, ms in groups.items():
        votes: dict = {}
        for m in ms:
            old = before.get(m.event_id)
            if old:
                votes[old] = votes.get(old, 0) + 1
        for old, _n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if old not in taken:
                rename[cid] = old
                break
        else:
            rename[cid] = cid if cid not in taken else stable_id("ce", cid, "relinked")
        taken.add(rename[cid])
    return rename


def resolve(db: sqlite3.Connection, cid: str) -> str:
    """The id a canonical event goes by now (following redirects left by merges and re-links)."""
    seen = set()
    while cid not in seen:
        seen.add(cid)
        row = db.execute("SELECT new_id FROM canonical_redirects WHERE old_id=?", (cid,)).fetchone()
        if not row:
            break
        cid = row[0]
    return cid


def merge(db: sqlite3.Connection, event_a: str, event_b: str, reviewer: Optional[str], note: Optional[str],
          owners: Optional[dict] = None) -> str:
    """A reviewer says two events are one: record it, and move the younger canonical event's reports
    into the older one (whose id stays; the other id redirects to it). The surviving canonical id."""
    ca, cb = (_canonical_of(db, e) for e in (event_a, event_b))
    db.execute("INSERT INTO link_decisions(kind, event_a, event_b, reviewer, note) VALUES ('merge',?,?,?,?)",
               (event_a, event_b, reviewer, note))
    if ca == cb:
        return ca
    keep, drop = sorted((ca, cb), key=lambda c: db.execute(
        "SELECT min(ord) FROM mentions WHERE canonical_id=?", (c,)).fetchone()[0])
    db.execute("UPDATE mentions SET canonical_id=?, decided_by='reviewer' WHERE canonical_id=?", (keep, drop))
    db.execute("DELETE FROM canonical_events WHERE id=?", (drop,))
    db.execute("INSERT OR REPLACE INTO canonical_redirects(old_id, new_id) VALUES (?,?)", (drop, keep))
    rebuild(db, [keep], owners)
    return keep


def split(db: sqlite3.Connection, event_id: str, reviewer: Optional[str], note: Optional[str],
          owners: Optional[dict] = None) -> str:
    """A reviewer says an event is not the one it was linked to: record that it stays apart from every
    other report of that canonical event, and give it a canonical event of its own. Its new id."""
    old = _canonical_of(db, event_id)
    others = [r[0] for r in db.execute("SELECT event_id FROM mentions WHERE canonical_id=? AND event_id != ?",
                                       (old, event_id))]
    db.executemany("INSERT INTO link_decisions(kind, event_a, event_b, reviewer, note) VALUES ('split',?,?,?,?)",
                   [(event_id, o, reviewer, note) for o in others])
    if not others:
        return old
    new = canonical_id(event_id)
    if new == old:                       # the founder leaves: the others keep the id they are known by
        new = stable_id("ce", event_id, "split")
    db.execute("UPDATE mentions SET canonical_id=?, score=NULL, matched_event_id=NULL, decided_by='reviewer', "
               "reasons=? WHERE event_id=?", (new, json.dumps(["a reviewer split it off"]), event_id))
    rebuild(db, [old, new], owners)
    return new


def _canonical_of(db, event_id: str) -> str:
    from ..errors import StoreError
    row = db.execute("SELECT canonical_id FROM mentions WHERE event_id=?", (event_id,)).fetchone()
    if not row or not row[0]:
        raise StoreError(f"event {event_id} is not part of any canonical event",
                         hint="only reported or denied events with a date and a place are linked")
    return row[0]


def canonical_events(db: sqlite3.Connection, min_sources: int = 0, status: Optional[str] = "reported",
                     limit: Optional[int] = None, offset: int = 0) -> list:
    """Canonical events as dicts (CanonicalEvent.to_dict()), most corroborated first, then by date."""
    where, args = ["sources >= ?"], [min_sources]
    if status:
        where.append("status = ?")
        args.append(status)
    sql = (f"SELECT record FROM canonical_events WHERE {' AND '.join(where)} "
           "ORDER BY sources DESC, date DESC, id LIMIT ? OFFSET ?")
    return [json.loads(r) for (r,) in db.execute(sql, args + [-1 if limit is None else limit, offset])]


def canonical_event(db: sqlite3.Connection, cid: str) -> Optional[dict]:
    """One canonical event by id (a retired id finds its successor), or None."""
    row = db.execute("SELECT record FROM canonical_events WHERE id=?", (resolve(db, cid),)).fetchone()
    return json.loads(row[0]) if row else None
