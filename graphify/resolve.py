"""Resolution: one real-world thing is one node.

Countries are one node per ISO code and ministries one node per (country, canonical name), so
for them resolution is a key (:func:`ministry_key`). People take two steps:

1. within a cable (:func:`cable_people`): the mentions of one person there, from the body, the
   Classified By line and the signature, become one :class:`PersonCluster` (``Israfilov`` and
   ``Galib Israfilov``; ``HOAGLAND`` and ``Ambassador Richard E. Hoagland``); where two people
   share a surname, the surname alone is the one with its title, else the one last named in
   full before it;
2. across cables (:func:`resolve_people`): clusters with the same full name are one person; a
   cluster that has a surname only joins the one full name with that surname whose context agrees
   (the country the cables were sent from, a ministry, a title), and stays apart when that is
   ambiguous or when its own cable kept them apart; surname-only clusters from the same country
   are one person.

Resolution looks at every cluster at once, so the result does not depend on reading order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from graphify.cabletext import one_letter_apart
from graphify.countries import country_forms
from graphify.names import is_title_word, name_cues, natural_case


@dataclass(frozen=True)
class PersonMention:
    """A person named in one cable, by ``relation``: ``classified_by``, ``signed_by`` or ``mentions``.

    ``offsets`` and ``quote`` are the provenance of a body mention.
    """

    relation: str
    name: str
    title: str | None = None
    ministry: tuple[str, str | None] | None = None
    country: str | None = None
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    same_as: str | None = None  # the name the cable gives this one as another name for: "a.k.a."

    @property
    def identity(self) -> str:
        """The name that says who this is: the first name for a name given as another's."""
        return self.same_as or self.name


@dataclass(frozen=True)
class PersonCluster:
    """The mentions of one person in one cable. ``host`` is the country the cable speaks from."""

    cable_id: str
    host: str | None
    mentions: tuple[PersonMention, ...]

    @cached_property
    def full_name(self) -> str:
        """The fullest form of the name the cable gives; of two spellings of one length, the one
        the cable uses more often ("Tin Myo Win" six times, "Tin Myo Won" once)."""
        names = [m.name for m in self.mentions if not m.same_as] or [m.name for m in self.mentions]
        return max(names, key=lambda n: (len(_words(n)), n != n.upper(), len(n), names.count(n), n))

    @cached_property
    def surname(self) -> str:
        return _surname(self.full_name)

    @cached_property
    def given(self) -> list[str]:
        return _given(self.full_name)

    @cached_property
    def titles(self) -> set[str]:
        return {m.title for m in self.mentions if m.title}

    @cached_property
    def ministries(self) -> set[tuple[str, str | None]]:
        return {m.ministry for m in self.mentions if m.ministry}


@dataclass
class PersonEntity:
    """One resolved person."""

    node_id: str
    label: str
    clusters: list[PersonCluster] = field(default_factory=list)

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(sorted({m.name for c in self.clusters for m in c.mentions}))

    @cached_property
    def titles(self) -> tuple[str, ...]:
        return tuple(sorted({t for c in self.clusters for t in c.titles}))

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({m.country for c in self.clusters for m in c.mentions if m.country}))

    @cached_property
    def ministries(self) -> tuple[tuple[str, str | None], ...]:
        return tuple(sorted({mi for c in self.clusters for mi in c.ministries}, key=lambda x: (x[0], x[1] or "")))


def _words(name: str) -> list[str]:
    return [w for w in name.split() if w]


def _surname(name: str) -> str:
    """The last word of a name in lower case, without a possessive or an article ("al-Attiyah"
    and "Attiyah" share the surname "attiyah")."""
    words = _words(name)
    if not words:
        return ""
    surname = re.sub(r"['\u2019]s$", "", words[-1]).strip(".,").lower()
    return re.sub(r"^(?:al|el|as|ash|ad|an|ar|at|az)-", "", surname) or surname


def _given(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in _words(name)[:-1]]


