"""GEXF export: a cable graph as a GEXF 1.3 file whose timeline Gephi can play.

:func:`write_gexf` writes what :func:`graphify.export.graphml.graphml_ready` makes of the
graph (same node ids, edge ids ``e0``, ``e1``, ..., same value conversions: no ``None``,
lists joined, characters XML cannot carry removed, one type per attribute), plus:

* ``viz:color`` (``r``, ``g``, ``b``), ``viz:size`` and ``viz:position`` on every node, from
  :func:`graphify.export.graphml.gephi_attributes` (the colours, sizes and positions of the
  HTML page and of the GraphML);
* a timeline: the ``<graph>`` is ``mode="dynamic"`` with ``timeformat="date"`` and every
  dated element gets a ``start`` (an ISO date, ``2008-02-28``; no ``end``, so it stays once it
  has appeared), see :func:`node_starts`:

  - a cable: the date of its date-time group (in UTC);
  - any other node (post, person, ministry, country, ...): the date of the first dated cable
    it has an edge with;
  - an edge: the date of its cable (the source when both ends are dated cables); an edge
    between two other nodes starts with the later of its ends;
  - stub cables (cited, not in the corpus) and nodes without a dated cable have no
    ``start``: Gephi shows them all the time.

Node labels go in the ``label`` XML attribute; every other node and edge attribute is an
``<attvalue>`` of a declared ``<attribute>`` whose ``id`` and ``title`` are the attribute
name (``bool`` -> ``boolean``, ``int`` -> ``long``, ``float`` -> ``double``, ``str`` ->
``string``). Edges also get ``label`` and ``kind`` = their ``relation``, so Gephi keeps
parallel edges of different relations (``to`` and ``info`` to the same post) apart instead
of merging them. Graph attributes are not written (GEXF has no place for them).

The file is UTF-8 whatever the locale, written atomically (a temporary file moved over the
target), and the same graph always gives the same bytes.

>>> import os, tempfile
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", label="08ASTANA392", date="2008-02-28T06:34:00+00:00")
>>> G.add_node("post:AMEMBASSY_ASTANA", type="post", label="AMEMBASSY ASTANA")
>>> G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", key="from", relation="from")
'from'
>>> node_starts(G)
{'08ASTANA392': '2008-02-28', 'post:AMEMBASSY_ASTANA': '2008-02-28'}
>>> path = os.path.join(tempfile.mkdtemp(), "graph.gexf")
>>> write_gexf(G, path)
>>> R = nx.read_gexf(path)
>>> R.nodes["post:AMEMBASSY_ASTANA"]["start"], R.nodes["post:AMEMBASSY_ASTANA"]["viz"]["color"]
('2008-02-28', {'r': 242, 'g': 142, 'b': 43, 'a': 1.0})
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re

import networkx as nx
from lxml import etree

from graphify.export.atomic import atomic_file
from graphify.export.graphml import _node_ids, gephi_attributes, graphml_ready

__all__ = ["write_gexf", "gexf_bytes", "node_starts", "NS_GEXF", "NS_VIZ", "GEXF_VERSION"]

GEXF_VERSION = "1.3"
NS_GEXF = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def _iso_date(value: object) -> str | None:
    """The UTC calendar date of a cable's ``date`` as ``YYYY-MM-DD``, or None."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            value = value.astimezone(_dt.timezone.utc)
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    with contextlib.suppress(ValueError):
        return _iso_date(_dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")))
    match = _ISO_DATE.match(text)
    if match:
        with contextlib.suppress(ValueError):
            return _dt.date.fromisoformat(match.group(1)).isoformat()
    return None


def _is_cable(data: dict) -> bool:
    return data.get("type") == "cable"


def _is_stub(data: dict) -> bool:
    stub = data.get("stub")
    return stub is True or (isinstance(stub, str) and stub.strip().lower() == "true")


def _cable_dates(G: nx.Graph) -> dict:
    """Cable node -> ISO date, for the cables in the corpus that have a readable date."""
    dates = {}
    for node, data in G.nodes(data=True):
        if _is_cable(data) and not _is_stub(data):
            date = _iso_date(data.get("date"))
            if date is not None:
                dates[node] = date
    return dates


def node_starts(G: nx.Graph) -> dict:
    """Node -> ISO date it appears on the timeline (module docstring); undated nodes are left out.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("08A1", type="cable", date="2008-02-28T06:34:00+00:00")
    >>> G.add_node("07B2", type="cable", date="2007-05-01T10:00:00+00:00")
    >>> G.add_node("07C3", type="cable", stub=True)
    >>> for cable in ("08A1", "07B2"):
    ...     _ = G.add_edge(cable, "country:KZ", relation="tagged")
    >>> _ = G.add_edge("08A1", "07C3", relation="references")
    >>> node_starts(G)
    {'08A1': '2008-02-28', '07B2': '2007-05-01', 'country:KZ': '2007-05-01'}
    """
    dates = _cable_dates(G)
    first: dict = {}
    for u, v in G.edges():
        for cable, other in ((u, v), (v, u)):
            date = dates.get(cable)
            if date is None or _is_cable(G.nodes[other]):
                continue
            if other not in first or date < first[other]:
                first[other] = date
    return {node: dates.get(node) or first[node] for node in G if node in dates or node in first}


def _edge_start(u: object, v: object, dates: dict, starts: dict) -> str | None:
    if u in dates:
        return dates[u]
    if v in dates:
        return dates[v]
    ends = [starts[n] for n in (u, v) if n in starts]
    return max(ends) if ends else None


def _text(value: object) -> str:
    """A converted attribute value as GEXF writes it (``true``, ``392``, ``12.5``, text)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _declare(parent: etree._Element, cls: str, rows: list[dict], skip: frozenset) -> None:
    """``<attributes class=cls>``: one ``<attribute>`` per name, in order of first appearance."""
    types: dict[str, str] = {}
    for row in rows:
        for name, value in row.items():
            if name not in skip and name not in types:
                types[name] = _GEXF_TYPES[type(value)]
    if not types:
        return
    attributes = etree.SubElement(parent, f"{{{NS_GEXF}}}attributes", {"class": cls, "mode": "static"})
    for name, gexf_type in types.items():
        etree.SubElement(attributes, f"{{{NS_GEXF}}}attribute", id=name, title=name, type=gexf_type)


def _attvalues(parent: etree._Element, data: dict, skip: frozenset) -> None:
    values = [(name, value) for name, value in data.items() if name not in skip]
    if values:
        holder = etree.SubElement(parent, f"{{{NS_GEXF}}}attvalues")
        for name, value in values:
            etree.SubElement(holder, f"{{{NS_GEXF}}}attvalue", {"for": name, "value": _text(value)})


_NODE_SKIP = frozenset({"label"})
_EDGE_SKIP = frozenset({"id", "label"})


def gexf_bytes(G: nx.Graph) -> bytes:
    """The GEXF 1.3 document of ``G`` as UTF-8 bytes (see the module docstring). ``G`` is not
    modified. Raises what :func:`graphml_ready` raises (colliding ids or attribute names,
    undirected graphs)."""
    H = graphml_ready(G)
    ids = _node_ids(G)
    looks = gephi_attributes(G)
    dates = _cable_dates(G)
    starts = node_starts(G)

    root = etree.Element(f"{{{NS_GEXF}}}gexf", nsmap={None: NS_GEXF, "viz": NS_VIZ, "xsi": NS_XSI})
    root.set(f"{{{NS_XSI}}}schemaLocation", SCHEMA_LOCATION)
    root.set("version", GEXF_VERSION)
    meta = etree.SubElement(root, f"{{{NS_GEXF}}}meta")
    etree.SubElement(meta, f"{{{NS_GEXF}}}creator").text = "graphify"
    etree.SubElement(meta, f"{{{NS_GEXF}}}description").text = (
        "US diplomatic cables: cables, posts, people, ministries and countries"
    )
    graph = etree.SubElement(
        root,
        f"{{{NS_GEXF}}}graph",
        defaultedgetype="directed",
        mode="dynamic",
        timeformat="date",
        timezone="UTC",
    )

    node_rows = [data for _, data in H.nodes(data=True)]
    edge_rows = [data for _, _, data in H.edges(data=True)]
    _declare(graph, "node", node_rows, _NODE_SKIP)
    _declare(graph, "edge", edge_rows, _EDGE_SKIP)

    nodes = etree.SubElement(graph, f"{{{NS_GEXF}}}nodes", count=str(H.number_of_nodes()))
    for node, data in zip(G, node_rows):
        look = looks[node]
        element = etree.SubElement(nodes, f"{{{NS_GEXF}}}node", id=ids[node])
        label = data.get("label")
        element.set("label", str(label) if label is not None else look["label"])
        if node in starts:
            element.set("start", starts[node])
        _attvalues(element, data, _NODE_SKIP)
        etree.SubElement(element, f"{{{NS_VIZ}}}color", r=str(look["r"]), g=str(look["g"]), b=str(look["b"]))
        etree.SubElement(element, f"{{{NS_VIZ}}}size", value=_text(look["size"]))
        etree.SubElement(element, f"{{{NS_VIZ}}}position", x=_text(look["x"]), y=_text(look["y"]), z="0.0")

    edges = etree.SubElement(graph, f"{{{NS_GEXF}}}edges", count=str(H.number_of_edges()))
    g_edges = G.edges(keys=True) if G.is_multigraph() else ((u, v, 0) for u, v in G.edges())
    for (u, v, _), data in zip(g_edges, edge_rows):
        element = etree.SubElement(edges, f"{{{NS_GEXF}}}edge", id=data["id"], source=ids[u], target=ids[v])
        relation = data.get("relation")
        label = data.get("label", relation)
        if label is not None:
            element.set("label", str(label))
        if relation is not None:
            element.set("kind", str(relation))
        start = _edge_start(u, v, dates, starts)
        if start is not None:
            element.set("start", start)
        _attvalues(element, data, _EDGE_SKIP)

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_gexf(G: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``G`` to ``path`` as a GEXF 1.3 file (UTF-8), atomically: the document is built in
    memory, written to a temporary file next to ``path`` and moved over it, so ``path`` holds
    the old file or the complete new one. ``G`` is not modified; two writes of the same graph
    give the same bytes.
    """
    data = gexf_bytes(G)  # errors in the data surface before anything touches the disk
    with atomic_file(path) as handle:
        handle.write(data)
