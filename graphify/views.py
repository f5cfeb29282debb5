"""Pick the part of a graph to look at: the most connected nodes, or one node's neighbourhood.

These are what ``graphify build --max-nodes`` and ``graphify view`` use; they work the same in a
notebook::

    from graphify.views import read_graph, find_node, neighbourhood, top_nodes
    G = read_graph("out/graph.graphml")
    node = find_node(G, "Nazarbayev")                    # 'person:nazarbayev'
    graphify.write_html(neighbourhood(G, node, 2), "nazarbayev.html", focus=node)

Every function only reads its graph and returns a new one (never a view), so the result can be
changed freely.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", label="08ASTANA392")
>>> G.add_node("person:john-ordway", type="person", label="John Ordway", aliases="John Ordway | ORDWAY")
>>> G.add_node("country:KZ", type="country", label="Kazakhstan")
>>> _ = G.add_edge("08ASTANA392", "person:john-ordway", key="signed_by", relation="signed_by")
>>> _ = G.add_edge("08ASTANA392", "country:KZ", key="tagged", relation="tagged")
>>> find_node(G, "ordway")
'person:john-ordway'
>>> sorted(neighbourhood(G, "person:john-ordway", 1))
['08ASTANA392', 'person:john-ordway']
>>> sorted(top_nodes(G, 1))
['08ASTANA392']
"""

from __future__ import annotations

import difflib
import os
from collections import deque
from collections.abc import Hashable, Iterable

import networkx as nx

__all__ = [
    "NodeLookupError",
    "find_node",
    "match_nodes",
    "neighbourhood",
    "read_graph",
    "top_nodes",
]

#: How many candidates an ambiguous or failed lookup names.
MAX_CANDIDATES = 5


class NodeLookupError(LookupError):
    """No node, or more than one, matches a name; ``candidates`` are the closest nodes (at most
    :data:`MAX_CANDIDATES`) and ``str(error)`` is a one-line message naming them."""

    def __init__(self, message: str, candidates: list[Hashable]):
        super().__init__(message)
        self.candidates = candidates


def read_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """A GraphML file written by graphify, back as the graph of ``docs/schema.md``.

    Edges are keyed by their ``relation`` again (GraphML numbers them ``e0``, ``e1``, ...) and the
    GraphML edge ``id`` attribute is dropped; node and edge attributes come back with their types.
    Raises ``OSError`` when the file cannot be read and ``ValueError`` when it is not GraphML.
    """
    try:
        raw = nx.read_graphml(os.fspath(path), force_multigraph=True)
    except OSError:
        raise
    except Exception as exc:  # lxml / ElementTree parse errors, networkx.NetworkXError
        raise ValueError(f"not a GraphML file: {exc}") from exc
    G = nx.MultiDiGraph()
    G.graph.update(raw.graph)
    G.add_nodes_from(raw.nodes(data=True))
    for u, v, key, attrs in raw.edges(keys=True, data=True):
        attrs = {k: val for k, val in attrs.items() if k != "id"}
        relation = attrs.get("relation")
        new_key = relation if isinstance(relation, str) and not G.has_edge(u, v, relation) else None
        if new_key is None:
            G.add_edge(u, v, **attrs)
        else:
            G.add_edge(u, v, key=new_key, **attrs)
    return G


def _sort_key(node: Hashable) -> str:
    return node if isinstance(node, str) else str(node)


def top_nodes(G: nx.MultiDiGraph, n: int, *, keep: Iterable[Hashable] = ()) -> nx.MultiDiGraph:
    """The subgraph of the ``n`` most connected nodes of ``G`` (highest degree, counting every
    edge; ties by node id) with all edges among them, as a new graph.

    Nodes in ``keep`` are always in it (and count towards ``n``). ``G`` is not changed.

    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    >>> sorted(top_nodes(G, 2)), sorted(top_nodes(G, 2, keep=["d"]))
    (['a', 'c'], ['c', 'd'])
    """
    if n < 0:
        raise ValueError(f"n must be at least 0, got {n}")
    chosen = [node for node in keep if node in G]
    chosen = list(dict.fromkeys(chosen))
    if len(chosen) < n:
        taken = set(chosen)
        ranked = sorted(G.degree, key=lambda nd: (-nd[1], _sort_key(nd[0])))
        for node, _ in ranked:
            if len(chosen) >= n:
                break
            if node not in taken:
                chosen.append(node)
                taken.add(node)
    return G.subgraph(chosen).copy()


