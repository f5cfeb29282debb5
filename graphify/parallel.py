"""Running extraction where the cores are: in this process, in a pool of local processes
(``jobs``), or on a Dask cluster (``dask``). Results come back in input order, and only a
bounded number of batches is in flight, so memory grows with the graph, not with the corpus.

Each worker loads the spaCy pipeline once and keeps it for every batch it is given.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from graphify.extract import Extraction, Extractor
from graphify.model import Cable

# The extractor of this worker process, loaded on first use and kept.
_worker_extractors: dict[tuple, Extractor] = {}


def _extract_batch(extractor: Extractor, cables: list[Cable]) -> list[Extraction]:
    """Extract one batch in a worker, reusing the worker's pipeline for the same settings."""
    local = _worker_extractors.setdefault(extractor.settings(), extractor)
    return list(local.extract_many(cables))


def default_jobs() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_batches(
    extractor: Extractor,
    batches: Iterable[list[Cable]],
    *,
    jobs: int = 1,
    dask: str | None = None,
    window: int | None = None,
) -> Iterator[list[Extraction]]:
    """The extraction of each batch, in order.

    ``jobs`` > 1 runs batches in that many local processes; ``dask`` is a scheduler address
    (``tcp://host:8786``) or ``local`` for a LocalCluster. ``window`` bounds the batches in
    flight (default: 2 per worker).
    """
    if dask:
        yield from _on_dask(extractor, batches, dask, window)
    elif jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        try:
            yield from _in_order(lambda batch: pool.submit(_extract_batch, extractor, batch), batches, window or 2 * jobs)
        except BaseException:
            # Ctrl-C or an error: do not wait for the batches still queued.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    else:
        for batch in batches:
            yield list(extractor.extract_many(batch)) if batch else []


def _in_order(submit, batches: Iterable[list[Cable]], window: int) -> Iterator[list[Extraction]]:
    """Submit batches, at most ``window`` in flight, and yield their results in order; an empty
    batch (every cable found in the cache) is not sent anywhere."""
    pending: deque[Future] = deque()
    for batch in batches:
        if batch:
            pending.append(submit(batch))
        else:
            done: Future = Future()
            done.set_result([])
            pending.append(done)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _on_dask(extractor: Extractor, batches: Iterable[list[Cable]], address: str, window: int | None):
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(processes=True, n_workers=default_jobs(), threads_per_worker=1) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # The extractor goes to the cluster once; every task refers to it.
        [shared] = client.scatter([extractor], broadcast=True)
        submit = lambda batch: client.submit(_extract_batch, shared, batch, pure=False)  # noqa: E731
        yield from _in_order(submit, batches, window or 2 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
