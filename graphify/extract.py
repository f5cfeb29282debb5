"""Extraction: the people, ministries and countries named in the body of one cable.

:class:`Extractor` runs the spaCy pipeline of :mod:`graphify.nlp` over a cable's paragraphs
(never over its routing or header lines) and returns an :class:`Extraction`: plain, picklable
records with provenance (paragraph, character offsets into the cable's text, the sentence). It
depends only on the cable, so cables can be extracted in any order, in other processes or on
other machines; joining what several cables say about one person is :mod:`graphify.resolve`'s
work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from graphify.countries import countries_by_iso
from graphify.model import Cable
from graphify.nlp.truecase import is_upper_text, truecase
from graphify.parse.lines import is_page_furniture
from graphify.posts import post_country

#: Bump when what extraction returns for the same input changes (caches key on it).
EXTRACTOR_VERSION = "1"

QUOTE_CHARS = 300


@dataclass(frozen=True)
class Mention:
    """One mention of an entity in a cable.

    ``kind`` is ``person``, ``ministry`` or ``country``; ``name`` the name as written (people),
    the canonical name (ministries) or the ISO code (countries); ``start``/``end`` are offsets
    into ``Cable.text``; ``quote`` is the sentence it is in.
    """

    kind: str
    name: str
    text: str
    start: int
    end: int
    paragraph: int | None
    quote: str
    title: str | None = None
    ministry: str | None = None
    ministry_country: str | None = None
    country: str | None = None
    department: str | None = None


@dataclass(frozen=True)
class Extraction:
    """What one cable's body names. ``host_country`` is the ISO code of the country the cable
    was sent from (or, for a cable from Washington to one post, the country it was sent to)."""

    cable_id: str
    host_country: str | None
    mentions: tuple[Mention, ...] = ()


def host_country(cable: Cable) -> str | None:
    """The country a cable speaks from: where its post is; for a cable from Washington to posts
    of one other country, that country."""
    origin = post_country(cable.origin.name) if cable.origin else None
    if origin is not None and origin.iso != "US":
        return origin.iso
    abroad = {c.iso for c in (post_country(p.name) for p in cable.to) if c is not None and c.iso != "US"}
    if len(abroad) == 1:
        return abroad.pop()
    return origin.iso if origin else None


def _masked(text: str) -> str:
    """The text as NER should see it, with the same length and offsets: page headers and
    banners blanked out, lines wrapped inside a paragraph joined ("LUIS \\nRAMIREZ" is one name),
    and the BEL character that stands for an apostrophe in old cables made one.
    """
    text = text.replace("\x07", "'")
    if "\n" not in text:
        return text
    lines = [" " * len(line) if is_page_furniture(line) else line for line in text.split("\n")]
    joined = []
    for i, line in enumerate(lines[:-1]):
        wrapped = line.strip() and lines[i + 1].strip()
        joined.append(line + (" " if wrapped else "\n"))
    return "".join(joined) + lines[-1]


def _quote(sentence: str) -> str:
    quote = " ".join(sentence.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1].rstrip() + "…"


class Extractor:
    """Extracts entities from cables with one spaCy pipeline (loaded on first use).

    Picklable: a copy sent to another process loads its own pipeline there.

    >>> from graphify.parse import parse_cable
    >>> cable = parse_cable(open("seeds/002_8b73f9d076bf4925.txt").read())
    >>> people = {m.name for m in Extractor().extract(cable).mentions if m.kind == "person"}
    >>> sorted(people)
    ['Agybay Smagulov', 'Karzai', 'Marat Tazhin', 'Nazarbayev', 'Tazhin']
    """

    def __init__(self, model: str | None = None, batch_size: int = 64) -> None:
        self.model = model
        self.batch_size = batch_size

    @cached_property
    def nlp(self):
        from graphify.nlp import load_pipeline

        return load_pipeline(self.model)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("nlp", None)
        return state

    def extract(self, cable: Cable) -> Extraction:
        """The entities of one cable."""
        return next(self.extract_many([cable]))

    def extract_many(self, cables: Iterable[Cable]) -> Iterator[Extraction]:
        """The entities of each cable, in order; paragraphs go through ``nlp.pipe`` in batches."""
        for batch in _batches(cables, self.batch_size):
            texts, owners = [], []
            for index, cable in enumerate(batch):
                upper = is_upper_text(" ".join(p.text for p in cable.paragraphs[:3]))
                for paragraph in cable.paragraphs:
                    text = _masked(paragraph.text)
                    texts.append(truecase(text) if upper else text)
                    owners.append((index, paragraph))
            found: list[list[Mention]] = [[] for _ in batch]
            for doc, (index, paragraph) in zip(self.nlp.pipe(texts, batch_size=self.batch_size), owners):
                found[index].extend(_mentions(doc, paragraph))
            for cable, mentions in zip(batch, found):
                yield _finish(cable, mentions)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _mentions(doc, paragraph) -> Iterator[Mention]:
    sentences = list(doc.sents)
    for entity in doc._.cable_entities:
        sentence = next((s for s in sentences if s.start_char <= entity.start < s.end_char), None)
        yield Mention(
            kind=entity.kind,
            name=entity.name,
            text=entity.text,
            start=paragraph.start + entity.start,
            end=paragraph.start + entity.end,
            paragraph=paragraph.number,
            quote=_quote(paragraph.text[sentence.start_char : sentence.end_char] if sentence else entity.text),
            title=entity.title,
            ministry=entity.ministry,
            ministry_country=entity.ministry_country,
            country=entity.country,
            department=entity.department,
        )


# "GOAJ", "GOK", "GOF": the government of the country the cable is about.
GOVERNMENT_OF = re.compile(r"\bGO([A-Z]{1,3})\b")


def _finish(cable: Cable, mentions: list[Mention]) -> Extraction:
    """Cable-level rules: ministries and titles default to the host country; a surname seen in
    a full name elsewhere in the cable is that person wherever else it stands; "GO" + the host
    country's letters names the host country."""
    host = host_country(cable)
    finished: list[Mention] = []
    for mention in mentions:
        if mention.kind == "person" and GOVERNMENT_OF.search(cable.text[mention.start : mention.end]):
            continue  # "C. GOB" in capitals: the government of Bahrain, not a person
        if mention.kind == "ministry" and mention.country is None:
            mention = replace(mention, country=host)
        if mention.kind == "person" and mention.ministry and mention.ministry_country is None:
            mention = replace(mention, ministry_country=mention.country or host)
        finished.append(mention)
    finished += _surname_mentions(cable, finished)
    finished += _government_mentions(cable, host, finished)
    finished.sort(key=lambda m: (m.start, m.end, m.kind))
    return Extraction(cable_id=cable.cable_id or "", host_country=host, mentions=tuple(finished))


