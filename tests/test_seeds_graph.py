"""The graph of the five seed cables (``seeds/``), end to end: the facts in their headers, the
GraphML file (XSD, networkx, igraph) and the HTML page (headless chromium, offline).

The graph is built once per module, in memory with :func:`graphify.build` and on disk with the
CLI (``python -m graphify build``), from the same absolute path, so the two can be compared.
"""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

import graphify
from graphify.export.graphml import graphml_ready

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
XSD = REPO / "tests" / "fixtures" / "graphml-xsd" / "graphml.xsd"

# What the seed files say, read off their headers by hand.
SEED_CABLES = {
    "08ASTANA392": dict(
        file="000_9feede66ac886c36.txt",
        date="2008-02-28T06:34:00+00:00",  # 280634Z FEB 08
        classification="SECRET",
        subject="SURVEY OF IRAQ DEPLOYMENT REQUIREMENTS",
        tags="PREL MARR MOPS IZ KZ",
        origin="AMEMBASSY ASTANA",
        countries={"country:IQ", "country:KZ"},
        references={"08STATE4865"},  # REF: STATE 4865
    ),
    "08BAKU64": dict(
        file="001_15ace6ba4405faed.txt",
        date="2008-01-25T07:19:00+00:00",  # 250719Z JAN 08
        classification="SECRET",
        subject="AZERBAIJAN MFA COMMENTS ON SECOND SURVEY OF IRAQ DEPLOYMENT REQUIREMENTS",
        tags="PREL MARR MOPS IZ AJ",
        origin="AMEMBASSY BAKU",
        countries={"country:IQ", "country:AZ"},  # FIPS AJ is ISO AZ
        references={"08STATE4865"},  # REF: SECSTATE 4865
    ),
    "08ASTANA2267": dict(
        file="002_8b73f9d076bf4925.txt",
        date="2008-11-18T11:03:00+00:00",  # 181103Z NOV 08
        classification="CONFIDENTIAL",
        subject="KAZAKHSTAN: FOREIGN MINISTER TAZHIN BRIEFED ON AFGHAN RECONCILIATION POLICY",
        tags="PREL PTER AF KZ",
        origin="AMEMBASSY ASTANA",
        countries={"country:AF", "country:KZ"},
        references={"08STATE117445"},  # REF: STATE 117445 (NOTAL)
    ),
    "09ASTANA2051": dict(
        file="003_b1c77d4f8745b05a.txt",
        date="2009-11-18T07:27:00+00:00",  # 180727Z NOV 09
        classification="CONFIDENTIAL",
        subject="KAZAKHSTAN STILL MULLING UN IRAN RESOLUTION",
        tags="PHUM UNGA PREL IR KZ",
        origin="AMEMBASSY ASTANA",
        countries={"country:IR", "country:KZ"},
        references={"09STATE116263"},  # REFTEL: STATE 116263
    ),
    "06ALMATY1946": dict(
        file="004_7e392be079444d30.txt",
        date="2006-06-01T16:58:00+00:00",  # 011658Z JUN 06
        classification="UNCLASSIFIED",
        subject="KAZAKHSTAN: DISCUSSIONS ON GUANTANAMO DETAINEES; MLAT",
        tags="PTER KAWC PINR PREL KZ",
        origin="AMEMBASSY ALMATY",
        countries={"country:KZ"},
        references={"06STATE80798", "06ALMATY1703"},  # REF: A. State 80798, B. Almaty 1703
    ),
}

# person node id -> (label, surname, cables with classified_by, cables with signed_by)
SEED_PEOPLE = {
    "person:john-ordway": ("John Ordway", "ordway", {"08ASTANA392"}, {"08ASTANA392", "06ALMATY1946"}),
    "person:richard-e-hoagland": ("Richard E. Hoagland", "hoagland", {"08ASTANA2267"}, {"08ASTANA2267"}),
    "person:pamela-spratlen": ("Pamela Spratlen", "spratlen", {"09ASTANA2051"}, {"09ASTANA2051"}),
    "person:derse": ("Derse", "derse", {"08BAKU64"}, {"08BAKU64"}),
}


# ----------------------------------------------------------------------------------------------
# fixtures: one build per module


@pytest.fixture(scope="module")
def built():
    graph, report = graphify.build([str(SEEDS)])
    return graph, report


