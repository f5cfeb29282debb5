"""GEXF export: GEXF 1.3 with viz and a timeline, read back by networkx and by graphology-gexf (node)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

import graphify
from graphify.export.gexf import GEXF_VERSION, NS_GEXF, NS_VIZ, gexf_bytes, node_starts, write_gexf
from graphify.export.graphml import gephi_attributes, graphml_ready

REPO = Path(__file__).resolve().parents[1]
JS = REPO / "tests" / "js"
NS = {"x": NS_GEXF, "viz": NS_VIZ}
UTC = dt.timezone.utc
HOSTILE = "OSCE <script>&\"'\x07 CHAIR\x00MANSHIP\ufffe"
HOSTILE_CLEAN = "OSCE <script>&\"' CHAIRMANSHIP"
UNICODE = "Jürgen Müller — Chargé"


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    graph, _ = graphify.build([str(REPO / "seeds")])
    return graph


@pytest.fixture(scope="module")
def seeds_gexf(seeds, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gexf") / "graph.gexf"
    write_gexf(seeds, path)
    return path


def small_graph() -> nx.MultiDiGraph:
    """Cables of three dates (string, aware and naive datetimes), a stub, an undated cable,
    entities linked to them, two entities only linked to each other, and awkward text."""
    G = nx.MultiDiGraph(id="small", built=dt.datetime(2020, 1, 1, tzinfo=UTC))
    G.add_node("08ASTANA392", type="cable", label="08ASTANA392", date="2008-02-28T06:34:00+00:00",
               subject=HOSTILE, tags=["PREL", "KZ"], paragraph_count=4, stub=False)
    # 02:00 at UTC+5 on 29 February is 21:00 UTC on the 28th
    G.add_node("08ASTANA500", type="cable", label="08ASTANA500",
               date=dt.datetime(2008, 2, 29, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))), stub=False)
    G.add_node("07ASTANA10", type="cable", label="07ASTANA10", date=dt.datetime(2007, 1, 5, 9, 0), stub=False)
    G.add_node("06STATE1", type="cable", label="06STATE1", stub=True)
    G.add_node("09NODATE1", type="cable", label="09NODATE1", stub=False)
    G.add_node("post:AMEMBASSY_ASTANA", type="post", label="AMEMBASSY ASTANA")
    G.add_node("person:john-ordway", type="person", label="John Ordway\x1b", title="Ambassador")
    G.add_node("country:KZ", type="country", label="Kazakhstan", iso="KZ")
    G.add_node("ministry:KZ:mfa", type="ministry", label=HOSTILE, country="KZ")
    G.add_node("person:lonely", type="person", label="Lonely")
    G.add_node("country:XX", type="country", label="Nowhere")
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", key="from", relation="from")
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", key="info", relation="info")  # parallel edge
    G.add_edge("08ASTANA500", "post:AMEMBASSY_ASTANA", key="from", relation="from")
    G.add_edge("07ASTANA10", "country:KZ", key="tagged", relation="tagged")
    G.add_edge("08ASTANA392", "country:KZ", key="mentions", relation="mentions", count=2,
               quote="The MFA <b>said</b> & \x0cmore", paragraphs="1 3", offsets=None)
    G.add_edge("08ASTANA392", "06STATE1", key="references", relation="references", notal=True)
    G.add_edge("08ASTANA500", "person:john-ordway", key="signed_by", relation="signed_by")
    G.add_edge("person:john-ordway", "ministry:KZ:mfa", key="member_of", relation="member_of")
    G.add_edge("ministry:KZ:mfa", "country:KZ", key="part_of", relation="part_of")
    G.add_edge("09NODATE1", "person:lonely", key="mentions", relation="mentions", count=1)
    G.add_edge("person:lonely", "country:XX", key="member_of", relation="member_of")
    return G


EXPECTED_STARTS = {
    "08ASTANA392": "2008-02-28",
    "08ASTANA500": "2008-02-28",
    "07ASTANA10": "2007-01-05",
    "post:AMEMBASSY_ASTANA": "2008-02-28",
    "person:john-ordway": "2008-02-28",
    "country:KZ": "2007-01-05",
}


def parse(path_or_bytes) -> etree._ElementTree:
    if isinstance(path_or_bytes, bytes):
        return etree.ElementTree(etree.fromstring(path_or_bytes))
    return etree.parse(str(path_or_bytes))


def expected_seeds_starts(G: nx.MultiDiGraph) -> dict:
    """An independent statement of the timeline rule."""
    dates = {n: d["date"][:10] for n, d in G.nodes(data=True)
             if d["type"] == "cable" and not d.get("stub") and d.get("date")}
    starts = dict(dates)
    for n, d in G.nodes(data=True):
        if d["type"] != "cable":
            linked = [dates[c] for c in list(G.predecessors(n)) + list(G.successors(n)) if c in dates]
            if linked:
                starts[n] = min(linked)
    return starts


# ----------------------------------------------------------------------------------------------
# the document


def test_root_and_graph_element(seeds_gexf):
    root = parse(seeds_gexf).getroot()
    assert root.tag == f"{{{NS_GEXF}}}gexf"
    assert root.get("version") == GEXF_VERSION == "1.3"
    assert root.nsmap[None] == "http://gexf.net/1.3" and root.nsmap["viz"] == "http://gexf.net/1.3/viz"
    graphs = root.findall("x:graph", NS)
    assert len(graphs) == 1
    graph = graphs[0]
    assert graph.get("mode") == "dynamic"
    assert graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "directed"
    assert [child.tag.split("}")[1] for child in graph] == ["attributes", "attributes", "nodes", "edges"]
    assert parse(seeds_gexf).docinfo.encoding.upper() == "UTF-8"


def test_attributes_are_declared_once_with_gexf_types(seeds_gexf):
    graph = parse(seeds_gexf).find("x:graph", NS)
    for cls in ("node", "edge"):
        (block,) = graph.findall(f"x:attributes[@class='{cls}']", NS)
        ids = [a.get("id") for a in block.findall("x:attribute", NS)]
        assert len(ids) == len(set(ids))
        assert all(a.get("title") == a.get("id") for a in block.findall("x:attribute", NS))
        assert {a.get("type") for a in block.findall("x:attribute", NS)} <= {"string", "long", "double", "boolean"}
        declared = set(ids)
        used = {v.get("for") for v in graph.iterfind(f"x:{cls}s/x:{cls}/x:attvalues/x:attvalue", NS)}
        assert used == declared
    types = {a.get("id"): a.get("type") for a in graph.iterfind("x:attributes/x:attribute", NS)}
    assert types["type"] == "string" and types["paragraph_count"] == "long"
    assert types["stub"] == "boolean" and types["relation"] == "string" and types["count"] == "long"
    assert "label" not in types  # the label is the node's label attribute


def test_every_node_has_viz_from_the_shared_style(seeds, seeds_gexf):
    looks = gephi_attributes(seeds)
    nodes = parse(seeds_gexf).findall(".//x:nodes/x:node", NS)
    assert [n.get("id") for n in nodes] == list(seeds)
    for element in nodes:
        look = looks[element.get("id")]
        color = element.find("viz:color", NS)
        assert (int(color.get("r")), int(color.get("g")), int(color.get("b"))) == (look["r"], look["g"], look["b"])
        assert float(element.find("viz:size", NS).get("value")) == look["size"]
        position = element.find("viz:position", NS)
        assert (float(position.get("x")), float(position.get("y"))) == (look["x"], look["y"])
        assert element.get("label") == seeds.nodes[element.get("id")]["label"]


def test_timeline_on_the_seeds(seeds, seeds_gexf):
    doc = parse(seeds_gexf)
    expected = expected_seeds_starts(seeds)
    got = {n.get("id"): n.get("start") for n in doc.iterfind(".//x:nodes/x:node", NS) if n.get("start")}
    assert got == expected == node_starts(seeds)
    for node, data in seeds.nodes(data=True):
        if data["type"] == "cable" and not data.get("stub"):
            assert got[node] == data["date"][:10]  # every cable of the corpus has a start
        if data.get("stub"):
            assert node not in got  # cited, not in the corpus: always visible
    assert len(set(got.values())) == 5  # five cables, five dates: the timeline has somewhere to go

    cables = {n for n, d in seeds.nodes(data=True) if d["type"] == "cable" and not d.get("stub")}
    edges = doc.findall(".//x:edges/x:edge", NS)
    assert len(edges) == seeds.number_of_edges()
    for (u, v, data), element in zip(seeds.edges(data=True), edges):
        assert (element.get("source"), element.get("target")) == (u, v)
        assert element.get("kind") == element.get("label") == data["relation"]
        if u in cables:
            assert element.get("start") == got[u]
        elif element.get("start") is not None:
            assert element.get("start") == max(got[n] for n in (u, v) if n in got)


def test_timeline_rules_on_a_small_graph():
    G = small_graph()
    assert node_starts(G) == EXPECTED_STARTS
    doc = parse(gexf_bytes(G))
    nodes = {n.get("id"): n for n in doc.iterfind(".//x:nodes/x:node", NS)}
    assert {i: n.get("start") for i, n in nodes.items() if n.get("start")} == EXPECTED_STARTS
    for always in ("06STATE1", "09NODATE1", "person:lonely", "country:XX", "ministry:KZ:mfa"):
        assert nodes[always].get("start") is None, always
    edges = {e.get("id"): e for e in doc.iterfind(".//x:edges/x:edge", NS)}
    starts = {(e.get("source"), e.get("target"), e.get("kind")): e.get("start") for e in edges.values()}
    assert starts[("08ASTANA392", "06STATE1", "references")] == "2008-02-28"  # the citing cable's date
    assert starts[("07ASTANA10", "country:KZ", "tagged")] == "2007-01-05"
    assert starts[("08ASTANA500", "person:john-ordway", "signed_by")] == "2008-02-28"  # UTC date
    assert starts[("person:john-ordway", "ministry:KZ:mfa", "member_of")] == "2008-02-28"  # its later end
    assert starts[("ministry:KZ:mfa", "country:KZ", "part_of")] == "2007-01-05"
    assert starts[("09NODATE1", "person:lonely", "mentions")] is None
    assert starts[("person:lonely", "country:XX", "member_of")] is None


def test_hostile_text_is_escaped_or_removed():
    data = gexf_bytes(small_graph())
    for bad in (b"\x07", b"\x00", b"\x1b", b"\x0c", "\ufffe".encode()):
        assert bad not in data
    assert b"<script>" not in data and b"<b>" not in data
    doc = parse(data)
    cable = doc.find(".//x:node[@id='08ASTANA392']", NS)
    values = {v.get("for"): v.get("value") for v in cable.iterfind("x:attvalues/x:attvalue", NS)}
    assert values["subject"] == HOSTILE_CLEAN
    assert values["tags"] == "PREL KZ"
    assert values["stub"] == "false" and values["paragraph_count"] == "4"
    assert doc.find(".//x:node[@id='ministry:KZ:mfa']", NS).get("label") == HOSTILE_CLEAN
    assert doc.find(".//x:node[@id='person:john-ordway']", NS).get("label") == "John Ordway"


def test_same_conversions_as_graphml():
    G = small_graph()
    H = graphml_ready(G)
    doc = parse(gexf_bytes(G))
    for element, (node, data) in zip(doc.iterfind(".//x:nodes/x:node", NS), H.nodes(data=True)):
        assert element.get("id") == node
        assert element.get("label") == data["label"]
        values = {v.get("for"): v.get("value") for v in element.iterfind("x:attvalues/x:attvalue", NS)}
        expected = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in data.items() if k != "label"}
        assert values == expected
    edges = doc.findall(".//x:edges/x:edge", NS)
    assert [e.get("id") for e in edges] == [d["id"] for _, _, d in H.edges(data=True)]
    mention = doc.find(".//x:edge[@kind='mentions'][@source='08ASTANA392']", NS)
    values = {v.get("for"): v.get("value") for v in mention.iterfind("x:attvalues/x:attvalue", NS)}
    assert values == {"relation": "mentions", "count": "2", "quote": "The MFA <b>said</b> & more", "paragraphs": "1 3"}


# ----------------------------------------------------------------------------------------------
# readers


def test_networkx_round_trip(seeds, seeds_gexf):
    R = nx.read_gexf(seeds_gexf)
    assert isinstance(R, nx.MultiDiGraph)
    assert list(R) == list(graphml_ready(seeds)) == list(seeds)
    assert R.number_of_edges() == seeds.number_of_edges()
    assert sorted(k for _, _, k in R.edges(keys=True)) == sorted(f"e{i}" for i in range(seeds.number_of_edges()))
    looks = gephi_attributes(seeds)
    starts = node_starts(seeds)
    for node, data in R.nodes(data=True):
        look = looks[node]
        assert data["viz"]["color"] == {"r": look["r"], "g": look["g"], "b": look["b"], "a": 1.0}
        assert data["viz"]["size"] == look["size"]
        assert data["viz"]["position"] == {"x": look["x"], "y": look["y"], "z": 0.0}
        assert data.get("start") == starts.get(node)
        assert data["label"] == seeds.nodes[node]["label"] and data["type"] == seeds.nodes[node]["type"]
    cable = R.nodes["08ASTANA392"]
    assert cable["paragraph_count"] == seeds.nodes["08ASTANA392"]["paragraph_count"]
    assert cable["stub"] is False and cable["date"] == "2008-02-28T06:34:00+00:00"


def test_networkx_reads_hostile_small_graph(tmp_path):
    path = tmp_path / "small.gexf"
    write_gexf(small_graph(), path)
    R = nx.read_gexf(path)
    assert list(R) == list(graphml_ready(small_graph()))
    assert R.nodes["08ASTANA392"]["subject"] == HOSTILE_CLEAN
    assert R.nodes["ministry:KZ:mfa"]["label"] == HOSTILE_CLEAN
    assert R.nodes["06STATE1"]["stub"] is True and "start" not in R.nodes["06STATE1"]
    assert sorted(d["relation"] for d in R.get_edge_data("08ASTANA392", "post:AMEMBASSY_ASTANA").values()) == [
        "from", "info"]
    (reference,) = R.get_edge_data("08ASTANA392", "06STATE1").values()
    assert reference["notal"] is True and reference["relation"] == "references"


def graphology(path: Path, node: str | None = None) -> dict:
    node_bin = shutil.which("node")
    if node_bin is None:
        pytest.skip("node (Node.js) is not installed; CI installs it (.ci/run)")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.skip("tests/js/node_modules is missing: run `npm ci --prefix tests/js` (as .ci/run does)")
    proc = subprocess.run(
        [node_bin, str(JS / "read_gexf.mjs"), str(path), *([node] if node else [])],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_graphology_gexf_reads_the_seeds(seeds, seeds_gexf):
    looks = gephi_attributes(seeds)
    result = graphology(seeds_gexf, "country:KZ")
    assert result["nodes"] == seeds.number_of_nodes()
    assert result["edges"] == seeds.number_of_edges()
    assert result["type"] == "directed" and result["multi"] is True  # parallel edges kept
    look = looks["country:KZ"]
    attributes = result["attributes"]
    assert attributes["color"] == f"rgb({look['r']},{look['g']},{look['b']})"
    assert (attributes["size"], attributes["x"], attributes["y"]) == (look["size"], look["x"], look["y"])
    assert attributes["label"] == "Kazakhstan" and attributes["type"] == "country" and attributes["iso"] == "KZ"
    first_relation = next(iter(seeds.edges(data="relation")))[2]  # the file's first edge
    assert result["edge_attributes"]["kind"] == result["edge_attributes"]["relation"] == first_relation
    assert result["starts"] == node_starts(seeds)

    cable = graphology(seeds_gexf, "08ASTANA392")["attributes"]
    assert cable["paragraph_count"] == seeds.nodes["08ASTANA392"]["paragraph_count"]  # long -> number
    assert cable["stub"] is False and cable["color"] == "rgb(78,121,167)"


def test_graphology_gexf_reads_hostile_text(tmp_path):
    path = tmp_path / "small.gexf"
    write_gexf(small_graph(), path)
    result = graphology(path, "ministry:KZ:mfa")
    assert result["nodes"] == small_graph().number_of_nodes()
    assert result["edges"] == small_graph().number_of_edges()
    assert result["attributes"]["label"] == HOSTILE_CLEAN
    assert graphology(path, "08ASTANA392")["attributes"]["subject"] == HOSTILE_CLEAN
    assert result["starts"] == EXPECTED_STARTS


# ----------------------------------------------------------------------------------------------
# the write


def test_deterministic_bytes(seeds, tmp_path):
    first, second = tmp_path / "a.gexf", tmp_path / "b.gexf"
    write_gexf(seeds, first)
    write_gexf(copy.deepcopy(seeds), second)
    assert first.read_bytes() == second.read_bytes()
    assert gexf_bytes(small_graph()) == gexf_bytes(small_graph())


def test_input_graph_not_mutated():
    G = small_graph()
    before = copy.deepcopy(G)
    gexf_bytes(G)
    assert nx.utils.graphs_equal(G, before)
    assert G.nodes["08ASTANA392"]["tags"] == ["PREL", "KZ"]
    assert "viz" not in G.nodes["08ASTANA392"] and "start" not in G.nodes["08ASTANA392"]


def test_write_under_c_locale(tmp_path):
    path = tmp_path / "graph.gexf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8"))}
    env.update(LC_ALL="C", PYTHONUTF8="0", PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]))
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_gexf import small_graph
        from graphify.export.gexf import write_gexf
        G = small_graph()
        G.nodes["person:lonely"]["label"] = {ascii(UNICODE)}
        write_gexf(G, {str(path)!r})
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    G = small_graph()
    G.nodes["person:lonely"]["label"] = UNICODE
    assert path.read_bytes() == gexf_bytes(G)
    assert nx.read_gexf(path).nodes["person:lonely"]["label"] == UNICODE


def test_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "graph.gexf"
    write_gexf(small_graph(), path)
    good = path.read_bytes()

    def broken(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="disk full"):
        write_gexf(nx.MultiDiGraph(), path)
    monkeypatch.undo()
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]

    bad = nx.MultiDiGraph()
    bad.add_node("post:A B")
    bad.add_node("post:A_B")
    with pytest.raises(ValueError, match="post:A_B"):
        write_gexf(bad, tmp_path / "new.gexf")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]


def test_empty_and_undirected_graphs(tmp_path):
    write_gexf(nx.MultiDiGraph(), tmp_path / "empty.gexf")
    R = nx.read_gexf(tmp_path / "empty.gexf")
    assert R.number_of_nodes() == 0
    with pytest.raises(TypeError):
        gexf_bytes(nx.Graph([("a", "b")]))
