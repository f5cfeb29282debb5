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
import io
import os
import re
from typing import BinaryIO

import networkx as nx
from lxml import etree

from graphify.export.atomic import atomic_file
from graphify.export.graphml import ExportPlan, gephi_attributes, xml_value

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


def _declare(xf, cls: str, types: dict[str, type], skip: frozenset) -> None:
    """``<attributes class=cls>``: one ``<attribute>`` per name, in order of first appearance."""
    names = [name for name in types if name not in skip]
    if not names:
        return
    attributes = etree.Element("attributes", {"class": cls, "mode": "static"})
    for name in names:
        etree.SubElement(attributes, "attribute", id=name, title=name, type=_GEXF_TYPES[types[name]])
    xf.write(attributes, pretty_print=True)


def _attvalues(parent: etree._Element, data: dict, skip: frozenset) -> None:
    values = [(name, value) for name, value in data.items() if name not in skip]
    if values:
        holder = etree.SubElement(parent, "attvalues")
        for name, value in values:
            etree.SubElement(holder, "attvalue", {"for": name, "value": xml_value(value)})


_NODE_SKIP = frozenset({"label"})
_EDGE_SKIP = frozenset({"id", "label"})
_VIZ = {"viz": NS_VIZ}


def _node_element(node_id: str, data: dict, look: dict, start: str | None) -> etree._Element:
    label = data.get("label")
    element = etree.Element("node", id=node_id, nsmap=_VIZ)
    element.set("label", str(label) if label is not None else look["label"])
    if start is not None:
        element.set("start", start)
    _attvalues(element, data, _NODE_SKIP)
    etree.SubElement(element, f"{{{NS_VIZ}}}color", r=str(look["r"]), g=str(look["g"]), b=str(look["b"]))
    etree.SubElement(element, f"{{{NS_VIZ}}}size", value=xml_value(look["size"]))
    etree.SubElement(element, f"{{{NS_VIZ}}}position", x=xml_value(look["x"]), y=xml_value(look["y"]), z="0.0")
    return element


def _edge_element(source: str, target: str, data: dict, start: str | None) -> etree._Element:
    element = etree.Element("edge", id=data["id"], source=source, target=target)
    relation = data.get("relation")
    label = data.get("label", relation)
    if label is not None:
        element.set("label", str(label))
    if relation is not None:
        element.set("kind", str(relation))
    if start is not None:
        element.set("start", start)
    _attvalues(element, data, _EDGE_SKIP)
    return element


def _write(G: nx.Graph, handle: BinaryIO) -> None:
    """Stream the GEXF document of ``G`` into the binary file ``handle``, one node or edge at a
    time; errors in the data surface before anything is written."""
    plan = ExportPlan(G)
    ids = plan.ids
    looks = gephi_attributes(G)
    dates = _cable_dates(G)
    starts = node_starts(G)
    with etree.xmlfile(handle, encoding="utf-8") as xf:
        xf.write_declaration()
        root = {f"{{{NS_XSI}}}schemaLocation": SCHEMA_LOCATION, "version": GEXF_VERSION}
        with xf.element(f"{{{NS_GEXF}}}gexf", root, nsmap={None: NS_GEXF, "viz": NS_VIZ, "xsi": NS_XSI}):
            xf.write("\n")
            meta = etree.Element("meta")
            etree.SubElement(meta, "creator").text = "graphify"
            etree.SubElement(meta, "description").text = (
                "US diplomatic cables: cables, posts, people, ministries and countries"
            )
            xf.write(meta, pretty_print=True)
            graph = {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date", "timezone": "UTC"}
            with xf.element("graph", graph):
                xf.write("\n")
                _declare(xf, "node", plan.node_types, _NODE_SKIP)
                _declare(xf, "edge", plan.edge_types, _EDGE_SKIP)
                with xf.element("nodes", count=str(G.number_of_nodes())):
                    xf.write("\n")
                    for node, data in plan.nodes():
                        xf.write(_node_element(ids[node], data, looks[node], starts.get(node)), pretty_print=True)
                xf.write("\n")
                with xf.element("edges", count=str(G.number_of_edges())):
                    xf.write("\n")
                    for u, v, data in plan.edges():
                        start = _edge_start(u, v, dates, starts)
                        xf.write(_edge_element(ids[u], ids[v], data, start), pretty_print=True)
                xf.write("\n")
            xf.write("\n")


def gexf_bytes(G: nx.Graph) -> bytes:
    """The GEXF 1.3 document of ``G`` as UTF-8 bytes (see the module docstring). ``G`` is not
    modified. Raises what :func:`graphml_ready` raises (colliding ids or attribute names,
    undirected graphs)."""
    buffer = io.BytesIO()
    _write(G, buffer)
    return buffer.getvalue()


def write_gexf(G: nx.Graph, path: str | os.PathLike) -> None:
    """Write ``G`` to ``path`` as a GEXF 1.3 file (UTF-8), atomically: streamed to a temporary
    file next to ``path`` and moved over it, so ``path`` holds the old file or the complete new
    one. ``G`` is not modified; two writes of the same graph give the same bytes.
    """
    with atomic_file(path) as handle:
        _write(G, handle)
