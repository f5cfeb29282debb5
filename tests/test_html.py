"""Tests for graphify.export.html: one self-contained, offline, injection-safe graph.html.

The fast tests read the file; the ``browser`` tests open it from ``file://`` in Debian's chromium
(via playwright) and check that it draws the whole graph without a single network request.
Set GRAPHIFY_SCREENSHOT=1 to also refresh docs/screenshot.png.
"""

from __future__ import annotations

import copy
import doctest
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest

from graphify.export import html as html_mod
from graphify.export.html import NODE_COLORS, NODE_TYPES, PHYSICS_MAX_NODES, render_html, write_html

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

IMG_ATTACK = '<img src=x onerror="window.__pwned=1">'
SCRIPT_ATTACK = "</script><script>window.__pwned=2</script>"
ALERT_SUBJECT = "</script><script>alert(1)</script> <img src=x onerror=alert(1)>"


# ----------------------------------------------------------------------------------------------
# test data


def cable_graph() -> nx.MultiDiGraph:
    """A small graph shaped like graphify's output (docs/schema.md)."""
    G = nx.MultiDiGraph()
    G.add_node(
        "08ASTANA392",
        type="cable",
        label="08ASTANA392",
        date="2008-02-28T06:34:00+00:00",
        classification="CONFIDENTIAL",
        caveats="NOFORN SIPDIS",
        subject="KAZAKHSTAN: FOREIGN MINISTER ON OSCE CHAIRMANSHIP AND ENERGY TRANSIT",
        tags="PREL ENRG KZ",
        origin="AMEMBASSY ASTANA",
        source="cables/08ASTANA392.txt",
    )
    G.add_node(
        "08STATE4865",
        type="cable",
        label="08STATE4865",
        date="2008-01-15T19:02:00+00:00",
        classification="UNCLASSIFIED",
        subject="DEMARCHE REQUEST: OSCE MINISTERIAL FOLLOW-UP",
        tags="PREL OSCE KZ",
        origin="SECSTATE WASHDC",
        source="cables/08STATE4865.txt",
    )
    G.add_node("post:AMEMBASSY_ASTANA", type="post", label="AMEMBASSY ASTANA", routing="RUEHTA")
    G.add_node("post:SECSTATE_WASHDC", type="post", label="SECSTATE WASHDC", routing="RUEHC")
    G.add_node("post:USMISSION_USOSCE", type="post", label="USMISSION USOSCE", routing="RUEHVEN")
    G.add_node("person:john-ordway", type="person", label="John Ordway", title="Ambassador",
               aliases="ORDWAY | John Ordway")
    G.add_node("country:KZ", type="country", label="Kazakhstan", iso="KZ", fips="KZ")
    G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from")
    G.add_edge("08ASTANA392", "post:SECSTATE_WASHDC", relation="to")
    G.add_edge("08ASTANA392", "post:USMISSION_USOSCE", relation="info")
    G.add_edge("08ASTANA392", "08STATE4865", relation="references", notal=False)
    G.add_edge("08ASTANA392", "person:john-ordway", relation="classified_by")
    G.add_edge("08ASTANA392", "person:john-ordway", relation="signed_by")
    G.add_edge("08ASTANA392", "country:KZ", relation="tagged")
    G.add_edge("08STATE4865", "post:SECSTATE_WASHDC", relation="from")
    G.add_edge("08STATE4865", "post:AMEMBASSY_ASTANA", relation="to")
    G.add_edge("08STATE4865", "country:KZ", relation="tagged")
    G.add_edge("post:AMEMBASSY_ASTANA", "country:KZ", relation="located_in")
    return G


def hostile_graph() -> nx.MultiDiGraph:
    G = cable_graph()
    G.add_node("09HOSTILE1", type="cable", label=IMG_ATTACK, subject=SCRIPT_ATTACK + " " + ALERT_SUBJECT)
    G.add_node("person:x", type="person", label=SCRIPT_ATTACK, title=IMG_ATTACK)
    G.add_edge("09HOSTILE1", "post:AMEMBASSY_ASTANA", relation="from")
    G.add_edge("09HOSTILE1", "person:x", relation=IMG_ATTACK)
    G.nodes["08ASTANA392"]["subject"] = ALERT_SUBJECT
    return G


