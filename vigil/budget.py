"""The time budget of one document: work that runs over it stops, and the document is recorded
as failed (and retryable) instead of stalling the batch.

``within(seconds)`` arms a real-time timer (SIGALRM) around the block; when it fires, the block
raises ``OverBudget``. It is a BaseException, so that no extractor's ``except Exception`` can
swallow it. The timer needs the main thread of a Unix process: elsewhere (a worker thread, or
Windows) the block runs without a limit. A limit of 0 or less means none.
"""
from __future__ import annotations

import contextlib
import signal
import threading


class OverBudget(BaseException):
    """The document's work took longer than its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def enforceable() -> bool:
    """Can ``within`` stop work here (main thread, SIGALRM available)?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def within(seconds: float):
    """Raise OverBudget in the block once it has run ``seconds`` of wall-clock time."""
    if not seconds or seconds <= 0 or not enforceable():
        yield
        return

    def expire(signum, frame):
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