@pytest.fixture(scope="module")
def G(built) -> nx.MultiDiGraph:
    return built[0]


@pytest.fixture(scope="module")
def cli_out(tmp_path_factory) -> Path:
    """The CLI's output folder for the seeds (same absolute path as the in-memory build)."""
    out = tmp_path_factory.mktemp("seeds-out")
    proc = subprocess.run(
        [sys.executable, "-m", "graphify", "build", str(SEEDS), "--out", str(out), "--quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def rel_sources(G, node, relation) -> set:
    """The nodes with a ``relation`` edge into ``node``."""
    return {u for u, _, r in G.in_edges(node, data="relation") if r == relation}


def rel_targets(G, node, relation) -> set:
    return {v for _, v, r in G.out_edges(node, data="relation") if r == relation}


# ----------------------------------------------------------------------------------------------
# the graph in memory


def test_report_counts(built):
    _, report = built
    assert (report.read, report.in_graph, report.skipped) == (5, 5, [])
    assert report.by_format == Counter({"text": 5})


def test_exactly_the_five_seed_cables(G):
    cables = {n for n, d in G.nodes(data=True) if d.get("type") == "cable" and not d.get("stub")}
    assert cables == set(SEED_CABLES)
    for cable in SEED_CABLES:
        assert G.nodes[cable]["stub"] is False
        assert G.nodes[cable]["label"] == cable


def test_state_4865_is_one_stub_cited_by_astana_and_baku(G):
    assert "08STATE4865" in G
    # Exactly once: no second node for the same cable ("08SECSTATE4865", "STATE4865", ...).
    same = [n for n, d in G.nodes(data=True)
            if "4865" in str(n) or "4865" in str(d.get("label", ""))]
    assert same == ["08STATE4865"]
    node = G.nodes["08STATE4865"]
    assert node == {"type": "cable", "label": "08STATE4865", "stub": True}  # a stub carries only these
    assert rel_sources(G, "08STATE4865", "references") == {"08ASTANA392", "08BAKU64"}
    assert {d["relation"] for _, _, d in G.in_edges("08STATE4865", data=True)} == {"references"}
    for u in ("08ASTANA392", "08BAKU64"):
        data = G.get_edge_data(u, "08STATE4865")
        assert [d["relation"] for d in data.values()] == ["references"]
        assert [d.get("notal") for d in data.values()] == [False]


@pytest.mark.parametrize("cable", sorted(SEED_CABLES))
def test_references_of_each_cable(G, cable):
    assert rel_targets(G, cable, "references") == SEED_CABLES[cable]["references"]
    for cited in SEED_CABLES[cable]["references"]:
        assert G.nodes[cited]["type"] == "cable" and G.nodes[cited]["stub"] is True


def test_notal_reference(G):
    (data,) = G.get_edge_data("08ASTANA2267", "08STATE117445").values()
    assert data["relation"] == "references" and data["notal"] is True


def test_one_post_for_amembassy_astana(G):
    posts = [n for n, d in G.nodes(data=True)
             if d["type"] == "post" and " ".join(d["label"].upper().split()) in ("AMEMBASSY ASTANA", "EMBASSY ASTANA")]
    assert posts == ["post:AMEMBASSY_ASTANA"]
    assert [n for n in G if str(n).upper().startswith("POST:AMEMBASSY_ASTANA")] == ["post:AMEMBASSY_ASTANA"]
    assert G.nodes["post:AMEMBASSY_ASTANA"]["label"] == "AMEMBASSY ASTANA"
    assert rel_sources(G, "post:AMEMBASSY_ASTANA", "from") == {"08ASTANA392", "08ASTANA2267", "09ASTANA2051"}


@pytest.mark.parametrize("cable", sorted(SEED_CABLES))
def test_from_edge_to_origin_post(G, cable):
    origin = SEED_CABLES[cable]["origin"]
    assert rel_targets(G, cable, "from") == {"post:" + origin.replace(" ", "_")}


@pytest.mark.parametrize("person", sorted(SEED_PEOPLE))
def test_people(G, person):
    label, surname, classified, signed = SEED_PEOPLE[person]
    assert G.nodes[person]["type"] == "person"
    assert G.nodes[person]["label"] == label
    assert rel_sources(G, person, "classified_by") == classified
    assert rel_sources(G, person, "signed_by") == signed
    # One node per person: no other person node whose label (or id) has the surname.
    same = [n for n, d in G.nodes(data=True)
            if d["type"] == "person" and (surname in d["label"].lower() or surname in str(n).lower())]
    assert same == [person]


def test_every_classified_by_and_signed_by_points_to_a_person(G):
    for u, v, relation in G.edges(data="relation"):
        if relation in ("classified_by", "signed_by"):
            assert G.nodes[u]["type"] == "cable" and G.nodes[v]["type"] == "person", (u, v, relation)
    header_people = {v for _, v, r in G.edges(data="relation") if r in ("classified_by", "signed_by")}
    assert header_people == set(SEED_PEOPLE)


@pytest.mark.parametrize("cable", sorted(SEED_CABLES))
def test_cable_attributes(G, cable):
    want = SEED_CABLES[cable]
    node = G.nodes[cable]
    assert node["type"] == "cable"
    for attr in ("date", "classification", "subject", "tags", "origin"):
        assert node[attr] == want[attr], attr
        assert isinstance(node[attr], str)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", node["date"])
    assert node["tags"] == " ".join(node["tags"].split())  # single spaces, no padding
    source = node["source"]
    assert isinstance(source, str) and Path(source).name == want["file"]
    assert Path(source).resolve() == (SEEDS / want["file"]).resolve()


@pytest.mark.parametrize("cable", sorted(SEED_CABLES))
def test_tagged_countries(G, cable):
    assert rel_targets(G, cable, "tagged") == SEED_CABLES[cable]["countries"]


def test_country_nodes(G):
    expected = {"country:KZ": ("KZ", "KZ"), "country:IQ": ("IQ", "IZ"), "country:AZ": ("AZ", "AJ"),
                "country:AF": ("AF", "AF"), "country:IR": ("IR", "IR")}
    for node, (iso, fips) in expected.items():
        data = G.nodes[node]
        assert (data["type"], data["iso"], data["fips"]) == ("country", iso, fips)
    for node, data in G.nodes(data=True):
        if data["type"] == "country":
            assert node == "country:" + data["iso"] and re.fullmatch(r"[A-Z]{2}", data["iso"])


@pytest.mark.parametrize("post,country", [
    ("post:AMEMBASSY_ASTANA", "country:KZ"),
    ("post:AMEMBASSY_BAKU", "country:AZ"),
    ("post:AMEMBASSY_ALMATY", "country:KZ"),
])
def test_post_located_in(G, post, country):
    assert rel_targets(G, post, "located_in") == {country}


def test_located_in_only_from_posts_to_countries(G):
    for u, v, relation in G.edges(data="relation"):
        if relation == "located_in":
            assert (G.nodes[u]["type"], G.nodes[v]["type"]) == ("post", "country")
    for post in (n for n, d in G.nodes(data=True) if d["type"] == "post"):
        assert len(rel_targets(G, post, "located_in")) <= 1, post


def test_contract_on_every_node_and_edge(G):
    relation_ends = {
        "from": ("cable", "post"), "to": ("cable", "post"), "info": ("cable", "post"),
        "references": ("cable", "cable"), "classified_by": ("cable", "person"),
        "signed_by": ("cable", "person"), "tagged": ("cable", "country"),
        "located_in": ("post", "country"), "member_of": ("person", "ministry"),
        "part_of": ("ministry", "country"),
    }
    mentioned = {"person", "ministry", "country"}
    prefixes = {"post": "post:", "person": "person:", "country": "country:", "ministry": "ministry:"}
    for node, data in G.nodes(data=True):
        assert isinstance(node, str) and node and not re.search(r"\s", node), repr(node)
        assert isinstance(data.get("type"), str) and data["type"], node
        assert isinstance(data.get("label"), str) and data["label"].strip(), node
        if data["type"] in prefixes:
            assert node.startswith(prefixes[data["type"]]), node
        for key, value in data.items():
            assert value is not None and value != "", (node, key)  # absent values are left out
    for u, v, data in G.edges(data=True):
        relation = data.get("relation")
        if relation == "mentions":
            assert G.nodes[u]["type"] == "cable" and G.nodes[v]["type"] in mentioned, (u, v, data)
            assert data["count"] >= 1 and data["quote"] and data["offsets"], (u, v, data)
            continue
        assert isinstance(relation, str) and relation in relation_ends, (u, v, data)
        assert (G.nodes[u]["type"], G.nodes[v]["type"]) == relation_ends[relation], (u, v, relation)
        for key, value in data.items():
            assert value is not None and value != "", (u, v, key)


def test_person_ids_follow_the_contract(G):
    for node, data in G.nodes(data=True):
        if data["type"] == "person":
            assert re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", node), node


# ----------------------------------------------------------------------------------------------
# the GraphML file


def test_graphml_validates_against_xsd(cli_out):
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    doc = etree.parse(str(cli_out / "graph.graphml"))
    schema.assertValid(doc)


GEPHI_KEYS = {"r", "g", "b", "size", "x", "y"}


def test_graphml_round_trip_networkx(cli_out, G):
    R = nx.read_graphml(cli_out / "graph.graphml", force_multigraph=True)
    assert R.number_of_nodes() == G.number_of_nodes()
    assert R.number_of_edges() == G.number_of_edges()
    assert set(R) == set(G)
    H = graphml_ready(G, viz=True)
    for node, data in G.nodes(data=True):
        got = dict(R.nodes[node])
        assert got == dict(H.nodes[node]), node
        # The CLI adds what Gephi draws with: colour, size and position.
        assert {key: got.pop(key) for key in GEPHI_KEYS}.keys() == GEPHI_KEYS
        # The seed graph needs no conversion at all: every value comes back as it was.
        assert got == dict(data), node
        for key, value in data.items():
            assert type(got[key]) is type(value), (node, key, got[key], value)
    edges = Counter((u, v, d["relation"], d.get("notal")) for u, v, d in G.edges(data=True))
    back = Counter((u, v, d["relation"], d.get("notal")) for u, v, d in R.edges(data=True))
    assert back == edges
    assert R.nodes["08STATE4865"]["stub"] is True
    assert R.nodes["08ASTANA392"]["stub"] is False


def test_graphml_loads_in_igraph(cli_out, G):
    igraph = pytest.importorskip("igraph", reason="python-igraph is not installed")
    with warnings.catch_warnings():
        # igraph notes that the edge `id` data already holds the edge ids.
        warnings.filterwarnings("ignore", message="Could not add edge ids")
        g = igraph.Graph.Read_GraphML(str(cli_out / "graph.graphml"))
    assert (g.vcount(), g.ecount()) == (G.number_of_nodes(), G.number_of_edges())
    names = set(g.vs.attributes())
    in_graph = {key for _, data in G.nodes(data=True) for key in data}
    wanted = {"type", "label", "date", "classification", "subject", "tags", "origin", "source",
              "stub", "aliases", "caveats", "title", "iso", "fips", "routing"}
    assert wanted <= in_graph
    assert in_graph | {"id"} <= names
    assert {"relation", "notal"} <= set(g.es.attributes())
    v = g.vs.find(id="08ASTANA392")
    assert (v["type"], v["date"], v["tags"], v["stub"]) == (
        "cable", "2008-02-28T06:34:00+00:00", "PREL MARR MOPS IZ KZ", False)
    assert g.vs.find(id="08STATE4865")["stub"] is True
    assert g.vs.find(id="person:john-ordway")["label"] == "John Ordway"
    assert Counter(g.es["relation"]) == Counter(d for _, _, d in G.edges(data="relation"))


# ----------------------------------------------------------------------------------------------
# the HTML page


@pytest.mark.browser
def test_html_opens_offline_with_every_node(browser, cli_out, G):
    path = cli_out / "graph.html"
    requests: list[str] = []
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.goto(path.as_uri())
        # The page's CSP forbids eval, so wait on a selector, not wait_for_function.
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)
        assert page.evaluate("window.nodes.length") == G.number_of_nodes()
        assert page.evaluate("window.edges.length") == G.number_of_edges()
        assert page.evaluate("window.nodes.get('08STATE4865').label") == "08STATE4865"
        assert requests, "the page load itself should be recorded"
        assert all(u.startswith(("file:", "data:")) for u in requests), requests
        assert errors == []
    finally:
        page.close()


# ----------------------------------------------------------------------------------------------
# Entities from the bodies: the cross-cable identities the seeds must give.


def _people_named(G, surname: str) -> list[str]:
    return [n for n, d in G.nodes(data=True) if d["type"] == "person" and surname in d["label"].lower()]


def _mentioned_by(G, node: str) -> set[str]:
    return {u for u, _, r in G.in_edges(node, data="relation") if r == "mentions"}


def test_one_nazarbayev_mentioned_by_two_cables(G):
    [nazarbayev] = _people_named(G, "nazarbayev")
    assert _mentioned_by(G, nazarbayev) == {"08ASTANA2267", "09ASTANA2051"}
    assert "President" in G.nodes[nazarbayev]["title"]


def test_one_ordway_from_header_lines_only(G):
    [ordway] = _people_named(G, "ordway")
    assert G.nodes[ordway]["label"] == "John Ordway"
    relations = {(u, r) for u, _, r in G.in_edges(ordway, data="relation")}
    assert relations == {("08ASTANA392", "classified_by"), ("08ASTANA392", "signed_by"), ("06ALMATY1946", "signed_by")}


def test_kazakhstan_mfa_is_one_node_apart_from_azerbaijans(G):
    kz, az = "ministry:KZ:ministry-of-foreign-affairs", "ministry:AZ:ministry-of-foreign-affairs"
    assert _mentioned_by(G, kz) == {"08ASTANA392", "09ASTANA2051", "06ALMATY1946"}
    assert _mentioned_by(G, az) == {"08BAKU64"}
    assert [v for _, v, r in G.out_edges(kz, data="relation") if r == "part_of"] == ["country:KZ"]
    assert [v for _, v, r in G.out_edges(az, data="relation") if r == "part_of"] == ["country:AZ"]
    mfa_nodes = [n for n, d in G.nodes(data=True) if d["type"] == "ministry" and d["name"] == "Ministry of Foreign Affairs"]
    assert sorted(mfa_nodes) == [az, kz]


def test_one_kazakhstan(G):
    kazakhstan = [n for n, d in G.nodes(data=True) if d["type"] == "country" and d["label"] == "Kazakhstan"]
    assert kazakhstan == ["country:KZ"]
    # Named in every Kazakhstan cable's body ("Kazakhstani", "Kazakhstan's") and in its TAGS.
    assert _mentioned_by(G, "country:KZ") == {"08ASTANA392", "08ASTANA2267", "09ASTANA2051", "06ALMATY1946"}


def test_title_and_ministry_of_people_in_the_text(G):
    [azimov] = _people_named(G, "azimov")
    assert G.nodes[azimov]["label"] == "Araz Azimov"
    assert ("member_of", "ministry:AZ:ministry-of-foreign-affairs") in {
        (r, v) for _, v, r in G.out_edges(azimov, data="relation")
    }
    [kaliyev] = _people_named(G, "kaliyev")
    assert "Americas Director" in G.nodes[kaliyev]["title"]
    assert ("member_of", "ministry:KZ:ministry-of-foreign-affairs") in {
        (r, v) for _, v, r in G.out_edges(kaliyev, data="relation")
    }


def test_mentions_carry_provenance(G):
    text = (SEEDS / "001_15ace6ba4405faed.txt").read_text(encoding="utf-8")
    [israfilov] = _people_named(G, "israfilov")
    [edge] = [d for u, _, d in G.in_edges(israfilov, data=True) if u == "08BAKU64" and d["relation"] == "mentions"]
    offsets = [tuple(map(int, pair.split("-"))) for pair in edge["offsets"].split()]
    assert edge["count"] == len(offsets) >= 10
    assert all(text[start:end] in ("Israfilov", "Galib Israfilov") for start, end in offsets)
    assert edge["paragraphs"] == "1 3 4 5"
    assert "Israfilov" in edge["quote"]


def test_the_order_of_the_inputs_does_not_change_what_is_written(G, tmp_path):
    # The seeds given file by file, last first: the same graph, written byte for byte the same.
    files = sorted(str(path) for path in SEEDS.glob("*.txt"))
    reversed_graph, _ = graphify.build(list(reversed(files)))
    graphify.write_graphml(G, tmp_path / "read_in_order.graphml")
    graphify.write_graphml(reversed_graph, tmp_path / "read_last_first.graphml")
    assert (tmp_path / "read_in_order.graphml").read_bytes() == (tmp_path / "read_last_first.graphml").read_bytes()
