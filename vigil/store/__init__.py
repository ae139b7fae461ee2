"""The store: one narrow repository interface over the database.

SQLite (WAL mode, named migrations recorded in a table, FTS5 over article
text) is the default; ``open_store`` is where PostgreSQL will plug in.
Content-hash article ids make ingestion idempotent: the same document
ingested twice changes nothing.
"""
from __future__ import annotations

from typing import Optional

from ..errors import StoreBusy, StoreError
from .sqlite import SQLiteStore


def open_store(target: str, wait: Optional[float] = None, threads: bool = False) -> SQLiteStore:
    """The store at ``target``: a SQLite file path (``postgresql://`` URLs are not supported yet).
    ``wait``: seconds a write waits for another process's lock before StoreBusy (default sqlite.WAIT);
    ``threads``: the connection may be handed from thread to thread (one at a time: the web server's)."""
    if target.startswith(("postgres://", "postgresql://")):
        raise StoreError("PostgreSQL stores are not supported yet", hint="use a SQLite file path for --db")
    return SQLiteStore(target, wait, threads=threads)


__all__ = ["open_store", "SQLiteStore", "StoreError", "StoreBusy"]
