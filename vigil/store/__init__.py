"""The store: one narrow repository interface over the database.

SQLite (WAL mode, named migrations recorded in a table, FTS5 over article
text) is the default; a ``postgresql://`` URL opens the same store in PostgreSQL
(vigil.store.postgres: same migrations, same code, for teams and many writers).
Content-hash article ids make ingestion idempotent: the same document
ingested twice changes nothing.
"""
from __future__ import annotations

from typing import Optional

from ..errors import StoreBusy, StoreError
from .sqlite import SQLiteStore


def open_store(target: str, wait: Optional[float] = None, threads: bool = False) -> SQLiteStore:
    """The store at ``target``: a SQLite file path, or a ``postgresql://`` URL (PostgresStore).
    ``wait``: seconds a write waits for another process's lock before StoreBusy (default sqlite.WAIT);
    ``threads``: the connection may be handed from thread to thread (one at a time: the web server's)."""
    if target.startswith(("postgres://", "postgresql://")):
        try:
            from .postgres import PostgresStore
        except ImportError:
            raise StoreError("PostgreSQL stores need the psycopg package",
                             hint="pip install -c requirements/constraints.txt psycopg[binary]") from None
        return PostgresStore(target, wait, threads=threads)
    return SQLiteStore(target, wait, threads=threads)


class StoredIds:
    """``StoredIds(target)(ids)``: the ids among ``ids`` of articles the store at ``target`` holds.
    It can be sent to worker processes: each opens its own connection on first use."""

    def __init__(self, target: str):
        self.target, self._store = target, None

    def __call__(self, ids: list) -> set:
        if self._store is None:
            self._store = open_store(self.target)
        return self._store.stored_ids(ids)

    def __getstate__(self) -> dict:
        return {"target": self.target, "_store": None}


__all__ = ["open_store", "SQLiteStore", "StoredIds", "StoreError", "StoreBusy"]
