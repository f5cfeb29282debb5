"""GraphML export: schema-valid, readable by networkx and igraph, atomic, locale-proof."""

from __future__ import annotations

import copy
import datetime as dt
import filecmp
import os
import re
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from graphify.export.graphml import graphml_ready, write_graphml

REPO = Path(__file__).resolve().parents[1]
XSD_DIR = REPO / "tests" / "fixtures" / "graphml-xsd"
SHARED_XSD_DIR = REPO.parent / "shared" / "graphml-xsd"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}

SUBJECT = "SURVEY OF IRAQ DEPLOYMENT\x07 REQUIREMENTS <script>&\"'"
DATE = dt.datetime(2008, 2, 28, 6, 34, tzinfo=dt.timezone.utc)


def cable_graph() -> nx.MultiDiGraph:
    """A small graph in the shape of docs/schema.md, with every kind of awkward value."""
    G = nx.MultiDiGraph(id="cables sample", corpus="seeds", built=DATE, note=None)
    G.add_node(
        "08ASTANA392",
        type="cable",
        label="08ASTANA392",
        subject=SUBJECT,
        date=DATE,
        tags=["PREL", "MARR", "MOPS", "IZ", "KZ"],
        caveats=("NOFORN", "SIPDIS"),
        classification="SECRET",
        declassify=None,
        serial=392,  # int here, str on the stub: a mixed-type attribute
        extra={"row": 12, "file": "cables.csv"},
        stub=False,
    )
    G.add_node("08STATE4865", type="cable", label="08STATE4865", stub=True, serial="4865")
    G.add_node("post:AMEMBASSY_ASTANA", type="post", label="AMEMBASSY ASTANA", routing="RUEHTA")
    G.add_node("post:SECSTATE WASHDC", type="post", label="SECSTATE WASHDC")  # id with a space
    G.add_node("person:john-ordway", type="person", label="John Ordway", title="Ambassador")
    G.add_node("person:jurgen-müller", type="person", label="Jürgen Müller — Chargé")
    G.add_node("country:KZ", type="country", label="Kazakhstan", iso="KZ", fips="KZ")
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from")
    G.add_edge("08ASTANA392", "post:SECSTATE WASHDC", relation="to")
    G.add_edge("08ASTANA392", "post:SECSTATE WASHDC", relation="info")  # parallel edge
    G.add_edge("08ASTANA392", "08STATE4865", relation="references", notal=True)
    G.add_edge("08ASTANA392", "person:john-ordway", relation="classified_by", notal=None)
    G.add_edge("08ASTANA392", "person:jurgen-müller", relation="signed_by")
    G.add_edge("08ASTANA392", "country:KZ", relation="tagged")
    G.add_edge("post:AMEMBASSY_ASTANA", "country:KZ", relation="located_in")
    return G


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_DIR / "graphml.xsd")))


@pytest.fixture
def written(tmp_path) -> Path:
    path = tmp_path / "graph.graphml"
    write_graphml(cable_graph(), path)
    return path


def test_shipped_xsd_matches_shared_copy():
    if not SHARED_XSD_DIR.is_dir():
        pytest.skip("../shared/graphml-xsd is absent (clean clone)")
    for name in ("graphml.xsd", "graphml-structure.xsd", "xlink.xsd"):
        assert filecmp.cmp(XSD_DIR / name, SHARED_XSD_DIR / name, shallow=False), name


def test_schema_rejects_plain_networkx_output(tmp_path, schema):
    """Control: the XSD does catch what graphml_ready fixes (duplicate edge ids, ids with spaces)."""
    G = nx.MultiDiGraph()
    G.add_edge("08ASTANA392", "post:SECSTATE WASHDC", relation="to")
    G.add_edge("08ASTANA392", "country:KZ", relation="tagged")  # key 0 again -> id "0" twice
    path = tmp_path / "plain.graphml"
    nx.write_graphml(G, path)
    assert not schema.validate(etree.parse(str(path)))


def test_file_is_valid_graphml(written, schema):
    doc = etree.parse(str(written))
    schema.assertValid(doc)
    assert doc.docinfo.encoding.lower() == "utf-8"


def test_edge_ids_unique_in_iteration_order(written):
    doc = etree.parse(str(written))
    ids = [e.get("id") for e in doc.iterfind(".//g:edge", NS)]
    assert ids == [f"e{i}" for i in range(cable_graph().number_of_edges())]


