"""The whole job as one library call: read -> parse -> extract -> resolve -> graph, with a report.

The CLI is a thin layer over :func:`build`, so a notebook gets the same power:

>>> graph, report = build(["seeds"], ner=False)
>>> report.read, report.in_graph, len(report.skipped)
(5, 5, 0)
"""

from __future__ import annotations

import csv
import io
import os
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import networkx as nx
from tqdm import tqdm

from graphify.cache import ExtractionCache, cable_key
from graphify.export.atomic import atomic_file
from graphify.extract import Extraction, Extractor
from graphify.graph import GraphBuilder
from graphify.model import Cable, RawCable, Skipped
from graphify.parallel import extract_batches
from graphify.parse import parse_raw, why_no_id
from graphify.read import read_cables


#: Cables parsed before their bodies go through the NER pipeline together.
BATCH_SIZE = 64


@dataclass
class BuildReport:
    """What a build read, what it kept and what it skipped, and how long it took.

    ``read`` counts every input record (cables and unreadable inputs alike), so that
    ``read == in_graph + len(skipped)``. ``without_entities`` are cables in the graph whose
    extraction failed: their headers are there, their bodies' entities are not.
    """

    read: int = 0
    in_graph: int = 0
    by_format: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    without_entities: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    cache_hits: int = 0  # cables whose extraction came from the cache
    cache_misses: int = 0  # cables extracted in this run although a cache was given

    @property
    def cables_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def build(
    paths: Iterable[str | os.PathLike],
    *,
    ner: bool = True,
    model: str | None = None,
    jobs: int = 1,
    dask: str | None = None,
    cache: str | os.PathLike | None = None,
    progress: bool = False,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Read every cable under ``paths`` and build the graph: headers always, and, with ``ner``,
    the people, ministries and countries of the bodies (spaCy ``model``, default: see
    :func:`graphify.nlp.default_model`).

    ``jobs`` runs extraction in that many local processes, ``dask`` on a Dask cluster (a
    scheduler address, or ``local``); ``cache`` is an SQLite file of extraction results that
    makes a rerun skip NER for the cables it has seen (see :mod:`graphify.cache`).

    Raises FileNotFoundError before any work when a path does not exist.
    """
    paths = list(paths)
    for path in paths:
        if not os.path.exists(path):
            raise FileNotFoundError(f"no such file or folder: {path}")
    records = read_cables(paths)
    if progress:
        records = tqdm(records, unit=" cables", desc="reading", dynamic_ncols=True, mininterval=0.5)
    return build_from_records(records, ner=ner, model=model, jobs=jobs, dask=dask, cache=cache)


def build_from_records(
    records: Iterable[RawCable | Skipped],
    *,
    ner: bool = True,
    model: str | None = None,
    jobs: int = 1,
    dask: str | None = None,
    cache: str | os.PathLike | None = None,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Build the graph from what readers yield (see :func:`graphify.read.read_cables`)."""
    report = BuildReport()
    builder = GraphBuilder()
    started = time.perf_counter()

    def parsed_batches() -> Iterator[list[Cable]]:
        batch: list[Cable] = []
        for record in records:
            report.read += 1
            if isinstance(record, Skipped):
                report.skipped.append(record)
                continue
            cable = parse_raw(record)
            if not cable.cable_id:
                report.skipped.append(Skipped(record.source, record.location, why_no_id(cable)))
                continue
            report.in_graph += 1
            report.by_format[record.format] += 1
            batch.append(cable)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
        if batch:
            yield batch

    if not ner:
        for batch in parsed_batches():
            for cable in batch:
                builder.add_cable(cable)
    else:
        extractor = Extractor(model)
        store = ExtractionCache(cache, extractor.fingerprint()) if cache else None
        pending: deque[tuple[list[Cable], list[str], dict[str, Extraction]]] = deque()

        def uncached() -> Iterator[list[Cable]]:
            for batch in parsed_batches():
                keys = [cable_key(cable) for cable in batch]
                known = store.get_many(keys) if store else {}
                report.cache_hits += sum(key in known for key in keys) if store else 0
                report.cache_misses += sum(key not in known for key in keys) if store else 0
                pending.append((batch, keys, known))
                yield [cable for cable, key in zip(batch, keys) if key not in known]

        try:
            for results in extract_batches(extractor, uncached(), jobs=jobs, dask=dask):
                batch, keys, known = pending.popleft()
                fresh = dict(zip((key for key in keys if key not in known), results))
                if store is not None and fresh:
                    store.put_many({key: found for key, found in fresh.items() if found.error is None})
                for cable, key in zip(batch, keys):
                    extraction = known.get(key) or fresh[key]
                    if extraction.error is not None:
                        reason = f"in the graph without entities: extraction failed: {extraction.error}"
                        report.without_entities.append(Skipped(cable.source or "", cable.cable_id or "", reason))
                    builder.add_cable(cable, extraction)
        finally:
            if store is not None:
                store.close()
    graph = builder.finish()
    report.seconds = time.perf_counter() - started
    return graph, report


def write_skipped_csv(skipped: Iterable[Skipped], path: str | os.PathLike) -> None:
    """Write the skipped inputs as CSV (source, location, reason), atomically; sorted by
    source, each source's in the order they were read."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["source", "location", "reason"])
    for item in sorted(skipped, key=lambda item: item.source):
        writer.writerow([item.source, item.location, item.reason])
    with atomic_file(path) as handle:
        handle.write(text.getvalue().encode("utf-8"))
