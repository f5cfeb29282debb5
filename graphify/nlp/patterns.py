"""EntityRuler patterns from the data files: ministries, countries and person titles.

Labels: ``MINISTRY`` (id: the canonical name, and the country when the body can only be one
country's, as ``name|US``), ``COUNTRY`` (id: ISO 3166 alpha-2 code), ``NOT_COUNTRY`` (names that
contain a country's but are something else: New Jersey, Central American; and the names
``country_aliases.tsv`` takes off the countries: Hong Kong) and ``TITLE`` (id: the
ministry the title places its holder in, or empty).
"""

from __future__ import annotations

import re
from functools import cache

from graphify.countries import country_names, names_of_no_country
from graphify.data import read_lines, read_table


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
def ministry_by_phrase() -> dict[str, tuple[str, str]]:
    """The canonical name and fixed country ("" for any) of each way the data writes a ministry,
    keyed by the phrase in lower case."""
    return {phrase.lower(): (name, country) for phrase, name, country in ministry_phrases()}


@cache
def person_titles() -> tuple[tuple[str, str], ...]:
    """(title, ministry or "") for every person title in the data, longest first."""
    rows = [(row[0], row[1] if len(row) > 1 else "") for row in read_table("person_titles.tsv")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


def _is_abbreviation(phrase: str) -> bool:
    """Abbreviations match only as written: ``MFA``, ``FM``, ``A/S``, ``MoD``."""
    letters = re.sub(r"[^A-Za-z]", "", phrase)
    return " " not in phrase and (phrase.isupper() or "/" in phrase or letters[1:] != letters[1:].lower())


# The id of a pattern is its payload, ID_SEPARATOR, and the forms that may match when the case
# matters (FORM_SEPARATOR between them; none when any case matches).
ID_SEPARATOR = "\u241f"
FORM_SEPARATOR = "\u241e"


def ruler_patterns() -> list[dict]:
    """Every EntityRuler pattern, as phrases for a PhraseMatcher on lower case (fast for
    thousands of phrases); the case a phrase must have, if any, travels in its id and is checked
    by :func:`rule_payload`."""
    entries: dict[tuple[str, str], dict] = {}

    def add(label: str, phrase: str, payload: str, exact: bool) -> None:
        for written in dict.fromkeys((phrase, phrase.replace("'", "\u2019"))):  # "Prime Minister’s Office" too
            entry = entries.setdefault((label, written.lower()), {"payload": payload, "forms": set(), "any": False})
            entry["forms"].add(written)
            entry["any"] = entry["any"] or not exact

    for phrase, name, country in ministry_phrases():
        add("MINISTRY", phrase, f"{name}|{country}", _is_abbreviation(phrase))
    for written, iso in country_names():
        add("COUNTRY", written, iso, True)
        if len(written) > 4:
            add("COUNTRY", written.upper(), iso, True)  # "KAZAKHSTAN" in capitals
    for written in read_lines("not_countries.txt") + names_of_no_country():
        add("NOT_COUNTRY", written, "", True)
        add("NOT_COUNTRY", written.upper(), "", True)
    for title, ministry in person_titles():
        # "A/S", "U/S" match in any case: truecased capitals may write them "a/s".
        add("TITLE", title, ministry, _is_abbreviation(title) and "/" not in title)
    patterns = []
    for (label, _), entry in sorted(entries.items()):
        forms = "" if entry["any"] else FORM_SEPARATOR.join(sorted(entry["forms"]))
        # Each written form is a pattern of its own: the tokenizer splits "U.S." and "u.s." apart.
        for form in sorted(entry["forms"]):
            patterns.append({"label": label, "pattern": form, "id": f"{entry['payload']}{ID_SEPARATOR}{forms}"})
    return patterns


def rule_payload(span) -> str | None:
    """The payload of a span the ruler found, or None when the span does not have the case its
    pattern asks for ("us" is not "US", "turkey" is not "Turkey")."""
    payload, _, forms = span.ent_id_.partition(ID_SEPARATOR)
    if forms and " ".join(span.text.split()) not in forms.split(FORM_SEPARATOR):
        return None
    return payload