def test_key_ids_are_attribute_names(written):
    keys = etree.parse(str(written)).findall("g:key", NS)
    assert keys
    for key in keys:
        assert key.get("id") == key.get("attr.name")
        assert not re.fullmatch(r"d\d+", key.get("id"))
    names = {(k.get("for"), k.get("attr.name")) for k in keys}
    assert ("node", "label") in names and ("edge", "relation") in names and ("edge", "id") in names
    assert len(keys) == len({k.get("id") for k in keys})  # one type per attribute name


def test_round_trip_networkx(written):
    G = cable_graph()
    R = nx.read_graphml(written, force_multigraph=True)
    expected_ids = [n.replace(" ", "_") for n in G]
    assert list(R) == expected_ids
    assert R.number_of_edges() == G.number_of_edges()

    cable = R.nodes["08ASTANA392"]
    assert cable["subject"] == "SURVEY OF IRAQ DEPLOYMENT REQUIREMENTS <script>&\"'"
    assert cable["date"] == "2008-02-28T06:34:00+00:00"
    assert cable["tags"] == "PREL MARR MOPS IZ KZ"
    assert cable["caveats"] == "NOFORN SIPDIS"
    assert cable["stub"] is False
    assert cable["extra"] == '{"file": "cables.csv", "row": 12}'
    assert "declassify" not in cable
    assert cable["serial"] == "392"  # mixed int/str -> str everywhere
    assert R.nodes["08STATE4865"]["serial"] == "4865"
    assert R.nodes["08STATE4865"]["stub"] is True
    assert R.nodes["person:john-ordway"]["label"] == "John Ordway"
    assert R.nodes["person:jurgen-müller"]["label"] == "Jürgen Müller — Chargé"
    assert R.nodes["post:SECSTATE_WASHDC"]["label"] == "SECSTATE WASHDC"

    parallel = R.get_edge_data("08ASTANA392", "post:SECSTATE_WASHDC")
    assert sorted(d["relation"] for d in parallel.values()) == ["info", "to"]
    assert all(key == d["id"] for key, d in parallel.items())
    assert R.get_edge_data("08ASTANA392", "08STATE4865")["e3"]["notal"] is True
    assert "notal" not in R.get_edge_data("08ASTANA392", "person:john-ordway")["e4"]
    assert R.graph["corpus"] == "seeds"
    assert R.graph["built"] == "2008-02-28T06:34:00+00:00"
    assert "note" not in R.graph
    assert etree.parse(str(written)).find("g:graph", NS).get("id") == "cables_sample"

    # everything else: the file holds exactly what graphml_ready produced
    H = graphml_ready(G)
    assert dict(R.nodes(data=True)) == dict(H.nodes(data=True))
    assert {d["id"]: (u, v, d) for u, v, d in R.edges(data=True)} == {
        d["id"]: (u, v, d) for u, v, d in H.edges(data=True)
    }


def test_igraph_reads_it(written):
    igraph = pytest.importorskip("igraph")
    with warnings.catch_warnings():
        # igraph notes that the edge `id` data already holds the edge ids; they are equal.
        warnings.filterwarnings("ignore", message="Could not add edge ids")
        g = igraph.Graph.Read_GraphML(str(written))
    G = cable_graph()
    assert g.vcount() == G.number_of_nodes()
    assert g.ecount() == G.number_of_edges()
    assert {"label", "type"} <= set(g.vs.attributes())
    assert "relation" in g.es.attributes()
    assert g.vs.find(id="person:john-ordway")["label"] == "John Ordway"
    assert g.es["id"] == [f"e{i}" for i in range(G.number_of_edges())]


def test_input_graph_not_mutated(tmp_path):
    G = cable_graph()
    before = copy.deepcopy(G)
    H = graphml_ready(G)
    write_graphml(G, tmp_path / "graph.graphml")
    assert nx.utils.graphs_equal(G, before)
    assert G.nodes["08ASTANA392"]["tags"] == ["PREL", "MARR", "MOPS", "IZ", "KZ"]
    assert G.graph["id"] == "cables sample"
    assert H is not G and "post:SECSTATE WASHDC" in G


def test_graphml_ready_conversions():
    H = graphml_ready(cable_graph())
    assert isinstance(H, nx.MultiDiGraph)
    cable = H.nodes["08ASTANA392"]
    assert "\x07" not in cable["subject"]
    assert cable["subject"].endswith("<script>&\"'")
    assert H.nodes["country:KZ"] == {"type": "country", "label": "Kazakhstan", "iso": "KZ", "fips": "KZ"}
    assert H.graph["id"] == "cables_sample"
    for _, data in H.nodes(data=True):
        assert all(type(v) in (bool, int, float, str) and v != "" for v in data.values())


