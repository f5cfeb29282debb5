"""Write a graphify graph as one self-contained, offline ``graph.html`` explorer (vis-network).

The page needs nothing but the file itself: vis-network's JavaScript and CSS are read from the
installed ``pyvis`` package and inlined, there is no Bootstrap, no CDN and no URL of any kind, and
a Content-Security-Policy in the page forbids every network request and every script but its own
two (by hash). It works from ``file://``.

What the page offers:

* nodes coloured, shaped and sized as in every other graphify view (:mod:`graphify.export.style`:
  colour and shape by ``type``, size by how often an entity is mentioned, or its degree), with a
  legend whose checkboxes show and hide node types;
* positions from :func:`graphify.export.style.layout` (the same Fruchterman-Reingold layout as the
  GraphML/GEXF exports); graphs up to :data:`PHYSICS_MAX_NODES` nodes are then relaxed by physics
  in the browser until stable, bigger ones are drawn as laid out, with physics off;
* a search box (label or any alias; cables also by subject) that selects and focuses a node;
* filters by cable date range and classification: an entity stays visible while at least one
  visible cable links to it;
* a details panel for the clicked node: its attributes and, for an entity, the cables that
  mention it (date, subject and the quoted sentence, by date); for a cable, its header (from,
  to, info, date, classification, caveats, subject, tags, references and cited-by) and what it
  names.

All graph data reaches the page as JSON inside ``<script type="application/json">`` with ``<``,
``>`` and ``&`` escaped, and the page script renders it with ``textContent`` only, so cable text can
never become markup or script. The output is deterministic: the same graph gives a byte-identical
file. ``max_nodes`` draws only the most connected nodes (:func:`graphify.views.top_nodes`) with a
note saying so.

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
import numbers
import os
import re
from collections.abc import Hashable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx

from graphify.export import style
from graphify.export.atomic import atomic_file
from graphify.views import neighbourhood, top_nodes

__all__ = [
    "NODE_COLORS",
    "NODE_TYPES",
    "DEFAULT_MAX_NODES",
    "DEFAULT_TYPE",
    "PHYSICS_MAX_NODES",
    "neighbourhood",
    "render_html",
    "top_nodes",
    "write_html",
]

_HERE = Path(__file__).resolve().parent
_TEMPLATE_NAME = "graph.html.j2"
_VIS_VERSION_DIR = "vis-9.1.2"

#: The key of ``node_types.json`` used for node types it does not list.
DEFAULT_TYPE = style.DEFAULT_TYPE

#: Above this many nodes the browser does not run physics: the page draws the positions of
#: :func:`graphify.export.style.layout` as they are (and leaves out edge labels).
PHYSICS_MAX_NODES = 1000

#: How many nodes a page draws unless told otherwise: the most connected ones. A browser draws
#: 5,000 nodes at their precomputed positions smoothly; the whole shared corpus (62,000) it does not.
DEFAULT_MAX_NODES = 5000

_SEED = 42
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHAPES = {"dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon"}
# Classifications in the order the filter lists them; others follow sorted, then "none".
_CLASSIFICATIONS = ("TOP SECRET", "SECRET", "CONFIDENTIAL", "LIMITED OFFICIAL USE", "UNCLASSIFIED")
# Drawing hints another tool may have stored on nodes; they are not shown as attributes.
_DRAWING_ATTRS = frozenset({"x", "y", "z", "size", "r", "g", "b", "color", "shape"})
# Edge attributes the page does not need (character offsets; GraphML's edge id).
_SKIPPED_EDGE_ATTRS = frozenset({"relation", "offsets", "id"})


def _node_types() -> dict[str, dict[str, str]]:
    """``style.node_types()`` made safe for the page: colours ``#rrggbb`` (lower case), shapes
    vis-network knows, non-empty labels; a bad entry falls back to the default's values."""
    raw = style.node_types()
    fallback = raw[DEFAULT_TYPE]
    types: dict[str, dict[str, str]] = {}
    for name, spec in raw.items():
        color, shape, label = spec.get("color"), spec.get("shape"), spec.get("label")
        types[name] = {
            "color": (color if isinstance(color, str) and _HEX_COLOR.match(color) else fallback["color"]).lower(),
            "shape": shape if shape in _SHAPES else "dot",
            "label": label if isinstance(label, str) and label else name,
        }
    return types


