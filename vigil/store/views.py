"""Reading events as reviewers see them: the machine's rows with the corrections applied, filtered.

Corrections (table ``corrections``, one row per event and field, JSON values) are kept apart from the
machine's ``events`` rows and laid over them here, on read, so re-extraction never loses them. Every
filter is a bound parameter; column names come only from the fixed tables below.

The SQL is SQLite's; where PostgreSQL differs (JSON values, the search index, week arithmetic) the
store's ``dialect`` picks the other form, here, in one place. A search (``q``) is an FTS5 query on
SQLite and a web-search query (words, "a phrase", or, -word) on PostgreSQL.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Optional

from ..errors import QueryError, UsageError

# The fields a reviewer may correct, and the type each reviewed value must have.
REVIEWABLE = {"event_type": str, "sub_event_type": str, "status": str, "date": str, "location": str,
              "latitude": float, "longitude": float, "admin1": str, "country": str, "fatalities": int,
              "injured": int, "arrested": int, "actor1": str, "actor2": str, "marked_false": bool}
STATUSES = ("reported", "historical", "planned", "negated")
MACHINE = ("id", "article_id", "plover_type", "plover_mode", "date_end", "time_precision",
           "actor1_inter", "actor2_inter", "geonameid", "geo_precision", "confidence")
SEARCH_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"     # PostgreSQL's search index
CASTS = {str: "", float: "::double precision", int: "::bigint", bool: "::boolean"}
SORTS = {"date": "r.date", "fatalities": "r.fatalities", "event_type": "r.event_type", "country": "r.country",
         "location": "r.location", "confidence": "r.confidence", "status": "r.status", "id": "r.id"}


def reviewed_sql(dialect: str = "sqlite") -> str:
    """SELECT of every event as reviewed: corrected fields replaced, plus ``reviewed`` and ``marked_false``."""
    pg = dialect == "postgresql"
    pivot = ", ".join(f"max(CASE WHEN field='{f}' THEN value END) AS \"{f}\"" for f in REVIEWABLE)
    cols = [f"e.{c}" for c in MACHINE] + ["(SELECT m.canonical_id FROM mentions m WHERE m.event_id = e.id) AS canonical_id"]
    for f in REVIEWABLE:
        machine = ("false" if pg else "0") if f == "marked_false" else f"e.{f}"
        value = f"(c.\"{f}\"::jsonb #>> '{{}}'){CASTS[REVIEWABLE[f]]}" if pg else f"json_extract(c.\"{f}\", '$')"
        cols.append(f"CASE WHEN c.\"{f}\" IS NULL THEN {machine} ELSE {value} END AS {f}")
    cols.append("c.event_id IS NOT NULL AS reviewed")
    return (f"SELECT {', '.join(cols)} FROM events e LEFT JOIN "
            f"(SELECT event_id, {pivot} FROM corrections GROUP BY event_id) c ON c.event_id = e.id")


REVIEWED = {d: reviewed_sql(d) for d in ("sqlite", "postgresql")}


def matching(column: str, dialect: str) -> str:
    """SQL: ``column`` (an article id) is that of an article the bound search query matches."""
    if dialect == "postgresql":
        return f"{column} IN (SELECT id FROM articles WHERE {SEARCH_VECTOR} @@ websearch_to_tsquery('simple', ?))"
    return (f"{column} IN (SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ?)")


@dataclass(frozen=True)
class EventFilter:
    """Every filter the events API, the pages and the exports take; None means no filter."""
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    event_type: tuple = ()
    sub_event_type: tuple = ()
    status: tuple = ()
    country: tuple = ()
    admin1: tuple = ()
    actor: Optional[str] = None            # part of actor1's or actor2's name, any case
    q: Optional[str] = None                # FTS5 query over the reports' title and text
    bbox: Optional[tuple] = None           # (west, south, east, north) in degrees
    min_reports: Optional[int] = None      # corroboration: reports telling the same event (linked cluster)
    include_false: bool = False            # events a reviewer marked false are left out unless asked for
    reviewed: Optional[bool] = None

    def where(self, dialect: str = "sqlite") -> tuple:
        """The WHERE clause over the reviewed rows ``r`` and its bound arguments."""
        sql, args = [], []

        def one_of(col, values):
            if values:
                sql.append(f"{col} IN ({','.join('?' * len(values))})")
                args.extend(values)
        if self.date_from:
            sql.append("r.date >= ?"), args.append(self.date_from)
        if self.date_to:
            sql.append("r.date <= ?"), args.append(self.date_to)
        one_of("r.event_type", self.event_type)
        one_of("r.sub_event_type", self.sub_event_type)
        one_of("r.status", self.status)
        one_of("r.country", [c.upper() for c in self.country])
        one_of("r.admin1", self.admin1)
        if self.actor:
            sql.append("(strpos(lower(r.actor1), lower(?)) > 0 OR strpos(lower(r.actor2), lower(?)) > 0)"
                       if dialect == "postgresql" else "(instr(lower(r.actor1), lower(?)) OR instr(lower(r.actor2), lower(?)))")
            args += [self.actor, self.actor]
        if self.q:
            sql.append(matching("r.article_id", dialect))
            args.append(self.q)
        if self.bbox:
            west, south, east, north = self.bbox
            sql.append("r.latitude BETWEEN ? AND ?")
            args += [south, north]
            if west <= east:
                sql.append("r.longitude BETWEEN ? AND ?")
                args += [west, east]
            else:                                   # a box across the antimeridian
                sql.append("(r.longitude >= ? OR r.longitude <= ?)")
                args += [west, east]
        if self.min_reports:
            sql.append("(SELECT CASE WHEN r.canonical_id IS NULL THEN 1 ELSE (SELECT count(DISTINCT x.article_id) FROM mentions x WHERE x.canonical_id = r.canonical_id) END) >= ?")
            args.append(self.min_reports)
        if not self.include_false:
            sql.append("NOT r.marked_false")
        if self.reviewed is not None:
            sql.append("r.reviewed" if self.reviewed else "NOT r.reviewed")
        return (" WHERE " + " AND ".join(sql)) if sql else "", args

    def params(self) -> dict:
        """The filter as query parameters (for links that keep the view)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in (None, (), False):
                continue
            out[f.name] = ",".join(map(str, v)) if isinstance(v, tuple) else v
        return out


