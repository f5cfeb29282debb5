"""Data files with cable-specific knowledge (stations, posts, titles, TAGS codes), and their loader."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the tab-separated data file ``name``, without comments and blank lines.

    >>> ("SECSTATE", "STATE") in read_table("stations.tsv")
    True
    """
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def read_lines(name: str) -> tuple[str, ...]:
    """The non-comment lines of the data file ``name``."""
    return tuple(row[0] for row in read_table(name))
