"""Write a graphify graph as one self-contained, offline ``graph.html`` (vis-network).

The page needs nothing but the file itself: vis-network's JavaScript and CSS are read from the
installed ``pyvis`` package and inlined, there is no Bootstrap, no CDN and no URL of any kind, and
a Content-Security-Policy in the page forbids every network request. It works from ``file://``.

Nodes are coloured and shaped by ``type`` (see ``graphify/data/node_types.json``, shared with the
GraphML export), sized by degree, and explained by a legend; edges are labelled with their
``relation``. Hover texts are plain text (vis-network shows string titles with ``innerText``) and
all graph data reaches the page as JSON inside ``<script type="application/json">`` with ``<``,
``>`` and ``&`` escaped, so cable text can never become markup or script.

Graphs up to :data:`PHYSICS_MAX_NODES` nodes are laid out in the browser (physics runs until the
layout is stable, then stops); bigger ones get positions computed here, with physics off, so they
stay usable. The output is deterministic: the same graph gives a byte-identical file.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", label="08ASTANA392", subject="KAZAKHSTAN: OSCE")
>>> G.add_node("post:AMEMBASSY_ASTANA", type="post", label="AMEMBASSY ASTANA")
>>> _ = G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from")
>>> out = write_html(G, pathlib.Path(tempfile.mkdtemp()) / "graph.html", title="Astana")
>>> text = out.read_text(encoding="utf-8")
>>> "<script src" in text, "KAZAKHSTAN: OSCE" in text
(False, True)
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import os
import random
import re
import tempfile
import textwrap
from collections.abc import Hashable, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx

__all__ = [
    "NODE_COLORS",
    "NODE_TYPES",
    "DEFAULT_TYPE",
    "PHYSICS_MAX_NODES",
    "write_html",
    "render_html",
]

_HERE = Path(__file__).resolve().parent
_NODE_TYPES_FILE = _HERE.parent / "data" / "node_types.json"
_TEMPLATE_NAME = "graph.html.j2"
_VIS_VERSION_DIR = "vis-9.1.2"

#: The key of ``node_types.json`` used for node types it does not list.
DEFAULT_TYPE = "default"

#: Above this many nodes the browser does not run physics; positions are computed in Python.
PHYSICS_MAX_NODES = 1000

_SEED = 42
_MIN_SIZE = 8.0
_MAX_SIZE = 40.0
_WRAP = 90  # hover texts are wrapped at this width (the tooltip does not wrap by itself)
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}\Z")
_SHAPES = {"dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon"}

# Attributes shown first in a hover text, in this order; the rest follow sorted by name.
_ATTR_ORDER = (
    "date",
    "classification",
    "caveats",
    "subject",
    "tags",
    "origin",
    "title",
    "aliases",
    "routing",
    "iso",
    "fips",
    "stub",
    "source",
)


def _load_node_types(path: Path = _NODE_TYPES_FILE) -> dict[str, dict[str, str]]:
    """Read and check ``node_types.json``: type -> {"color": "#rrggbb", "shape": ..., "label": ...}."""
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    types: dict[str, dict[str, str]] = {}
    for name, spec in raw.items():
        color, shape, label = spec.get("color"), spec.get("shape"), spec.get("label")
        if not (isinstance(color, str) and _HEX_COLOR.match(color)):
            raise ValueError(f"{path}: {name}: color must be #rrggbb, got {color!r}")
        if shape not in _SHAPES:
            raise ValueError(f"{path}: {name}: shape must be one of {sorted(_SHAPES)}, got {shape!r}")
        if not (isinstance(label, str) and label):
            raise ValueError(f"{path}: {name}: label must be a non-empty string")
        types[name] = {"color": color.lower(), "shape": shape, "label": label}
    if DEFAULT_TYPE not in types:
        raise ValueError(f"{path}: needs a {DEFAULT_TYPE!r} entry for unknown node types")
    return types


#: Node type -> {"color", "shape", "label"} from ``graphify/data/node_types.json``.
NODE_TYPES: dict[str, dict[str, str]] = _load_node_types()

#: Node type -> hex colour; ``NODE_COLORS["default"]`` is used for types not listed.
NODE_COLORS: dict[str, str] = {name: spec["color"] for name, spec in NODE_TYPES.items()}


def _style(node_type: str) -> dict[str, str]:
    return NODE_TYPES.get(node_type, NODE_TYPES[DEFAULT_TYPE])


# --------------------------------------------------------------------------------------------
# vis-network library and template


@functools.lru_cache(maxsize=1)
def _vis_library() -> tuple[str, str]:
    """vis-network's (JavaScript, CSS) as shipped inside the installed pyvis package."""
    try:
        lib = resources.files("pyvis").joinpath("templates", "lib", _VIS_VERSION_DIR)
        js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
        css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            f"graphify's HTML export needs pyvis (for vis-network {_VIS_VERSION_DIR}): {exc}"
        ) from exc
    # No source-map comments: developer tools would try to fetch the map next to the page.
    js = re.sub(r"^\s*//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE).rstrip() + "\n"
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css).rstrip() + "\n"
    # Inlined text must not be able to end its own element early.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    if "<!--" in js or re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("the vis-network library text cannot be inlined safely")
    return js, css


