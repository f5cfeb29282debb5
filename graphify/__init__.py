"""graphify: US diplomatic cables in, a knowledge graph out.

The steps, each a module: :mod:`graphify.read` (files to raw cables), :mod:`graphify.parse`
(text to :class:`Cable`), :mod:`graphify.resolve` (one node per real thing), :mod:`graphify.graph`
(the networkx graph, see ``docs/schema.md``) and :mod:`graphify.export` (GraphML, HTML).
:func:`graphify.pipeline.build` runs them all.
"""

__version__ = "0.1.0"

from graphify.export.graphml import write_graphml
from graphify.export.html import write_html
from graphify.graph import build_graph
from graphify.model import Cable, Paragraph, Person, Post, RawCable, Skipped
from graphify.parse import parse_cable, parse_raw
from graphify.pipeline import build
from graphify.read import read_cables

__all__ = [
    "Cable",
    "Paragraph",
    "Person",
    "Post",
    "RawCable",
    "Skipped",
    "build",
    "build_graph",
    "parse_cable",
    "parse_raw",
    "read_cables",
    "write_graphml",
    "write_html",
]
