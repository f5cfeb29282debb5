"""How a node looks, the same in every view: colour and shape by type (``data/node_types.json``),
size by how often the entity is mentioned (or its degree), and a position from one layout.

The HTML page, the GraphML for Gephi and the GEXF all take their colours, sizes and positions
from here, so a node looks the same wherever it is opened.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", label="08ASTANA392")
>>> G.add_node("country:KZ", type="country", label="Kazakhstan")
>>> G.add_edge("08ASTANA392", "country:KZ", key="mentions", relation="mentions", count=3)
'mentions'
>>> node_color("country"), rgb(node_color("country"))
('#59a14f', (89, 161, 79))
>>> node_sizes(G)["country:KZ"] > node_sizes(G)["08ASTANA392"]  # mentioned 3 times
True
"""

from __future__ import annotations

import json
import math
import random
import weakref
from functools import cache
from importlib import resources

import networkx as nx

DEFAULT_TYPE = "default"
MIN_SIZE, MAX_SIZE = 8.0, 40.0
LAYOUT_SEED = 42


@cache
def node_types() -> dict[str, dict[str, str]]:
    """Node type -> {"color", "shape", "label"}, from ``data/node_types.json``."""
    text = resources.files("graphify.data").joinpath("node_types.json").read_text(encoding="utf-8")
    return json.loads(text)


def node_style(node_type: str | None) -> dict[str, str]:
    """The style of a node type; unknown types get the default style."""
    types = node_types()
    return types.get(node_type or DEFAULT_TYPE, types[DEFAULT_TYPE])


def node_color(node_type: str | None) -> str:
    """The hex colour of a node type."""
    return node_style(node_type)["color"]


def rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three integers."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def node_weights(G: nx.MultiDiGraph) -> dict:
    """How much each node weighs: for an entity, how many times cables mention it (the ``count``
    of its ``mentions`` edges, at least 1 per other edge); for others, their degree."""
    weights = {}
    for node in G:
        mentions = sum(d.get("count", 1) for _, _, d in G.in_edges(node, data=True) if d.get("relation") == "mentions")
        weights[node] = max(G.degree(node), mentions)
    return weights


def node_sizes(G: nx.MultiDiGraph) -> dict:
    """Node sizes between :data:`MIN_SIZE` and :data:`MAX_SIZE`, growing with the logarithm of
    :func:`node_weights`."""
    weights = node_weights(G)
    top = max(weights.values(), default=1)
    span = math.log1p(top) or 1.0
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.log1p(w) / span, 2) for n, w in weights.items()}


def layout(G: nx.MultiDiGraph, *, scale: float = 1000.0) -> dict:
    """Node -> (x, y): a Fruchterman-Reingold layout (python-igraph, grid-accelerated, so 100,000
    nodes take seconds), the same for the same graph whatever the order it was built in, centred
    and ``scale`` wide.

    The last layout is kept while its graph has the same nodes and links, so the GraphML, GEXF
    and HTML of one graph share one computation.
    """
    unit = _unit_layout(G)
    return {node: (round(x * scale, 2), round(y * scale, 2)) for node, (x, y) in unit.items()}


# [graph (weak reference), its nodes and links as hashed, the layout 1 wide]
_last_layout: list = []


def _unit_layout(G: nx.MultiDiGraph) -> dict:
    signature = (G.number_of_nodes(), G.number_of_edges(), hash(tuple(G)), hash(tuple(G.edges())))
    if _last_layout and _last_layout[0]() is G and _last_layout[1] == signature:
        return _last_layout[2]
    unit = _compute_unit_layout(G)
    _last_layout[:] = [weakref.ref(G), signature, unit]
    return unit


def _compute_unit_layout(G: nx.MultiDiGraph) -> dict:
    import igraph

    nodes = sorted(G, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v})
    graph = igraph.Graph(n=len(nodes), edges=pairs)
    igraph.set_random_number_generator(random.Random(LAYOUT_SEED))
    try:
        coords = graph.layout_fruchterman_reingold(niter=500, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    xs = [x for x, _ in coords]
    ys = [y for _, y in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: ((x - cx) / span, (y - cy) / span) for node, (x, y) in zip(nodes, coords)}
