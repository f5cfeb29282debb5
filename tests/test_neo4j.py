"""The Neo4j export (``graphify.export.neo4j``): the seeds' graph and a graph of awkward values
written as neo4j-admin import CSV files and read back with the csv module."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import graphify
from graphify.export.neo4j import import_command, write_neo4j_csv

REPO = Path(__file__).resolve().parent.parent
PARSE = {"long": int, "double": float, "boolean": {"true": True, "false": False}.__getitem__}


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    graph, _ = graphify.build([REPO / "seeds"])
    return graph


def read_back(paths: list[Path]) -> tuple[dict, list]:
    """Nodes (id -> (labels, properties)) and relationships ((start, end, type, properties)),
    with typed columns parsed as neo4j-admin parses them."""
    nodes, relationships = {}, []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        assert body, path
        for row in body:
            assert len(row) == len(header), (path, row)
            props = {}
            for column, value in zip(header, row):
                name, _, kind = column.partition(":")
                if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE") or value == "":
                    continue
                props[name] = PARSE[kind](value) if kind else value
            if path.name.startswith("nodes-"):
                assert header[:2] == ["id:ID", ":LABEL"]
                assert row[0] not in nodes, f"{row[0]} written twice"
                nodes[row[0]] = (row[1].split(";"), props)
            else:
                assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
                relationships.append((row[0], row[1], row[2], props))
    return nodes, relationships


def test_every_node_and_edge_once_with_its_attributes(seeds, tmp_path):
    paths = write_neo4j_csv(seeds, tmp_path)
    nodes, relationships = read_back(paths)
    assert set(nodes) == set(seeds)
    for node, (labels, props) in nodes.items():
        data = seeds.nodes[node]
        assert labels[0] == data["type"].capitalize()
        assert ("Stub" in labels) == bool(data.get("stub"))
        assert props["label"] == data["label"]
    assert nodes["08ASTANA392"][1]["paragraph_count"] == seeds.nodes["08ASTANA392"]["paragraph_count"]
    assert Counter(r[2] for r in relationships) == Counter(d["relation"].upper() for _, _, d in seeds.edges(data=True))
    assert all(start in nodes and end in nodes for start, end, _, _ in relationships)
    mentions = {(s, e): p for s, e, t, p in relationships if t == "MENTIONS"}
    ordway = seeds.get_edge_data("08BAKU64", "country:IQ")["mentions"]
    assert mentions["08BAKU64", "country:IQ"]["count"] == ordway["count"]
    assert mentions["08BAKU64", "country:IQ"]["quote"] == ordway["quote"]
    notal = {(s, e): p["notal"] for s, e, t, p in relationships if t == "REFERENCES"}
    assert set(notal.values()) <= {True, False} and len(notal) == sum(
        1 for _, _, d in seeds.edges(data=True) if d["relation"] == "references")


def test_awkward_values_survive(tmp_path):
    G = nx.MultiDiGraph()
    subject = 'IRAQ: "SURGE", <b>COMMAS</b>, AND\nA NEWLINE\x07'
    G.add_node("08ASTANA392", type="cable", label="08ASTANA392", subject=subject, tags=["PREL", "KZ"], stub=False)
    G.add_node("person:sean-o'brien", type="person", label="Seán O'Brien", aliases="O'Brien | Seán O'Brien")
    G.add_edge("08ASTANA392", "person:sean-o'brien", key="mentions", relation="mentions", count=2, quote='He said "no".')
    nodes, relationships = read_back(write_neo4j_csv(G, tmp_path))
    assert nodes["08ASTANA392"][1]["subject"] == subject.replace("\x07", "")
    assert nodes["08ASTANA392"][1]["tags"] == "PREL KZ"
    assert nodes["person:sean-o_brien"][1]["label"] == "Seán O'Brien"  # ids as in the GraphML
    assert relationships == [("08ASTANA392", "person:sean-o_brien", "MENTIONS", {"count": 2, "quote": 'He said "no".'})]


def test_same_bytes_twice_and_no_temporary_files(seeds, tmp_path):
    first = {p.name: p.read_bytes() for p in write_neo4j_csv(seeds, tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_neo4j_csv(seeds, tmp_path / "b")}
    assert first == second
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(first)


def test_cli_writes_the_files_and_prints_the_import_command(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "graphify", "build", str(REPO / "seeds"), "--out", str(out), "--no-ner", "--neo4j"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    paths = sorted((out / "neo4j").iterdir())
    nodes, relationships = read_back(paths)
    G = graphify.read_graph(out / "graph.graphml")
    assert set(nodes) == set(G) and len(relationships) == G.number_of_edges()
    command = import_command([p for p in paths if p.name.startswith("nodes-")] + [p for p in paths if not p.name.startswith("nodes-")])
    assert f"load into Neo4j with: {command}" in proc.stderr
