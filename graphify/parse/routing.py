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
from graphify.parse.lines import is_page_break
from graphify.posts import canonical_post

MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}

# "P 280634Z FEB 08": precedence letter, day, hour, minute, Z, month, year. "O R 181205Z ..."
# gives the action and the info precedence; the first is the cable's.
DTG = re.compile(
    r"(?:\b(?P<prec>[ZOPR])(?:[ \t]+[ZOPR])?[ \t]+)?\b(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z[ \t]+"
    r"(?P<month>JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]{0,6}[ \t]+(?P<year>\d{2}(?:\d{2})?)\b"
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
            MONTHS[match.group("month")[:3]],
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
            prec = match.group("prec")
            return date, _precedence_words().get(prec) if prec else None
    return None, None


def split_posts(text: str) -> tuple[Post, ...]:
    """The posts in the text of a TO or INFO section, in order.

    Routing indicators are split off and kept, precedence words and serial numbers dropped,
    page-break lines skipped.

    >>> [p.name for p in split_posts("RUEHC/SECSTATE WASHDC PRIORITY 1856")]
    ['SECSTATE WASHDC']
    >>> split_posts("RUEHGB/AMEMBASSY BAGHDAD PRIORITY 0026 RUEKJCS/JOINT STAFF WASHDC PRIORITY")[1]
    Post(name='JOINT STAFF WASHDC', routing='RUEKJCS')
    """
    posts: list[Post] = []
    precedence = _precedence_words()
    for line in text.splitlines():
        if not line.strip() or is_page_break(line):
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
            for word in piece.split() + [""]:
                if word and not word.isdigit() and word.upper() not in precedence:
                    words.append(word)
                    continue
                if words:
                    posts.append(Post(canonical_post(" ".join(words)), routing))
                    words = []
    return tuple(posts)


def parse_routing(header: str) -> Routing:
    """Parse the transmission header (everything before the classification line)."""
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
