"""The SQLite store (the default): WAL mode, JSON for nested values.

Several processes may open one store: migrations run inside one ``BEGIN IMMEDIATE`` transaction
(the first process builds the schema, the others wait and find it built), and every write that
finds the database locked is retried with exponential backoff for up to ``wait`` seconds before
it gives up with ``StoreBusy`` (a clear error, not a traceback).
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from typing import Callable, Iterator, Optional

from ..errors import QueryError, StoreBusy, StoreError
from ..link.batch import annotate
from ..model import Record, to_dict
from . import links as _links
from .migrations import MIGRATIONS
from .review import ReviewStore
from .views import EventViews


def _j(value) -> str:
    return json.dumps(to_dict(value), ensure_ascii=False)


WAIT = 60.0         # seconds a write waits, in all, for another process's lock before StoreBusy
BUSY_TIMEOUT = 1.0  # seconds SQLite itself waits on a lock before each retry


def _locked(e: sqlite3.OperationalError) -> bool:
    msg = str(e).lower()
    return "locked" in msg or "busy" in msg


class SQLiteStore(EventViews, ReviewStore):
    """One store. Writing: ``save``, ``record_failure``, ``clear_failures``, and for linking ``relink``,
    ``merge_events``, ``split_event``. Reading: ``records``, ``counts``, ``failures``, ``events_by``,
    ``search``, ``links``, and the canonical events: ``canonical_events``, ``canonical_event``,
    ``canonical_of``; the web app's filtered views (EventViews) and reviewers' corrections
    (ReviewStore). ``owners`` (outlet -> owner) overrides vigil/data/outlets.yaml for corroboration;
    ``threads`` lets one connection move between a server's threads (one at a time)."""

    def __init__(self, path: str, wait: Optional[float] = None, owners: Optional[dict] = None,
                 threads: bool = False):
        self.path, self.wait, self.owners = path, WAIT if wait is None else wait, owners
        self._columns: dict = {}      # table -> its column names, for _insert
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError(f"cannot open database {path}: folder {folder} does not exist")
        try:
            self.db = sqlite3.connect(path, timeout=min(BUSY_TIMEOUT, self.wait), check_same_thread=not threads)
            self._retry(lambda: self.db.execute("PRAGMA journal_mode=WAL"))
            self.db.execute("PRAGMA foreign_keys=ON")
            # WAL with synchronous=NORMAL: a commit is not synced to disk one by one (each document is
            # its own transaction); a killed process still loses no committed document, and the
            # database stays consistent; only a power cut or OS crash may drop the last commits
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.migrate()
        except StoreBusy:
            raise
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open database {path}: {e}") from None

    def _retry(self, write: Callable):
        """Run ``write`` (one whole transaction), again after a growing pause while the database is locked."""
        start, pause = time.monotonic(), 0.05
        while True:
            try:
                return write()
            except sqlite3.OperationalError as e:
                if not _locked(e):
                    raise
                if self.db.in_transaction:
                    self.db.rollback()
                waited = time.monotonic() - start
                if waited >= self.wait:
                    raise StoreBusy(f"database {self.path} is locked: another process held it for "
                                    f"{waited:.1f} s (vigil waits up to {self.wait:g} s)") from None
                time.sleep(min(pause, max(0.0, self.wait - waited)))
                pause = min(pause * 2, 2.0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.db.close()

    def migrate(self) -> list:
        """Apply the migrations not yet recorded, all in one locked transaction; returns their names."""
        if self._applied() >= {name for name, _ in MIGRATIONS}:
            return []                                 # up to date: no lock needed (WAL readers never wait)
        applied = self._retry(self._migrate)
        self._columns = {}          # _insert reads them again
        if "0004_canonical" in applied and self.db.execute("SELECT count(*) FROM articles").fetchone()[0]:
            self.relink()                             # a store made before canonical events: link it once
        return applied

    def _applied(self) -> set:
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name='migrations'").fetchone():
            return set()
        return {r[0] for r in self.db.execute("SELECT name FROM migrations")}

    def _migrate(self) -> list:
        self.db.execute("BEGIN IMMEDIATE")           # the write lock: a second process waits here
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
                            "applied_at TEXT NOT NULL DEFAULT (datetime('now')))")
            done = self._applied()                    # again, under the lock: another process may have run them
            applied = []
            for name, sql in MIGRATIONS:
                if name not in done:
                    for statement in _statements(sql):
                        self.db.execute(statement)
                    self.db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
                    applied.append(name)
            self.db.commit()
            return applied
        except BaseException:
            self.db.rollback()
            raise

    # -- writing -----------------------------------------------------------------------------

    def save(self, rec: Record) -> bool:
        """Store one processed record; False when that article is already stored (nothing changes)."""
        return self._retry(lambda: self._save(rec))

    def _save(self, rec: Record) -> bool:
        art = rec.article
        record = rec.to_dict()       # once: stored as JSON, then linked
        with self.db:
            if self.db.execute("SELECT 1 FROM articles WHERE id=?", (art.id,)).fetchone():
                self.db.execute("DELETE FROM failures WHERE source=?", (art.source,))
                return False
            added = self.db.execute(        # another writer may have stored it since: then nothing changes
                "INSERT INTO articles(id, source, source_id, title, byline, published, url, outlet, language, text,"
                " removed, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
                (art.id, art.source, art.source_id, art.title, art.byline, art.published, art.url, art.outlet, art.language,
                 art.text, json.dumps(list(art.removed), ensure_ascii=False), json.dumps(record, ensure_ascii=False)))
            if added.rowcount == 0:
                self.db.execute("DELETE FROM failures WHERE source=?", (art.source,))
                return False
            self._insert("events", [self._event_row(art.id, e) for e in rec.events])
            self._insert("claims", [(c.id, art.id, c.event_id, c.kind, c.value, c.low, c.high, c.qualifier,
                                  c.claimant.name, c.claimant.canonical, c.claimant.type, c.cue, _j(c.evidence))
                                 for c in rec.claims])
            self._insert("quotes", [(q.id, art.id, q.event_id, q.text, q.speaker and q.speaker.name,
                                  q.speaker and q.speaker.canonical, q.medium, _j(q.evidence)) for q in rec.quotes])
            self._insert("places", [(art.id, p.start, p.end, p.name, p.geonameid, p.latitude, p.longitude, p.feature,
                                  p.admin1, p.country) for p in rec.places])
            _links.link_record(self.db, record, self.owners)
            self.db.execute("DELETE FROM failures WHERE source=?", (art.source,))
        return True

    def _insert(self, table: str, rows: list) -> None:
        """Rows give the table's columns in schema order, up to the columns later migrations added."""
        if rows:
            if table not in self._columns:       # read once: only a migration changes them
                self._columns[table] = [r[1] for r in self.db.execute(f"PRAGMA table_info({table})")]
            names = self._columns[table][:len(rows[0])]
            cols = ", ".join(f'"{n}"' for n in names)
            self.db.executemany(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({','.join('?' * len(names))})", rows)

    @staticmethod
    def _event_row(article_id: str, e) -> tuple:
        loc = e.location
        a1, a2 = e.actor1, e.actor2
        return (e.id, article_id, e.event_type, e.sub_event_type, (e.plover or {}).get("type"),
                (e.plover or {}).get("mode"), e.status, e.date, e.date_end, e.time_precision,
                a1 and (a1.canonical or a1.name), a1 and a1.inter, a2 and (a2.canonical or a2.name), a2 and a2.inter,
                loc and loc.name, loc and loc.geonameid, loc and loc.latitude, loc and loc.longitude,
                loc and loc.admin1, loc and loc.country, loc and loc.geo_precision,
                e.fatalities, e.injured, e.arrested, e.confidence, _j(e.evidence))

    def record_failure(self, source: str, error: str) -> None:
        def write():
            with self.db:
                self.db.execute("INSERT INTO failures(source, error) VALUES (?, ?) ON CONFLICT(source) DO UPDATE "
                                "SET error=excluded.error, attempts=failures.attempts+1, failed_at=datetime('now')",
                                (source, error))
        self._retry(write)

    def clear_failures(self, sources) -> None:
        """Forget these failures (their documents were read again and did not fail)."""
        def write():
            with self.db:
                self.db.executemany("DELETE FROM failures WHERE source=?", [(s,) for s in sources])
        self._retry(write)

    # -- reading -----------------------------------------------------------------------------

    def stored_ids(self, ids) -> set:
        """The ids among ``ids`` of articles this store holds."""
        ids, found = list(ids), set()
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            found.update(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(part))})", part))
        return found

    def failures(self) -> list:
        return [{"source": s, "error": e, "attempts": n} for s, e, n in
                self.db.execute("SELECT source, error, attempts FROM failures ORDER BY source")]

    def counts(self) -> dict:
        tables = ["articles", "events", "claims", "quotes", "places", "failures"]
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def records(self) -> Iterator[dict]:
        """The stored contract records, oldest first, with the link fields as they stand now:
        ``article.copy_of`` and each event's ``canonical_id`` and ``sources``."""
        rows = self.db.execute("SELECT id, record, duplicate_of FROM articles ORDER BY ingested_at, rowid").fetchall()
        for aid, rec, copy_of in rows:
            canon, sources = {}, {}
            for event_id, cid, n in self.db.execute(
                    "SELECT m.event_id, m.canonical_id, c.sources FROM mentions m LEFT JOIN canonical_events c "
                    "ON c.id = m.canonical_id WHERE m.article_id=?", (aid,)):
                canon[event_id] = cid
                sources[cid] = n
            yield annotate(json.loads(rec), copy_of, canon, sources)

    def links(self) -> dict:
        """How much linking found: copies (syndicated or lightly rewritten reports), canonical events,
        and those told by more than one report or backed by more than one independent source."""
        one = lambda sql: self.db.execute(sql).fetchone()[0]
        return {"near_duplicate_articles": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                "canonical_events": one("SELECT count(*) FROM canonical_events"),
                "events_in_several_reports": one("SELECT count(*) FROM canonical_events WHERE reports > 1"),
                "corroborated_events": one("SELECT count(*) FROM canonical_events WHERE sources > 1")}

    # -- canonical events (vigil.store.links has the details) ---------------------------------

    def relink(self) -> dict:
        """Link the whole store again (``vigil link``); reviewers' merges and splits are kept, and so are
        the ids of canonical events that keep most of their reports. Counts of what was linked."""
        def write():
            with self.db:
                return _links.relink(self.db, self.owners)
        return self._retry(write)

    def canonical_events(self, min_sources: int = 0, status: Optional[str] = "reported",
                         limit: Optional[int] = None, offset: int = 0) -> list:
        """Canonical events (dicts of vigil.link.canonical.CanonicalEvent: coded fields, ``sources`` and
        ``source_list``, ``reports`` with each link's score and reasons, ``claims`` the ledger), most
        corroborated first. ``status`` "reported" (default), "negated" (only denials) or None (all)."""
        return _links.canonical_events(self.db, min_sources, status, limit, offset)

    def canonical_event(self, canonical_id: str) -> Optional[dict]:
        """One canonical event by id (a retired id leads to its successor), or None."""
        return _links.canonical_event(self.db, canonical_id)

    def canonical_of(self, event_id: str) -> Optional[str]:
        """The canonical id of a stored event, or None (not linkable, or no such event)."""
        row = self.db.execute("SELECT canonical_id FROM mentions WHERE event_id=?", (event_id,)).fetchone()
        return row[0] if row else None

    def merge_events(self, event_a: str, event_b: str, reviewer: Optional[str] = None,
                     note: Optional[str] = None) -> str:
        """A reviewer's merge: the two events' canonical events become one (kept by every re-link).
        Returns the surviving canonical id; StoreError when an event is not linked."""
        def write():
            with self.db:
                return _links.merge(self.db, event_a, event_b, reviewer, note, self.owners)
        return self._retry(write)

    def split_event(self, event_id: str, reviewer: Optional[str] = None, note: Optional[str] = None) -> str:
        """A reviewer's split: the event leaves its canonical event and stays apart from its other reports
        (kept by every re-link). Returns the event's new canonical id."""
        def write():
            with self.db:
                return _links.split(self.db, event_id, reviewer, note, self.owners)
        return self._retry(write)

    def events_by(self, *columns: str, status: Optional[str] = "reported") -> list:
        """Event counts grouped by the given event columns, largest first."""
        allowed = {"event_type", "sub_event_type", "country", "admin1", "location", "status"}
        if not set(columns) <= allowed:
            raise ValueError(f"cannot group events by {columns}")
        cols = ", ".join(columns)
        where, args = ("WHERE status=?", (status,)) if status else ("", ())
        return self.db.execute(f"SELECT {cols}, count(*) FROM events {where} GROUP BY {cols} "
                               f"ORDER BY count(*) DESC, {cols}", args).fetchall()

    def search(self, query: str, limit: int = 20) -> list:
        """Articles whose title or text match an FTS5 query, best first; QueryError when it cannot parse."""
        try:
            return self._search(query, limit)
        except sqlite3.OperationalError as e:
            if _locked(e) or "no such table" in str(e):
                raise StoreError(f"cannot search {self.path}: {e}") from None
            raise QueryError(f"bad search query {query!r}: {e}") from None

    def _search(self, query: str, limit: int) -> list:
        return self.db.execute("SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
                               "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? "
                               "ORDER BY rank LIMIT ?", (query, limit)).fetchall()


def _statements(script: str) -> Iterator[str]:
    """The complete SQL statements of a script, one by one (trigger bodies kept whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip():
        yield pending
