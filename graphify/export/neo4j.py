"""Neo4j export: a cable graph as CSV files for ``neo4j-admin database import full``.

One file of nodes per node type (``nodes-cable.csv``, ``nodes-person.csv``, ...) and one file
of relationships per relation (``relationships-mentions.csv``, ...), each with its own header in
neo4j-admin's format: ``id:ID`` and ``:LABEL`` (``Cable``, ``Person`` ...; a cited cable that
is not in the corpus is also a ``Stub``), ``:START_ID``, ``:END_ID`` and ``:TYPE`` (the
relation in capitals: ``MENTIONS``, ``REFERENCES`` ...), and one column per attribute typed as
the GraphML export types it (``count:long``, ``stub:boolean``, ``x:double``; text otherwise).
Values are what :func:`graphify.export.graphml.graphml_ready` makes of them (lists joined,
``None`` left out, characters XML cannot carry removed), so every export says the same.

Files are written atomically, streamed one row at a time, and are the same bytes for the same
graph. :func:`import_command` gives the command that loads them::

    neo4j-admin database import full --multiline-fields=true --nodes=nodes-cable.csv ... \\
        --relationships=relationships-mentions.csv ... neo4j

>>> import os, tempfile
>>> G = nx.MultiDiGraph()
>>> G.add_node("08ASTANA392", type="cable", label="08ASTANA392", stub=False)
>>> G.add_node("08STATE4865", type="cable", label="08STATE4865", stub=True)
>>> G.add_edge("08ASTANA392", "08STATE4865", key="references", relation="references", notal=False)
'references'
>>> folder = tempfile.mkdtemp()
>>> [path.name for path in write_neo4j_csv(G, folder)]
['nodes-cable.csv', 'relationships-references.csv']
>>> print(open(os.path.join(folder, "nodes-cable.csv")).read(), end="")
id:ID,:LABEL,type,label,stub:boolean
08ASTANA392,Cable,cable,08ASTANA392,false
08STATE4865,Cable;Stub,cable,08STATE4865,true
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import networkx as nx

from graphify.export.atomic import atomic_file
from graphify.export.graphml import ExportPlan, xml_value

__all__ = ["write_neo4j_csv", "import_command"]

_NEO4J_TYPES = {bool: "boolean", int: "long", float: "double", str: ""}
# Node attributes that neo4j-admin reads from the columns of its own (id, labels).
_NODE_SKIP = frozenset({"id"})
# The edge id ``e0``, ``e1`` ... of the GraphML export says nothing in a database.
_EDGE_SKIP = frozenset({"id", "relation"})


def _column(name: str, kind: type) -> str:
    neo4j_type = _NEO4J_TYPES[kind]
    return f"{name}:{neo4j_type}" if neo4j_type else name


def _label(node_type: str) -> str:
    return "".join(part.capitalize() for part in node_type.replace("-", "_").split("_")) or "Node"


def _kind(value: object) -> str:
    """A file-name-safe form of a node type or relation."""
    text = "".join(ch if ch.isalnum() else "_" for ch in str(value).lower()).strip("_")
    return text or "other"


def _columns(rows: Iterator[tuple[str, dict]], skip: frozenset, types: dict[str, type]) -> dict[str, list[str]]:
    """Per file kind, the attribute names its rows have, in the order of ``types``."""
    seen: dict[str, set[str]] = defaultdict(set)
    for kind, data in rows:
        seen[kind].update(name for name in data if name not in skip)
    return {kind: [name for name in types if name in names] for kind, names in seen.items()}


def write_neo4j_csv(G: nx.Graph, folder: str | os.PathLike) -> list[Path]:
    """Write ``G`` as neo4j-admin import CSV files into ``folder`` (created if missing) and
    return their paths: node files first, then relationship files, each sorted by name.
    Raises what :class:`~graphify.export.graphml.ExportPlan` raises."""
    plan = ExportPlan(G)
    ids = plan.ids
    node_kind = {node: _kind(data.get("type", "node")) for node, data in G.nodes(data=True)}
    node_columns = _columns(((node_kind[n], d) for n, d in plan.nodes()), _NODE_SKIP, plan.node_types)
    edge_columns = _columns(
        ((_kind(d.get("relation", "related")), d) for _, _, d in plan.edges()), _EDGE_SKIP, plan.edge_types
    )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    node_paths = {kind: folder / f"nodes-{kind}.csv" for kind in sorted(node_columns)}
    edge_paths = {kind: folder / f"relationships-{kind}.csv" for kind in sorted(edge_columns)}
    with ExitStack() as stack:
        writers: dict[tuple[str, str], csv.writer] = {}
        texts: list[io.TextIOWrapper] = []

        def writer(scope: str, kind: str, header: list[str]):
            """The CSV writer of one file, opened (atomically) with its header on first use."""
            if (scope, kind) not in writers:
                path = (node_paths if scope == "node" else edge_paths)[kind]
                text = io.TextIOWrapper(stack.enter_context(atomic_file(path)), encoding="utf-8", newline="")
                texts.append(text)
                writers[scope, kind] = csv.writer(text, lineterminator="\n")
                writers[scope, kind].writerow(header)
            return writers[scope, kind]

        for node, data in plan.nodes():
            kind = node_kind[node]
            names = node_columns[kind]
            header = ["id:ID", ":LABEL"] + [_column(name, plan.node_types[name]) for name in names]
            labels = _label(str(data.get("type", "node"))) + (";Stub" if data.get("stub") is True else "")
            row = [ids[node], labels] + [xml_value(data[name]) if name in data else "" for name in names]
            writer("node", kind, header).writerow(row)
        for u, v, data in plan.edges():
            kind = _kind(data.get("relation", "related"))
            names = edge_columns[kind]
            header = [":START_ID", ":END_ID", ":TYPE"] + [_column(name, plan.edge_types[name]) for name in names]
            row = [ids[u], ids[v], kind.upper()] + [xml_value(data[name]) if name in data else "" for name in names]
            writer("edge", kind, header).writerow(row)
        for text in texts:
            text.flush()
            text.detach()  # the atomic file closes (and renames) what is under it
    return list(node_paths.values()) + list(edge_paths.values())


def import_command(paths: list[Path], database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that imports the files :func:`write_neo4j_csv` wrote (a
    value may hold a line break: the multi-line option lets the importer read it).

    >>> import_command([Path("out/neo4j/nodes-cable.csv"), Path("out/neo4j/relationships-from.csv")])
    'neo4j-admin database import full --multiline-fields=true --nodes=out/neo4j/nodes-cable.csv --relationships=out/neo4j/relationships-from.csv neo4j'
    """
    parts = ["neo4j-admin database import full --multiline-fields=true"]
    for path in paths:
        flag = "--nodes" if path.name.startswith("nodes-") else "--relationships"
        parts.append(f"{flag}={path.as_posix()}")
    parts.append(database)
    return " ".join(parts)