def parse_sort(sort: str) -> str:
    """``date``, ``-fatalities`` ... as an ORDER BY; UsageError for a column that cannot be sorted on."""
    desc = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SORTS:
        raise UsageError(f"cannot sort by {key!r}", hint=f"sort by one of {', '.join(SORTS)} (prefix - for descending)")
    nulls = " NULLS LAST"
    return f"{SORTS[key]} {'DESC' if desc else 'ASC'}{nulls}, r.id"


class EventViews:
    """Reading methods of the store (mixed into SQLiteStore): events as reviewed, and what they refer to."""
    db: sqlite3.Connection
    dialect = "sqlite"             # PostgresStore: "postgresql"

    @property
    def _reviewed(self) -> str:
        return REVIEWED[self.dialect]

    def _where(self, flt: EventFilter) -> tuple:
        """``flt.where()``, after checking its search query parses (QueryError naming the problem if not)."""
        if flt.q and self.dialect == "sqlite":       # PostgreSQL's web-search syntax takes any text
            try:
                self.db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (flt.q,)).fetchall()
            except sqlite3.OperationalError as e:
                raise QueryError(f"bad search query {flt.q!r}: {e}") from None
        return flt.where(self.dialect)

    def _rows(self, sql: str, args=()) -> list:
        cur = self.db.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def find_events(self, flt: EventFilter, sort: str = "-date", limit: Optional[int] = 50,
                    offset: int = 0) -> tuple:
        """(rows, total): the reviewed events matching ``flt``, sorted and paged; each row also has
        ``reports``, how many articles tell the same event."""
        where, args = self._where(flt)
        total = self._rows(f"SELECT count(*) AS n FROM ({self._reviewed}) r{where}", args)[0]["n"]
        page = "" if limit is None else " LIMIT ? OFFSET ?"
        rows = self._rows(
            f"SELECT r.*, (SELECT CASE WHEN r.canonical_id IS NULL THEN 1 ELSE (SELECT count(DISTINCT x.article_id) FROM mentions x WHERE x.canonical_id = r.canonical_id) END)"
            f" AS reports FROM ({self._reviewed}) r{where} ORDER BY {parse_sort(sort)}{page}",
            args + ([limit, offset] if limit is not None else []))
        for row in rows:
            row["reviewed"], row["marked_false"] = bool(row["reviewed"]), bool(row["marked_false"])
        return rows, total

    def map_points(self, flt: EventFilter) -> list:
        """Compact rows for the map: [id, latitude, longitude, event_type, fatalities, date, location]."""
        where, args = self._where(flt)
        where = (where + " AND" if where else " WHERE") + " r.latitude IS NOT NULL AND r.longitude IS NOT NULL"
        return [list(r.values()) for r in self._rows(
            f"SELECT r.id, r.latitude, r.longitude, r.event_type, r.fatalities, r.date, r.location "
            f"FROM ({self._reviewed}) r{where} ORDER BY r.date, r.id", args)]

    def timeline(self, flt: EventFilter, bucket: str = "day") -> list:
        """(period, event_type, count) rows; a week is named by its Monday."""
        if bucket not in ("day", "week"):
            raise UsageError(f"bucket must be day or week, not {bucket!r}")
        period = "r.date" if bucket == "day" else (
            "CASE WHEN r.date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN to_char(date_trunc('week', r.date::date), "
            "'YYYY-MM-DD') END" if self.dialect == "postgresql"
            else "date(r.date, '-' || ((strftime('%w', r.date) + 6) % 7) || ' days')")
        where, args = self._where(flt)
        where = (where + " AND" if where else " WHERE") + " r.date IS NOT NULL"
        return [(r["p"], r["t"], r["n"]) for r in self._rows(
            f"SELECT {period} AS p, r.event_type AS t, count(*) AS n FROM ({self._reviewed}) r{where} "
            f"GROUP BY p, t ORDER BY p, t", args)]

    def tally(self, column: str, flt: EventFilter, limit: int = 200) -> list:
        """How many matching events per value of one reviewed column (places, actors, types)."""
        cols = {"location": "r.location, r.admin1, r.country, r.latitude, r.longitude", "event_type": "r.event_type",
                "sub_event_type": "r.event_type, r.sub_event_type", "country": "r.country"}
        where, args = self._where(flt)
        if column in ("actor1", "actor2", "actor"):
            return self._rows(
                f"SELECT actor AS name, count(*) AS events FROM (SELECT r.actor1 AS actor FROM ({self._reviewed}) r{where} "
                f"UNION ALL SELECT r.actor2 FROM ({self._reviewed}) r{where}) u WHERE actor IS NOT NULL "
                f"GROUP BY actor ORDER BY events DESC, actor LIMIT ?", args + args + [limit])
        if column not in cols:
            raise UsageError(f"cannot count events by {column!r}")
        return self._rows(f"SELECT {cols[column]}, count(*) AS events FROM ({self._reviewed}) r{where} "
                          f"GROUP BY {cols[column]} ORDER BY events DESC LIMIT ?", args + [limit])

    def event(self, event_id: str) -> Optional[dict]:
        """One event as reviewed (None when there is no such event)."""
        rows = self._rows(f"SELECT r.* FROM ({self._reviewed}) r WHERE r.id = ?", (event_id,))
        if not rows:
            return None
        row = rows[0]
        row["reviewed"], row["marked_false"] = bool(row["reviewed"]), bool(row["marked_false"])
        return row

    def article(self, article_id: str) -> Optional[dict]:
        """One stored article with its contract record (None when unknown)."""
        rows = self._rows("SELECT id, source, source_id, title, byline, published, url, outlet, language, text, "
                          "duplicate_of, ingested_at, record FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        row = rows[0]
        row["record"] = json.loads(row["record"])
        return row

    def articles(self, limit: int = 50, offset: int = 0, q: Optional[str] = None) -> tuple:
        """(rows, total): stored articles, newest first, optionally matching an FTS5 query."""
        where, args = "", []
        if q:
            self._where(EventFilter(q=q))
            where, args = (" WHERE " + matching("a.id", self.dialect), [q])
        total = self._rows(f"SELECT count(*) AS n FROM articles a{where}", args)[0]["n"]
        rows = self._rows(
            "SELECT a.id, a.title, a.published, a.outlet, a.source, a.source_id, a.duplicate_of, "
            f"(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a{where} "
            "ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", args + [limit, offset])
        return rows, total

    def cluster(self, event_id: str) -> list:
        """The other stored events linked to this one: the same canonical event in other reports."""
        return self._rows(
            "SELECT e.id, e.article_id, a.title, e.event_type, e.sub_event_type, e.date, e.location FROM events e "
            "JOIN articles a ON a.id = e.article_id JOIN mentions m ON m.event_id = e.id "
            "WHERE m.canonical_id = (SELECT canonical_id FROM mentions WHERE event_id = ?) "
            "AND e.id != ? ORDER BY e.date, e.id", (event_id, event_id))