def big_graph(n_cables: int = 1100) -> nx.MultiDiGraph:
    """More than PHYSICS_MAX_NODES nodes, so positions are computed in Python."""
    G = nx.MultiDiGraph()
    posts = [f"post:POST_{i}" for i in range(25)]
    countries = [f"country:C{i}" for i in range(15)]
    for p in posts:
        G.add_node(p, type="post", label=p[5:].replace("_", " "))
    for c in countries:
        G.add_node(c, type="country", label=c[8:])
    for i, p in enumerate(posts):
        G.add_edge(p, countries[i % len(countries)], relation="located_in")
    for i in range(n_cables):
        c = f"08POST{i % 25}{i}"
        G.add_node(c, type="cable", label=c, subject=f"SUBJECT {i}")
        G.add_edge(c, posts[i % 25], relation="from")
        G.add_edge(c, posts[(i * 7) % 25], relation="to")
        G.add_edge(c, countries[(i * 3) % 15], relation="tagged")
        if i:
            G.add_edge(c, f"08POST{(i // 2) % 25}{i // 2}", relation="references")
    G.add_node("organization:lonely", type="organization", label="Unlinked organization")
    return G


def snapshot(G: nx.MultiDiGraph):
    return (
        copy.deepcopy(dict(G.graph)),
        [(n, copy.deepcopy(dict(d))) for n, d in G.nodes(data=True)],
        [(u, v, k, copy.deepcopy(dict(d))) for u, v, k, d in G.edges(keys=True, data=True)],
    )


def page_data(text: str) -> dict:
    """The JSON embedded in the page."""
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S)
    assert match, "no graph-data element"
    return json.loads(match.group(1))


def without_library(text: str) -> str:
    """The page minus the inlined vis-network JavaScript and CSS (i.e. our own template part)."""
    js, css = html_mod._vis_library()
    assert text.count(js) == 1 and text.count(css) == 1
    return text.replace(js, "").replace(css, "")


@pytest.fixture
def cable_html(tmp_path) -> str:
    return write_html(cable_graph(), tmp_path / "graph.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# fast tests


def test_node_types_data_file():
    raw = json.loads((REPO / "graphify" / "data" / "node_types.json").read_text(encoding="utf-8"))
    for t in ("cable", "post", "person", "country", "ministry", "organization", "default"):
        assert re.fullmatch(r"#[0-9a-f]{6}", NODE_COLORS[t]), t
        assert NODE_COLORS[t] == raw[t]["color"].lower()
        assert raw[t]["label"] and raw[t]["shape"]
    assert len(set(NODE_COLORS.values())) == len(NODE_COLORS), "colours must tell types apart"
    assert set(NODE_TYPES) == set(NODE_COLORS)


def test_no_external_resources(cable_html):
    assert not re.search(r"<script[^>]*\ssrc\s*=", cable_html, re.I)
    assert not re.search(r"<link\b", cable_html, re.I)
    assert not re.search(r"<(iframe|img|object|embed|base)\b", cable_html, re.I)
    assert "bootstrap" not in cable_html.lower()
    ours = without_library(cable_html)
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", ours, re.I), "a URL in the template"
    assert not re.search(r"\b(src|href)\s*=", ours, re.I)
    assert "@import" not in cable_html
    # The only url(...) in the inlined CSS are data: images.
    _, css = html_mod._vis_library()
    assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]*)", css))
    assert "sourceMappingURL" not in cable_html
    # vis-network itself is there, and the CSP forbids any request.
    assert ours.count("<script") == 3  # data (JSON), vis-network, our script
    assert "default-src &#39;none&#39;" in cable_html and "connect-src &#39;none&#39;" in cable_html


def test_page_data_matches_graph(cable_html):
    G = cable_graph()
    data = page_data(cable_html)
    assert [n["id"] for n in data["nodes"]] == sorted(G.nodes)
    assert len(data["edges"]) == G.number_of_edges()
    by_id = {n["id"]: n for n in data["nodes"]}
    for n, attrs in G.nodes(data=True):
        assert by_id[n]["label"] == attrs["label"]
        assert by_id[n]["color"] == NODE_COLORS[attrs["type"]]
        assert html_mod._MIN_SIZE <= by_id[n]["size"] <= html_mod._MAX_SIZE
    assert by_id["08ASTANA392"]["size"] > by_id["post:USMISSION_USOSCE"]["size"]  # by degree
    title = by_id["08ASTANA392"]["title"]
    assert "subject: KAZAKHSTAN: FOREIGN MINISTER" in title and "classification: CONFIDENTIAL" in title
    relations = sorted(e["relation"] for e in data["edges"])
    assert relations == sorted(d["relation"] for _, _, d in G.edges(data=True))
    assert all(e["label"] == e["relation"] and e["relation"] in e["title"] for e in data["edges"])
    assert data["physics"] is True and data["options"]["physics"]["enabled"] is True
    assert "x" not in by_id["country:KZ"]


