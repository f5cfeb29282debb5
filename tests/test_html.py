"""Tests for graphify.export.html: one self-contained, offline, injection-safe graph explorer.

The fast tests read the file; the ``browser`` tests open it from ``file://`` in Debian's chromium
(via playwright) and use it as a person would: the whole seeds graph drawn without a single
network request, search (label, alias), the details panel (a person's cables with their quotes, a
cable's header), the filters (type, date range, classification), hostile cable text that stays
text, and a big graph drawn without physics. ``scripts/screenshot.py`` refreshes docs/screenshot.png.
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

import graphify
from graphify.export import html as html_mod
from graphify.export import style
from graphify.export.html import NODE_COLORS, NODE_TYPES, PHYSICS_MAX_NODES, render_html, write_html
from graphify.views import top_nodes

REPO = Path(__file__).resolve().parent.parent

ALERT_SCRIPT = "<script>alert(1)</script>"
SCRIPT_ATTACK = "</script><script>window.__pwned=1</script>"
IMG_ATTACK = '<img src=x onerror="window.__pwned=2">'
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
    """Cable text that would run code if it ever became markup: in labels, subjects, aliases,
    titles, quotes, a classification, a node type, a relation and an attribute name."""
    G = cable_graph()
    G.add_node("09HOSTILE1", type="cable", label=IMG_ATTACK, subject=SCRIPT_ATTACK + " " + ALERT_SUBJECT,
               date="2009-01-01T00:00:00+00:00", classification=ALERT_SCRIPT, caveats=IMG_ATTACK,
               tags=SCRIPT_ATTACK, source=IMG_ATTACK)
    G.add_node("person:x", type="person", label=SCRIPT_ATTACK, title=IMG_ATTACK,
               aliases=f"{SCRIPT_ATTACK} | {ALERT_SCRIPT}", country=IMG_ATTACK)
    G.add_node("thing:x", type=IMG_ATTACK, label=ALERT_SCRIPT, **{IMG_ATTACK: ALERT_SCRIPT})
    G.add_edge("09HOSTILE1", "post:AMEMBASSY_ASTANA", relation="from")
    G.add_edge("09HOSTILE1", "person:x", relation=IMG_ATTACK)
    G.add_edge("09HOSTILE1", "person:x", key="mentions", relation="mentions", count=1,
               paragraphs=SCRIPT_ATTACK, quote=ALERT_SCRIPT + " " + IMG_ATTACK)
    G.add_edge("09HOSTILE1", "thing:x", key="mentions", relation="mentions", quote=SCRIPT_ATTACK)
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


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    """The seeds' graph, with NER (about 3 s): built once for the module."""
    G, _ = graphify.build([REPO / "seeds"])
    return G


@pytest.fixture(scope="module")
def seeds_html(seeds, tmp_path_factory) -> Path:
    return write_html(seeds, tmp_path_factory.mktemp("seeds") / "graph.html", title="graphify: seeds")


# ----------------------------------------------------------------------------------------------
# fast tests


def test_node_types_data_file():
    raw = json.loads((REPO / "graphify" / "data" / "node_types.json").read_text(encoding="utf-8"))
    for t in ("cable", "post", "person", "country", "ministry", "organization", "default"):
        assert re.fullmatch(r"#[0-9a-f]{6}", NODE_COLORS[t]), t
        assert NODE_COLORS[t] == raw[t]["color"].lower() == style.node_color(t).lower()
        assert raw[t]["label"] and raw[t]["shape"]
    assert len(set(NODE_COLORS.values())) == len(NODE_COLORS), "colours must tell types apart"
    assert set(NODE_TYPES) == set(NODE_COLORS)


def test_no_hand_written_layout_left():
    source = Path(html_mod.__file__).read_text(encoding="utf-8")
    for name in ("_force_layout", "_layout(", "random.Random", "_GOLDEN_ANGLE"):
        assert name not in source, name


