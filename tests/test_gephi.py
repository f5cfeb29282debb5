"""GraphML for Gephi: flat label/type/r/g/b/size/x/y node attributes, the same look as the HTML page."""

from __future__ import annotations

import copy
import subprocess
import sys
import warnings
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

import graphify
from graphify.export import style
from graphify.export.graphml import GEPHI_ATTRIBUTES, gephi_attributes, graphml_ready, write_graphml

REPO = Path(__file__).resolve().parents[1]
XSD = REPO / "tests" / "fixtures" / "graphml-xsd" / "graphml.xsd"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
TYPES = {"label": str, "type": str, "r": int, "g": int, "b": int, "size": float, "x": float, "y": float}
KEY_TYPES = {"label": "string", "type": "string", "r": "long", "g": "long", "b": "long",
             "size": "double", "x": "double", "y": "double"}


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    graph, _ = graphify.build([str(REPO / "seeds")])
    return graph


@pytest.fixture(scope="module")
def seeds_graphml(seeds, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gephi") / "graph.graphml"
    write_graphml(seeds, path, viz=True)
    return path


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("08ASTANA392", type="cable", label="08ASTANA392", subject="<script>&\"'\x07")
    G.add_node("post:AMEMBASSY ASTANA", type="post", label="AMEMBASSY\x0b ASTANA")
    G.add_node("organization:osce", type="organization", label="OSCE")
    G.add_node("thing:unknown", type="spaceship")  # an unknown type and no label
    G.add_node("bare")  # no type, no label
    G.add_edge("08ASTANA392", "post:AMEMBASSY ASTANA", key="from", relation="from")
    G.add_edge("08ASTANA392", "organization:osce", key="mentions", relation="mentions", count=3)
    return G


def test_every_seeds_node_has_the_gephi_attributes_with_the_right_types(seeds):
    looks = gephi_attributes(seeds)
    assert list(looks) == list(seeds)
    for node, attrs in looks.items():
        assert tuple(attrs) == GEPHI_ATTRIBUTES, node
        for name, kind in TYPES.items():
            assert type(attrs[name]) is kind, (node, name, attrs[name])
        assert all(0 <= attrs[c] <= 255 for c in "rgb")
        assert style.MIN_SIZE <= attrs["size"] <= style.MAX_SIZE
        assert attrs["label"] == seeds.nodes[node]["label"]
        assert attrs["type"] == seeds.nodes[node]["type"]


def test_colours_sizes_positions_are_the_shared_style(seeds):
    looks = gephi_attributes(seeds)
    sizes = style.node_sizes(seeds)
    positions = style.layout(seeds)
    for node, attrs in looks.items():
        assert (attrs["r"], attrs["g"], attrs["b"]) == style.rgb(style.node_color(seeds.nodes[node]["type"]))
        assert attrs["size"] == sizes[node]
        assert (attrs["x"], attrs["y"]) == positions[node]
    # the five contract types have five different colours, and the positions are spread out
    colours = {(a["r"], a["g"], a["b"]) for a in looks.values()}
    assert len(colours) == len({d["type"] for _, d in seeds.nodes(data=True)}) == 5
    assert len({(a["x"], a["y"]) for a in looks.values()}) == seeds.number_of_nodes()


def test_seeds_graphml_is_valid_and_declares_one_typed_key_each(seeds_graphml, schema):
    doc = etree.parse(str(seeds_graphml))
    schema.assertValid(doc)
    keys = {k.get("attr.name"): k for k in doc.iterfind("g:key", NS)}
    for name, xml_type in KEY_TYPES.items():
        assert keys[name].get("for") == "node"
        assert keys[name].get("attr.type") == xml_type
    nodes = doc.findall(".//g:node", NS)
    for node in nodes:  # present on every node
        present = {d.get("key") for d in node.iterfind("g:data", NS)}
        assert set(KEY_TYPES) <= present, node.get("id")


def test_seeds_graphml_round_trip(seeds, seeds_graphml):
    R = nx.read_graphml(seeds_graphml, force_multigraph=True)
    looks = gephi_attributes(seeds)
    assert list(R) == list(seeds)
    assert R.number_of_edges() == seeds.number_of_edges()
    for node, attrs in looks.items():
        assert {k: R.nodes[node][k] for k in GEPHI_ATTRIBUTES} == attrs
        assert type(R.nodes[node]["r"]) is int and type(R.nodes[node]["x"]) is float
    # the rest of each node is what graphml_ready makes without viz
    plain = graphml_ready(seeds)
    for node, data in plain.nodes(data=True):
        assert {k: v for k, v in R.nodes[node].items() if k not in ("r", "g", "b", "size", "x", "y")} == data


def test_igraph_reads_the_gephi_attributes(seeds, seeds_graphml):
    igraph = pytest.importorskip("igraph")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Could not add edge ids")
        g = igraph.Graph.Read_GraphML(str(seeds_graphml))
    assert g.vcount() == seeds.number_of_nodes() and g.ecount() == seeds.number_of_edges()
    assert set(GEPHI_ATTRIBUTES) <= set(g.vs.attributes())
    looks = gephi_attributes(seeds)
    for vertex in g.vs:
        attrs = looks[vertex["id"]]
        for name in GEPHI_ATTRIBUTES:
            assert vertex[name] == attrs[name], (vertex["id"], name)


def test_viz_is_off_by_default_and_graph_not_mutated():
    G = small_graph()
    before = copy.deepcopy(G)
    assert not {"r", "size", "x"} & set(graphml_ready(G).nodes["08ASTANA392"])
    H = graphml_ready(G, viz=True)
    gephi_attributes(G)
    assert nx.utils.graphs_equal(G, before)
    assert "r" not in G.nodes["08ASTANA392"] and G.nodes["bare"] == {}
    assert H.nodes["08ASTANA392"]["subject"] == "<script>&\"'"


def test_small_graph_defaults_and_hostile_text(tmp_path, schema):
    G = small_graph()
    H = graphml_ready(G, viz=True)
    default = style.rgb(style.node_color(None))
    assert H.nodes["bare"]["label"] == "bare" and "type" not in H.nodes["bare"]
    assert (H.nodes["bare"]["r"], H.nodes["bare"]["g"], H.nodes["bare"]["b"]) == default
    assert H.nodes["thing:unknown"]["label"] == "thing:unknown"
    assert (H.nodes["thing:unknown"]["r"], H.nodes["thing:unknown"]["g"], H.nodes["thing:unknown"]["b"]) == default
    organization = style.rgb(style.node_color("organization"))
    assert (H.nodes["organization:osce"]["r"], H.nodes["organization:osce"]["g"],
            H.nodes["organization:osce"]["b"]) == organization
    assert H.nodes["post:AMEMBASSY_ASTANA"]["label"] == "AMEMBASSY ASTANA"  # \x0b removed
    # mentioned three times: bigger than an entity with one edge
    assert H.nodes["organization:osce"]["size"] > H.nodes["post:AMEMBASSY_ASTANA"]["size"]

    path = tmp_path / "graph.graphml"
    write_graphml(G, path, viz=True)
    schema.assertValid(etree.parse(str(path)))
    R = nx.read_graphml(path, force_multigraph=True)
    assert R.nodes["08ASTANA392"]["subject"] == "<script>&\"'"
    assert dict(R.nodes(data=True)) == dict(H.nodes(data=True))
    first = path.read_bytes()
    write_graphml(small_graph(), path, viz=True)
    assert path.read_bytes() == first  # positions are deterministic


def test_empty_graph():
    assert gephi_attributes(nx.MultiDiGraph()) == {}
    assert graphml_ready(nx.MultiDiGraph(), viz=True).number_of_nodes() == 0


def test_cli_writes_gephi_graphml_and_gexf(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "graphify", "build", "seeds", "--out", str(out), "--no-ner", "--no-html"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(out / "graph.gexf") in proc.stderr  # in the "wrote" line
    R = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert all(set(GEPHI_ATTRIBUTES) <= set(data) for _, data in R.nodes(data=True))
    X = nx.read_gexf(out / "graph.gexf")
    assert list(X) == list(R)
    assert X.number_of_edges() == R.number_of_edges()
