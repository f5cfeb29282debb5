"""Diplomatic posts and stations: canonical names, and the country a post is in.

A *station* is the short name in a cable id and in REF lines (``STATE`` in ``08STATE4865``);
a *post* is the addressee named in FM / TO / INFO (``SECSTATE WASHDC``, ``AMEMBASSY ASTANA``).
The cable-specific aliases live in ``data/stations.tsv``, ``data/posts.tsv``,
``data/post_prefixes.txt``, ``data/post_suffixes.tsv`` and ``data/origins.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from graphify.countries import Country, countries_by_iso, country_of_city, us_state_codes
from graphify.data import read_lines, read_table


def _squash(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", name.upper())


@cache
def _station_aliases() -> dict[str, str]:
    return {_squash(alias): canonical for alias, canonical in read_table("stations.tsv")}


def canonical_station(name: str) -> str:
    """The station as written in cable ids: upper case, no spaces, aliases resolved.

    >>> canonical_station("SECSTATE"), canonical_station("USUN NEW YORK"), canonical_station("Santo Domingo")
    ('STATE', 'USUNNEWYORK', 'SANTODOMINGO')
    """
    squashed = _squash(name)
    return _station_aliases().get(squashed, squashed)


def canonical_cable_id(year: int | str, station: str, serial: int | str) -> str:
    """``08ASTANA392`` from year 2008 (or ``08``), station ``ASTANA`` and serial ``000392``.

    >>> canonical_cable_id(2008, "SECSTATE", "0004865")
    '08STATE4865'
    """
    return f"{int(year) % 100:02d}{canonical_station(station)}{int(serial)}"


_CABLE_ID = re.compile(r"^(\d{2})([A-Z][A-Z0-9]*?[A-Z])0*(\d+)$")


def normalize_cable_id(cable_id: str) -> str | None:
    """A cable id as found in metadata (``04SECSTATE217357``) in canonical form, or ``None``.

    >>> normalize_cable_id("04SECSTATE217357"), normalize_cable_id("04REFTEL:STATE251625")
    ('04STATE217357', None)
    """
    match = _CABLE_ID.match(cable_id.strip().upper())
    if not match:
        return None
    return canonical_cable_id(match.group(1), match.group(2), match.group(3))


def _collapse(name: str) -> str:
    return " ".join(name.upper().split())


@cache
def _post_table() -> dict[str, tuple[str, str]]:
    table = {}
    for row in read_table("posts.tsv"):
        alias, canonical = row[0], row[1]
        table[_collapse(alias)] = (canonical, row[2] if len(row) > 2 else "")
    return table


def canonical_post(name: str) -> str:
    """One name per post: upper case, single spaces, aliases resolved; office symbols
    (``SECDEF WASHDC//ISA/ISP//``), ``XMT`` and stray parentheses dropped; ``WASHINGTON DC``
    written ``WASHDC``.

    >>> canonical_post("SecState  Washdc"), canonical_post("USUN NEW YORK")
    ('SECSTATE WASHDC', 'USMISSION USUN NEW YORK')
    >>> canonical_post("SECDEF WASHDC//ISA/ISP//"), canonical_post("DIA WASHINGTON DC")
    ('SECDEF WASHDC', 'DIA WASHDC')
    """
    collapsed = _collapse(name.split("//")[0])
    collapsed = re.sub(r"^XMT ", "", collapsed)
    collapsed = re.sub(r" WASH(?:INGTON)? ?DC$", " WASHDC", collapsed)
    collapsed = " ".join(word for word in collapsed.split() if "(" not in word and ")" not in word)
    entry = _post_table().get(collapsed)
    return entry[0] if entry else collapsed


def post_node_id(name: str) -> str:
    """The graph node id of a post: ``post:`` and the canonical name, runs of anything but
    letters and digits written ``_``.

    >>> post_node_id("AMEMBASSY ASTANA"), post_node_id("ARAB/LEAGUE COLLECTIVE")
    ('post:AMEMBASSY_ASTANA', 'post:ARAB_LEAGUE_COLLECTIVE')
    """
    return "post:" + re.sub(r"[^A-Z0-9]+", "_", canonical_post(name)).strip("_")


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(read_lines("post_prefixes.txt"), key=len, reverse=True))


@cache
def post_country(name: str) -> Country | None:
    """The host country of a post, where known: from ``posts.tsv``, a Washington-style suffix
    (``JOINT STAFF WASHDC``), or the city after the post's kind (``AMEMBASSY ASTANA``).

    >>> post_country("AMEMBASSY ASTANA").name, post_country("JOINT STAFF WASHDC").name
    ('Kazakhstan', 'United States')
    >>> post_country("CIS COLLECTIVE") is None
    True
    """
    post = canonical_post(name)
    entry = _post_table().get(post)
    if entry is not None:
        return countries_by_iso().get(entry[1]) if entry[1] else None
    for suffix, iso in read_table("post_suffixes.tsv"):
        if post == suffix or post.endswith(" " + suffix):
            return countries_by_iso().get(iso)
    if post.split()[-1] in us_state_codes() and len(post.split()) > 2:
        return countries_by_iso().get("US")  # US commands: "CDR USCENTCOM MACDILL AFB FL"
    if "COLLECTIVE" in post.split():
        return None
    for prefix in _prefixes():
        if post.startswith(prefix + " "):
            city = post[len(prefix) + 1 :]
            return country_of_city(city, prefer_capital=prefix.startswith("AMEMB"))
    return None


@cache
def _origin_table() -> dict[str, str]:
    return {origin.upper(): post for origin, post in read_table("origins.tsv")}


def post_from_origin(origin: str) -> str | None:
    """The FM post named by an Origin column value: ``Embassy Paris`` -> ``AMEMBASSY PARIS``.

    >>> post_from_origin("Embassy Paris"), post_from_origin("Consulate Ho Chi Minh City")
    ('AMEMBASSY PARIS', 'AMCONSUL HO CHI MINH CITY')
    >>> post_from_origin("Secretary of State")
    'SECSTATE WASHDC'
    """
    origin = " ".join(origin.split())
    if not origin:
        return None
    known = _origin_table().get(origin.upper())
    if known:
        return canonical_post(known)
    kind, _, city = origin.partition(" ")
    prefix = {"EMBASSY": "AMEMBASSY", "CONSULATE": "AMCONSUL"}.get(kind.upper())
    if prefix and city:
        return canonical_post(f"{prefix} {city}")
    return canonical_post(origin)
