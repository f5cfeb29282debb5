"""The real cables in ``tests/fixtures/cables`` (excerpts of ``../shared/corpus``, one file per
cable, with the metadata the cable-viewer page or the cables.csv row gave) and their parses."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from graphify import parse_cable
from graphify.model import Cable, SourceMetadata

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cables"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def fixture_text(name: str) -> str:
    with open(FIXTURES / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


@lru_cache(maxsize=None)
def fixture_info(name: str) -> dict:
    """What ``metadata.json`` says of a fixture: where it comes from, its source's metadata."""
    return json.loads((FIXTURES / "metadata.json").read_text(encoding="utf-8"))[name]


@lru_cache(maxsize=None)
def source_metadata(name: str) -> SourceMetadata:
    meta = fixture_info(name)["metadata"]
    return SourceMetadata(
        cable_id=meta["cable_id"],
        date=datetime.fromisoformat(meta["date"]) if meta["date"] else None,
        origin=meta["origin"],
        classification=meta["classification"],
        references=tuple(meta["references"]),
    )


@lru_cache(maxsize=None)
def parsed(name: str) -> Cable:
    return parse_cable(fixture_text(name), source_metadata(name))
