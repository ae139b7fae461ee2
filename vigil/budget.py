"""The time budget of one document: work that runs over it stops, and the document is recorded
as failed (and retryable) instead of stalling the batch.

``within(seconds)`` arms a real-time timer (SIGALRM) around the block; when it fires, the block
raises ``OverBudget``. It is a BaseException, so that no extractor's ``except Exception`` can
swallow it. In any other thread (a Dask worker runs its tasks in threads) a timer thread raises
``OverBudget`` in the block's thread instead (CPython's asynchronous exception): as with the signal,
it lands between two Python steps, so a long call into C code ends first. A limit of 0 or less
means none.

An exception raised where Python cannot pass it on (a garbage-collector callback, a ``__del__``)
is printed and dropped, and the block would run on. So the stop is also kept as a deadline:
``check()`` raises ``OverBudget`` once the innermost block's deadline has passed (long loops call it
between their steps), and a block that ends after its deadline raises it on leaving.
"""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time

_local = threading.local()


class OverBudget(BaseException):
    """The document's work took longer than its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def enforceable() -> bool:
    """Can ``within`` stop work here with a signal (main thread, SIGALRM available)? Elsewhere it
    stops it from a timer thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def check() -> None:
    """Raise OverBudget if the innermost ``within`` block of this thread is past its deadline."""
    limit = getattr(_local, "limit", None)
    if limit is not None and time.monotonic() > limit[0]:
        raise OverBudget(limit[1])


@contextlib.contextmanager
def within(seconds: float):
    """Raise OverBudget in the block once it has run ``seconds`` of wall-clock time."""
    if not seconds or seconds <= 0:
        yield
        return
    outer = getattr(_local, "limit", None)
    _local.limit = (time.monotonic() + seconds, seconds)
    try:
        with (_in_thread(seconds) if not enforceable() else _by_signal(seconds)):
            yield
            check()             # the timer's stop was dropped somewhere: the block still failed
    finally:
        _local.limit = outer


@contextlib.contextmanager
def _by_signal(seconds: float):
    """``within`` on the main thread: SIGALRM raises OverBudget; the previous handler comes back."""

    def expire(signum, frame):
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _in_thread(seconds: float):
    """``within`` off the main thread: a timer raises OverBudget in this thread; leaving the block
    disarms it under a lock, and takes back an exception sent but not yet raised."""
    target, lock, state = ctypes.c_ulong(threading.get_ident()), threading.Lock(), {"armed": True, "sent": False}
    late = type("OverBudget", (OverBudget,), {"__init__": lambda self: OverBudget.__init__(self, seconds)})

    def expire():
        with lock:
            if state["armed"]:
                state["sent"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(late))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            timer.cancel()
            if state["sent"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