def test_invalid_characters_removed_from_ids_and_values():
    G = nx.MultiDiGraph()
    G.add_node("person:ab\x00c\ud800 d\ufffe", type="person", label="x\x1b\uffffy\tz")
    G.add_node("post:AMEMBASSY\tASTANA", type="post", **{"post name": "AMEMBASSY ASTANA"})
    H = graphml_ready(G)
    assert list(H) == ["person:abc_d", "post:AMEMBASSY_ASTANA"]
    assert H.nodes["person:abc_d"]["label"] == "xy\tz"
    assert H.nodes["post:AMEMBASSY_ASTANA"]["post_name"] == "AMEMBASSY ASTANA"


def test_colliding_ids_raise():
    G = nx.MultiDiGraph()
    G.add_node("post:AMEMBASSY ASTANA", type="post")
    G.add_node("post:AMEMBASSY_ASTANA", type="post")
    with pytest.raises(ValueError, match="post:AMEMBASSY_ASTANA"):
        graphml_ready(G)


def test_attribute_name_in_two_scopes_raises(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("08ASTANA392", type="cable", source="cables.csv")
    G.add_node("post:AMEMBASSY_ASTANA", type="post")
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from", source="cables.csv")
    with pytest.raises(ValueError, match="source"):
        write_graphml(G, tmp_path / "graph.graphml")
    assert list(tmp_path.iterdir()) == []


def test_colliding_attribute_names_refused_before_writing(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from", **{"sent by": "x", "sent_by": "y"})
    with pytest.raises(ValueError, match="'sent by' and 'sent_by' both become 'sent_by'"):
        write_graphml(G, tmp_path / "graph.graphml")
    assert list(tmp_path.iterdir()) == []


def test_values_left_out_do_not_change_an_attribute_type(tmp_path):
    """A paragraph count that is sometimes a string of control characters only: those values are
    left out, so the attribute stays a number."""
    G = nx.MultiDiGraph()
    G.add_node("08ASTANA392", type="cable", paragraphs=7)
    G.add_node("08STATE4865", type="cable", paragraphs="\x07\x1b")
    G.add_node("08BAKU123", type="cable", paragraphs="\u2029")  # printable to XML, not to Python
    write_graphml(G, tmp_path / "graph.graphml")
    root = etree.parse(str(tmp_path / "graph.graphml")).getroot()
    key = root.find("g:key[@id='paragraphs']", NS)
    assert key.get("attr.type") == "string"  # "\u2029" is kept: a string among the numbers
    G.remove_node("08BAKU123")
    write_graphml(G, tmp_path / "graph.graphml")
    root = etree.parse(str(tmp_path / "graph.graphml")).getroot()
    assert root.find("g:key[@id='paragraphs']", NS).get("attr.type") == "long"
    R = nx.read_graphml(tmp_path / "graph.graphml")
    assert R.nodes["08ASTANA392"]["paragraphs"] == 7 and "paragraphs" not in R.nodes["08STATE4865"]


def test_write_under_c_locale(tmp_path):
    path = tmp_path / "graph.graphml"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8"))}
    env.update(LC_ALL="C", PYTHONUTF8="0", PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]))
    code = textwrap.dedent(
        f"""
        import locale, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_graphml import cable_graph
        from graphify.export.graphml import write_graphml
        write_graphml(cable_graph(), {str(path)!r})
        print(locale.getpreferredencoding(False))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    R = nx.read_graphml(path, force_multigraph=True)
    assert R.nodes["person:jurgen-müller"]["label"] == "Jürgen Müller — Chargé", proc.stdout
    assert path.read_bytes() == _written_here(tmp_path)


def _written_here(tmp_path: Path) -> bytes:
    path = tmp_path / "here.graphml"
    write_graphml(cable_graph(), path)
    return path.read_bytes()


def test_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "graph.graphml"
    write_graphml(cable_graph(), path)
    good = path.read_bytes()

    from graphify.export import graphml

    written = []
    element = graphml._data_element

    def broken(tag, attrib, data):
        # the writer streams: fail after a few elements, when part of the file is written
        written.append(tag)
        if len(written) % 3 == 0:
            raise RuntimeError("disk full")
        return element(tag, attrib, data)

    monkeypatch.setattr(graphml, "_data_element", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_graphml(cable_graph(), path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]

    fresh = tmp_path / "new.graphml"
    with pytest.raises(RuntimeError):
        write_graphml(cable_graph(), fresh)
    assert not fresh.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_write_leaves_no_temp_file_and_is_deterministic(tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(cable_graph(), path)
    first = path.read_bytes()
    write_graphml(cable_graph(), str(path))  # overwrite, str path
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]