def test_no_external_resources(cable_html):
    assert not re.search(r"<script[^>]*\ssrc\s*=", cable_html, re.I)
    assert not re.search(r"<link\b", cable_html, re.I)
    assert not re.search(r"<(iframe|img|object|embed|base)\b", cable_html, re.I)
    assert "bootstrap" not in cable_html.lower()
    ours = without_library(cable_html)
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", ours, re.I), "a URL in the template"
    assert not re.search(r"\b(src|href)\s*=", ours, re.I)
    assert not re.search(r"https?:|ftp:|wss?:", ours, re.I)
    assert "@import" not in cable_html
    # The only url(...) in the inlined CSS are data: images.
    _, css = html_mod._vis_library()
    assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]*)", css))
    assert "sourceMappingURL" not in cable_html
    # vis-network itself is there, and the CSP forbids any request.
    assert ours.count("<script") == 3  # data (JSON), vis-network, our script
    assert "default-src &#39;none&#39;" in cable_html and "connect-src &#39;none&#39;" in cable_html
    # The page script renders data as text only.
    app = ours.split("<script>")[-1]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in app, sink


def test_page_data_matches_graph(cable_html):
    G = cable_graph()
    data = page_data(cable_html)
    assert [n["id"] for n in data["nodes"]] == sorted(G.nodes)
    assert len(data["edges"]) == G.number_of_edges()
    by_id = {n["id"]: n for n in data["nodes"]}
    sizes = style.node_sizes(G)
    for n, attrs in G.nodes(data=True):
        item = by_id[n]
        assert item["label"] == attrs["label"] and item["type"] == attrs["type"]
        assert data["types"][attrs["type"]]["color"] == NODE_COLORS[attrs["type"]]
        assert item["size"] == sizes[n] and style.MIN_SIZE <= item["size"] <= style.MAX_SIZE
        # per node: what the details panel needs, nothing for drawing that the type tells
        assert set(item) <= {"id", "label", "type", "size", "x", "y", "a"}
        assert item.get("a", {}) == {k: v for k, v in attrs.items() if k not in ("label", "type")}
    assert by_id["08ASTANA392"]["size"] > by_id["post:USMISSION_USOSCE"]["size"]  # by degree
    relations = sorted(e["relation"] for e in data["edges"])
    assert relations == sorted(d["relation"] for _, _, d in G.edges(data=True))
    ref = next(e for e in data["edges"] if e["relation"] == "references")
    assert ref["a"] == {"notal": False}
    assert data["physics"] is True and data["options"]["physics"]["enabled"] is True
    assert data["dates"] == ["2008-01-15", "2008-02-28"]


def test_positions_from_style_layout(cable_html):
    G = cable_graph()
    data = page_data(cable_html)
    want = style.layout(G, scale=html_mod._layout_scale(G.number_of_nodes()))
    assert {n["id"]: (n["x"], n["y"]) for n in data["nodes"]} == {n: tuple(p) for n, p in want.items()}


def test_mentions_carry_quote_paragraphs_count(tmp_path):
    G = cable_graph()
    G.add_node("person:nazarbayev", type="person", label="Nazarbayev", aliases="Nazarbayev", title="President")
    G.add_edge("08ASTANA392", "person:nazarbayev", key="mentions", relation="mentions", count=2,
               paragraphs="2 4", offsets="10-20 300-310", quote="He met President Nazarbayev.")
    data = page_data(write_html(G, tmp_path / "g.html").read_text(encoding="utf-8"))
    edge = next(e for e in data["edges"] if e["relation"] == "mentions")
    assert edge["a"] == {"count": 2, "paragraphs": "2 4", "quote": "He met President Nazarbayev."}
    assert "offsets" not in json.dumps(data)  # not needed by the page