@functools.lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(_TEMPLATE_NAME)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _json_for_html(value: Any) -> str:
    """JSON that is inert inside a ``<script>`` element: ``<``, ``>``, ``&`` become ``\\u003c`` etc."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------------------------
# graph -> vis data


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _wrap(key: str, value: Any) -> str:
    text = " ".join(_text(value).split()) if not isinstance(value, bool) else _text(value)
    line = f"{key}: {text}" if key else text
    return "\n".join(textwrap.wrap(line, _WRAP, subsequent_indent="    ")) or line


def _ordered_attrs(attrs: Mapping[str, Any], skip: Iterable[str]) -> list[tuple[str, Any]]:
    skip = set(skip)
    first = [(k, attrs[k]) for k in _ATTR_ORDER if k in attrs and k not in skip]
    rest = sorted(
        ((str(k), v) for k, v in attrs.items() if k not in skip and k not in _ATTR_ORDER),
        key=lambda kv: kv[0],
    )
    return [(k, v) for k, v in first + rest if v is not None and v != ""]


def _node_title(node_id: str, attrs: Mapping[str, Any], node_type: str, degree: int) -> str:
    """The plain-text hover text of a node."""
    label = _text(attrs.get("label", node_id))
    lines = [_wrap("", label), _wrap("type", node_type)]
    if label != node_id:
        lines.append(_wrap("id", node_id))
    lines += [_wrap(k, v) for k, v in _ordered_attrs(attrs, ("label", "type"))]
    lines.append(f"links: {degree}")
    return "\n".join(lines)


def _edge_title(u: str, v: str, attrs: Mapping[str, Any], relation: str) -> str:
    lines = [f"{u} \u2192 {relation} \u2192 {v}"]
    lines += [_wrap(k, val) for k, val in _ordered_attrs(attrs, ("relation",))]
    return "\n".join(lines)


def _node_size(degree: int) -> float:
    return round(min(_MAX_SIZE, _MIN_SIZE + 4.0 * math.sqrt(degree)), 2)


def _vis_ids(G: nx.MultiDiGraph) -> dict[Hashable, str]:
    ids: dict[Hashable, str] = {}
    seen: dict[str, Hashable] = {}
    for node in G.nodes:
        key = node if isinstance(node, str) else str(node)
        if key in seen:
            raise ValueError(f"nodes {seen[key]!r} and {node!r} have the same text id {key!r}")
        seen[key] = node
        ids[node] = key
    return ids


def _graph_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes, edges, options and legend for the page; reads ``G`` and never changes it."""
    ids = _vis_ids(G)
    order = sorted(G.nodes, key=lambda n: ids[n])
    physics = G.number_of_nodes() <= PHYSICS_MAX_NODES

    edges_raw = sorted(
        (
            (ids[u], ids[v], str(k), d)
            for u, v, k, d in G.edges(keys=True, data=True)
        ),
        key=lambda e: (e[0], e[1], e[2]),
    )
    positions = {} if physics else _layout([ids[n] for n in order], [(u, v) for u, v, _, _ in edges_raw])

    counts: dict[str, int] = {}
    nodes = []
    for n in order:
        attrs = G.nodes[n]
        vid = ids[n]
        node_type = _text(attrs.get("type", "unknown"))
        counts[node_type] = counts.get(node_type, 0) + 1
        style = _style(node_type)
        degree = G.degree(n)
        item: dict[str, Any] = {
            "id": vid,
            "label": _text(attrs.get("label", vid)),
            "title": _node_title(vid, attrs, node_type, degree),
            "type": node_type,
            "color": style["color"],
            "shape": style["shape"],
            "size": _node_size(degree),
        }
        if vid in positions:
            item["x"], item["y"] = positions[vid]
        nodes.append(item)

    group_size: dict[tuple[str, str], int] = {}
    for u, v, _key, _attrs in edges_raw:
        pair = (min(u, v), max(u, v))
        group_size[pair] = group_size.get(pair, 0) + 1
    edges = []
    seen: dict[tuple[str, str], int] = {}
    for i, (u, v, _key, attrs) in enumerate(edges_raw):
        relation = _text(attrs.get("relation", ""))
        item = {
            "id": f"e{i}",
            "from": u,
            "to": v,
            "label": relation,
            "title": _edge_title(u, v, attrs, relation),
            "relation": relation,
        }
        pair = (min(u, v), max(u, v))
        if group_size[pair] > 1 and u != v:
            item["smooth"] = _fan(seen.get(pair, 0), group_size[pair], reverse=(u, v) != pair)
            seen[pair] = seen.get(pair, 0) + 1
        edges.append(item)

    known = [t for t in NODE_TYPES if t in counts and t != DEFAULT_TYPE]
    unknown = sorted(t for t in counts if t not in known)
    legend = [
        {
            "type": t,
            "label": NODE_TYPES[t]["label"] if t in NODE_TYPES else t,
            "color": _style(t)["color"],
            "count": counts[t],
        }
        for t in known + unknown
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "physics": physics,
        "options": _options(physics, len(nodes)),
        "legend": legend,
    }


