"""The body: numbered paragraphs with their markings and offsets, and the signature.

Paragraph numbers come in several dresses: ``1.``, ``¶1.``, and, where a pilcrow was mangled
into a digit, ``- 11.`` or ``14.`` for paragraphs 1 and 4. A number is taken as a paragraph
start only when it continues the sequence, so numbered lists inside a paragraph stay text.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from graphify.data import read_lines
from graphify.model import Paragraph
from graphify.cabletext import is_page_furniture, lines_backwards, split_lines

PARAGRAPH_START = re.compile(
    r"^[ \t]*(?P<prefix>-[ \t]*)?(?:\u00b6[ \t]*)?(?P<number>\d{1,3})[ \t]?\.(?:[ \t]+|$|(?=\())"
    r"(?:\((?P<marking>[A-Z]{1,4}(?:/{1,2}[A-Za-z]{1,8}(?:[ \t][A-Za-z]{1,8}){0,3})*)\)[ \t]*)?",
)

SIGNATURE_WORD = r"[A-Z][A-Za-z'\-]+"
SIGNATURE_LINE = re.compile(rf"^[ \t]*(?P<name>{SIGNATURE_WORD}(?:[ \t]+{SIGNATURE_WORD}){{0,2}})[ \t]*$")
# "... End Comment. ORDWAY", "... inside Burma. Martinez": a name after the last sentence.
SIGNATURE_AFTER_SENTENCE = re.compile(
    r"[.!?\"')][ \t]+(?P<name>[A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+)?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*$"
)
# Lines a transmission ends with after the signature: "NNNN", "BT", "#1781",
# "2004CARACA01781 - CONFIDENTIAL", "2005VATICA00089 - Classification: UNCLASSIFIED", ">", "v1.6.2",
# a stray end of a word ("od").
TRAILER = re.compile(
    r"^[ \t]*(?:NNNN|BT|#\d+|>|\d{4}[A-Z]+\d+[ \t]+-[ \t]+(?:Classification:[ \t]*)?[A-Z ]+|@@@OASYS@@@|v\d+(?:\.\d+)+"
    r"|[a-z]{1,2})[ \t]*$"
)
# Words written around a signature that are not part of it: a closing quote, redactions.
SIGNATURE_NOISE = re.compile(r"^(?:QUOTE|UNQUOTE|X+)$")


@cache
def _not_signatures() -> frozenset[str]:
    return frozenset(read_lines("not_signatures.txt"))


def _clean_signature(name: str) -> str | None:
    """The signature without noise and repeats (``CLINTON UNQUOTE CLINTON`` -> ``CLINTON``),
    or None when a word shows it is no signature."""
    words: list[str] = []
    for word in name.split():
        if SIGNATURE_NOISE.match(word.upper()):
            continue
        if word.upper() in _not_signatures():
            return None
        if word.upper() not in (w.upper() for w in words):
            words.append(word)
    return " ".join(words) or None


def find_signature(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The signature at the end of ``text[start:end]`` and where it starts.

    >>> find_signature("... End Comment.\\n\\nDERSE\\n", 0, 24)
    ('DERSE', 18)
    >>> find_signature("... End Comment. MINMIZE CONSIDERED. ORDWAY", 0, 43)
    ('ORDWAY', 37)
    >>> find_signature("... end of text.\\nCLINTON UNQUOTE CLINTON", 0, 40)
    ('CLINTON', 17)
    """
    # The last two lines of text, last first: a name on a line of its own signs only under text.
    lines = list(islice(
        (
            line
            for line in lines_backwards(text, start, end)
            if not line.blank and not is_page_furniture(line.text) and not TRAILER.match(line.text)
        ),
        2,
    ))
    if not lines:
        return None
    last = lines[0]
    for pattern in (SIGNATURE_LINE, SIGNATURE_AFTER_SENTENCE):
        match = pattern.search(last.text)
        if match:
            name = _clean_signature(match.group("name"))
            if name is None or (pattern is SIGNATURE_LINE and len(lines) == 1):
                return None
            return name, last.start + match.start("name")
    return None


def _candidates(text: str, start: int, end: int) -> list[tuple[int, re.Match]]:
    return [
        (line.start, match)
        for line in split_lines(text, start, end)
        if (match := PARAGRAPH_START.match(line.text))
    ]


def _number(match: re.Match, expected: int) -> int | None:
    """The paragraph number a start means, if it continues the sequence at ``expected``."""
    written = match.group("number")
    if int(written) == expected:
        return expected
    # A pilcrow mangled into "1" (or "- 1") before the number: "- 11." is paragraph 1.
    if written == f"1{expected}":
        return expected
    # A skipped number is accepted when the start carries a marking such as "(C)".
    if match.group("marking") and expected < int(written) <= expected + 2:
        return int(written)
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str, start: int, end: int) -> tuple[Paragraph, ...]:
    """The paragraphs of ``text[start:end]``. Text before the first numbered paragraph, or the
    whole body when nothing is numbered, is a paragraph with number ``None``.
    """
    starts: list[tuple[int, int, int | None, str | None]] = []  # (start, text start, number, marking)
    expected = 1
    for line_start, match in _candidates(text, start, end):
        number = _number(match, expected)
        if number is None and not starts and int(match.group("number")) <= 3 and match.group("marking"):
            number = int(match.group("number"))  # a body that starts at paragraph 2 or 3
        if number is None:
            continue
        starts.append((line_start + match.start("number"), line_start + match.end(), number, match.group("marking")))
        expected = number + 1
    paragraphs: list[Paragraph] = []
    first = text.rfind("\n", 0, starts[0][0]) + 1 if starts else end
    first = max(first, start)
    lead_start, lead_end = _trimmed(text, start, first)
    if re.search(r"[A-Za-z]{2}", text[lead_start:lead_end]):
        paragraphs.append(Paragraph(None, None, text[lead_start:lead_end], lead_start, lead_end))
    for i, (_, text_start, number, marking) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        # The start of the next paragraph includes its prefix ("¶", "- "): cut before it.
        if i + 1 < len(starts):
            line_begin = text.rfind("\n", 0, stop) + 1
            stop = max(line_begin, text_start)
        p_start, p_end = _trimmed(text, text_start, stop)
        paragraphs.append(Paragraph(number, marking, text[p_start:p_end], p_start, p_end))
    return tuple(paragraphs)