def test_legend_and_filters_list_what_is_present(tmp_path):
    G = cable_graph()
    G.add_node("thing:1", type="thing", label="A thing")
    G.add_node("08STATE1", type="cable", label="08STATE1", stub=True)
    text = write_html(G, tmp_path / "g.html").read_text(encoding="utf-8")
    items = re.findall(
        r'<li data-type="([^"]+)"><label><input type="checkbox" checked data-filter="type" value="([^"]+)">'
        r'<span class="swatch" style="background-color: (#[0-9a-f]{6})"></span>'
        r'<span class="name">([^<]+)</span><span class="count">(\d+)</span></label></li>',
        text,
    )
    assert items == [
        ("cable", "cable", NODE_COLORS["cable"], "Cables", "3"),
        ("post", "post", NODE_COLORS["post"], "Posts", "3"),
        ("person", "person", NODE_COLORS["person"], "People", "1"),
        ("country", "country", NODE_COLORS["country"], "Countries", "1"),
        ("thing", "thing", NODE_COLORS["default"], "thing", "1"),
    ]
    assert "9 nodes &middot; 11 edges" in text
    classes = re.findall(r'data-filter="classification" value="([^"]*)"><span class="name">([^<]+)</span>'
                         r'<span class="count">(\d+)</span>', text)
    assert classes == [("CONFIDENTIAL", "CONFIDENTIAL", "1"), ("UNCLASSIFIED", "UNCLASSIFIED", "1"),
                       ("", "none (cited, not in the corpus)", "1")]
    assert re.search(r'id="date-from" type="date" min="2008-01-15" max="2008-02-28" value="2008-01-15"', text)
    assert re.search(r'id="date-to" type="date" min="2008-01-15" max="2008-02-28" value="2008-02-28"', text)


def test_input_graph_unchanged(tmp_path):
    for G in (hostile_graph(), big_graph(1000)):
        G.graph["name"] = "corpus"
        before = snapshot(G)
        write_html(G, tmp_path / "g.html")
        write_html(G, tmp_path / "g.html", max_nodes=50, focus=next(iter(G)))
        assert snapshot(G) == before


def test_hostile_text_only_escaped(tmp_path):
    text = write_html(
        hostile_graph(), tmp_path / "g.html", title="</title><script>window.__pwned=3</script>",
        note="</p><script>window.__pwned=4</script>",
    ).read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "<script>window.__pwned", "onerror=alert(1)>"):
        assert raw not in text
    ours = without_library(text)
    assert ours.count("<script") == 3 and ours.count("</script>") == 3
    assert "<title>&lt;/title&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;</title>" in text
    assert "&lt;/p&gt;&lt;script&gt;window.__pwned=4&lt;/script&gt;" in text
    # The text is still all there for the page, as data.
    data = page_data(text)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["09HOSTILE1"]["label"] == IMG_ATTACK and nodes["person:x"]["label"] == SCRIPT_ATTACK
    assert nodes["08ASTANA392"]["a"]["subject"] == ALERT_SUBJECT
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


def test_big_graph_positions_without_physics(tmp_path):
    G = big_graph()
    assert G.number_of_nodes() > PHYSICS_MAX_NODES
    a = write_html(G, tmp_path / "a.html").read_bytes()
    assert write_html(G, tmp_path / "b.html").read_bytes() == a
    data = page_data(a.decode("utf-8"))
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len(points) == G.number_of_nodes(), "no two nodes on the same spot"


def test_max_nodes_keeps_the_most_connected(tmp_path):
    G = big_graph(300)
    degrees = dict(G.degree)
    text = write_html(G, tmp_path / "g.html", max_nodes=40).read_text(encoding="utf-8")
    data = page_data(text)
    kept = {n["id"] for n in data["nodes"]}
    assert len(kept) == 40
    assert min(degrees[n] for n in kept) >= max(degrees[n] for n in G if n not in kept)
    assert kept == set(top_nodes(G, 40))
    assert len(data["edges"]) == G.subgraph(kept).number_of_edges()
    assert f"Showing 40 of {G.number_of_nodes():,} nodes" in text
    assert "40 nodes &middot;" in text
    # Not cut, no note.
    small = write_html(G, tmp_path / "s.html", max_nodes=10_000).read_text(encoding="utf-8")
    assert 'class="note"' not in small


def test_default_draws_at_most_default_max_nodes():
    """Unless told otherwise a page draws the DEFAULT_MAX_NODES most connected nodes (what a
    browser draws smoothly); max_nodes=None draws all."""
    G = big_graph(html_mod.DEFAULT_MAX_NODES + 100)
    capped = render_html(G)
    assert len(page_data(capped)["nodes"]) == html_mod.DEFAULT_MAX_NODES == 5000
    assert f"Showing 5,000 of {G.number_of_nodes():,} nodes" in capped
    assert len(page_data(render_html(G, max_nodes=None))["nodes"]) == G.number_of_nodes()