def _sentence_around(text: str, start: int, end: int, lower: int, upper: int) -> str:
    left = max(text.rfind(". ", lower, start), text.rfind("\n\n", lower, start))
    left = lower if left < 0 else left + 1
    right_candidates = [i for i in (text.find(". ", end, upper), text.find("\n\n", end, upper)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else upper
    return _quote(text[left:right])


def _surname_mentions(cable: Cable, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a person by surname alone that the NER did not tag (or tagged as something
    else): the surname of a person named in full (or with a title) elsewhere in the cable."""
    surnames = {}
    for m in mentions:
        if m.kind == "person" and (" " in m.name or m.title):
            surname = m.name.split()[-1]
            if len(surname) > 2 and surname[:1].isupper():
                surnames[surname.lower()] = surname
    if not surnames:
        return []
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(surnames.values(), key=len, reverse=True)) + r")\b", re.I)
    for paragraph in cable.paragraphs:
        upper = paragraph.text.isupper()
        for match in pattern.finditer(paragraph.text):
            written = match.group(1)
            if not upper and not written[:1].isupper():
                continue
            start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
            if any(s <= start < e or s < end <= e for s, e in taken):
                continue
            extra.append(
                Mention(
                    kind="person",
                    name=surnames[written.lower()] if upper else written,
                    text=written,
                    start=start,
                    end=end,
                    paragraph=paragraph.number,
                    quote=_sentence_around(cable.text, start, end, paragraph.start, paragraph.end),
                )
            )
            taken.append((start, end))
    return extra


def _government_mentions(cable: Cable, host: str | None, mentions: list[Mention]) -> list[Mention]:
    """"GOAJ" in a cable from Baku, "GOK" from Astana: the host country's government."""
    if host is None:
        return []
    country = countries_by_iso().get(host)
    if country is None:
        return []
    letters = {country.fips or "", country.iso, country.name[:1].upper()}
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for paragraph in cable.paragraphs:
        for match in GOVERNMENT_OF.finditer(paragraph.text):
            if match.group(1) not in letters:
                continue
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if any(s <= start < e for s, e in taken):
                continue
            extra.append(
                Mention(
                    kind="country",
                    name=host,
                    text=match.group(0),
                    start=start,
                    end=end,
                    paragraph=paragraph.number,
                    quote=_sentence_around(cable.text, start, end, paragraph.start, paragraph.end),
                )
            )
    return extra