def test_legend_lists_types_present_with_counts(tmp_path):
    G = cable_graph()
    G.add_node("thing:1", type="thing", label="A thing")
    text = write_html(G, tmp_path / "g.html").read_text(encoding="utf-8")
    items = re.findall(
        r'<li data-type="([^"]+)"><span class="swatch" style="background-color: (#[0-9a-f]{6})">'
        r'</span><span class="name">([^<]+)</span><span class="count">(\d+)</span></li>',
        text,
    )
    assert items == [
        ("cable", NODE_COLORS["cable"], "Cables", "2"),
        ("post", NODE_COLORS["post"], "Posts", "3"),
        ("person", NODE_COLORS["person"], "People", "1"),
        ("country", NODE_COLORS["country"], "Countries", "1"),
        ("thing", NODE_COLORS["default"], "thing", "1"),
    ]
    assert "8 nodes &middot; 11 edges" in text


def test_input_graph_unchanged(tmp_path):
    for G in (hostile_graph(), big_graph(1000)):
        G.graph["name"] = "corpus"
        before = snapshot(G)
        write_html(G, tmp_path / "g.html")
        assert snapshot(G) == before


def test_hostile_text_only_escaped(tmp_path):
    text = write_html(
        hostile_graph(), tmp_path / "g.html", title="</title><script>window.__pwned=3</script>"
    ).read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "<script>window.__pwned", "onerror=alert(1)>"):
        assert raw not in text
    ours = without_library(text)
    assert ours.count("<script") == 3 and ours.count("</script>") == 3
    assert "<title>&lt;/title&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;</title>" in text
    # The text is still all there for the page, as data.
    data = page_data(text)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["09HOSTILE1"] == IMG_ATTACK and labels["person:x"] == SCRIPT_ATTACK
    assert ALERT_SUBJECT in next(n["title"] for n in data["nodes"] if n["id"] == "08ASTANA392")
    assert IMG_ATTACK in {e["relation"] for e in data["edges"]}


def test_byte_identical_output(tmp_path):
    a = write_html(cable_graph(), tmp_path / "a.html").read_bytes()
    b = write_html(cable_graph(), tmp_path / "b.html").read_bytes()
    assert a == b
    # The same graph built in another order gives the same file too.
    G = cable_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert write_html(H, tmp_path / "c.html").read_bytes() == a


def test_big_graph_positions_in_python(tmp_path):
    G = big_graph()
    assert G.number_of_nodes() > PHYSICS_MAX_NODES
    a = write_html(G, tmp_path / "a.html").read_bytes()
    assert write_html(G, tmp_path / "b.html").read_bytes() == a
    data = page_data(a.decode("utf-8"))
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len(points) == G.number_of_nodes(), "no two nodes on the same spot"