def test_focus_is_in_the_page(tmp_path):
    G = cable_graph()
    data = page_data(write_html(G, tmp_path / "g.html", focus="person:john-ordway", max_nodes=2)
                     .read_text(encoding="utf-8"))
    assert data["focus"] == "person:john-ordway"
    assert "person:john-ordway" in {n["id"] for n in data["nodes"]}  # kept although not in the top 2
    with pytest.raises(KeyError):
        render_html(G, focus="person:nobody")


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


class Page:
    """A page that records every request, console error, page error and dialog."""

    def __init__(self, browser, path: Path, viewport=(1280, 800)):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        # The page sets data-ready once the layout is done (a selector: the page's CSP forbids eval).
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check_offline_and_clean(self):
        assert self.requests, "the page load itself should be recorded"
        assert all(u.startswith(("file://", "data:")) for u in self.requests), self.requests
        assert self.errors == []
        assert self.dialogs == []

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

    def search(self, text: str):
        box = self.page.locator("#search")
        box.fill("")
        box.press_sequentially(text)
        box.press("Enter")

    def settle(self):
        """Wait for the focus animation (250 ms) to end."""
        self.page.wait_for_timeout(400)

    def hidden_ids(self) -> set[str]:
        return set(self.page.evaluate("window.nodes.get({filter: n => n.hidden === true}).map(n => n.id)"))

    def close(self):
        self.page.close()


def dated_cables(G) -> dict[str, str]:
    return {n: d["date"][:10] for n, d in G.nodes(data=True) if d.get("type") == "cable" and d.get("date")}