def _compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Given names agree: ``john`` ~ ``j``, ``richard e`` ~ ``richard``, ``reza`` ~ ``mohammad reza``,
    ``tim`` ~ ``timothy m``; none agree with any."""
    if not a or not b:
        return True
    first_a, first_b = a[0], b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    short, long = sorted((first_a, first_b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True  # a short form: "Tim Carney" is "Timothy M. Carney"
    if (
        a[1:] == b[1:]
        and (len(a) > 1 or len(first_a) >= 6)
        and one_letter_apart(first_a, first_b, inside=True)
    ):
        return True  # a first name spelt two ways: "Luiz Inacio Lula da Silva", "Mohamed Sudam"
    # A first name left out: "Reza Sadeqinia" is "Mohammad Reza Sadeqinia".
    return first_a == first_b or first_a in b[1:] or first_b in a[1:]


def cable_people(cable_id: str, host: str | None, mentions: Iterable[PersonMention]) -> list[PersonCluster]:
    """Group one cable's person mentions into one cluster per person. A name the cable gives as
    another name of a person ("Truong Van Cam (a.k.a. Nam Cam)": ``same_as``) is that person,
    also where it stands alone.

    >>> ms = [PersonMention("mentions", "Galib Israfilov"), PersonMention("mentions", "Israfilov"),
    ...       PersonMention("mentions", "Azimov"), PersonMention("mentions", "Araz Azimov")]
    >>> sorted(c.full_name for c in cable_people("08BAKU64", "AZ", ms))
    ['Araz Azimov', 'Galib Israfilov']
    """
    mentions = [m for m in mentions if _surname(m.name)]
    known_as = {m.name: m.same_as for m in mentions if m.same_as}  # the other name, wherever else it stands
    mentions = [replace(m, same_as=known_as[m.name]) if m.name in known_as else m for m in mentions]
    spelling = _one_spelling(mentions)
    by_surname: dict[str, list[PersonMention]] = defaultdict(list)
    for mention in mentions:
        surname = _surname(mention.identity)
        by_surname[spelling.get(surname, surname)].append(mention)
    clusters: list[PersonCluster] = []
    for surname in sorted(by_surname):
        group = by_surname[surname]
        full = sorted((m for m in group if _given(m.identity)), key=lambda m: (-len(_words(m.identity)), m.name))
        alone = [m for m in group if not _given(m.identity)]
        people: list[list[PersonMention]] = []
        for mention in full:
            for person in people:
                if _compatible(_given(mention.identity), _given(person[0].identity)):
                    person.append(mention)
                    break
            else:
                people.append([mention])
        if len(people) == 1:
            signer = [m for m in alone if m.relation == "signed_by" and not _may_sign(people[0])]
            head = [m for m in alone if m not in signer and _heads_another_office(m, people[0])]
            people[0].extend(m for m in alone if m not in signer and m not in head)
            # the ambassador AGUIRRE, not "Madrid Regional President Esperanza Aguirre"; "President
            # Uribe", not "Minister of Defense Jorge Uribe"
            people.extend(apart for apart in (signer, head) if apart)
        else:
            alone = _by_recency(_by_title(alone, people), people)
            if alone:
                people.append(alone)  # two people share the surname: the bare surname is ambiguous
        clusters.extend(PersonCluster(cable_id, host, tuple(person)) for person in people)
    return _join_first_names(clusters)


def _may_sign(person: list[PersonMention]) -> bool:
    """True when the signature may be ``person``: named in the Classified By line, or with no
    title but a US officer's ("Ambassador", "Charge d'Affaires", "Consul General", see
    ``data/titles.txt``); a president or a party's leader does not sign a cable."""
    titles = [_bare_title(m.title).split() for m in person if m.title]
    return (
        not titles
        or any(m.relation == "classified_by" for m in person)
        or any(all(is_title_word(word) or word in ("to", "in", "at") for word in title) for title in titles)
    )


def _heads_another_office(mention: PersonMention, person: list[PersonMention]) -> bool:
    """True when ``mention`` is a surname with the title of a head of state or government
    ("President Uribe", "PM Khalifa") and ``person``, named in full, holds an office in a
    ministry and no such title ("Minister of Defense Jorge Uribe", "Minister of Interior Rashid
    Al Khalifa"; but "Party Chairman Tayyip Erdogan" may be "PM Erdogan")."""
    office = _head_office(mention.title)
    if office is None or not any(m.ministry for m in person):
        return False
    return all(_head_office(m.title) != office for m in person)


def _head_office(title: str | None) -> str | None:
    """The office of a head of state or government a title names (``head_titles`` in
    ``data/name_cues.tsv``), or None; None too for an office held before (``past_titles``:
    "former President Febres-Cordero" may now lead a party).

    >>> _head_office("President of Ghana"), _head_office("Prime Minister"), _head_office("former President")
    ('president', 'pm', None)
    """
    words = _bare_title(title).replace("prime minister", "pm").replace("-", " ").split()
    if set(words) & name_cues("past_titles"):
        return None
    return next((word for word in words if word in name_cues("head_titles")), None)


def _by_title(alone: list[PersonMention], people: list[list[PersonMention]]) -> list[PersonMention]:
    """Give each surname alone to the one person of ``people`` named in full with the same
    title ("President Reagan" is "President Ronald Reagan", not "Nancy Reagan"); return the
    surnames that stay ambiguous."""
    titles = [{_bare_title(m.title) for m in person} for person in people]
    left = []
    for mention in alone:
        title = _bare_title(mention.title)
        owners = [person for person, held in zip(people, titles) if title and title in held]
        if len(owners) == 1:
            owners[0].append(mention)
        else:
            left.append(mention)
    return left


