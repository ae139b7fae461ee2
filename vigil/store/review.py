"""Reviewers' corrections, their audit log, and reviewer accounts (mixed into SQLiteStore).

A correction never touches the machine's rows: it is one row per (event, field) in ``corrections``,
laid over the event on read (``views.REVIEWED``), and every change also appends to ``audit``
(who, when, field, before, after, comment). Exports carry the reviewed values, a ``reviewed`` flag
and, in JSONL, each correction with the machine's value it replaced.
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from typing import Optional

from ..errors import UsageError
from .views import REVIEWABLE, STATUSES

ROLES = ("reviewer", "admin")
LOCATION_FIELDS = {"location": "name", "latitude": "latitude", "longitude": "longitude", "admin1": "admin1",
                   "country": "country"}


def check_value(field: str, value):
    """``value`` as the type ``field`` takes (None clears a count or a place), or UsageError saying why not."""
    if field not in REVIEWABLE:
        raise UsageError(f"{field!r} cannot be corrected", hint=f"fields: {', '.join(REVIEWABLE)}")
    kind = REVIEWABLE[field]
    if value is None or value == "":
        if field in ("event_type", "sub_event_type", "status", "marked_false"):
            raise UsageError(f"{field} cannot be empty")
        return None
    try:
        if kind is bool:
            if isinstance(value, str):
                value = {"true": True, "1": True, "on": True, "false": False, "0": False, "off": False}[value.lower()]
            return bool(value)
        if kind is int:
            number = int(value)
            if number < 0:
                raise ValueError
            return number
        if kind is float:
            number = float(value)
            if field == "latitude" and not -90 <= number <= 90 or field == "longitude" and not -180 <= number <= 180:
                raise ValueError
            return number
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"{field}: not a valid {kind.__name__}: {value!r}") from None
    value = str(value).strip()
    if field == "status" and value not in STATUSES:
        raise UsageError(f"status must be one of {', '.join(STATUSES)}, not {value!r}")
    if field == "date":
        try:
            value = dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise UsageError(f"date: not of the form YYYY-MM-DD: {value!r}") from None
    if field == "country" and (len(value) != 2 or not value.isalpha()):
        raise UsageError(f"country: not an ISO 3166-1 alpha-2 code: {value!r}")
    return value.upper() if field == "country" else value


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def overlay(event: dict, corrections: list) -> dict:
    """A contract event dict with the reviewed values laid over it, plus ``reviewed`` and ``corrections``
    (each: field, value, machine_value, reviewer, at, comment), the provenance exports carry."""
    out = json.loads(json.dumps(event))
    applied = []
    for c in corrections:
        field, value = c["field"], c["value"]
        if field in LOCATION_FIELDS:
            loc = out.get("location") or {"name": None, "geonameid": None, "latitude": None, "longitude": None,
                                          "admin1": None, "country": None, "geo_precision": None}
            machine = loc.get(LOCATION_FIELDS[field])
            loc[LOCATION_FIELDS[field]] = value
            out["location"] = loc
        elif field in ("actor1", "actor2"):
            actor = out.get(field) or {}
            machine = actor.get("canonical") or actor.get("name")
            out[field] = None if value is None else {**actor, "name": value, "canonical": value}
        else:
            machine = out.get(field, False if field == "marked_false" else None)
            out[field] = value
        applied.append({**c, "machine_value": machine})
    out["reviewed"] = bool(applied)
    out.setdefault("marked_false", False)
    out["corrections"] = applied
    return out


class ReviewStore:
    """Write and read methods for review; ``self.db`` and ``self._retry`` come from SQLiteStore."""
    db: sqlite3.Connection

    def correct(self, event_id: str, changes: dict, reviewer: str, comment: Optional[str] = None) -> list:
        """Apply a reviewer's changes (field -> value) to one event; returns the audit entries written.
        A value equal to the one shown now is no change and is not logged."""
        if not changes:
            raise UsageError("no change given")
        checked = {f: check_value(f, v) for f, v in changes.items()}

        def write():
            with self.db:
                current = self.event(event_id)
                if current is None:
                    raise KeyError(event_id)
                entries, at = [], now()
                for field, value in checked.items():
                    before = current[field]
                    if field == "marked_false":
                        before = bool(before)
                    if before == value:
                        continue
                    self.db.execute(
                        "INSERT INTO corrections(event_id, field, value, reviewer, at, comment) VALUES (?,?,?,?,?,?) "
                        "ON CONFLICT(event_id, field) DO UPDATE SET value=excluded.value, reviewer=excluded.reviewer, "
                        "at=excluded.at, comment=excluded.comment",
                        (event_id, field, json.dumps(value), reviewer, at, comment))
                    self.db.execute("INSERT INTO audit(event_id, field, before, after, reviewer, at, comment) "
                                    "VALUES (?,?,?,?,?,?,?)",
                                    (event_id, field, json.dumps(before), json.dumps(value), reviewer, at, comment))
                    entries.append({"event_id": event_id, "field": field, "before": before, "after": value,
                                    "reviewer": reviewer, "at": at, "comment": comment})
                return entries
        return self._retry(write)

    def corrections(self, event_ids) -> dict:
        """event id -> its corrections (field, value, reviewer, at, comment), for the given events."""
        out: dict = {}
        ids = list(event_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for eid, field, value, reviewer, at, comment in self.db.execute(
                    f"SELECT event_id, field, value, reviewer, at, comment FROM corrections "
                    f"WHERE event_id IN ({','.join('?' * len(chunk))}) ORDER BY event_id, field", chunk):
                out.setdefault(eid, []).append({"field": field, "value": json.loads(value), "reviewer": reviewer,
                                                "at": at, "comment": comment})
        return out

    def history(self, event_id: str) -> list:
        """The audit log of one event, oldest first."""
        return [{"field": f, "before": json.loads(b), "after": json.loads(a), "reviewer": r, "at": at, "comment": c}
                for f, b, a, r, at, c in self.db.execute(
                    "SELECT field, before, after, reviewer, at, comment FROM audit WHERE event_id = ? ORDER BY id",
                    (event_id,))]

    # -- accounts ------------------------------------------------------------------------------

    def add_user(self, name: str, password_hash: str, role: str = "reviewer") -> None:
        """Create a reviewer account, or replace the password and role of an existing one."""
        if role not in ROLES:
            raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        if not name or not name.strip() or len(name) > 64 or not name.isprintable():
            raise UsageError(f"not a usable user name: {name!r}")

        def write():
            with self.db:
                self.db.execute("INSERT INTO users(name, password_hash, role) VALUES (?,?,?) ON CONFLICT(name) "
                                "DO UPDATE SET password_hash=excluded.password_hash, role=excluded.role",
                                (name, password_hash, role))
        self._retry(write)

    def user(self, name: str) -> Optional[dict]:
        row = self.db.execute("SELECT name, password_hash, role FROM users WHERE name = ?", (name,)).fetchone()
        return dict(zip(("name", "password_hash", "role"), row)) if row else None

    def secret(self, name: str) -> str:
        """A random secret kept in the store (made on first use), e.g. the key that signs session cookies."""
        row = self.db.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]

        def write():
            with self.db:
                self.db.execute("INSERT OR IGNORE INTO secrets(name, value) VALUES (?, ?)",
                                (name, secrets.token_urlsafe(32)))
        self._retry(write)
        return self.db.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()[0]