@pytest.mark.browser
def test_browser_draws_whole_seeds_graph_offline(browser, seeds, seeds_html):
    page = Page(browser, seeds_html)
    try:
        p = page.page
        assert p.evaluate("[window.nodes.length, window.edges.length]") == [
            seeds.number_of_nodes(), seeds.number_of_edges()]
        assert p.evaluate("window.network instanceof vis.Network")
        assert p.evaluate("window.network.physics.physicsEnabled") is False  # stopped once stable
        legend = p.inner_text("#legend")
        for word in ("Cables", "Posts", "People", "Countries", "Ministries"):
            assert word in legend
        # Colours and sizes as in the data.
        item = p.evaluate("window.nodes.get('person:nazarbayev')")
        assert item["color"] == NODE_COLORS["person"] and item["shape"] == NODE_TYPES["person"]["shape"]
        assert item["size"] == style.node_sizes(seeds)["person:nazarbayev"]
        assert p.locator("#details").is_hidden()
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_search_and_details_of_a_person(browser, seeds, seeds_html):
    nazarbayev = next(n for n, d in seeds.nodes(data=True) if d.get("label") == "Nazarbayev")
    mentions = sorted(
        ((u, d) for u, _, d in seeds.in_edges(nazarbayev, data=True) if d["relation"] == "mentions"),
        key=lambda ud: seeds.nodes[ud[0]]["date"],
    )
    assert [u for u, _ in mentions] == ["08ASTANA2267", "09ASTANA2051"]
    page = Page(browser, seeds_html)
    try:
        p = page.page
        page.search("Nazarbayev")
        assert nazarbayev in p.evaluate("window.network.getSelectedNodes()")
        page.settle()
        # Focused: the node is on screen, left of the details panel.
        x, y = page.node_point(nazarbayev)
        box = p.locator("#details").bounding_box()
        assert 0 < x < box["x"] and 0 < y < 800
        # A real click on it shows its details.
        p.locator("#details-close").click()
        assert p.locator("#details").is_hidden()
        p.mouse.click(x, y)
        assert p.evaluate("window.network.getSelectedNodes()") == [nazarbayev]
        assert p.locator("#details").is_visible()
        assert p.inner_text("#details-title") == "Nazarbayev"
        fields = p.inner_text("#details dl.fields")
        assert "President" in fields
        items = p.locator("#mentioned-in li.mention")
        assert items.count() == 2
        for i, (cable, attrs) in enumerate(mentions):  # by date
            text = items.nth(i).inner_text()
            assert cable in text and seeds.nodes[cable]["date"][:10] in text
            assert seeds.nodes[cable]["subject"] in text
            assert " ".join(attrs["quote"].split()) in " ".join(text.split())
            assert "¶ " + attrs["paragraphs"].replace(" ", ", ") in text
        # A cable in the list opens the cable.
        items.nth(0).locator("button.node-link").first.click()
        assert p.inner_text("#details-title") == "08ASTANA2267"
        assert p.evaluate("window.network.getSelectedNodes()") == ["08ASTANA2267"]
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_search_by_alias_list_and_cable_header(browser, seeds, seeds_html):
    page = Page(browser, seeds_html)
    try:
        p = page.page
        # An alias in capitals, as the signature has it.
        page.search("ORDWAY")
        assert p.evaluate("window.network.getSelectedNodes()") == ["person:john-ordway"]
        # Several matches: a list to pick from.
        box = p.locator("#search")
        box.fill("")
        box.press_sequentially("ministry of")
        results = p.locator("#results .result")
        ministries = [n for n, d in seeds.nodes(data=True) if d["type"] == "ministry"
                      and "ministry of" in d["label"].lower()]
        assert results.count() == len(ministries) > 1
        results.nth(1).click()
        assert p.evaluate("window.network.getSelectedNodes()")[0] in ministries
        # A cable: its header.
        page.search("08astana392")
        assert p.evaluate("window.network.getSelectedNodes()") == ["08ASTANA392"]
        attrs = seeds.nodes["08ASTANA392"]
        fields = p.inner_text("#details dl.fields")
        for value in (attrs["classification"], attrs["caveats"], attrs["subject"], attrs["tags"],
                      "2008-02-28 06:34 UTC", "AMEMBASSY ASTANA", "SECSTATE WASHDC"):
            assert value in fields, value
        for relation, word in (("to", "To"), ("info", "Info")):
            ends = [seeds.nodes[v]["label"] for _, v, d in seeds.out_edges("08ASTANA392", data=True)
                    if d["relation"] == relation]
            assert ends and all(label in fields for label in ends), relation
            assert word in fields
        details = p.inner_text("#details")
        assert "REFERENCES" in details.upper() and "08STATE4865" in details
        cited = p.evaluate("window.graphify.find('08BAKU64')[0].n.id")
        assert cited == "08BAKU64"
        # Cited-by on the referenced cable.
        page.search("08STATE4865")
        details = p.inner_text("#details")
        assert "CITED BY" in details.upper() and "08ASTANA392" in details
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_filters_hide_nodes(browser, seeds, seeds_html):
    people = {n for n, d in seeds.nodes(data=True) if d["type"] == "person"}
    dates = dated_cables(seeds)
    assert dates["09ASTANA2051"].startswith("2009") and max(v for k, v in dates.items()
                                                            if k != "09ASTANA2051") < "2009"
    in_range = {c for c, d in dates.items() if d <= "2008-12-31"}

    def cable_neighbours(n):
        return {m for m in nx.all_neighbors(seeds, n) if seeds.nodes[m]["type"] == "cable"}

    only_2009 = {n for n, d in seeds.nodes(data=True)
                 if d["type"] != "cable" and cable_neighbours(n) == {"09ASTANA2051"}}
    kept = {n for n, d in seeds.nodes(data=True) if d["type"] != "cable" and cable_neighbours(n) & in_range}
    assert only_2009 and "person:nazarbayev" in kept and "country:KZ" in kept
    page = Page(browser, seeds_html)
    try:
        p = page.page
        assert page.hidden_ids() == set()
        p.locator("input[data-filter=type][value=person]").uncheck()
        assert page.hidden_ids() == people
        p.locator("input[data-filter=type][value=person]").check()
        assert page.hidden_ids() == set()
        # A date range that leaves out 2009.
        p.locator("#date-to").fill("2008-12-31")
        hidden = page.hidden_ids()
        assert "09ASTANA2051" in hidden and only_2009 <= hidden
        assert not (hidden & (kept | in_range))
        assert "09STATE116263" in hidden  # cited only by 09ASTANA2051
        assert "08STATE4865" not in hidden  # cited by 08ASTANA392
        assert "Showing" in p.inner_text("#shown")
        # Classification.
        p.locator("#date-to").fill(max(dates.values()))
        assert page.hidden_ids() == set()
        p.locator("input[data-filter=classification][value=SECRET]").uncheck()
        secret = {c for c, d in seeds.nodes(data=True) if d.get("classification") == "SECRET"}
        hidden = page.hidden_ids()
        assert secret and secret <= hidden
        assert not hidden & {c for c in dates if c not in secret}
        p.locator("#reset").click()
        assert page.hidden_ids() == set()
        page.check_offline_and_clean()
    finally:
        page.close()


