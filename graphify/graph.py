"""Build the graph from parsed cables, following the contract in ``docs/schema.md``.

:class:`GraphBuilder` takes cables one at a time (so a corpus streams through it) and keeps
only the graph and the small records resolution needs; :func:`build_graph` is the one-call form.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphify.countries import Country, country_for_tag
from graphify.model import Cable, Post
from graphify.posts import post_country, post_node_id
from graphify.resolve import PersonMention, resolve_people

SOURCE_SEPARATOR = " ; "


class GraphBuilder:
    """Accumulates cables into a MultiDiGraph; :meth:`finish` resolves people and returns it."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._people: list[PersonMention] = []

    def add_cable(self, cable: Cable) -> bool:
        """Add one cable. Returns False (and adds nothing) when the cable has no id."""
        if not cable.cable_id:
            return False
        G = self.graph
        cable_id = cable.cable_id
        attrs = {
            "type": "cable",
            "label": cable_id,
            "stub": False,
            "date": cable.date.isoformat() if cable.date else None,
            "classification": cable.classification,
            "caveats": " ".join(cable.caveats) or None,
            "precedence": cable.precedence,
            "subject": cable.subject,
            "tags": " ".join(cable.tags) or None,
            "origin": cable.origin.name if cable.origin else None,
            "declassify_on": cable.declassify_on,
            "paragraphs": len(cable.paragraphs),
            "source": cable.source,
        }
        attrs = {k: v for k, v in attrs.items() if v is not None}
        existing = G.nodes.get(cable_id)
        if existing is not None and not existing.get("stub", False):
            # The same cable from a second source: one node, both sources listed.
            if cable.source and cable.source not in existing.get("source", "").split(SOURCE_SEPARATOR):
                attrs["source"] = SOURCE_SEPARATOR.join(filter(None, [existing.get("source"), cable.source]))
            for key, value in attrs.items():
                if key == "source" or key not in existing:
                    existing[key] = value
        else:
            if existing is not None:
                existing.clear()
            G.add_node(cable_id, **attrs)

        country = None
        if cable.origin is not None:
            self._add_post(cable_id, cable.origin, "from")
            origin_country = post_country(cable.origin.name)
            country = origin_country.iso if origin_country else None
        for post in cable.to:
            self._add_post(cable_id, post, "to")
        for post in cable.info:
            self._add_post(cable_id, post, "info")
        for cited in cable.references:
            if cited not in G:
                G.add_node(cited, type="cable", label=cited, stub=True)
            G.add_edge(cable_id, cited, key="references", relation="references", notal=cited in cable.references_notal)
        for tag in cable.tags:
            tagged = country_for_tag(tag)
            if tagged is not None:
                self._add_country(tagged)
                G.add_edge(cable_id, tagged.node_id, key="tagged", relation="tagged")
        if cable.classified_by is not None:
            self._people.append(
                PersonMention(cable_id, "classified_by", cable.classified_by.name, cable.classified_by.title, country)
            )
        if cable.signed_by:
            self._people.append(PersonMention(cable_id, "signed_by", cable.signed_by, None, country))
        return True

    def _add_post(self, cable_id: str, post: Post, relation: str) -> None:
        G = self.graph
        node_id = post_node_id(post.name)
        if node_id not in G:
            G.add_node(node_id, type="post", label=post.name)
            located = post_country(post.name)
            if located is not None:
                self._add_country(located)
                G.add_edge(node_id, located.node_id, key="located_in", relation="located_in")
        if post.routing:
            routing = set(G.nodes[node_id].get("routing", "").split())
            if post.routing not in routing:
                G.nodes[node_id]["routing"] = " ".join(sorted(routing | {post.routing}))
        G.add_edge(cable_id, node_id, key=relation, relation=relation)

    def _add_country(self, country: Country) -> None:
        if country.node_id not in self.graph:
            attrs = {"type": "country", "label": country.name, "iso": country.iso}
            if country.fips:
                attrs["fips"] = country.fips
            self.graph.add_node(country.node_id, **attrs)

    def finish(self) -> nx.MultiDiGraph:
        """Resolve the people of all cables, add them, and return the graph."""
        G = self.graph
        for mention, person in sorted(resolve_people(self._people).items(), key=lambda item: item[1].node_id):
            if person.node_id not in G:
                G.add_node(person.node_id, type="person", label=person.label)
            node = G.nodes[person.node_id]
            node["aliases"] = " | ".join(person.aliases)
            if person.titles:
                node["title"] = " | ".join(person.titles)
            G.add_edge(mention.cable_id, person.node_id, key=mention.relation, relation=mention.relation)
        self._people = []
        return G


def build_graph(cables: Iterable[Cable]) -> nx.MultiDiGraph:
    """The graph of ``cables``.

    >>> from graphify.parse import parse_cable
    >>> G = build_graph([parse_cable(open("seeds/000_9feede66ac886c36.txt").read())])
    >>> G.nodes["08ASTANA392"]["type"], sorted(v for _, v, r in G.out_edges("08ASTANA392", data="relation") if r == "tagged")
    ('cable', ['country:IQ', 'country:KZ'])
    """
    builder = GraphBuilder()
    for cable in cables:
        builder.add_cable(cable)
    return builder.finish()