#: Node type -> {"color", "shape", "label"} (``graphify/data/node_types.json`` via ``style``).
NODE_TYPES: dict[str, dict[str, str]] = _node_types()

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
# graph -> page data


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _plain(value: Any) -> str | int | float | bool | None:
    """A JSON-safe attribute value, or None for a value the page leaves out (None, "")."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else str(value)
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def _attrs(attrs: Mapping[str, Any], skip: frozenset[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        key = str(key)
        if key in skip:
            continue
        plain = _plain(value)
        if plain is not None:
            out[key] = plain
    return out


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


def _layout_scale(n_nodes: int) -> float:
    """Width of the drawing: room for the nodes (sizes 8-40) of small and big graphs alike."""
    return round(max(1000.0, 45.0 * math.sqrt(n_nodes)), 1)


def _graph_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes, edges, options, legend and filters for the page; reads ``G`` and never changes it."""
    ids = _vis_ids(G)
    order = sorted(G.nodes, key=lambda n: ids[n])
    physics = G.number_of_nodes() <= PHYSICS_MAX_NODES
    sizes = style.node_sizes(G)
    positions = style.layout(G, scale=_layout_scale(G.number_of_nodes()))

    counts: dict[str, int] = {}
    classes: dict[str, int] = {}
    dates: list[str] = []
    nodes = []
    for n in order:
        attrs = G.nodes[n]
        vid = ids[n]
        node_type = _text(attrs.get("type", "unknown"))
        counts[node_type] = counts.get(node_type, 0) + 1
        x, y = positions[n]
        item: dict[str, Any] = {
            "id": vid,
            "label": _text(attrs.get("label", vid)),
            "type": node_type,
            "size": sizes[n],
            "x": float(x),
            "y": float(y),
        }
        details = _attrs(attrs, frozenset({"label", "type"}) | _DRAWING_ATTRS)
        if details:
            item["a"] = details
        if node_type == "cable":
            classification = details.get("classification")
            key = classification if isinstance(classification, str) else ""
            classes[key] = classes.get(key, 0) + 1
            date = details.get("date")
            if isinstance(date, str) and _DATE.match(date):
                dates.append(date[:10])
        nodes.append(item)

    edges_raw = sorted(
        ((ids[u], ids[v], str(k), d) for u, v, k, d in G.edges(keys=True, data=True)),
        key=lambda e: (e[0], e[1], e[2]),
    )
    group_size: dict[tuple[str, str], int] = {}
    for u, v, _key, _attrs_ in edges_raw:
        pair = (min(u, v), max(u, v))
        group_size[pair] = group_size.get(pair, 0) + 1
    edges = []
    seen: dict[tuple[str, str], int] = {}
    for i, (u, v, _key, attrs) in enumerate(edges_raw):
        item = {"id": f"e{i}", "from": u, "to": v, "relation": _text(attrs.get("relation", ""))}
        extra = _attrs(attrs, _SKIPPED_EDGE_ATTRS)
        if extra:
            item["a"] = extra
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
    ranked = [c for c in _CLASSIFICATIONS if c in classes]
    ranked += sorted(c for c in classes if c and c not in _CLASSIFICATIONS)
    ranked += [""] if "" in classes else []
    classifications = [
        {"value": c, "label": c or "none (cited, not in the corpus)", "count": classes[c]} for c in ranked
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "types": {
            e["type"]: {"color": e["color"], "shape": _style(e["type"])["shape"], "label": e["label"]}
            for e in legend
        },
        "physics": physics,
        "options": _options(physics, len(nodes)),
        "legend": legend,
        "classifications": classifications,
        "dates": [min(dates), max(dates)] if dates else None,
        "ids": ids,
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
        "layout": {"randomSeed": _SEED, "improvedLayout": False},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 12, "face": "sans-serif", "color": "#222222", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#b4b4b4", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 9, "face": "sans-serif", "color": "#666666", "align": "middle", "strokeWidth": 2},
            "width": 1,
            "selectionWidth": 2,
            "smooth": {"enabled": True, "type": "continuous"} if physics else False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
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
                "iterations": max(150, min(600, 150_000 // max(n_nodes, 1))),
                "updateInterval": 25,
                "fit": True,
            },
        }
    else:
        options["physics"] = {"enabled": False}
    return options


# --------------------------------------------------------------------------------------------
# public API


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "graphify",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    note: str | None = None,
    focus: Hashable | None = None,
) -> str:
    """The page for ``G`` as a string (what :func:`write_html` writes); ``G`` is not changed.

    ``max_nodes``: draw only the ``max_nodes`` most connected nodes (:func:`top_nodes`; ``focus``
    is always kept) and say so in the page; ``None`` draws every node. ``note``: a line of text shown under the title.
    ``focus``: a node of ``G`` selected, focused and detailed when the page opens.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:KZ", type="country", label="Kazakhstan")
    >>> page = render_html(G, title="<demo>")
    >>> "<title>&lt;demo&gt;</title>" in page, "<link" in page
    (True, False)
    """
    if focus is not None and focus not in G:
        raise KeyError(f"focus node {focus!r} is not in the graph")
    notes = [str(note)] if note else []
    total = G.number_of_nodes()
    if max_nodes is not None and total > max_nodes:
        G = top_nodes(G, max_nodes, keep=() if focus is None else (focus,))
        notes.append(
            f"Showing {G.number_of_nodes():,} of {total:,} nodes: the most connected ones."
        )
    vis_js, vis_css = _vis_library()
    data = _graph_data(G)
    template = _template()
    page_data: dict[str, Any] = {
        "nodes": data["nodes"],
        "edges": data["edges"],
        "types": data["types"],
        "options": data["options"],
        "physics": data["physics"],
        "dates": data["dates"],
    }
    if focus is not None:
        page_data["focus"] = data["ids"][focus]
    context = {
        "title": str(title),
        "vis_js": vis_js,
        "vis_css": vis_css,
        "data_json": _json_for_html(page_data),
        "legend": data["legend"],
        "classifications": data["classifications"],
        "dates": data["dates"],
        "notes": notes,
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


def write_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "graphify",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    note: str | None = None,
    focus: Hashable | None = None,
) -> Path:
    """Write ``G`` as a self-contained, offline HTML page to ``path`` and return the path.

    The file is written as UTF-8 whatever the locale, atomically (a temporary file in the same
    directory, then ``os.replace``), and is byte-identical for the same graph. ``G`` is only read.
    ``max_nodes``, ``note`` and ``focus`` are as in :func:`render_html`.
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
    payload = render_html(G, title=title, max_nodes=max_nodes, note=note, focus=focus).encode("utf-8")
    with atomic_file(target) as handle:
        handle.write(payload)
    return target
