"""Readers: files and folders in, one :class:`~graphify.model.RawCable` per cable out.

Streaming: cables are yielded one at a time, a CSV file is read row by row. The format of each
file is told from its content (not its name): WikiLeaks cable-viewer HTML, ``cables.csv``, or
plain text. What cannot be read is yielded as :class:`~graphify.model.Skipped` with the reason.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphify.model import RawCable, Skipped
from graphify.read.cablegate_html import read_html_cable
from graphify.read.cables_csv import looks_like_cables_csv, read_csv_cables
from graphify.read.decoding import NotText, decode
from graphify.read.plain_text import read_text_cable

__all__ = ["read_cables", "iter_files", "detect_format", "display_path"]

_SNIFF_BYTES = 64 * 1024


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file under ``paths`` (files, or folders walked recursively), in sorted order.

    Raises FileNotFoundError for a path that does not exist.
    """
    for path in map(Path, paths):
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield Path(root) / name
        else:
            yield path


def detect_format(head: str) -> str:
    """``html``, ``csv`` or ``text``, from the first characters of a file.

    >>> detect_format("<?xml version='1.0' encoding='utf-8' ?>\\n<!DOCTYPE html"), detect_format('\\n"282","6/5/1989 10:35","89TAIPEI3647"')
    ('html', 'csv')
    """
    start = head.lstrip()[:1024].lower()
    if start.startswith(("<?xml", "<!doctype html", "<html")) or "<html" in start[:300]:
        return "html"
    if looks_like_cables_csv(head):
        return "csv"
    return "text"


def display_path(path: str | os.PathLike) -> str:
    """A path as text that can be written anywhere: bytes of a file name that are not UTF-8
    (an old archive's ``caf\xe9.txt``) become U+FFFD.

    >>> display_path(os.fsdecode(b"caf\\xe9.txt"))
    'caf\ufffd.txt'
    """
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_file(path: Path) -> Iterator[RawCable | Skipped]:
    """The cables in one file, whatever its format.

    The file is opened once and read front to back, so a pipe (``<(zcat cables.csv.gz)``,
    ``/dev/stdin``) works like a file.
    """
    name = display_path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if not head.strip():
                yield Skipped(name, "", "empty file")
                return
            try:
                head_text = decode(head)
            except NotText as error:
                yield Skipped(name, "", f"not a text file: {error}")
                return
            file_format = detect_format(head_text)
            if file_format == "csv":
                yield from read_csv_cables(name, _csv_lines(head, handle))
                return
            data = head + handle.read()
    except OSError as error:
        yield Skipped(name, "", f"cannot read file: {error.strerror or error}")
        return
    try:
        text = decode(data)
    except NotText as error:
        yield Skipped(name, "", f"not a text file: {error}")
        return
    if file_format == "html":
        yield from read_html_cable(name, text)
    else:
        yield from read_text_cable(name, text)


class _HeadThenRest(io.RawIOBase):
    """A stream of the bytes already read from a file, then the rest of the file."""

    def __init__(self, head: bytes, rest: io.BufferedIOBase):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        return self._rest.readinto(buffer)


def _csv_lines(head: bytes, rest: io.BufferedIOBase) -> io.TextIOWrapper:
    """The lines of a ``cables.csv`` file (UTF-8, or cp1252 when its first bytes are not)."""
    try:
        head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        encoding = "utf-8-sig" if error.start > len(head) - 4 else "cp1252"
    stream = io.BufferedReader(_HeadThenRest(head, rest))
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")


def read_cables(paths: Iterable[str | os.PathLike]) -> Iterator[RawCable | Skipped]:
    """Every cable in ``paths``, as RawCable, and every input that is not one, as Skipped.

    >>> cables = [c for c in read_cables(["seeds"]) if isinstance(c, RawCable)]
    >>> len(cables), cables[0].format
    (5, 'text')
    """
    for path in iter_files(paths):
        yield from read_file(path)