def _by_recency(alone: list[PersonMention], people: list[list[PersonMention]]) -> list[PersonMention]:
    """Give each surname alone in the body to the person last named in full before it, as a
    reader does ("Fidel Castro's health ... Castro's health ... Raul Castro"); return the surnames
    that come before any full name, or outside the body."""
    named = [(m.start, person) for person in people for m in person if m.start is not None and _given(m.name)]
    left = []
    for mention in alone:
        before = [(start, person) for start, person in named if mention.start is not None and start < mention.start]
        if not before:
            left.append(mention)
            continue
        _, last_named = max(before, key=lambda item: item[0])
        last_named.append(mention)
    return left


def _bare_title(title: str | None) -> str:
    """A title in lower case without the country it names: "Azerbaijani President" and "Azeri
    President" are the president of "President Aliyev".

    >>> _bare_title("Azeri President"), _bare_title("U.S. Ambassador to Turkey")
    ('president', 'ambassador to')
    """
    forms = country_forms()
    return " ".join(word.lower() for word in (title or "").split() if word not in forms)


def _one_spelling(mentions: list[PersonMention]) -> dict[str, str]:
    """Surnames that one cable spells two ways, one letter apart, mapped to one of them:
    "Sargsyan" and "Sargsian", "Wen-ying" and "Wei-ying", "Alburquerque" and "Albuquerque"; a
    short surname only when the given names are the same ("Tin Myo Win" and "Tin Myo Won", not
    "Ivanov" and "Ivanova").

    >>> ms = [PersonMention("mentions", n) for n in ("Serzh Sargsian", "Sargsyan", "Kim Jong Il", "Kim Jong Un")]
    >>> _one_spelling(ms)
    {'sargsyan': 'sargsian'}
    """
    given: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for mention in mentions:
        given[_surname(mention.identity)].add(tuple(_given(mention.identity)))
    spelling: dict[str, str] = {}
    surnames = sorted(given)
    for i, a in enumerate(surnames):
        for b in surnames[i + 1 :]:
            if one_letter_apart(a, b, inside=True) and (len(a) >= 6 or (given[a] & given[b]) - {()}):
                spelling[b] = spelling.get(a, a)
    return spelling


def _join_first_names(clusters: list[PersonCluster]) -> list[PersonCluster]:
    """A one-word name that is another part of the name of exactly one person named in full in
    the same cable is that person: "Don Matteo" after "Don Matteo Zuppi", "Cepeda" after
    "Fernando Cepeda Ulloa", "Casaburri" after "Ivy Matsepe-Casaburri"; so is a name that begins
    the longer name of exactly one person: "Esmeralda Arosemena" after "Esmeralda Arosemena de
    Troitino"."""
    full = [c for c in clusters if c.given]
    extra: dict[int, list[PersonMention]] = {id(c): [] for c in full}
    kept = []
    for cluster in clusters:
        owners = _longer_names(cluster, full)
        if len(owners) == 1:
            extra[id(owners[0])].extend(cluster.mentions)
            continue
        kept.append(cluster)
    return [
        PersonCluster(c.cable_id, c.host, c.mentions + tuple(extra[id(c)])) if extra.get(id(c)) else c
        for c in kept
    ]


def _longer_names(cluster: PersonCluster, full: list[PersonCluster]) -> list[PersonCluster]:
    """The people named in full whose names contain ``cluster``'s one word as a given name or
    as a part of a double surname ("Vouland" of "Veronique Vouland-Aneini", "Casaburri" of "Ivy
    Matsepe-Casaburri"), or begin with ``cluster``'s words and go on."""
    if not cluster.given:
        return [f for f in full if cluster.surname in f.given or cluster.surname in _double_surname(f)]
    words = [w.lower() for w in _words(cluster.full_name)]
    longer = []
    for other in full:
        other_words = [w.lower() for w in _words(other.full_name)]
        if len(other_words) > len(words) and other_words[: len(words)] == words:
            longer.append(other)
    return longer


def _double_surname(cluster: PersonCluster) -> list[str]:
    """The parts of a double surname in lower case ("Matsepe-Casaburri": ``matsepe``,
    ``casaburri``); none for one surname or a given name's syllables ("Liao Wen-chang")."""
    parts = _words(cluster.full_name)[-1].split("-")
    return [_surname(part) for part in parts] if len(parts) > 1 and all(part[:1].isupper() for part in parts) else []


def person_node_id(label: str) -> str:
    """``person:`` + the label in lower case, words joined by ``-``.

    >>> person_node_id("Richard E. Hoagland")
    'person:richard-e-hoagland'
    """
    slug = re.sub(r"[^\w]+", "-", label.lower(), flags=re.UNICODE).strip("-")
    return f"person:{slug or 'unknown'}"