def _fan(index: int, count: int, *, reverse: bool) -> dict[str, Any]:
    """Curvature of the ``index``-th of ``count`` edges between the same two nodes, so they fan out.

    Offsets are symmetric around the straight line; ``reverse`` edges (drawn from the other end)
    flip clockwise/counter-clockwise so that every edge of the pair keeps its own side.
    """
    offset = index - (count - 1) / 2
    clockwise = (offset > 0) != reverse
    return {
        "enabled": True,
        "type": "curvedCW" if clockwise else "curvedCCW",
        "roundness": round(min(0.9, 0.3 * abs(offset)), 3),
    }


def _options(physics: bool, n_nodes: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        "autoResize": True,
        "width": "100%",
        "height": "100%",
        "layout": {"randomSeed": _SEED, "improvedLayout": physics and n_nodes <= 300},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 12, "face": "sans-serif", "color": "#222222"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#a8a8a8", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 9, "face": "sans-serif", "color": "#666666", "align": "middle", "strokeWidth": 2},
            "width": 1,
            "selectionWidth": 2,
            "smooth": {"enabled": True, "type": "continuous"} if physics else False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": not physics,
            "hideEdgesOnZoom": not physics,
            "keyboard": False,
        },
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.2},
            "stabilization": {
                "enabled": True,
                # fewer iterations for more nodes: each one costs O(n log n) in the browser
                "iterations": max(200, min(1000, 200_000 // max(n_nodes, 1))),
                "updateInterval": 25,
                "fit": True,
            },
        }
    else:
        options["physics"] = {"enabled": False}
    return options


# --------------------------------------------------------------------------------------------
# layout for big graphs (no numpy/scipy needed; deterministic)

_ANCHORS = 150
_ANCHOR_ITERATIONS = 60
_SPACING = 14.0
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def _layout(node_ids: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Cheap deterministic positions for big graphs.

    The best-connected nodes ("anchors": posts, countries, busy people) get a force-directed
    layout among themselves, weighted by how many nodes they share; every other node is then put
    on a sunflower spiral around the centroid of its already placed neighbours, in rounds, so a
    cable sits among the posts, people and countries it links. Isolated nodes go on a grid below.
    Cost is O(anchors² · iterations + edges · rounds), pure Python.
    """
    nbrs: dict[str, set[str]] = {n: set() for n in node_ids}
    for u, v in edges:
        if u != v:
            nbrs[u].add(v)
            nbrs[v].add(u)
    n_total = len(node_ids)
    ranked = sorted(node_ids, key=lambda n: (-len(nbrs[n]), n))
    anchors = [n for n in ranked[:_ANCHORS] if nbrs[n]]
    index = {a: i for i, a in enumerate(anchors)}

    weights: dict[tuple[int, int], float] = {}
    for a in anchors:
        for b in nbrs[a]:
            if b in index and index[a] < index[b]:
                weights[(index[a], index[b])] = weights.get((index[a], index[b]), 0.0) + 2.0
    for n in node_ids:
        if n in index:
            continue
        linked = sorted(index[b] for b in nbrs[n] if b in index)[:20]
        for i, a in enumerate(linked):
            for b in linked[i + 1 :]:
                weights[(a, b)] = weights.get((a, b), 0.0) + 1.0
    pairs = [(a, b, math.log1p(w)) for (a, b), w in sorted(weights.items())]

    anchor_pos = _force_layout(len(anchors), pairs)
    scale = 30.0 * math.sqrt(max(n_total, 1))
    pos: dict[str, tuple[float, float]] = {
        a: (anchor_pos[i][0] * scale, anchor_pos[i][1] * scale) for i, a in enumerate(anchors)
    }

    placed_around: dict[tuple[str, ...], int] = {}
    unplaced = [n for n in node_ids if n not in pos]
    while unplaced:
        groups: dict[tuple[str, ...], list[str]] = {}
        rest = []
        for n in unplaced:
            near = tuple(sorted(m for m in nbrs[n] if m in pos))
            if near:
                groups.setdefault(near[:8], []).append(n)
            else:
                rest.append(n)
        if not groups:
            break
        for near, members in sorted(groups.items()):
            cx = sum(pos[m][0] for m in near) / len(near)
            cy = sum(pos[m][1] for m in near) / len(near)
            start = placed_around.get(near, 0) + 1  # slot 0 would sit on the centroid (an anchor)
            turn = (sum(map(ord, "".join(near))) % 360) * math.pi / 180.0
            for i, n in enumerate(members, start):
                r = _SPACING * math.sqrt(i)
                a = turn + i * _GOLDEN_ANGLE
                pos[n] = (cx + r * math.cos(a), cy + r * math.sin(a))
            placed_around[near] = start + len(members) - 1
        unplaced = rest

    if unplaced:  # nodes not connected to any anchor: a grid under the drawing
        ys = [p[1] for p in pos.values()] or [0.0]
        xs = [p[0] for p in pos.values()] or [0.0]
        top = max(ys) + 5 * _SPACING
        cols = max(1, int(math.sqrt(len(unplaced))))
        left = min(xs)
        for i, n in enumerate(unplaced):
            pos[n] = (left + (i % cols) * 3 * _SPACING, top + (i // cols) * 3 * _SPACING)

    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def _force_layout(count: int, pairs: list[tuple[int, int, float]]) -> list[tuple[float, float]]:
    """Fruchterman-Reingold with gravity on ``count`` points in the unit square; seeded."""
    if count == 0:
        return []
    rng = random.Random(_SEED)
    xs = [rng.uniform(-1.0, 1.0) for _ in range(count)]
    ys = [rng.uniform(-1.0, 1.0) for _ in range(count)]
    k = 1.0 / math.sqrt(count)
    k2 = k * k
    temperature = 0.2
    cooling = temperature / (_ANCHOR_ITERATIONS + 1)
    for _ in range(_ANCHOR_ITERATIONS):
        dx = [0.0] * count
        dy = [0.0] * count
        for i in range(count):
            xi, yi = xs[i], ys[i]
            fx = fy = 0.0
            for j in range(i + 1, count):
                ex, ey = xi - xs[j], yi - ys[j]
                d2 = ex * ex + ey * ey or 1e-9
                f = k2 / d2
                fx += ex * f
                fy += ey * f
                dx[j] -= ex * f
                dy[j] -= ey * f
            dx[i] += fx - 0.5 * k * xi  # gravity keeps separate components in view
            dy[i] += fy - 0.5 * k * yi
        for a, b, w in pairs:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            d = math.sqrt(ex * ex + ey * ey) or 1e-9
            f = w * d / k
            dx[a] -= ex * f
            dy[a] -= ey * f
            dx[b] += ex * f
            dy[b] += ey * f
        for i in range(count):
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if d > 0:
                step = min(d, temperature) / d
                xs[i] += dx[i] * step
                ys[i] += dy[i] * step
        temperature -= cooling
    span = max(max(map(abs, xs)), max(map(abs, ys))) or 1.0
    return [(x / span, y / span) for x, y in zip(xs, ys)]


# --------------------------------------------------------------------------------------------
# public API


def render_html(G: nx.MultiDiGraph, *, title: str = "graphify") -> str:
    """The page for ``G`` as a string (what :func:`write_html` writes); ``G`` is not changed.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:KZ", type="country", label="Kazakhstan")
    >>> page = render_html(G, title="<demo>")
    >>> "<title>&lt;demo&gt;</title>" in page, "<link" in page
    (True, False)
    """
    vis_js, vis_css = _vis_library()
    data = _graph_data(G)
    template = _template()
    page_data = {
        "nodes": data["nodes"],
        "edges": data["edges"],
        "options": data["options"],
        "physics": data["physics"],
    }
    context = {
        "title": str(title),
        "vis_js": vis_js,
        "vis_css": vis_css,
        "data_json": _json_for_html(page_data),
        "legend": data["legend"],
        "n_nodes": len(data["nodes"]),
        "n_edges": len(data["edges"]),
        "physics": data["physics"],
    }
    # The page script is fixed text in the template (``{% set app_js %}``), so its CSP hash is known
    # before rendering; the page then runs exactly these two scripts and nothing else.
    app_script = str(template.make_module(dict(context, csp="")).app_js)
    context["csp"] = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_script)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return template.render(**context)


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "graphify") -> Path:
    """Write ``G`` as a self-contained, offline HTML page to ``path`` and return the path.

    The file is written as UTF-8 whatever the locale, atomically (a temporary file in the same
    directory, then ``os.replace``), and is byte-identical for the same graph. ``G`` is only read.
    In the page, ``window.network``, ``window.nodes`` and ``window.edges`` (``vis.DataSet``) are
    the drawing and its data; once the layout is done ``window.graphifyReady`` is true and
    ``<body data-ready="true">`` is set (wait for that selector: the page's CSP forbids eval).

    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("08STATE4865", type="cable", label="08STATE4865")
    >>> G.add_node("person:john-ordway", type="person", label="John Ordway")
    >>> _ = G.add_edge("08STATE4865", "person:john-ordway", relation="signed_by")
    >>> p = write_html(G, pathlib.Path(tempfile.mkdtemp()) / "graph.html")
    >>> p.name, p.stat().st_size > 100_000
    ('graph.html', True)
    """
    target = Path(path)
    payload = render_html(G, title=title).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