def test_write_is_atomic_and_utf8(tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    G = cable_graph()
    G.nodes["person:john-ordway"]["label"] = "Jóhn Ördway — Астана"
    out = write_html(G, target, title="Астана — 2008")
    assert out == target and sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
    text = target.read_bytes().decode("utf-8")
    assert "<title>Астана — 2008</title>" in text
    labels = {n["id"]: n["label"] for n in page_data(text)["nodes"]}
    assert labels["person:john-ordway"] == "Jóhn Ördway — Астана"
    # A graph that cannot be written leaves the old file and no temporary file behind.
    bad = nx.MultiDiGraph()
    bad.add_node(1, type="cable", label="one")
    bad.add_node("1", type="cable", label="also one")
    with pytest.raises(ValueError):
        write_html(bad, target)
    assert target.read_bytes().decode("utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_works_under_lc_all_c(tmp_path):
    out = tmp_path / "graph.html"
    script = textwrap.dedent(
        f"""
        import locale, sys
        sys.path.insert(0, {str(REPO)!r})
        from graphify.export.html import write_html
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_html import hostile_graph
        G = hostile_graph()
        G.nodes["person:john-ordway"]["label"] = "Jóhn Ördway — Астана"
        write_html(G, {str(out)!r}, title="Астана")
        print(locale.getpreferredencoding(False))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0", PYTHONIOENCODING="")
    run = tmp_path / "run.py"
    run.write_text(script, encoding="utf-8")  # Python reads source as UTF-8 whatever the locale
    proc = subprocess.run([sys.executable, str(run)], env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "utf" not in proc.stdout.lower(), f"locale was not C: {proc.stdout}"
    text = out.read_bytes().decode("utf-8")
    assert "<title>Астана</title>" in text
    assert out.read_bytes() == write_html(_with_label(hostile_graph()), tmp_path / "same.html",
                                          title="Астана").read_bytes()


def _with_label(G):
    G.nodes["person:john-ordway"]["label"] = "Jóhn Ördway — Астана"
    return G


def test_empty_graph(tmp_path):
    text = write_html(nx.MultiDiGraph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert page_data(text)["nodes"] == [] and "0 nodes &middot; 0 edges" in text


def test_docstring_examples():
    result = doctest.testmod(html_mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 3 and result.failed == 0


# ----------------------------------------------------------------------------------------------
# browser tests


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page that records every request, console error and page error."""

    def __init__(self, browser, path: Path, viewport=(1280, 800)):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.goto(path.as_uri())
        # The page sets data-ready once the layout is done (a selector: the page's CSP forbids eval).
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)

    def check_offline_and_clean(self):
        assert self.requests, "the page load itself should be recorded"
        assert all(u.startswith(("file://", "data:")) for u in self.requests), self.requests
        assert self.errors == []

    def node_point(self, node_id: str) -> tuple[float, float]:
        x, y = self.page.evaluate(
            """(id) => {
                const p = window.network.canvasToDOM(window.network.getPosition(id));
                const r = document.getElementById("graph").getBoundingClientRect();
                return [p.x + r.left, p.y + r.top];
            }""",
            node_id,
        )
        return x, y

    def close(self):
        self.page.close()


@pytest.mark.browser
def test_browser_draws_whole_graph_offline(browser, tmp_path):
    G = cable_graph()
    path = write_html(G, tmp_path / "graph.html", title="Astana, early 2008")
    page = Page(browser, path)
    try:
        counts = page.page.evaluate("[window.nodes.length, window.edges.length]")
        assert counts == [G.number_of_nodes(), G.number_of_edges()]
        assert page.page.evaluate("window.network instanceof vis.Network")
        assert page.page.evaluate("window.network.getConnectedEdges('08ASTANA392').length") == 7
        legend = page.page.inner_text("#legend")
        assert "Cables" in legend and "Countries" in legend
        # Physics stopped after stabilizing.
        assert page.page.evaluate("window.network.physics.physicsEnabled") is False
        # Clicking a node shows its details as text.
        x, y = page.node_point("08ASTANA392")
        page.page.mouse.click(x, y)
        assert "KAZAKHSTAN: FOREIGN MINISTER" in page.page.inner_text("#details")
        if os.environ.get("GRAPHIFY_SCREENSHOT"):
            page.page.mouse.move(2, 2)  # no tooltip over the drawing; the details panel stays
            page.page.wait_for_timeout(300)
            page.page.screenshot(path=str(REPO / "docs" / "screenshot.png"))
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_hostile_text_does_not_execute(browser, tmp_path):
    G = hostile_graph()
    path = write_html(G, tmp_path / "graph.html", title="</title><script>window.__pwned=3</script>")
    page = Page(browser, path)
    try:
        p = page.page
        assert p.evaluate("typeof window.__pwned") == "undefined"
        assert p.evaluate("[window.nodes.length, window.edges.length]") == [
            G.number_of_nodes(), G.number_of_edges()]
        assert p.evaluate("window.nodes.get('09HOSTILE1').label") == IMG_ATTACK
        assert p.title() == "</title><script>window.__pwned=3</script>"
        for node in ("09HOSTILE1", "person:x"):
            x, y = page.node_point(node)
            p.mouse.move(x, y)
            tooltip = p.locator(".vis-tooltip")
            tooltip.wait_for(state="visible")
            text = tooltip.inner_text()
            assert (IMG_ATTACK in text) if node == "09HOSTILE1" else (SCRIPT_ATTACK in text)
            p.mouse.click(x, y)
            assert p.evaluate("window.network.getSelectedNodes()") == [node]
            assert p.locator("#details").inner_text().startswith(text.splitlines()[0])
            p.mouse.move(2, 2)
        # Also select programmatically and re-fire the hover/click events.
        p.evaluate("window.network.selectNodes(['09HOSTILE1'])")
        p.evaluate("window.network.body.emitter.emit('click', {nodes: ['09HOSTILE1'], edges: []})")
        assert p.evaluate("typeof window.__pwned") == "undefined"
        assert p.locator("img, iframe, object, embed").count() == 0
        assert p.locator("script").count() == 3
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_big_graph_without_physics(browser, tmp_path):
    G = big_graph()
    path = write_html(G, tmp_path / "graph.html")
    page = Page(browser, path)
    try:
        p = page.page
        assert p.evaluate("[window.nodes.length, window.edges.length]") == [
            G.number_of_nodes(), G.number_of_edges()]
        assert p.evaluate("window.network.physics.physicsEnabled") is False
        # Drawn where Python put them.
        node = sorted(G.nodes)[0]
        want = next(n for n in page_data(path.read_text(encoding="utf-8"))["nodes"] if n["id"] == node)
        got = p.evaluate("(id) => window.network.getPosition(id)", node)
        assert abs(got["x"] - want["x"]) <= 1 and abs(got["y"] - want["y"]) <= 1
        page.check_offline_and_clean()
    finally:
        page.close()
