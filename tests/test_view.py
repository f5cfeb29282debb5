"""Parts of a graph as HTML: :mod:`graphify.views` (most connected nodes, a node's neighbourhood,
finding a node by name), ``graphify build --max-nodes`` and ``graphify view``.

The seeds' graph is built once for the module (with NER, about 3 s) and written as GraphML, which
``graphify view`` reads back. One ``browser`` test opens a focused view in Debian's chromium.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import graphify
from graphify.cli import main
from graphify.views import NodeLookupError, find_node, match_nodes, neighbourhood, read_graph, top_nodes

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
NAZARBAYEV = "person:nazarbayev"


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    G, _ = graphify.build([SEEDS])
    return G


@pytest.fixture(scope="module")
def graphml(seeds, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graphml") / "graph.graphml"
    graphify.write_graphml(seeds, path)
    return path


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S)
    assert match, "no graph-data element"
    return json.loads(match.group(1))


def snapshot(G):
    return ([(n, copy.deepcopy(d)) for n, d in G.nodes(data=True)],
            [(u, v, k, copy.deepcopy(d)) for u, v, k, d in G.edges(keys=True, data=True)])


def one_line_error(capsys_or_text) -> str:
    text = capsys_or_text if isinstance(capsys_or_text, str) else capsys_or_text.readouterr().err
    lines = text.strip("\n").splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("graphify: error: ") and "Traceback" not in text, text
    return lines[0]


# ----------------------------------------------------------------------------------------------
# library


def test_top_nodes_keeps_the_highest_degrees(seeds):
    before = snapshot(seeds)
    for n in (1, 5, 20, 68):
        H = top_nodes(seeds, n)
        assert H.number_of_nodes() == n
        kept_min = min(seeds.degree(v) for v in H)
        assert all(seeds.degree(v) <= kept_min for v in seeds if v not in H)
        assert H.number_of_edges() == seeds.subgraph(H).number_of_edges()
        assert all(H.nodes[v] == seeds.nodes[v] for v in H)
    assert set(top_nodes(seeds, 1)) == {max(seeds, key=seeds.degree)}
    assert top_nodes(seeds, 10_000).number_of_nodes() == seeds.number_of_nodes()
    H = top_nodes(seeds, 3, keep=[NAZARBAYEV])
    assert NAZARBAYEV in H and H.number_of_nodes() == 3
    # Ties are broken by id, so the choice is stable.
    G = nx.MultiDiGraph([("b", "x"), ("a", "y"), ("c", "z")])
    assert set(top_nodes(G, 2)) == {"a", "b"}
    # A new graph: changing it leaves the input alone.
    H.nodes[NAZARBAYEV]["label"] = "changed"
    assert snapshot(seeds) == before


def test_neighbourhood(seeds):
    assert set(neighbourhood(seeds, NAZARBAYEV, 0)) == {NAZARBAYEV}
    one = neighbourhood(seeds, NAZARBAYEV, 1)
    assert set(one) == {NAZARBAYEV, "08ASTANA2267", "09ASTANA2051"}
    assert one.number_of_edges() == seeds.subgraph(one).number_of_edges()
    assert one.edges["08ASTANA2267", NAZARBAYEV, "mentions"]["quote"].endswith("President Nazarbayev.")
    two = neighbourhood(seeds, NAZARBAYEV, 2)
    want = {NAZARBAYEV, "08ASTANA2267", "09ASTANA2051"}
    want |= set(nx.all_neighbors(seeds, "08ASTANA2267")) | set(nx.all_neighbors(seeds, "09ASTANA2051"))
    assert set(two) == want
    # Edges are followed both ways: a post reaches the cables it sent.
    assert "08ASTANA392" in neighbourhood(seeds, "post:AMEMBASSY_ASTANA", 1)
    assert set(nx.ego_graph(seeds, NAZARBAYEV, radius=2, undirected=True)) == want
    with pytest.raises(KeyError):
        neighbourhood(seeds, "person:nobody", 1)


def test_find_node(seeds):
    assert find_node(seeds, "Nazarbayev") == NAZARBAYEV
    assert find_node(seeds, "  nAzArBaYeV ") == NAZARBAYEV
    assert find_node(seeds, "ORDWAY") == "person:john-ordway"  # an alias
    assert find_node(seeds, "Tazhin") == "person:marat-tazhin"  # alias before "Tazhin" in subjects
    assert find_node(seeds, "spratl") == "person:pamela-spratlen"  # part of a label
    assert find_node(seeds, "08astana392") == "08ASTANA392"
    assert find_node(seeds, "Kazakhstan") == "country:KZ"  # exact label before the ministries
    assert match_nodes(seeds, "ministry of defense") == sorted(
        ["ministry:AZ:ministry-of-defense", "ministry:KZ:ministry-of-defense"],
        key=lambda n: (-seeds.degree(n), n))
    with pytest.raises(NodeLookupError) as error:
        find_node(seeds, "Ministry of Defense")
    assert "matches 2 nodes" in str(error.value) and len(error.value.candidates) == 2
    with pytest.raises(NodeLookupError) as error:
        find_node(seeds, "a")
    assert len(error.value.candidates) == 5 and "more" in str(error.value) and "\n" not in str(error.value)
    with pytest.raises(NodeLookupError) as error:
        find_node(seeds, "Nasarbayev")
    assert error.value.candidates == [NAZARBAYEV] and "did you mean" in str(error.value)
    with pytest.raises(NodeLookupError):
        find_node(seeds, "")


def test_read_graph_round_trip(seeds, graphml):
    G = read_graph(graphml)
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G) == set(seeds) and G.number_of_edges() == seeds.number_of_edges()
    assert set(G.edges(keys=True)) == set(seeds.edges(keys=True))  # keyed by relation again
    assert G.edges["09ASTANA2051", NAZARBAYEV, "mentions"] == seeds.edges["09ASTANA2051", NAZARBAYEV, "mentions"]
    assert G.nodes["08ASTANA392"] == seeds.nodes["08ASTANA392"]


# ----------------------------------------------------------------------------------------------
# command line (in-process: main() is what `graphify` runs)


def test_view_focus_writes_the_neighbourhood(seeds, graphml, tmp_path, capsys):
    out = tmp_path / "focus.html"
    assert main(["view", str(graphml), "--focus", "nazarbayev", "--out", str(out)]) == 0
    data = page_data(out)
    assert {n["id"] for n in data["nodes"]} == set(neighbourhood(seeds, NAZARBAYEV, 1))
    assert len(data["edges"]) == neighbourhood(seeds, NAZARBAYEV, 1).number_of_edges()
    assert data["focus"] == NAZARBAYEV
    text = out.read_text(encoding="utf-8")
    assert "3 of 69 nodes" in text and "<title>graphify: Nazarbayev (graph.graphml)</title>" in text
    assert "wrote" in capsys.readouterr().err

    out2 = tmp_path / "sub" / "focus2.html"
    assert main(["view", str(graphml), "--focus", "Nazarbayev", "--depth", "2", "--out", str(out2),
                 "--quiet"]) == 0
    assert {n["id"] for n in page_data(out2)["nodes"]} == set(neighbourhood(seeds, NAZARBAYEV, 2))
    assert capsys.readouterr().err == ""


def test_view_without_focus(seeds, graphml, tmp_path):
    out = tmp_path / "all.html"
    assert main(["view", str(graphml), "--out", str(out), "--quiet"]) == 0
    data = page_data(out)
    assert len(data["nodes"]) == seeds.number_of_nodes() and len(data["edges"]) == seeds.number_of_edges()
    assert "focus" not in data
    # The view of the GraphML is the page of the graph it came from.
    same = graphify.write_html(seeds, tmp_path / "same.html", title="graphify: graph.graphml")
    assert out.read_bytes() == same.read_bytes()

    assert main(["view", str(graphml), "--out", str(out), "--max-nodes", "12", "--quiet"]) == 0
    data = page_data(out)
    assert {n["id"] for n in data["nodes"]} == set(top_nodes(seeds, 12))
    assert "Showing 12 of 69 nodes" in out.read_text(encoding="utf-8")
    assert main(["view", str(graphml), "--out", str(out), "--max-nodes", "all", "--quiet"]) == 0
    assert len(page_data(out)["nodes"]) == seeds.number_of_nodes()
    with pytest.raises(SystemExit) as usage:
        main(["view", str(graphml), "--out", str(out), "--max-nodes", "0"])
    assert usage.value.code == 2


@pytest.mark.parametrize(
    "args, words",
    [
        (["--focus", "zzzz"], ["no node matches 'zzzz'"]),
        (["--focus", "Nasarbayev"], ["no node matches", "did you mean", "Nazarbayev"]),
        (["--focus", "Ministry of Defense"], ["matches 2 nodes", "Azerbaijan", "Kazakhstan"]),
        (["--focus", "a"], ["matches", "and"]),
    ],
)
def test_view_focus_errors(graphml, tmp_path, capsys, args, words):
    out = tmp_path / "x.html"
    assert main(["view", str(graphml), *args, "--out", str(out)]) == 2
    line = one_line_error(capsys)
    assert all(w in line for w in words), line
    assert line.count("(") <= 2 * 5 + 2  # at most 5 candidates named
    assert not out.exists()


def test_view_file_errors(graphml, tmp_path, capsys):
    assert main(["view", str(tmp_path / "missing.graphml"), "--out", str(tmp_path / "x.html")]) == 2
    assert "no such file" in one_line_error(capsys)
    bad = tmp_path / "bad.graphml"
    bad.write_text("not xml at all", encoding="utf-8")
    assert main(["view", str(bad), "--out", str(tmp_path / "x.html")]) == 2
    assert "cannot read" in one_line_error(capsys)
    assert main(["view", str(graphml), "--out", str(tmp_path)]) == 2
    assert "is a folder" in one_line_error(capsys)


def test_cli_subprocess_view_error_and_build_max_nodes(graphml, tmp_path):
    """As a user runs it: exit code 2 and one line; build --max-nodes cuts the page only."""
    proc = subprocess.run(
        [sys.executable, "-m", "graphify", "view", str(graphml), "--focus", "nobody-at-all",
         "--out", str(tmp_path / "x.html")],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert proc.returncode == 2
    assert "nobody-at-all" in one_line_error(proc.stderr)

    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "graphify", "build", str(SEEDS), "--no-ner", "--quiet", "--max-nodes", "10",
         "--out", str(out)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    full = read_graph(out / "graph.graphml")
    data = page_data(out / "graph.html")
    assert full.number_of_nodes() > 10  # the GraphML stays complete
    assert {n["id"] for n in data["nodes"]} == set(top_nodes(full, 10))
    assert f"Showing 10 of {full.number_of_nodes()} nodes" in (out / "graph.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# browser


@pytest.mark.browser
def test_browser_focus_page_opens_on_the_node(browser, graphml, tmp_path):
    out = tmp_path / "focus.html"
    assert main(["view", str(graphml), "--focus", "Nazarbayev", "--depth", "2", "--out", str(out),
                 "--quiet"]) == 0
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)
        assert page.evaluate("window.network.getSelectedNodes()") == [NAZARBAYEV]
        assert page.inner_text("#details-title") == "Nazarbayev"
        assert page.locator("#mentioned-in li.mention").count() == 2
        assert "of 69 nodes" in page.inner_text("#side")
        assert page.evaluate("window.nodes.length") == len(page_data(out)["nodes"])
        assert all(u.startswith(("file://", "data:")) for u in requests), requests
        assert errors == []
    finally:
        page.close()
