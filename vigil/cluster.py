"""The Dask engine (``vigil ingest --engine dask [--scheduler ADDRESS]``): extraction on a cluster.

The parent reads the input and cuts it into partitions of ``4 * batch_size`` documents; each
partition is a task that a Dask worker runs with its own ``Pipeline``, built once per worker process
(the model loads once per worker) and kept for every later task. Records come back in input order
to the one writer (the store, and a Parquet dataset when asked). At most ``2 * workers``
partitions are in flight, so memory stays flat however long the input.

Without ``--scheduler`` a ``LocalCluster`` of ``workers`` processes (one thread each) runs here;
with one, the workers of that cluster do (they need Vigil and its model installed). A task that a
worker fails (a worker killed, a task lost) fails its documents, each with its own retryable error;
the run goes on. The per-document time limit holds on Dask workers too: tasks run off the worker's
main thread, where vigil.budget stops an overlong document from a timer thread.
"""
from __future__ import annotations

import itertools
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

from .model import RawDoc, Record
from .pool import warm

_PIPELINES: dict = {}      # in each worker process: options -> Pipeline


def _extract(make, options, known, block: list) -> list:
    pipe = _PIPELINES.get(options)
    if pipe is None:
        pipe = _PIPELINES[options] = make(options.with_(workers=1), known=known)
    warm(pipe)
    return pipe.run_block(block)


def client(scheduler: Optional[str], workers: int):
    """A Dask client: of the cluster at ``scheduler``, else of a new LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster
    from .errors import UsageError
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {e}",
                             hint="start one (dask scheduler) or leave --scheduler out for a local cluster") from None
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def run(make: Callable, failed: Callable, options, raws: Iterable[RawDoc], known: Optional[Callable] = None,
        scheduler: Optional[str] = None, notify: Callable[[str], None] = lambda msg: None) -> Iterator[Record]:
    """Records for ``raws`` in input order, made on a Dask cluster by the pipelines ``make(options,
    known=known)`` builds (one per worker); ``failed(raw, problem)`` is a failed document's record."""
    size = max(1, options.batch_size) * 4
    raws = iter(raws)
    dask = client(scheduler, options.workers)
    try:
        workers = max(1, len(dask.scheduler_info().get("workers", {})) or options.workers)
        notify(f"Dask: {workers} worker(s) at {dask.scheduler.address}")
        pending: deque = deque()
        while True:
            while len(pending) < 2 * workers:
                block = list(itertools.islice(raws, size))
                if not block:
                    break
                pending.append((block, dask.submit(_extract, make, options, known, block, pure=False)))
            if not pending:
                return
            block, future = pending.popleft()
            try:
                records = future.result()
            except Exception as e:    # noqa: BLE001  a lost task or a dead worker fails its documents, not the run
                why = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                records = [failed(raw, f"Dask task failed ({why}); retry it (vigil ingest --retry-failed)")
                           for raw in block]
            finally:
                future.release()
            yield from records
    finally:
        cluster = getattr(dask, "cluster", None)
        dask.close()
        if cluster is not None:
            cluster.close()