def neighbourhood(G: nx.MultiDiGraph, node: Hashable, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes at most ``depth`` links from ``node`` (edges followed both ways) and every edge
    among them, as a new graph. ``depth=0`` is the node alone. ``G`` is not changed.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(neighbourhood(G, "b", 1)), sorted(neighbourhood(G, "b", 2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if node not in G:
        raise KeyError(node)
    if depth < 0:
        raise ValueError(f"depth must be at least 0, got {depth}")
    seen = {node: 0}
    queue = deque([node])
    while queue:
        current = queue.popleft()
        d = seen[current]
        if d >= depth:
            continue
        for other in (*G.successors(current), *G.predecessors(current)):
            if other not in seen:
                seen[other] = d + 1
                queue.append(other)
    return G.subgraph(seen).copy()


def _names(attrs: dict) -> tuple[str, list[str]]:
    label = str(attrs.get("label", ""))
    aliases = [a.strip() for a in str(attrs.get("aliases", "")).split(" | ") if a.strip()]
    return label, aliases


def _describe(G: nx.MultiDiGraph, node: Hashable) -> str:
    attrs = G.nodes[node]
    label = str(attrs.get("label", node))
    return f"{label} ({attrs.get('type', '?')}, {node})" if label != str(node) else f"{label} ({attrs.get('type', '?')})"


def match_nodes(G: nx.MultiDiGraph, name: str) -> list[Hashable]:
    """The nodes ``name`` names, best kind of match only, case-insensitively: the node whose id is
    ``name``; else nodes whose ``label`` is ``name``; else nodes with ``name`` among their
    ``aliases`` (``" | "``-separated); else nodes whose label or an alias contains ``name``.
    Sorted by degree (highest first), then id; empty when nothing matches.
    """
    wanted = " ".join(str(name).split()).casefold()
    if not wanted:
        return []
    by_id, by_label, by_alias, by_substring = [], [], [], []
    for node, attrs in G.nodes(data=True):
        label, aliases = _names(attrs)
        if _sort_key(node).casefold() == wanted:
            by_id.append(node)
        label_f = " ".join(label.split()).casefold()
        aliases_f = [" ".join(a.split()).casefold() for a in aliases]
        if label_f == wanted:
            by_label.append(node)
        elif wanted in aliases_f:
            by_alias.append(node)
        elif wanted in label_f or any(wanted in a for a in aliases_f):
            by_substring.append(node)
    for found in (by_id, by_label, by_alias, by_substring):
        if found:
            return sorted(found, key=lambda n: (-G.degree(n), _sort_key(n)))
    return []


def _close_matches(G: nx.MultiDiGraph, name: str) -> list[Hashable]:
    """Up to :data:`MAX_CANDIDATES` nodes whose label or an alias is spelled like ``name``."""
    wanted = " ".join(str(name).split()).casefold()
    owners: dict[str, list[Hashable]] = {}
    for node, attrs in G.nodes(data=True):
        label, aliases = _names(attrs)
        for text in dict.fromkeys([label, *aliases]):
            owners.setdefault(" ".join(text.split()).casefold(), []).append(node)
    close: list[Hashable] = []
    for text in difflib.get_close_matches(wanted, sorted(owners), n=MAX_CANDIDATES, cutoff=0.6):
        close += [n for n in sorted(owners[text], key=_sort_key) if n not in close]
    return close[:MAX_CANDIDATES]


def find_node(G: nx.MultiDiGraph, name: str) -> Hashable:
    """The one node ``name`` names (see :func:`match_nodes`).

    Raises :class:`NodeLookupError` with a one-line message when nothing matches or several nodes
    match equally well (naming up to :data:`MAX_CANDIDATES` of them).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:a", type="person", label="Marat Tazhin", aliases="Marat Tazhin | Tazhin")
    >>> G.add_node("person:b", type="person", label="Tazhina")
    >>> find_node(G, "TAZHIN")
    'person:a'
    >>> find_node(G, "azhi")
    Traceback (most recent call last):
    ...
    graphify.views.NodeLookupError: 'azhi' matches 2 nodes: Marat Tazhin (person, person:a), Tazhina (person, person:b)
    """
    found = match_nodes(G, name)
    if len(found) == 1:
        return found[0]
    if not found:
        close = _close_matches(G, name)
        hint = f"; did you mean: {', '.join(_describe(G, n) for n in close)}" if close else ""
        raise NodeLookupError(f"no node matches {name!r} (by id, label or alias){hint}", close)
    shown = ", ".join(_describe(G, n) for n in found[:MAX_CANDIDATES])
    more = f" and {len(found) - MAX_CANDIDATES} more" if len(found) > MAX_CANDIDATES else ""
    raise NodeLookupError(f"{name!r} matches {len(found)} nodes: {shown}{more}", found[:MAX_CANDIDATES])
