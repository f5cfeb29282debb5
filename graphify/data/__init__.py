"""Data files with cable-specific knowledge (stations, posts, titles, TAGS codes), and their loader."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from functools import cache
from importlib import resources


def data_rows(name: str) -> Iterator[tuple[str, ...]]:
    """Rows of the tab-separated data file ``name`` (gzipped when it ends in ``.gz``), without
    comments and blank lines; read anew on every call, for tables kept in another form.

    >>> word, named, seen = next(row for row in data_rows("name_words.tsv.gz") if row[0] == "Mobutu")
    >>> int(named) <= int(seen)
    True
    """
    data = resources.files(__package__).joinpath(name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    for line in data.decode("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield tuple(cell.strip() for cell in line.split("\t"))


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the tab-separated data file ``name``, without comments and blank lines.

    >>> ("SECSTATE", "STATE") in read_table("stations.tsv")
    True
    """
    return tuple(data_rows(name))


def read_lines(name: str) -> tuple[str, ...]:
    """The non-comment lines of the data file ``name``."""
    return tuple(row[0] for row in read_table(name))