@pytest.mark.browser
def test_browser_hostile_text_does_not_execute(browser, tmp_path):
    G = hostile_graph()
    path = write_html(G, tmp_path / "graph.html", title="</title><script>window.__pwned=3</script>",
                      note=ALERT_SCRIPT)
    page = Page(browser, path)
    try:
        p = page.page
        assert p.evaluate("typeof window.__pwned") == "undefined"
        assert p.evaluate("[window.nodes.length, window.edges.length]") == [
            G.number_of_nodes(), G.number_of_edges()]
        assert p.evaluate("window.nodes.get('09HOSTILE1').label") == IMG_ATTACK
        assert p.title() == "</title><script>window.__pwned=3</script>"
        # Hover texts are text.
        for node in ("09HOSTILE1", "person:x"):
            x, y = page.node_point(node)
            p.mouse.move(x, y)
            tooltip = p.locator(".vis-tooltip")
            tooltip.wait_for(state="visible")
            text = tooltip.inner_text()
            assert (IMG_ATTACK in text) if node == "09HOSTILE1" else (SCRIPT_ATTACK in text)
            p.mouse.move(2, 2)
        # Search for the hostile person, open it, then its cable, and the hostile cable's details.
        page.search("window.__pwned=1")
        assert p.evaluate("window.network.getSelectedNodes()") == ["person:x"]
        details = p.inner_text("#details")
        assert p.inner_text("#details-title") == SCRIPT_ATTACK
        assert IMG_ATTACK in details and ALERT_SCRIPT in details  # title, alias, quote: as text
        p.locator("#mentioned-in button.node-link").first.click()
        assert p.inner_text("#details-title") == IMG_ATTACK
        assert ALERT_SCRIPT in p.inner_text("#details")
        box = p.locator("#search")
        box.fill("")
        box.press_sequentially("alert(1)")  # an alias, a label and subjects: a list
        assert p.locator("#results .result").count() >= 3
        assert ALERT_SCRIPT in p.inner_text("#results")
        page.search("09HOSTILE1")
        page.settle()
        x, y = page.node_point("09HOSTILE1")
        p.mouse.click(x, y)
        assert p.inner_text("#details-title") == IMG_ATTACK
        # Also select programmatically and re-fire the click event; and an edge.
        p.evaluate("window.network.selectNodes(['person:x'])")
        p.evaluate("window.network.body.emitter.emit('click', {nodes: ['person:x'], edges: []})")
        edge = p.evaluate("window.edges.get({filter: e => e.relation.indexOf('<img') >= 0})[0].id")
        p.evaluate("(id) => window.network.body.emitter.emit('click', {nodes: [], edges: [id]})", edge)
        assert IMG_ATTACK in p.inner_text("#details")
        # Filters and legend with hostile type and classification names.
        p.locator("#legend input").last.uncheck()
        p.locator("#classifications input").first.uncheck()
        p.locator("#reset").click()
        p.wait_for_timeout(200)
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
        page.search("Unlinked organization")
        assert p.evaluate("window.network.getSelectedNodes()") == ["organization:lonely"]
        page.check_offline_and_clean()
    finally:
        page.close()
