"""Resolution across cables: one real-world person is one node.

People are found per cable (the ``Classified By`` line, the signature); here the mentions of all
cables are grouped so that ``ORDWAY`` (a signature) and ``AMBASSADOR JOHN ORDWAY`` (a Classified
By line) become one person, ``John Ordway``. Resolution looks at every mention at once, so the
result does not depend on the order the cables were read in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graphify.names import natural_case


@dataclass(frozen=True)
class PersonMention:
    """A person named in one cable. ``country`` is the ISO code of the host country of the
    cable's origin post: the context that lets a surname alone join a full name."""

    cable_id: str
    relation: str
    name: str
    title: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class PersonEntity:
    """One resolved person: node id, display label, every surface form and title seen."""

    node_id: str
    label: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", name.strip()) if w]


def _surname(name: str) -> str:
    words = _words(name)
    return words[-1].strip(".,").lower() if words else ""


def _given(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in _words(name)[:-1]]


def _compatible(a: list[str], b: list[str]) -> bool:
    """Given names agree: ``john`` ~ ``j``, ``richard e`` ~ ``richard``."""
    if not a or not b:
        return True
    first_a, first_b = a[0], b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


def person_node_id(label: str) -> str:
    """``person:`` + the label in lower case, words joined by ``-``.

    >>> person_node_id("Richard E. Hoagland")
    'person:richard-e-hoagland'
    """
    slug = re.sub(r"[^\w]+", "-", label.lower(), flags=re.UNICODE).strip("-")
    return f"person:{slug or 'unknown'}"


def resolve_people(mentions: Iterable[PersonMention]) -> dict[PersonMention, PersonEntity]:
    """Group mentions into people.

    Full names with the same surname and agreeing given names are one person. A surname alone
    joins the one full name with that surname seen in cables from the same country (or, when no
    full name shares its country, the only full name with that surname); when several full
    names could match it stays a person of its own.

    >>> ms = [PersonMention("08ASTANA392", "classified_by", "John Ordway", "Ambassador", "KZ"),
    ...       PersonMention("08ASTANA392", "signed_by", "ORDWAY", None, "KZ"),
    ...       PersonMention("06ALMATY1946", "signed_by", "ORDWAY", None, "KZ")]
    >>> {entity.label for entity in resolve_people(ms).values()}
    {'John Ordway'}
    """
    mentions = sorted(set(mentions), key=lambda m: (m.cable_id, m.relation, m.name, m.title or "", m.country or ""))
    by_surname: dict[str, list[PersonMention]] = defaultdict(list)
    for mention in mentions:
        if _surname(mention.name):
            by_surname[_surname(mention.name)].append(mention)

    groups: list[list[PersonMention]] = []
    for surname in sorted(by_surname):
        full = [m for m in by_surname[surname] if _given(m.name)]
        alone = [m for m in by_surname[surname] if not _given(m.name)]
        # Full names: most complete first, each joins the first group it agrees with.
        clusters: list[list[PersonMention]] = []
        for mention in sorted(full, key=lambda m: (-len(_words(m.name)), m.name)):
            for cluster in clusters:
                if all(_compatible(_given(mention.name), _given(other.name)) for other in cluster):
                    cluster.append(mention)
                    break
            else:
                clusters.append([mention])
        leftover: list[PersonMention] = []
        for mention in alone:
            same_country = [c for c in clusters if any(m.country and m.country == mention.country for m in c)]
            candidates = same_country or clusters
            if len(candidates) == 1:
                candidates[0].append(mention)
            else:
                leftover.append(mention)
        groups.extend(clusters)
        if leftover:
            groups.append(leftover)

    resolved: dict[PersonMention, PersonEntity] = {}
    for group in groups:
        label_source = max(group, key=lambda m: (len(_words(m.name)), m.name != m.name.upper(), len(m.name), m.name))
        label = natural_case(label_source.name)
        entity = PersonEntity(
            node_id=person_node_id(label),
            label=label,
            aliases=tuple(sorted({m.name for m in group})),
            titles=tuple(sorted({m.title for m in group if m.title})),
        )
        for mention in group:
            resolved[mention] = entity
    return resolved
