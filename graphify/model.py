"""The records that flow through graphify: what a reader yields and what the parser returns.

All of them are plain frozen dataclasses, so they pickle (for worker processes and clusters)
and compare by value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SourceMetadata:
    """What a container format says about a cable besides its text (HTML table, CSV columns)."""

    cable_id: str | None = None
    date: datetime | None = None
    origin: str | None = None
    classification: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawCable:
    """One cable as read from disk: its text, where it came from, and any metadata beside it.

    ``source`` names the file, and ``location`` the place inside it (``row 12`` of a CSV file);
    ``format`` is ``text``, ``html`` or ``csv``.
    """

    text: str
    source: str
    format: str
    location: str = ""
    metadata: SourceMetadata = field(default_factory=SourceMetadata)

    @property
    def where(self) -> str:
        """``source`` and ``location`` in one string, for reports."""
        return f"{self.source}:{self.location}" if self.location else self.source


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as a cable, and why."""

    source: str
    location: str
    reason: str


@dataclass(frozen=True)
class Post:
    """A diplomatic post as named in FM / TO / INFO, e.g. ``AMEMBASSY ASTANA``.

    ``routing`` is the routing indicator written before it (``RUEHGB``), when there was one.
    """

    name: str
    routing: str | None = None


@dataclass(frozen=True)
class Person:
    """A person named in the header: ``Classified By`` or the signature."""

    name: str
    title: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph of the body; ``start``/``end`` are offsets into ``Cable.text``."""

    number: int | None
    marking: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cable:
    """A parsed cable. Missing parts are ``None`` or empty; nothing here is ever guessed.

    ``classified_by_span`` is where the header's Classified By line is in ``text``.
    """

    text: str
    cable_id: str | None = None
    station: str | None = None
    serial: int | None = None
    date: datetime | None = None
    precedence: str | None = None
    classification: str | None = None
    caveats: tuple[str, ...] = ()
    origin: Post | None = None
    to: tuple[Post, ...] = ()
    info: tuple[Post, ...] = ()
    tags: tuple[str, ...] = ()
    subject: str | None = None
    references: tuple[str, ...] = ()
    references_notal: tuple[str, ...] = ()
    classified_by: Person | None = None
    classified_by_span: tuple[int, int] | None = None
    signed_by: str | None = None
    declassify_on: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    source: str | None = None
