"""GraphML export: a cable graph as a file that strict GraphML readers accept.

networkx's own ``write_graphml`` writes whatever is in the graph, so a graph that
follows the contract in ``docs/schema.md`` can still produce a file that fails the
GraphML schema or trips Gephi and igraph: ``None`` values, lists, datetimes,
control characters from OCR'd cables, one attribute with two types (two ``<key>``
elements with the same id), MultiDiGraph keys written as duplicate edge ids.

:func:`graphml_ready` returns a cleaned copy of the graph; :func:`write_graphml`
writes that copy atomically. The conversions, applied to graph, node and edge
attributes:

* ``None`` values are dropped, and so is any value that is empty after
  conversion (the contract writes absent values as absent, never as ``""``);
* ``bool``, ``int`` and ``float`` are kept (numpy and other ``numbers`` types
  become ``int`` / ``float``);
* ``datetime``, ``date`` and ``time`` become ISO 8601 strings (``isoformat()``);
* lists and tuples are joined with a single space, in order; sets and
  frozensets are sorted first (``["PREL", "KZ"]`` -> ``"PREL KZ"``); ``None``
  items are skipped;
* dicts become JSON (``ensure_ascii=False``, keys sorted when they can be);
* anything else becomes ``str(value)``;
* if one attribute name ends up with more than one type within nodes (or
  within edges, or the graph), every value of it in that scope becomes ``str``
  (``True`` -> ``"True"``, ``3`` -> ``"3"``);
* characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR,
  lone surrogates, U+FFFE, U+FFFF) are removed from every string;
* node ids and attribute names must be XML ``NMTOKEN`` s: whitespace becomes
  ``_``, and so does any other character that is not an XML name character
  (``'``, ``,``, ``/``, ...). Two node ids (or two attribute names on one
  element) that become equal raise :class:`ValueError`;
* every edge gets a string attribute ``id``: ``e0``, ``e1``, ... in the graph's
  edge iteration order (an ``id`` already on an edge is replaced);
* ``node_default`` / ``edge_default`` graph attributes are dropped; a graph
  attribute ``id`` is kept as the ``<graph id>`` (cleaned like a node id).

The file is written with ``named_key_ids=True`` (``<key id="label">``, not
``d3``), so an attribute name may be used in one scope only: the same name on
nodes and on edges (or on the graph) raises :class:`ValueError`.

With ``viz=True`` (what ``graphify build`` writes), every node also gets the flat
attributes Gephi's GraphML importer turns into its look (:func:`gephi_attributes`):
``label`` and ``type`` (``str``), ``r``, ``g``, ``b`` (``int`` 0-255, the colour of the
node's type in the HTML page), ``size``, ``x`` and ``y`` (``float``), all taken from
:mod:`graphify.export.style`. Gephi reads ``r``/``g``/``b``/``size``/``x``/``y``/``label``
as the node's colour, size, position and label instead of making columns of them.

>>> import datetime
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", tags=["PREL", "MARR"], stub=False,
...            date=datetime.datetime(2008, 2, 28, 6, 34, tzinfo=datetime.timezone.utc),
...            subject="IRAQ\\x07 <DEPLOYMENT>", declassify=None)
>>> G.add_node("post:AMEMBASSY ASTANA", type="post")
>>> G.add_edge("08ASTANA392", "post:AMEMBASSY ASTANA", relation="from")
0
>>> H = graphml_ready(G)
>>> H.nodes["08ASTANA392"]
{'type': 'cable', 'tags': 'PREL MARR', 'stub': False, 'date': '2008-02-28T06:34:00+00:00', 'subject': 'IRAQ <DEPLOYMENT>'}
>>> list(H.edges(data=True))
[('08ASTANA392', 'post:AMEMBASSY_ASTANA', {'relation': 'from', 'id': 'e0'})]
>>> G.nodes["08ASTANA392"]["tags"]  # G itself is unchanged
['PREL', 'MARR']
"""

from __future__ import annotations

