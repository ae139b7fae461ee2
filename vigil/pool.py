"""Worker processes: the whole pipeline on every core, records in input order, memory bounded.

``run`` cuts the documents into blocks and hands them to ``workers`` processes, each of which
builds its own ``Pipeline`` once (the model and the gazetteer load once per worker) and annotates a
block with ``nlp.pipe`` then extracts it. The parent only reads, and yields the records in input
order to its one writer. At most ``2 * workers`` blocks are in flight, so memory stays flat however
long the input: the reader is never run ahead of the writer by more than that.

A worker that dies (killed, out of memory) takes the pool with it: the pool is started again and
the blocks that were in flight are run again one at a time, so the block that kills its worker is
found and its documents fail (each with its own retryable error), the others are done; the batch
goes on. Ctrl-C stops the run:
the workers ignore SIGINT and are shut down by the parent.
"""
from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Optional

from .model import RawDoc, Record

_PIPELINE = None      # this worker process's pipeline, built once by _start


def _start(make, options, known) -> None:
    global _PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    _die_with_parent()
    _PIPELINE = make(options.with_(workers=1), known=known)


def _die_with_parent() -> None:
    """A worker whose parent is killed (SIGKILL, a crash) ends too, instead of living on orphaned."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)              # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass


def _work(block: list) -> list:
    warm(_PIPELINE)
    return _PIPELINE.run_block(block)


def warm(pipe) -> None:
    """Load the pipeline's model, gazetteer and classifier now, once, so that no document's time
    budget (time_limit) pays for them. A loading error is left for the documents to meet (each
    fails with it, as they would without this)."""
    if getattr(pipe, "_warm", False):
        return
    try:
        for part in ("nlp", "gazetteer", "classifier"):
            getattr(pipe, part)
    except Exception:      # noqa: BLE001
        return
    pipe._warm = True


def _context():
    """Fork where there is fork (the parent has not loaded the model: each worker loads its own);
    spawn elsewhere."""
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def run(make: Callable, failed: Callable, options, raws: Iterable[RawDoc], known: Optional[Callable] = None,
        block_size: Optional[int] = None) -> Iterator[Record]:
    """Records for ``raws`` in input order, made by ``options.workers`` processes, each with the
    pipeline ``make(options, known=known)`` builds; ``failed(raw, problem)`` is a failed document's."""
    workers = max(1, options.workers)
    size = block_size or max(1, options.batch_size)
    raws = iter(raws)
    pool = _pool(make, options, known, workers)
    pending: deque = deque()          # (block, future), oldest first
    todo: deque = deque()             # blocks lost with a dead worker, to run again, oldest first
    careful = 0                       # after a death: run that many blocks one at a time, to find the culprit
    finished = False
    try:
        while True:
            while len(pending) < (1 if careful else 2 * workers):
                block = todo.popleft() if todo else list(itertools.islice(raws, size))
                if not block:
                    break
                pending.append((block, _submit(pool, block)))
            if not pending:
                finished = True
                return
            block, future = pending.popleft()
            try:
                records = future.result() if future is not None else None
            except BrokenProcessPool:
                records = None
            if records is not None:
                careful = max(0, careful - 1)
                yield from records
                continue
            pool.shutdown(wait=False, cancel_futures=True)      # a worker died: the pool is lost
            pool = _pool(make, options, known, workers)
            if careful:               # run alone, it killed its worker: this block is the culprit
                careful -= 1
                yield from (failed(raw, "worker process died while processing this document's batch; "
                                        "retry it (vigil ingest --retry-failed)") for raw in block)
                continue
            lost = [block] + [b for b, _ in pending] + list(todo)
            pending.clear()
            todo = deque(lost)
            careful = len(lost)
    finally:                          # interrupted (Ctrl-C, the writer failed): stop the workers now
        if not finished:
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(make, options, known, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start, initargs=(make, options, known))


def _submit(pool, block: list):
    try:
        return pool.submit(_work, block)
    except BrokenProcessPool:
        return None
