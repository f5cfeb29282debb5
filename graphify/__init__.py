"""graphify: US diplomatic cables in, a knowledge graph out.

The steps, each a module: :mod:`graphify.read` (files to raw cables), :mod:`graphify.parse`
(text to :class:`Cable`), :mod:`graphify.extract` (people, ministries and countries of a body),
:mod:`graphify.resolve` (one node per real thing), :mod:`graphify.graph` (the networkx graph, see
``docs/schema.md``) and :mod:`graphify.export` (GraphML, GEXF, HTML, Neo4j CSV). :func:`graphify.build` runs
them all; :mod:`graphify.views` picks parts of a graph to look at.
"""

__version__ = "0.1.0"

from graphify.export.gexf import write_gexf
from graphify.export.graphml import write_graphml
from graphify.export.html import render_html, write_html
from graphify.export.neo4j import write_neo4j_csv
from graphify.extract import Extractor
from graphify.graph import build_graph
from graphify.model import Cable, Paragraph, Person, Post, RawCable, Skipped
from graphify.parse import parse_cable, parse_raw
from graphify.pipeline import build, build_from_records
from graphify.read import read_cables
from graphify.views import find_node, neighbourhood, read_graph, top_nodes

__all__ = [
    "Cable",
    "Extractor",
    "Paragraph",
    "Person",
    "Post",
    "RawCable",
    "Skipped",
    "build",
    "build_from_records",
    "build_graph",
    "find_node",
    "neighbourhood",
    "parse_cable",
    "parse_raw",
    "read_cables",
    "read_graph",
    "render_html",
    "top_nodes",
    "write_gexf",
    "write_graphml",
    "write_html",
    "write_neo4j_csv",
]