def _context(cluster: PersonCluster) -> frozenset[str]:
    """What a cluster's cable says around the person: host country, ministries, titles, country."""
    context = {f"host:{cluster.host}"} if cluster.host else set()
    context |= {f"ministry:{name}:{country}" for name, country in cluster.ministries}
    context |= {f"title:{t.lower()}" for t in cluster.titles}
    context |= {f"country:{m.country}" for m in cluster.mentions if m.country}
    return frozenset(context)


class _Group:
    """Clusters resolved to one person so far, with what they say about the person together."""

    def __init__(self, cluster: PersonCluster) -> None:
        self.clusters = [cluster]
        self.context = set(_context(cluster))
        self.givens = [cluster.given]
        self.cable_ids = {cluster.cable_id}

    def add(self, cluster: PersonCluster) -> None:
        self.clusters.append(cluster)
        self.context |= _context(cluster)
        self.givens.append(cluster.given)
        self.cable_ids.add(cluster.cable_id)


def resolve_people(clusters: Iterable[PersonCluster]) -> list[PersonEntity]:
    """One :class:`PersonEntity` per real person across all cables' clusters.

    >>> ordway = [PersonCluster("08ASTANA392", "KZ", (PersonMention("classified_by", "John Ordway", "Ambassador"),
    ...                                                PersonMention("signed_by", "ORDWAY"))),
    ...           PersonCluster("06ALMATY1946", "KZ", (PersonMention("signed_by", "ORDWAY"),))]
    >>> [(e.label, len(e.clusters)) for e in resolve_people(ordway)]
    [('John Ordway', 2)]
    """
    clusters = sorted(clusters, key=lambda c: (c.surname, c.cable_id, c.full_name))
    groups: list[_Group] = []
    full_by_surname: dict[str, list[_Group]] = defaultdict(list)
    by_first_name: dict[tuple[str, str], _Group] = {}
    # 1. Full names: the same surname and first name are one person; initials join later.
    pending_initials: list[PersonCluster] = []
    alone: list[PersonCluster] = []
    for cluster in clusters:
        given = cluster.given
        if not given:
            alone.append(cluster)
        elif len(given[0]) == 1:
            pending_initials.append(cluster)
        elif (cluster.surname, given[0]) in by_first_name:
            by_first_name[cluster.surname, given[0]].add(cluster)
        else:
            group = by_first_name[cluster.surname, given[0]] = _Group(cluster)
            full_by_surname[cluster.surname].append(group)
            groups.append(group)
    # 2. A name with an initial ("J. Mudge") or a surname alone joins the one full name it
    # agrees with, in context.
    by_surname_and_host: dict[tuple[str, str | None], _Group] = {}
    for cluster in pending_initials + alone:
        context = _context(cluster)
        agreeing = [
            g
            for g in full_by_surname[cluster.surname]
            if context & g.context
            and all(_compatible(cluster.given, given) for given in g.givens)
            and cluster.cable_id not in g.cable_ids  # its own cable kept them apart
        ]
        if len(agreeing) == 1:
            agreeing[0].add(cluster)
        elif cluster.given:
            group = _Group(cluster)
            full_by_surname[cluster.surname].append(group)
            groups.append(group)
        else:
            # 3. A surname alone with no single full name to join: one person per surname and
            # country the cables speak from.
            key = (cluster.surname, cluster.host)
            if key in by_surname_and_host:
                by_surname_and_host[key].add(cluster)
            else:
                group = by_surname_and_host[key] = _Group(cluster)
                groups.append(group)
    entities = [g.clusters for g in groups]

    resolved: list[PersonEntity] = []
    used_ids: set[str] = set()
    for group in sorted(entities, key=lambda g: (g[0].surname, g[0].cable_id, g[0].full_name)):
        label = natural_case(max((c.full_name for c in group), key=lambda n: (len(_words(n)), n != n.upper(), len(n), n)))
        label = re.sub(r"['\u2019]s$", "", label)
        node_id = person_node_id(label)
        if node_id in used_ids:
            hosts = sorted({c.host for c in group if c.host})
            node_id = f"{node_id}-{hosts[0].lower()}" if hosts else node_id
            counter = 2
            base = node_id
            while node_id in used_ids:
                node_id, counter = f"{base}-{counter}", counter + 1
        used_ids.add(node_id)
        resolved.append(PersonEntity(node_id=node_id, label=label, clusters=group))
    return resolved


def ministry_key(name: str, country: str | None) -> str:
    """The node id of a country's ministry.

    >>> ministry_key("Ministry of Foreign Affairs", "KZ")
    'ministry:KZ:ministry-of-foreign-affairs'
    """
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return f"ministry:{country or 'XX'}:{slug}"
