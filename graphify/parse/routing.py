"""The transmission header: precedence, date-time group, FM, TO and INFO.

Works line by line when the header has its line breaks, and on one long line as well
(``... ZZH P 280634Z FEB 08 ZDK FM AMEMBASSY ASTANA TO RUEHC/SECSTATE WASHDC PRIORITY 1856 INFO ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache

from graphify.data import read_table
from graphify.model import Post
from graphify.cabletext import is_page_furniture, one_letter_apart
from graphify.posts import canonical_post

MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}

# "P 280634Z FEB 08": precedence letter, day, hour, minute, Z, month, year. "O R 181205Z ..."
# gives the action and the info precedence; the first is the cable's.
# A zero typed for the letter O ("0 241208Z OCT 79") is read as O.
DTG = re.compile(
    r"(?:\b(?P<prec>[ZOPR0])(?:[ \t]+[ZOPR])?[ \t]+)?\b(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z[ \t]+"
    r"(?P<month>(?i:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC))[A-Za-z]{0,6}[ \t]+"
    r"(?P<year>\d{2}(?:\d{2})?)\b"
)

# "PP RUEHWEB", "OO RUEHBC RUEHDE": the precedence of the whole message, on its own line.
PRECEDENCE_LINE = re.compile(r"^[ \t]*(ZZ|OO|PP|RR)[ \t]+R[A-Z]{3,}", re.M)

# A routing indicator before a post: "RUEHGB/", also "ZEN/" for addressees served otherwise.
ROUTING = re.compile(r"\b(?:(R[A-Z]{3,7})|ZEN)/")

# "DE RUEHTA #0392 0590634": the routing indicator of the sending station.
DE = re.compile(r"(?:^|\s)DE[ \t]+(R[A-Z]{3,7})[ \t]+#")
FM = re.compile(r"(?:^|\s)FM[ \t]+")
TO = re.compile(r"(?:^|\s)TO[ \t]+")
INFO = re.compile(r"(?:^|\s)INFO[ \t]+")
# The serial number of a cable to a post, or of two copies: "0026", "7721-7722".
SERIAL_NUMBERS = re.compile(r"\d+(?:-\d+)?")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Lines that end the address part of the header.
END_OF_ADDRESSES = re.compile(r"^[ \t]*(?:BT|NNNN|ZFR|ZFF.*)[ \t]*$|\bBT[ \t]*$", re.M)


@cache
def _precedence_words() -> dict[str, str]:
    return dict(read_table("precedences.tsv"))


@dataclass(frozen=True)
class Routing:
    """What the transmission header says."""

    date: datetime | None = None
    precedence: str | None = None
    origin: Post | None = None
    to: tuple[Post, ...] = ()
    info: tuple[Post, ...] = ()


def parse_dtg(match: re.Match) -> datetime | None:
    """The UTC datetime of a date-time group match, or ``None`` when it is not a real date."""
    year = int(match.group("year"))
    if year < 100:
        year += 1900 if year >= 60 else 2000
    try:
        return datetime(
            year,
            MONTHS[match.group("month")[:3].upper()],
            int(match.group("day")),
            int(match.group("hour")),
            int(match.group("minute")),
            tzinfo=timezone.utc,
        )
    except ValueError:
        return None


def find_dtg(text: str) -> tuple[datetime | None, str | None]:
    """The first valid date-time group in ``text`` and the precedence letter's meaning.

    >>> find_dtg("ZNY SSSSS ZZH P 280634Z FEB 08 ZDK FM AMEMBASSY ASTANA")
    (datetime.datetime(2008, 2, 28, 6, 34, tzinfo=datetime.timezone.utc), 'PRIORITY')
    """
    for match in DTG.finditer(text):
        date = parse_dtg(match)
        if date is not None:
            prec = (match.group("prec") or "").replace("0", "O")
            return date, _precedence_words().get(prec) if prec else None
    return None, None


def _precedence_of(word: str, misspelt: bool = False) -> str | None:
    """The precedence a word of a TO / INFO line names, also when garbled (``IMMEDIATEPROI``);
    with ``misspelt``, also one letter off (``PIORITY``: the word after a post's name).

    >>> _precedence_of("IMMEDIATEPROI"), _precedence_of("PIORITY", misspelt=True), _precedence_of("DELHI", True)
    ('IMMEDIATE', 'PRIORITY', None)
    """
    word = word.upper()
    for written, precedence in _precedence_words().items():
        if len(written) > 1 and word.startswith(written):
            return precedence
    if misspelt:
        for written, precedence in _precedence_words().items():
            if len(written) >= 6 and one_letter_apart(word, written):
                return precedence
    return None


def split_posts(text: str) -> tuple[Post, ...]:
    """The posts in the text of a TO or INFO section, in order.

    Routing indicators are split off and kept, precedence words and serial numbers dropped,
    page-break lines skipped.

    >>> [p.name for p in split_posts("RUEHC/SECSTATE WASHDC PRIORITY 1856")]
    ['SECSTATE WASHDC']
    >>> split_posts("RUEHGB/AMEMBASSY BAGHDAD PRIORITY 0026 RUEKJCS/JOINT STAFF WASHDC PRIORITY")[1]
    Post(name='JOINT STAFF WASHDC', routing='RUEKJCS')
    >>> [p.name for p in split_posts("RUEHLP/AMEMBASSY LA PAZ FEB 9249")]
    ['AMEMBASSY LA PAZ']
    >>> [p.name for p in split_posts("RUEHAK/AMEMBASSY ANKARA IMMEDIATE 7721-7722")]
    ['AMEMBASSY ANKARA']
    """
    posts: list[Post] = []
    for line in text.splitlines():
        if not line.strip() or is_page_furniture(line):
            continue
        # Pieces of the line, each starting at a routing indicator.
        cuts = [(m.start(), m.end(), m.group(1)) for m in ROUTING.finditer(line)]
        pieces = []
        if not cuts or cuts[0][0] > 0:
            pieces.append((line[: cuts[0][0]] if cuts else line, None))
        for i, (_, end, routing) in enumerate(cuts):
            stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(line)
            pieces.append((line[end:stop], routing))
        for piece, routing in pieces:
            words: list[str] = []
            written = piece.split() + [""]
            for word, following in zip(written, written[1:] + [""]):
                # A month's abbreviation before the serial ends the name: "AMEMBASSY LA PAZ FEB 9249".
                month = word in MONTHS and SERIAL_NUMBERS.fullmatch(following) is not None
                last = not following or SERIAL_NUMBERS.fullmatch(following) is not None
                if word and not SERIAL_NUMBERS.fullmatch(word) and not month and _precedence_of(word, last) is None:
                    words.append(word)
                    continue
                if words:
                    posts.append(Post(canonical_post(" ".join(words)), routing))
                    words = []
    return tuple(posts)


def without_page_furniture(text: str) -> str:
    """``text`` without page headers and banners, and without the blank lines around them,
    so that an address list running over a page break stays one list."""
    kept: list[str] = []
    dropped = False
    for line in text.split("\n"):
        if is_page_furniture(line):
            while kept and not kept[-1].strip():
                kept.pop()
            dropped = True
            continue
        if dropped and not line.strip():
            continue
        dropped = False
        kept.append(line)
    return "\n".join(kept)


def parse_routing(header: str) -> Routing:
    """Parse the transmission header (everything before the classification line)."""
    header = without_page_furniture(header)
    date, precedence = find_dtg(header)
    if precedence is None:
        match = PRECEDENCE_LINE.search(header)
        if match:
            precedence = _precedence_words().get(match.group(1)[0])
    end = END_OF_ADDRESSES.search(header)
    header = header[: end.start()] if end else header
    fm, to, info = FM.search(header), TO.search(header), INFO.search(header)
    if fm and to and to.start() < fm.end():
        to = TO.search(header, fm.end())
    if to and info and info.start() < to.end():
        info = INFO.search(header, to.end())
    starts = sorted(m.start() for m in (fm, to, info) if m)

    def section(match: re.Match | None) -> str:
        if match is None:
            return ""
        later = [s for s in starts if s > match.start()]
        text = header[match.end() : later[0] if later else len(header)]
        blank = BLANK_LINE.search(text)
        return text[: blank.start()] if blank else text

    if precedence is None and to:
        # The precedence written after the first action addressee: "TO SECSTATE WASHDC IMMEDIATE".
        words = (_precedence_of(word) for word in section(to).split())
        precedence = next((p for p in words if p), None)
    origin = None
    if fm:
        fm_posts = split_posts(section(fm))
        origin = fm_posts[0] if fm_posts else None
        sender = DE.search(header)
        if origin is not None and origin.routing is None and sender:
            origin = Post(origin.name, sender.group(1))
    return Routing(
        date=date,
        precedence=precedence,
        origin=origin,
        to=split_posts(section(to)),
        info=split_posts(section(info)),
    )
