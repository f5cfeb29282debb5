"""REF / REFS / REFTEL blocks: the earlier cables a cable answers, as canonical ids.

Handles lettered lists (``A. STATE 80798, B. ALMATY 1703``), a year in the item (``08 PARIS 1501``,
``2003 Sao Paulo 2199``, ``STATE 12345 (08)``), ``AND`` lists (``BRASILIA 2799 AND 2764``) and
``(NOTAL)``; items that are not cables (e-mails, telcons, DTGs, resolutions) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graphify.data import read_lines
from graphify.cabletext import Line, is_page_furniture
from graphify.parse.fields import CLASSIFIED_BY, MARKED_START, SUBJECT, TAGS
from graphify.posts import canonical_cable_id

# The keyword starts with a capital ("reference to the minister's remarks" is running text), and
# the long forms need a colon ("REFERENCES TO KUWAIT HAVE DISAPPEARED" in a capitals cable).
REF_START = re.compile(
    r"^[ \t]*(?-i:R)(?:(?:EF|EFS|EFTEL|EFTELS)\b\.?[ \t]*[:.]?|(?:EFERENCE|EFERENCES)[ \t]*:)[ \t]*(?P<value>.*)$",
    re.I,
)
# A paragraph start ends a REF block: "1. (C)", "¶1.", "- 11.".
PARAGRAPH_START = re.compile(r"^[ \t]*(?:\u00b6[ \t]*|-[ \t]*)?\d{1,2}[ \t]?\.[ \t]")
# A lettered item that may follow a blank line inside the block: "B. STATE 1234", "(B) ...".
ITEM_START = re.compile(r"^[ \t]*(?:\u00b6[ \t]*)?(?:\(?[A-Z]\)|[A-Z]\.)[ \t]")
# "(C) ALEXANDRIA 00291" is item C, not a paragraph marked Confidential.
LETTERED_ITEM = re.compile(
    r"^[ \t]*\([A-Z]\)[ \t]+(?:\d{2,4}[ \t]+)?[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3}[ \t]+\d{1,7}\b"
)
# A lettered item later in a line that continues an item cut by a blank line: "OF 10/6 D) STATE 215870".
ITEM_INSIDE = re.compile(r"(?:^|[ \t])(?:\(?[B-Z]\)|[B-Z]\.)[ \t]+[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,3}[ \t]+\d{1,7}\b")

# Tokens of a REF block: markers kept whole, separators kept for "AND" lists.
TOKEN = re.compile(r"\(NOTAL\)|\(\d{2}\)|[,;&]|[^\s,;&]+")
SERIAL = re.compile(r"\d{1,7}")
YEAR = re.compile(r"(?:19|20)?\d{2}")
MONTH_WORDS = frozenset(
    "JAN JANUARY FEB FEBRUARY MAR MARCH APR APRIL MAY JUN JUNE JUL JULY AUG AUGUST SEP SEPT SEPTEMBER "
    "OCT OCTOBER NOV NOVEMBER DEC DECEMBER".split()
)
STATION_WORD = re.compile(r"[A-Z][A-Z'\-]{0,24}[A-Z]")


@dataclass(frozen=True)
class Reference:
    cable_id: str
    notal: bool = False


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(read_lines("ref_stopwords.txt"))


@cache
def _multiword_stations() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(name.split()) for name in read_lines("multiword_stations.txt"))


def _station_before(tokens: list[str], index: int) -> tuple[str, int] | None:
    """The station whose last word is ``tokens[index]`` and the index of its first word."""
    for size in (4, 3, 2):
        first = index - size + 1
        if first >= 0 and tuple(tokens[first : index + 1]) in _multiword_stations():
            return " ".join(tokens[first : index + 1]), first
    word = tokens[index] if index >= 0 else ""
    if STATION_WORD.fullmatch(word) and word not in _stopwords():
        return word, index
    return None


def parse_reference_items(block: str, year: int | None) -> list[Reference]:
    """The cables cited in the text of a REF block, in order, without duplicates.

    ``year`` is the cable's own year, used for items that do not give one.

    >>> [r.cable_id for r in parse_reference_items("A. State 80798, B. Almaty 1703,", 2006)]
    ['06STATE80798', '06ALMATY1703']
    >>> [r.cable_id for r in parse_reference_items("A) 97 PRETORIA 12542  B) 2003 Sao Paulo 2199", 1998)]
    ['97PRETORIA12542', '03SAOPAULO2199']
    >>> [r.cable_id for r in parse_reference_items("BRASILIA 2799 AND 2764; STATE 4865 (07)", 2004)]
    ['04BRASILIA2799', '04BRASILIA2764', '07STATE4865']
    >>> [r.cable_id for r in parse_reference_items("A) 01VATICAN 4258 B) SANAA5295 C. STATE:247344", 2003)]
    ['01VATICAN4258', '03SANAA5295', '03STATE247344']
    >>> [r.cable_id for r in parse_reference_items("TEHRAN 1091: TEHRAN 263: QUINN EMAIL MAIL 06 MARCH 06", 1972)]
    ['72TEHRAN1091', '72TEHRAN263']
    >>> parse_reference_items("STATE 117445 (NOTAL)", 2008)
    [Reference(cable_id='08STATE117445', notal=True)]
    >>> parse_reference_items("A. ALMAGUER E-MAIL 04/05 B. MURPHY/OPCENTER 2/15/04 TELCON C. FAA 280654Z", 2004)
    []
    """
    # Glued items come apart: "A)03 CHENNAI 1441", "01VATICAN 4258", "SANAA5295".
    text = re.sub(r"(?<![A-Z])(\(?[A-Z]\))(?=\w)", r"\1 ", block.upper())
    text = re.sub(r":|--", " ", text)  # "STATE:247344", "TEHRAN 1091: TEHRAN 263", "00830--05/DEC/2008"
    text = re.sub(r"\b(\d{2})([A-Z]{3,})\b", r"\1 \2", text)
    text = re.sub(r"\b([A-Z]{3,})(\d{2,7})\b", r"\1 \2", text)
    tokens = TOKEN.findall(text)
    references: list[Reference] = []
    seen: set[str] = set()
    used = -1  # index of the last token that belongs to an accepted item

    def add(item_year: str | None, station: str, serial: str, notal: bool) -> None:
        if item_year is None and year is None:
            return
        cable_id = canonical_cable_id(int(item_year) if item_year else year, station, serial)
        if cable_id not in seen:
            seen.add(cable_id)
            references.append(Reference(cable_id, notal))

    i = 0
    while i < len(tokens):
        if not SERIAL.fullmatch(tokens[i]) or i == 0:
            i += 1
            continue
        found = _station_before(tokens, i - 1)
        # A day and a month ("NICOSIA 17 MARCH 85") date a report; "STATE 156430 AUG 02" is a cable.
        is_date = len(tokens[i]) <= 2 and i + 1 < len(tokens) and tokens[i + 1] in MONTH_WORDS
        if found is None or found[1] <= used or is_date:
            i += 1
            continue
        station, first = found
        item_year = tokens[first - 1] if first - 1 > used and YEAR.fullmatch(tokens[first - 1]) else None
        serials = [tokens[i]]
        notal = False
        j = i + 1
        while j < len(tokens):
            if tokens[j] == "(NOTAL)":
                notal = True
            elif re.fullmatch(r"\(\d{2}\)", tokens[j]):
                item_year = tokens[j][1:3]
            elif (
                tokens[j] in ("AND", "&", ",")
                and j + 1 < len(tokens)
                and re.fullmatch(r"\d{3,7}", tokens[j + 1])
                and not (j + 2 < len(tokens) and STATION_WORD.fullmatch(tokens[j + 2]) and tokens[j + 2] not in _stopwords())
            ):
                serials.append(tokens[j + 1])
                j += 1
            else:
                break
            j += 1
        for serial in serials:
            add(item_year, station, serial, notal)
        used = j - 1
        i = j
    return references


def find_references(lines: list[Line], start: int) -> tuple[str, int] | None:
    """The text of the REF block and the index of its last line."""
    for index in range(start, min(start + 120, len(lines))):
        match = REF_START.match(lines[index].text)
        if not match:
            continue
        parts = [match.group("value")]
        last = index
        i = index + 1
        while i < len(lines) and i < index + 40:
            text = lines[i].text
            if is_page_furniture(text):
                i += 1
                continue
            if not text.strip():
                # A blank line ends the block unless the next line is another lettered item.
                j = i + 1
                while j < len(lines) and (not lines[j].text.strip() or is_page_furniture(lines[j].text)):
                    j += 1
                if j < len(lines) and not _ends_block(lines[j].text) and (
                    ITEM_START.match(lines[j].text) or ITEM_INSIDE.search(lines[j].text)
                ):
                    i = j
                    continue
                break
            if _ends_block(text):
                break
            parts.append(text)
            last = i
            i += 1
        return " ".join(parts), last
    return None


def _ends_block(text: str) -> bool:
    return bool(
        PARAGRAPH_START.match(text)
        or (MARKED_START.match(text) and not LETTERED_ITEM.match(text))
        or CLASSIFIED_BY.match(text)
        or SUBJECT.match(text)
        or TAGS.match(text)
    )
