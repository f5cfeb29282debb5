"""Facts about cable text that parsing and extraction share: lines with their offsets, and the
page furniture (page headers, classification banners) that printouts add to a cable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


class Line(NamedTuple):
    """One line of a cable: its text (without the newline) and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with their offsets into ``text``.

    >>> split_lines("TAGS: PREL\\r\\nSUBJECT: IRAQ\\n", 0)
    [Line(text='TAGS: PREL', start=0), Line(text='SUBJECT: IRAQ', start=12)]
    """
    end = len(text) if end is None else end
    if start >= end:
        return []
    pieces = text[start:end].split("\n")
    if not pieces[-1]:
        pieces.pop()  # the text ends with a newline: no line after it
    lines = []
    pos = start
    for piece in pieces:
        lines.append(Line(piece.rstrip("\r"), pos))
        pos += len(piece) + 1
    return lines


def lines_backwards(text: str, start: int, end: int) -> Iterator[Line]:
    """The lines of ``text[start:end]``, last first, as :func:`split_lines` gives them.

    >>> list(lines_backwards("A\\r\\nB\\n", 0, 5)) == split_lines("A\\r\\nB\\n", 0, 5)[::-1]
    True
    """
    if start >= end:
        return
    pos = end - 1 if text[end - 1] == "\n" else end  # no line after a final newline
    while True:
        newline = text.rfind("\n", start, pos)
        line_start = newline + 1 if newline >= 0 else start
        yield Line(text[line_start:pos].rstrip("\r"), line_start)
        if newline < 0:
            return
        pos = newline


# A page header inside a long cable: "PARIS 00002069 001.2 OF 002", "ASTANA 00002267  002 OF 003".
# Older cables: "PAGE 02        HO CHI  00719  01 OF 02  190741Z".
PAGE_BREAK = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z .'-]{1,40}? 0*\d{1,7}[ \t]+\d{1,3}(?:\.\d)?[ \t]+(?:OF|of)[ \t]+\d{1,3}"
    r"|PAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z0-9 .'-]{0,60}?\d{6}Z)[ \t]*$"
)
# An old page header with the text going on after it on the same line:
# "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER".
PAGE_HEADER_PREFIX = re.compile(r"^[ \t]*PAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z0-9 .'-]{0,60}?\d{6}Z[ \t]+")
# A classification banner on a line of its own, printed at the foot and head of pages.
BANNER = re.compile(
    r"^[ \t]*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|C O N F I D E N T I A L|S E C R E T)"
    r"(?:[ \t]+(?:NOFORN|SENSITIVE|NODIS|EXDIS|SIPDIS))*[ \t]*$"
)


def is_page_break(line: str) -> bool:
    """True for the page headers that long cables repeat on every page.

    >>> is_page_break("PARIS 00002069 001.2 OF 002 "), is_page_break("1. (S) Summary")
    (True, False)
    >>> is_page_break("PAGE 02        HO CHI  00719  01 OF 02  190741Z "), is_page_break("RIYADH 00000182 001.2 of 003")
    (True, True)
    """
    return len(line) < 80 and PAGE_BREAK.match(line) is not None


def is_banner(line: str) -> bool:
    """True for a classification banner alone on a line (a page's head or foot).

    >>> is_banner("                       CONFIDENTIAL "), is_banner("CONFIDENTIAL SECTION 01 OF 02 PARIS 001234")
    (True, False)
    """
    return len(line) < 80 and BANNER.match(line) is not None


CAVEATS_LINE = re.compile(r"^[ \t]*(?:(?:SIPDIS|NOFORN|SENSITIVE|NODIS|EXDIS|LIMDIS)\b[ \t]*)+$")


def is_caveats_line(line: str) -> bool:
    """True for a line of handling caveats alone, which cablegate prints even in mid-sentence.

    >>> is_caveats_line("SIPDIS "), is_caveats_line("SIPDIS will be used")
    (True, False)
    """
    return len(line) < 80 and CAVEATS_LINE.match(line) is not None


def is_page_furniture(line: str) -> bool:
    """Page headers and banners: lines that belong to the printout, not to the cable's text."""
    return is_page_break(line) or is_banner(line)


def without_page_header(line: str) -> str:
    """A line without the old page header it starts with, if any.

    >>> without_page_header("PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER")
    'OPPOSITION LEADER'
    """
    return PAGE_HEADER_PREFIX.sub("", line, count=1) if line.lstrip().startswith("PAGE") else line


def one_letter_apart(a: str, b: str, *, inside: bool = False) -> bool:
    """Whether two spellings are one letter apart: one letter changed ("Sargsyan", "Sargsian"),
    two letters next to each other swapped ("Kufuor", "Kufour"), or one letter more in the
    longer ("PIORITY", "PRIORITY"). With ``inside``, the letter more is inside the word, neither
    first nor last ("Alburquerque", "Albuquerque"; not "Ivanov", "Ivanova", nor "Hinson-Jones",
    "Rhinson-Jones").

    >>> one_letter_apart("PIORITY", "PRIORITY"), one_letter_apart("ivanova", "ivanov", inside=True)
    (True, False)
    >>> one_letter_apart("kufuor", "kufour"), one_letter_apart("kufuor", "kofuur")
    (True, False)
    """
    if len(a) == len(b):
        changed = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(changed) == 2 and changed[1] == changed[0] + 1:
            i, j = changed
            return a[i] == b[j] and a[j] == b[i]
        return len(changed) == 1
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or (inside and long[:-1] == short):
        return False
    positions = range(1, len(long) - 1) if inside else range(len(long))
    return any(long[:i] + long[i + 1 :] == short for i in positions)