import datetime as _dt
import json
import numbers
import os
import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterator, Mapping

import networkx as nx
from lxml import etree

from graphify.export import style
from graphify.export.atomic import atomic_file

__all__ = [
    "graphml_ready", "write_graphml", "gephi_attributes", "clean_text", "nmtoken", "convert_value", "ExportPlan",
    "xml_value",
]

#: The node attributes :func:`gephi_attributes` adds, in the order they are added.
GEPHI_ATTRIBUTES = ("label", "type", "r", "g", "b", "size", "x", "y")

# Code points outside XML 1.0 ``Char``. CR, LF and tab are legal (lxml writes CR as ``&#13;``).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ASCII_NAME_CHAR = re.compile(r"[A-Za-z0-9._:\-]")
_ASCII_NMTOKEN = re.compile(r"[A-Za-z0-9._:\-]*")
# Letters, digits and combining marks; libxml2 and Xerces check NMTOKENs against the
# XML 1.0 4th edition tables, which leave out code points above the BMP.
_NAME_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Mn", "Mc"})


def clean_text(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot carry.

    >>> clean_text("BELL\\x07 \\ufffe<ok>\\ttab")
    'BELL <ok>\\ttab'
    """
    return _XML_INVALID.sub("", text)


def _is_name_char(ch: str) -> bool:
    if ch.isascii():
        return _ASCII_NAME_CHAR.fullmatch(ch) is not None
    return ch <= "\uffff" and unicodedata.category(ch) in _NAME_CATEGORIES


def nmtoken(name: object) -> str:
    """Return ``str(name)`` as an XML ``NMTOKEN``: invalid characters removed,
    whitespace and other non-name characters replaced by ``_``.

    >>> nmtoken("post:AMEMBASSY ASTANA")
    'post:AMEMBASSY_ASTANA'
    >>> nmtoken("person:sean-o'brien")
    'person:sean-o_brien'
    """
    text = str(name)
    if _ASCII_NMTOKEN.fullmatch(text):
        return text
    return "".join(ch if _is_name_char(ch) else "_" for ch in clean_text(text))


@lru_cache(maxsize=4096)
def _attribute_key(name: object) -> str:
    """:func:`nmtoken` of an attribute name (a handful of names, met on every node and edge)."""
    return nmtoken(name)


def _json_default(value: object) -> object:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def _to_json(value: Mapping) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)
    except TypeError:  # keys of mixed types cannot be sorted
        return json.dumps(value, ensure_ascii=False, default=_json_default)


def _item_text(item: object) -> str:
    if isinstance(item, (_dt.datetime, _dt.date, _dt.time)):
        return item.isoformat()
    if isinstance(item, Mapping):
        return _to_json(item)
    return str(item)


def convert_value(value: object) -> bool | int | float | str | None:
    """Return ``value`` as a GraphML-writable ``bool``, ``int``, ``float`` or ``str``;
    ``None`` means "leave the attribute out".

    >>> convert_value({"b": 1, "a": None}), convert_value({"PREL", "KZ"}), convert_value(None)
    ('{"a": null, "b": 1}', 'KZ PREL', None)
    """
    kind = type(value)
    if kind is str:
        return clean_text(value) or None
    if kind is bool or kind is int or kind is float:
        return value
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        text = value.isoformat()
    elif isinstance(value, str):
        text = value
    elif isinstance(value, Mapping):
        text = _to_json(value)
    elif isinstance(value, (set, frozenset)):
        text = " ".join(sorted(_item_text(v) for v in value if v is not None))
    elif isinstance(value, (list, tuple)):
        text = " ".join(_item_text(v) for v in value if v is not None)
    else:
        text = str(value)
    text = clean_text(text)
    return text if text else None


def _convert_attrs(attrs: Mapping, where: str) -> dict:
    """Clean names and values of one attribute dict; ``where`` names it in errors."""
    out: dict = {}
    origin: dict = {}
    for name, value in attrs.items():
        value = convert_value(value)
        if value is None:
            continue
        key = _attribute_key(name)
        if not key:
            raise ValueError(f"{where}: attribute name {name!r} is empty once cleaned for GraphML")
        if key in out:
            raise ValueError(
                f"{where}: attribute names {origin[key]!r} and {name!r} both become {key!r} in GraphML"
            )
        out[key] = value
        origin[key] = name
    return out


def _node_ids(G: nx.Graph) -> dict:
    """Map each node of ``G`` to its GraphML id; raise ``ValueError`` on collisions."""
    mapping: dict = {}
    seen: dict[str, object] = {}
    for node in G:
        new = nmtoken(node)
        if not new:
            raise ValueError(f"node id {node!r} is empty once cleaned for GraphML")
        if new in seen:
            raise ValueError(
                f"node ids {seen[new]!r} and {node!r} both become {new!r} in GraphML; "
                "rename one of them before exporting"
            )
        seen[new] = node
        mapping[node] = new
    return mapping


def gephi_attributes(G: nx.Graph) -> dict:
    """Node -> the flat attributes Gephi reads as the node's look, the same as in the HTML page.

    ``label`` (the node's label, else its id) and ``type`` (when the node has one) are
    ``str``; ``r``, ``g``, ``b`` are ``int`` 0-255 from :func:`style.node_color` of the
    type; ``size`` is :func:`style.node_sizes`; ``x``, ``y`` are :func:`style.layout`
    (``float``, deterministic). ``G`` is not modified.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:KZ", type="country", label="Kazakhstan")
    >>> attrs = gephi_attributes(G)["country:KZ"]
    >>> {k: attrs[k] for k in ("label", "type", "r", "g", "b", "size")}
    {'label': 'Kazakhstan', 'type': 'country', 'r': 89, 'g': 161, 'b': 79, 'size': 8.0}
    >>> type(attrs["x"]), type(attrs["y"])
    (<class 'float'>, <class 'float'>)
    """
    sizes = style.node_sizes(G)
    positions = style.layout(G)
    out: dict = {}
    for node, data in G.nodes(data=True):
        label = convert_value(data.get("label"))
        label = clean_text(str(node)) if label is None else str(label)
        attrs: dict = {"label": label}
        node_type = convert_value(data.get("type"))
        if node_type is not None:
            attrs["type"] = str(node_type)
        red, green, blue = style.rgb(style.node_color(attrs.get("type")))
        x, y = positions.get(node, (0.0, 0.0))
        attrs.update(r=int(red), g=int(green), b=int(blue), size=float(sizes[node]), x=float(x), y=float(y))
        out[node] = attrs
    return out


class ExportPlan:
    """What a writer needs to know before its first node, from one pass over ``G``: node ids,
    graph attributes, and the type of every node and edge attribute (``str`` where it has
    several). :meth:`nodes` and :meth:`edges` then convert the graph again, one element at a
    time, so a writer streams the file out without a second copy of the graph in memory.

    Raises ``ValueError`` and ``TypeError`` as :func:`graphml_ready` does.
    """

    def __init__(self, G: nx.Graph, *, viz: bool = False):
        if not G.is_directed():
            raise TypeError("graphml_ready expects a directed graph (the graph contract is a MultiDiGraph)")
        self.graph = G
        self.ids = _node_ids(G)
        graph_attrs = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default", "id")}
        self.graph_data = _convert_attrs(graph_attrs, "graph")
        self.graph_id = nmtoken(G.graph["id"]) if G.graph.get("id") is not None else ""
        self.looks = gephi_attributes(G) if viz else {}
        self.node_types = self._node_types()
        self.edge_types = self._edge_types()
        scopes = {"graph": set(self.graph_data), "node": set(self.node_types), "edge": set(self.edge_types)}
        for a, b in (("graph", "node"), ("graph", "edge"), ("node", "edge")):
            shared = scopes[a] & scopes[b]
            if shared:
                raise ValueError(
                    f"attribute name(s) {sorted(shared)} used on both {a} and {b}: GraphML key ids are "
                    "the attribute names, so each name can belong to one scope only; rename one"
                )

    def _node_types(self) -> dict[str, type]:
        types: dict[str, type] = {}
        looks = self.looks
        for node, data in self.graph.nodes(data=True):
            attrs = {**data, **looks[node]} if looks else data
            if not _add_types(types, attrs):
                _convert_attrs(attrs, f"node {node!r}")  # raises, saying which names
        return types

    def _edge_types(self) -> dict[str, type]:
        types: dict[str, type] = {}
        for i, (u, v, k, data) in enumerate(self._raw_edges()):
            if not _add_types(types, data, drop="id"):
                _convert_attrs(data, f"edge {u!r} -> {v!r} (key {k!r})")  # raises, saying which names
            if i == 0:
                types["id"] = str  # every edge's id, e0, e1, ..., after the first edge's attributes
        return types

    def _raw_edges(self) -> Iterator[tuple[object, object, object, dict]]:
        G = self.graph
        return G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, 0, d) for u, v, d in G.edges(data=True))

    def nodes(self) -> Iterator[tuple[object, dict]]:
        """``(node, converted attributes)`` in the graph's order."""
        looks = self.looks
        for node, data in self.graph.nodes(data=True):
            attrs = _convert_attrs({**data, **looks[node]} if looks else data, f"node {node!r}")
            yield node, _as_types(attrs, self.node_types)

    def edges(self) -> Iterator[tuple[object, object, dict]]:
        """``(source, target, converted attributes)`` in the graph's order, with ``id`` ``e0``, ``e1``, ..."""
        for i, (u, v, k, data) in enumerate(self._raw_edges()):
            attrs = _convert_attrs(data, f"edge {u!r} -> {v!r} (key {k!r})")
            attrs.pop("id", None)
            attrs = _as_types(attrs, self.edge_types)
            attrs["id"] = f"e{i}"
            yield u, v, attrs


def _converted_type(value: object) -> type | None:
    """The type of ``convert_value(value)`` (``None`` when it is left out), without converting
    the common values."""
    kind = type(value)
    if kind is str:
        return str if value.isprintable() or clean_text(value) else None
    if kind is bool or kind is int or kind is float:
        return kind
    converted = convert_value(value)
    return None if converted is None else type(converted)


def _add_types(types: dict[str, type], attrs: Mapping, drop: str = "") -> bool:
    """In place: ``types`` (cleaned attribute name -> the type of its converted values, ``str``
    when they have several; in order of first appearance) updated with one attribute dict.
    Names that clean to ``drop`` are left out. False when two names of ``attrs`` clean to the
    same key or one to nothing (what :func:`_convert_attrs` refuses)."""
    keys = set()
    for name, value in attrs.items():
        kind = _converted_type(value)
        if kind is None:
            continue
        key = _attribute_key(name)
        if not key or key in keys:
            return False
        keys.add(key)
        if key == drop:
            continue
        seen = types.get(key)
        if seen is None:
            types[key] = kind
        elif seen is not str and seen is not kind:
            types[key] = str
    return True


def _as_types(attrs: dict, types: dict[str, type]) -> dict:
    """In place: values of an attribute whose values have several types become ``str``."""
    if types:
        for name, value in attrs.items():
            if types.get(name) is str and not isinstance(value, str):
                attrs[name] = str(value)
    return attrs


def graphml_ready(G: nx.Graph, *, viz: bool = False) -> nx.MultiDiGraph:
    """Return a new MultiDiGraph, a copy of directed graph ``G`` that strict GraphML
    readers accept (conversions listed in the module docstring): what :func:`write_graphml`
    writes. ``G`` is not modified.

    With ``viz=True`` every node also carries :func:`gephi_attributes` (they replace
    attributes of the same names).

    Raises ``ValueError`` when node ids or attribute names collide once cleaned, or
    when one attribute name is used in two scopes (graph, node, edge); ``TypeError``
    when ``G`` is undirected.
    """
    plan = ExportPlan(G, viz=viz)
    H = nx.MultiDiGraph()
    H.graph.update(plan.graph_data)
    if plan.graph_id:
        H.graph["id"] = plan.graph_id
    ids = plan.ids
    H.add_nodes_from((ids[node], data) for node, data in plan.nodes())
    H.add_edges_from((ids[u], ids[v], data["id"], data) for u, v, data in plan.edges())
    return H


NS_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION = f"{NS_GRAPHML} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def xml_value(value: bool | int | float | str) -> str:
    """A converted value as XML text: ``true`` / ``false``, numbers as Python writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _data_element(tag: str, attrib: dict, data: dict) -> etree._Element:
    element = etree.Element(tag, attrib)
    for name, value in data.items():
        etree.SubElement(element, "data", key=name).text = xml_value(value)
    return element


def write_graphml(G: nx.Graph, path: str | os.PathLike, *, viz: bool = False) -> None:
    """Write ``graphml_ready(G, viz=viz)`` to ``path`` as UTF-8 GraphML, atomically.

    The file is streamed, one node or edge at a time, to a temporary file in the same
    directory and moved over ``path`` with ``os.replace``, so ``path`` holds either the
    old file or the complete new one; errors in the data surface before anything is
    written. Edge ids are ``e0``, ``e1``, ... (also kept as an ``id`` attribute), key ids
    are the attribute names. The encoding is explicit, so the locale does not matter.
    No compression, whatever the file name ends with.

    >>> import os, shutil, tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="from")
    0
    >>> G.add_edge("08ASTANA392", "post:AMEMBASSY_ASTANA", relation="to")
    1
    >>> folder = tempfile.mkdtemp()
    >>> write_graphml(G, os.path.join(folder, "graph.graphml"))
    >>> R = nx.read_graphml(os.path.join(folder, "graph.graphml"), force_multigraph=True)
    >>> sorted(R.edges(keys=True, data="relation"))
    [('08ASTANA392', 'post:AMEMBASSY_ASTANA', 'e0', 'from'), ('08ASTANA392', 'post:AMEMBASSY_ASTANA', 'e1', 'to')]
    >>> os.listdir(folder)
    ['graph.graphml']
    >>> shutil.rmtree(folder)
    """
    plan = ExportPlan(G, viz=viz)
    ids = plan.ids
    with atomic_file(path) as handle, etree.xmlfile(handle, encoding="utf-8") as xf:
        xf.write_declaration()
        root = {f"{{{_NS_XSI}}}schemaLocation": _SCHEMA_LOCATION}
        with xf.element(f"{{{NS_GRAPHML}}}graphml", root, nsmap={None: NS_GRAPHML, "xsi": _NS_XSI}):
            xf.write("\n")
            for scope, types in (
                ("graph", {name: type(value) for name, value in plan.graph_data.items()}),
                ("node", plan.node_types),
                ("edge", plan.edge_types),
            ):
                for name, kind in types.items():
                    key = {"id": name, "for": scope, "attr.name": name, "attr.type": _GRAPHML_TYPES[kind]}
                    xf.write(etree.Element("key", key), pretty_print=True)
            graph = {"id": plan.graph_id, "edgedefault": "directed"} if plan.graph_id else {"edgedefault": "directed"}
            with xf.element("graph", graph):
                xf.write("\n")
                for name, value in plan.graph_data.items():
                    element = etree.Element("data", key=name)
                    element.text = xml_value(value)
                    xf.write(element, pretty_print=True)
                for node, data in plan.nodes():
                    xf.write(_data_element("node", {"id": ids[node]}, data), pretty_print=True)
                for u, v, data in plan.edges():
                    attrib = {"source": ids[u], "target": ids[v], "id": data["id"]}
                    xf.write(_data_element("edge", attrib, data), pretty_print=True)
            xf.write("\n")
