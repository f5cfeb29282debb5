"""Build the graph from parsed cables and what was extracted from them, following the contract
in ``docs/schema.md``.

:class:`GraphBuilder` takes cables one at a time (so a corpus streams through it) and keeps
only the graph and the small per-cable person clusters that resolution needs; :func:`build_graph`
is the one-call form.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from graphify.countries import Country, countries_by_iso, country_for_tag
from graphify.extract import Extraction, Mention
from graphify.model import Cable, Post
from graphify.posts import post_country, post_node_id
from graphify.resolve import PersonCluster, PersonMention, cable_people, ministry_key, resolve_people

SOURCE_SEPARATOR = " ; "
LIST_SEPARATOR = " | "


def provenance(mentions: Iterable) -> dict:
    """Edge attributes that say where a cable names an entity: how often, in which paragraphs,
    at which character offsets of the cable's text, and the first sentence that does."""
    mentions = sorted(mentions, key=lambda m: m.start)
    paragraphs = sorted({m.paragraph for m in mentions if m.paragraph is not None})
    return {
        "count": len(mentions),
        "paragraphs": " ".join(map(str, paragraphs)),
        "offsets": " ".join(f"{m.start}-{m.end}" for m in mentions),
        "quote": mentions[0].quote,
    }


class GraphBuilder:
    """Accumulates cables into a MultiDiGraph; :meth:`finish` resolves people and returns it."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._people: list[PersonCluster] = []

    def add_cable(self, cable: Cable, extraction: Extraction | None = None) -> bool:
        """Add one cable and, if given, what was extracted from its body. Returns False (and
        adds nothing) when the cable has no id."""
        if not cable.cable_id:
            return False
        self._add_header(cable)
        host = extraction.host_country if extraction else _origin_country(cable)
        people = []
        if cable.classified_by is not None:
            people.append(PersonMention("classified_by", cable.classified_by.name, cable.classified_by.title))
        if cable.signed_by:
            people.append(PersonMention("signed_by", cable.signed_by))
        if extraction is not None:
            people += [_person_mention(m) for m in extraction.mentions if m.kind == "person"]
            self._add_mentions(cable.cable_id, extraction)
        self._people.extend(cable_people(cable.cable_id, host, people))
        return True

    def _add_header(self, cable: Cable) -> None:
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
            "paragraph_count": len(cable.paragraphs),
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

        if cable.origin is not None:
            self._add_post(cable_id, cable.origin, "from")
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

    def _add_ministry(self, name: str, country_iso: str | None) -> str:
        G = self.graph
        node_id = ministry_key(name, country_iso)
        if node_id not in G:
            country = countries_by_iso().get(country_iso) if country_iso else None
            label = f"{name} ({country.name})" if country else name
            attrs = {"type": "ministry", "label": label, "name": name}
            if country is not None:
                attrs["country"] = country.iso
            G.add_node(node_id, **attrs)
            if country is not None:
                self._add_country(country)
                G.add_edge(node_id, country.node_id, key="part_of", relation="part_of")
        return node_id

    def _add_mentions(self, cable_id: str, extraction: Extraction) -> None:
        G = self.graph
        targets: dict[str, list[Mention]] = defaultdict(list)
        for mention in extraction.mentions:
            if mention.kind == "country":
                country = countries_by_iso().get(mention.name)
                if country is None:
                    continue
                self._add_country(country)
                targets[country.node_id].append(mention)
            elif mention.kind == "ministry":
                node_id = self._add_ministry(mention.name, mention.country)
                if mention.department:
                    departments = set(filter(None, G.nodes[node_id].get("departments", "").split(LIST_SEPARATOR)))
                    G.nodes[node_id]["departments"] = LIST_SEPARATOR.join(sorted(departments | {mention.department}))
                targets[node_id].append(mention)
        for node_id, mentions in targets.items():
            G.add_edge(cable_id, node_id, key="mentions", relation="mentions", **provenance(mentions))

    def finish(self) -> nx.MultiDiGraph:
        """Resolve the people of all cables, add them, and return the graph (a copy with its
        nodes and edges sorted by id; the builder is done with after this)."""
        G = self.graph
        for person in resolve_people(self._people):
            attrs = {"type": "person", "label": person.label, "aliases": LIST_SEPARATOR.join(person.aliases)}
            if person.titles:
                attrs["title"] = LIST_SEPARATOR.join(person.titles)
            if person.countries:
                attrs["country"] = " ".join(person.countries)
            G.add_node(person.node_id, **attrs)
            for cluster in person.clusters:
                relations = {m.relation for m in cluster.mentions}
                for relation in ("classified_by", "signed_by"):
                    if relation in relations:
                        G.add_edge(cluster.cable_id, person.node_id, key=relation, relation=relation)
                body = [m for m in cluster.mentions if m.relation == "mentions"]
                if body:
                    G.add_edge(cluster.cable_id, person.node_id, key="mentions", relation="mentions", **provenance(body))
            for name, country in person.ministries:
                ministry = self._add_ministry(name, country)
                G.add_edge(person.node_id, ministry, key="member_of", relation="member_of")
        self._people = []
        return _in_canonical_order(G)


def _in_canonical_order(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with its nodes, and its edges, sorted by id, so that what is written from
    it does not depend on the order the cables came in."""
    ordered = nx.MultiDiGraph(**graph.graph)
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: item[0]))
    ordered.add_edges_from(sorted(graph.edges(keys=True, data=True), key=lambda edge: edge[:3]))
    return ordered


def _origin_country(cable: Cable) -> str | None:
    country = post_country(cable.origin.name) if cable.origin else None
    return country.iso if country else None


def _person_mention(mention: Mention) -> PersonMention:
    return PersonMention(
        relation="mentions",
        name=mention.name,
        title=mention.title,
        ministry=(mention.ministry, mention.ministry_country) if mention.ministry else None,
        country=mention.country,
        paragraph=mention.paragraph,
        start=mention.start,
        end=mention.end,
        quote=mention.quote,
        same_as=mention.same_as,
    )


def build_graph(cables: Iterable[Cable], extractions: Iterable[Extraction] | None = None) -> nx.MultiDiGraph:
    """The graph of ``cables`` (and, when given, of the extraction of each, in the same order).

    >>> from graphify.parse import parse_cable
    >>> G = build_graph([parse_cable(open("seeds/000_9feede66ac886c36.txt").read())])
    >>> G.nodes["08ASTANA392"]["type"], sorted(v for _, v, r in G.out_edges("08ASTANA392", data="relation") if r == "tagged")
    ('cable', ['country:IQ', 'country:KZ'])
    """
    builder = GraphBuilder()
    extractions = iter(extractions) if extractions is not None else None
    for cable in cables:
        builder.add_cable(cable, next(extractions) if extractions is not None else None)
    return builder.finish()
