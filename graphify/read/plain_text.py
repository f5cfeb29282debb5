"""Plain-text cables, one per file, as in ``seeds/``."""

from __future__ import annotations

from collections.abc import Iterator

from graphify.model import RawCable


def read_text_cable(path: str, text: str) -> Iterator[RawCable]:
    """The one cable in a plain-text file."""
    yield RawCable(text=text, source=path, format="text")
