"""Running at scale: local processes, the extraction cache and a Dask LocalCluster must all give
the same graph as a plain single-process build.

The input is the seeds plus real cables copied from the shared corpus into tests/fixtures
(cable-viewer pages and cables.csv rows), so that there are several batches.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest

import graphify
from graphify.pipeline import BATCH_SIZE

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


def _graph_signature(G: nx.MultiDiGraph):
    nodes = sorted((str(n), sorted(d.items())) for n, d in G.nodes(data=True))
    edges = sorted((str(u), str(v), k, sorted(d.items())) for u, v, k, d in G.edges(keys=True, data=True))
    return nodes, edges


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Seeds, HTML pages and CSV rows: more cables than one batch."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(REPO / "seeds", folder / "seeds")
    shutil.copytree(FIXTURES / "cables", folder / "cables", ignore=shutil.ignore_patterns("*.json"))
    shutil.copy(FIXTURES / "cablegate-html" / "10MADRID49.html", folder / "10MADRID49.html")
    return folder


@pytest.fixture(scope="module")
def reference(corpus):
    graph, report = graphify.build([corpus])
    assert report.in_graph > BATCH_SIZE // 2  # enough cables that batches and order matter
    return graph, report


def test_two_local_processes_give_the_same_graph(corpus, reference):
    graph, report = graphify.build([corpus], jobs=2)
    assert report.in_graph == reference[1].in_graph
    assert _graph_signature(graph) == _graph_signature(reference[0])
    # The nodes are even added in the same order (what makes the exports byte-identical).
    assert list(graph.nodes) == list(reference[0].nodes)


def test_cache_makes_a_rerun_skip_extraction(corpus, reference, tmp_path, monkeypatch):
    cache = tmp_path / "cache.sqlite"
    first, report = graphify.build([corpus], cache=cache)
    assert (report.cache_hits, report.cache_misses) == (0, report.in_graph)
    assert _graph_signature(first) == _graph_signature(reference[0])

    # A warm rerun must not run NER at all.
    def no_ner(*args, **kwargs):
        raise AssertionError("NER ran although every cable is cached")

    monkeypatch.setattr(graphify.extract.Extractor, "extract_many", no_ner)
    second, report = graphify.build([corpus], cache=cache)
    assert (report.cache_hits, report.cache_misses) == (report.in_graph, 0)
    assert _graph_signature(second) == _graph_signature(first)


def test_cache_costs_only_the_new_cables(corpus, tmp_path):
    cache = tmp_path / "cache.sqlite"
    partial = tmp_path / "partial"
    shutil.copytree(corpus / "seeds", partial / "seeds")
    graphify.build([partial], cache=cache)
    shutil.copytree(corpus / "cables", partial / "cables")
    _, report = graphify.build([partial], cache=cache)
    assert report.cache_hits == 5  # the seeds
    assert report.cache_misses == report.in_graph - 5


def test_other_options_miss_the_cache(corpus, tmp_path):
    cache = tmp_path / "cache.sqlite"
    graphify.build([corpus / "seeds"], cache=cache)
    with sqlite3.connect(cache) as db:
        [(old,)] = db.execute("SELECT DISTINCT fingerprint FROM extractions").fetchall()
    extractor = graphify.extract.Extractor(truecase_capitals=False)
    assert extractor.fingerprint() != old


@pytest.mark.skipif(os.environ.get("GRAPHIFY_SKIP_DASK") == "1", reason="GRAPHIFY_SKIP_DASK=1")
def test_dask_local_cluster_gives_the_same_graph(corpus, reference):
    pytest.importorskip("dask.distributed")
    graph, report = graphify.build([corpus], dask="local")
    assert report.in_graph == reference[1].in_graph
    assert _graph_signature(graph) == _graph_signature(reference[0])
