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

from .. import link
from ..errors import QueryError, StoreBusy, StoreError
from ..model import Record, to_dict
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
    def __init__(self, path: str, wait: Optional[float] = None, threads: bool = False):
        self.path, self.wait = path, WAIT if wait is None else wait
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError(f"cannot open database {path}: folder {folder} does not exist")
        try:
            self.db = sqlite3.connect(path, timeout=min(BUSY_TIMEOUT, self.wait), check_same_thread=not threads)
            self._retry(lambda: self.db.execute("PRAGMA journal_mode=WAL"))
            self.db.execute("PRAGMA foreign_keys=ON")
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
        return self._retry(self._migrate)

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
        with self.db:
            if self.db.execute("SELECT 1 FROM articles WHERE id=?", (art.id,)).fetchone():
                self.db.execute("DELETE FROM failures WHERE source=?", (art.source,))
                return False
            self.db.execute(
                "INSERT INTO articles(id, source, source_id, title, byline, published, url, outlet, language, text,"
                " removed, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (art.id, art.source, art.source_id, art.title, art.byline, art.published, art.url, art.outlet, art.language,
                 art.text, json.dumps(list(art.removed), ensure_ascii=False), json.dumps(rec.to_dict(), ensure_ascii=False)))
            self._insert("events", [self._event_row(art.id, e) for e in rec.events])
            self._insert("claims", [(c.id, art.id, c.event_id, c.kind, c.value, c.low, c.high, c.qualifier,
                                  c.claimant.name, c.claimant.canonical, c.claimant.type, c.cue, _j(c.evidence))
                                 for c in rec.claims])
            self._insert("quotes", [(q.id, art.id, q.event_id, q.text, q.speaker and q.speaker.name,
                                  q.speaker and q.speaker.canonical, q.medium, _j(q.evidence)) for q in rec.quotes])
            self._insert("places", [(art.id, p.start, p.end, p.name, p.geonameid, p.latitude, p.longitude, p.feature,
                                  p.admin1, p.country) for p in rec.places])
            self._link(rec)
            self.db.execute("DELETE FROM failures WHERE source=?", (art.source,))
        return True

    def _link(self, rec: Record) -> None:
        """Mark a near-duplicate article, and give each event the cluster of the same event elsewhere."""
        art = rec.article
        fp = link.simhash(art.text)
        dup = None
        for band, value in link.bands(fp):
            for other, other_fp in self.db.execute(
                    "SELECT a.id, a.simhash FROM article_bands b JOIN articles a ON a.id = b.article_id "
                    "WHERE b.band=? AND b.value=? AND a.id != ?", (band, value, art.id)):
                if dup is None and link.near_duplicate(fp, other_fp):
                    dup = other
        self.db.execute("UPDATE articles SET simhash=?, duplicate_of=? WHERE id=?", (fp, dup, art.id))
        self.db.executemany("INSERT OR IGNORE INTO article_bands VALUES (?,?,?)",
                            [(b, v, art.id) for b, v in link.bands(fp)])
        cols = "id, cluster_id, event_type, sub_event_type, date, geonameid, latitude, longitude, status"
        for ev in rec.events:
            cluster = ev.id
            if ev.date and ev.status == "reported":
                row = dict(zip(cols.split(", "), self.db.execute(f"SELECT {cols} FROM events WHERE id=?",
                                                                  (ev.id,)).fetchone()))
                for cand in self.db.execute(
                        f"SELECT {cols} FROM events WHERE article_id != ? AND event_type=? AND date "
                        "BETWEEN date(?, '-1 day') AND date(?, '+1 day') ORDER BY rowid",
                        (art.id, ev.event_type, ev.date, ev.date)):
                    cand = dict(zip(cols.split(", "), cand))
                    if link.same_event(row, cand):
                        cluster = cand["cluster_id"] or cand["id"]
                        break
            self.db.execute("UPDATE events SET cluster_id=? WHERE id=?", (cluster, ev.id))

    def _insert(self, table: str, rows: list) -> None:
        """Rows give the table's columns in schema order, up to the columns later migrations added."""
        if rows:
            names = [r[1] for r in self.db.execute(f"PRAGMA table_info({table})")][:len(rows[0])]
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
                                "SET error=excluded.error, attempts=attempts+1, failed_at=datetime('now')",
                                (source, error))
        self._retry(write)

    def clear_failures(self, sources) -> None:
        """Forget these failures (their documents were read again and did not fail)."""
        def write():
            with self.db:
                self.db.executemany("DELETE FROM failures WHERE source=?", [(s,) for s in sources])
        self._retry(write)

    # -- reading -----------------------------------------------------------------------------

    def failures(self) -> list:
        return [{"source": s, "error": e, "attempts": n} for s, e, n in
                self.db.execute("SELECT source, error, attempts FROM failures ORDER BY source")]

    def counts(self) -> dict:
        tables = ["articles", "events", "claims", "quotes", "places", "failures"]
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def records(self) -> Iterator[dict]:
        for (rec,) in self.db.execute("SELECT record FROM articles ORDER BY ingested_at, rowid"):
            yield json.loads(rec)

    def links(self) -> dict:
        """How much linking found: near-duplicate articles, events told by more than one report."""
        dups = self.db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
        multi = self.db.execute("SELECT count(*) FROM (SELECT cluster_id FROM events GROUP BY cluster_id "
                                "HAVING count(DISTINCT article_id) > 1)").fetchone()[0]
        return {"near_duplicate_articles": dups, "events_in_several_reports": multi}

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
