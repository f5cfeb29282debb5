"""Header fields after the transmission header: classification line, caveats, TAGS, SUBJECT,
Classified By and the declassification instruction.

Each ``find_*`` function takes the lines of the cable and returns the value and the index of the
last line it used (so the body can start after the header), or ``None`` when the field is absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from graphify.data import read_table
from graphify.model import Person
from graphify.names import name_cues, split_title
from graphify.cabletext import Line, is_page_furniture, without_page_header

_SPACED = r"[ \t]?"


def _spaced(word: str) -> str:
    return _SPACED.join(word)


# The classification line: "S E C R E T ASTANA 000392", "UNCLAS SECTION 01 OF 02 QUITO 002502",
# "C O N F I D E N T I A L  CARACAS 001234", "SECRET SECTION 01 of 03 KABUL 000123".
CLASSIFICATION_LINE = re.compile(
    r"^[ \t]*(?P<level>"
    rf"T{_SPACED}O{_SPACED}P[ \t]+{_spaced('SECRET')}|S?{_spaced('SECRET')}|{_spaced('ECRET')}"
    rf"|(?:C[ \t]?)?{_spaced('ONFIDENTIAL')}|(?:UNCLAS(?:SIFIED)?[ \t]+)?LIMITED[ \t]+OFFICIAL[ \t]+USE|U+NCLAS(?:SIFIED)?"
    r")\b(?P<caveats>(?:[ \t]+(?:[A-Z](?:[ \t][A-Z]){2,7}|NOFORN|NODIS|EXDIS|LIMDIS|SENSITIVE|SIPDIS|EFTO|SBU)\b)*)"
    r"(?:[ \t]+SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2})?"
    r"[ \t]+(?:\d{2}[ \t]+)?(?P<station>(?!SECTION\b|X+\b)[A-Z][A-Z.'-]*(?:[ \t]+(?!SECTION\b)[A-Z][A-Z.'-]*){0,4}?)"
    r"[ \t]+0*(?P<serial>\d{1,7})\b(?P<rest>[^\n]*)$",
    re.I | re.ASCII,  # [A-Z] with re.I alone would take "\u0130" and the Kelvin sign, not A-Z upper-cased
)

LEVELS = (
    ("TOPSECRET", "TOP SECRET"),
    ("ECRET", "SECRET"),
    ("ONFIDENTIAL", "CONFIDENTIAL"),
    ("LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE"),
    ("UNCLAS", "UNCLASSIFIED"),
)


def classification_level(written: str) -> str | None:
    """The classification a marking names, however it is spaced or mangled.

    >>> classification_level("S E C R E T"), classification_level("UNCLAS"), classification_level("C ONFIDENTIAL")
    ('SECRET', 'UNCLASSIFIED', 'CONFIDENTIAL')
    >>> classification_level("SECRET//NOFORN")
    'SECRET'
    """
    squashed = re.sub(r"[^A-Z]", "", written.upper().split("//")[0])
    for key, level in LEVELS:
        if key in squashed:
            return level
    return None


@cache
def _caveats() -> dict[str, str]:
    return {re.sub(r"\s", "", written): canonical for written, canonical in read_table("caveats.tsv")}


def caveats_in(text: str) -> tuple[str, ...]:
    """The caveats written in ``text`` (``N O F O R N`` counts), or ``()`` when ``text`` holds
    anything else.

    >>> caveats_in("SENSITIVE"), caveats_in("N O F O R N"), caveats_in("SIPDIS NOFORN")
    (('SENSITIVE',), ('NOFORN',), ('SIPDIS', 'NOFORN'))
    >>> caveats_in("STATE FOR SCA/CEN")
    ()
    """
    table = _caveats()
    found: list[str] = []
    # Letters written apart ("N O F O R N", "E F T O") are joined first.
    joined = re.sub(r"\b([A-Z])[ \t](?=[A-Z]\b)", r"\1", text.strip().upper())
    for part in re.split(r"[\s/,]+", joined):
        if not part:
            continue
        canonical = table.get(part)
        if canonical is None:
            return ()
        if canonical not in found:
            found.append(canonical)
    return tuple(found)


# The lines that follow the classification line: TAGS, SUBJECT, the E.O. line.
HEADER_FIELD = re.compile(r"^[ \t]*(?:TAGS\b|SUBJ(?:ECT)?\b|E\.?[ \t]?O\.?[ \t]*1\d{4})", re.I)


@dataclass(frozen=True)
class ClassificationLine:
    """What the classification line says, and its line index."""

    classification: str | None
    caveats: tuple[str, ...]
    station: str
    serial: int
    index: int


def find_classification_line(lines: list[Line], limit: int = 400) -> ClassificationLine | None:
    """The classification line that opens the text: the last one among the first ``limit``
    lines that comes before the TAGS / SUBJECT lines (pages printed from a mail system repeat
    it above the transmission header)."""
    found = None
    for index, line in enumerate(lines[:limit]):
        if found is not None and HEADER_FIELD.match(line.text):
            break
        if len(line.text) > 300:
            continue
        match = CLASSIFICATION_LINE.match(line.text)
        if match:
            station = " ".join(match.group("station").upper().split())
            found = ClassificationLine(
                classification=classification_level(match.group("level")),
                caveats=caveats_in(match.group("caveats")) + caveats_in(match.group("rest")),
                station=station,
                serial=int(match.group("serial")),
                index=index,
            )
    return found


def find_caveat_lines(lines: list[Line], start: int, stop: int) -> tuple[tuple[str, ...], int | None]:
    """Caveats on lines of their own (``SENSITIVE``, ``NOFORN``, ``SIPDIS``) between two lines."""
    found: list[str] = []
    last = None
    for index in range(start, min(stop, len(lines))):
        caveats = caveats_in(lines[index].text) if lines[index].text.strip() else ()
        for caveat in caveats:
            if caveat not in found:
                found.append(caveat)
        if caveats:
            last = index
    return tuple(found), last


FIELD_START = re.compile(
    r"^[ \t]*(?:TAGS\b|SUBJ(?:ECT)?\b|REF(?:S|TEL|TELS|ERENCES?)?\b|E\.?[ \t]?O\.?[ \t]*1\d{4}"
    r"|CLASSIFIED[ \t]+BY\b|DECL\b|\u00b6|(?:-[ \t]*)?\d{1,2}[ \t]?\.[ \t])",
    re.I,
)

# A paragraph that starts with its marking and no number: "(SBU) Poloff delivered ...".
MARKED_START = re.compile(r"^[ \t]*\((?:U|C|S|SBU|LOU|S//NF|S/NF|C/NF|TS)\)[ \t]+\S")

TAGS = re.compile(r"^[ \t]*TAGS\b[ \t]*:?[ \t]*(?P<value>.*)$", re.I)
# TAGS written after other fields on the same line: "... DECL: 03/26/2018 TAGS: PREL BR".
TAGS_INLINE = re.compile(r"\bTAGS[ \t]*:[ \t]*(?P<value>.*?)(?=[ \t]+SUBJ(?:ECT)?[ \t]*:|$)")


def _continuation(lines: list[Line], index: int, accept) -> int:
    """Index of the last line of a field starting at ``index``: following lines are part of it
    while they are not blank, not the start of another field, and ``accept`` them."""
    last = index
    for next_index in range(index + 1, min(index + 12, len(lines))):
        text = lines[next_index].text
        if is_page_furniture(text):
            continue
        if not text.strip() or FIELD_START.match(text) or MARKED_START.match(text) or not accept(text):
            break
        last = next_index
    return last


def split_tags(value: str) -> tuple[str, ...]:
    """The tags of a TAGS line: codes split on spaces and commas; free text between commas kept
    as one phrase; a parenthesis stays with the tag before it.

    >>> split_tags("[PREL](#) [MARR](#) [IZ](#) [AJ](#)")
    ('PREL', 'MARR', 'IZ', 'AJ')
    >>> split_tags("OTRA, SENV, NE, NZ, Country Clearance")
    ('OTRA', 'SENV', 'NE', 'NZ', 'Country Clearance')
    >>> split_tags("PREL PGOV OVIP (RICE, CONDOLEEZZA)")
    ('PREL', 'PGOV', 'OVIP (RICE, CONDOLEEZZA)')
    """
    value = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", value)
    tags: list[str] = []
    # Groups between commas and semicolons, parentheses kept whole.
    for group in re.findall(r"(?:\([^)]*\)|[^,;(])+", value):
        tokens = re.findall(r"\([^)]*\)|[^\s()]+", group)
        words = [t for t in tokens if not t.startswith("(")]
        if words and not all(_is_tag_code(w) for w in words):
            tokens = [" ".join(t for t in tokens)]
        for token in tokens:
            token = token.strip(" .")
            if token.startswith("(") and tags:
                tags[-1] = f"{tags[-1]} {token}"
            elif token and token not in tags:
                tags.append(token)
    return tuple(tags)


def _is_tag_code(token: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z0-9_]{1,9}\.?", token) is not None


def _looks_like_tags(text: str) -> bool:
    return all(re.fullmatch(r"[A-Z][A-Z0-9_]{1,6}", t) for t in re.findall(r"[^\s,;]+", text))


def find_tags(lines: list[Line], start: int) -> tuple[tuple[str, ...], int] | None:
    """The TAGS, joined over continuation lines made only of tag codes."""
    for pattern in (TAGS.match, TAGS_INLINE.search):
        for index in range(start, min(start + 80, len(lines))):
            match = pattern(lines[index].text)
            if match:
                last = _continuation(lines, index, _looks_like_tags)
                value = " ".join(
                    [match.group("value")]
                    + [lines[i].text for i in range(index + 1, last + 1) if not is_page_furniture(lines[i].text)]
                )
                return split_tags(value), last
    return None


SUBJECT = re.compile(r"^[ \t]*SUBJ(?:ECT)?\b[ \t]*[:.]?[ \t]*(?P<value>.*)$", re.I)


def find_subject(lines: list[Line], start: int) -> tuple[str, int] | None:
    """The SUBJECT line, with its wrapped lines joined by single spaces."""
    for index in range(start, min(start + 80, len(lines))):
        match = SUBJECT.match(lines[index].text)
        if match:
            last = _continuation(lines, index, lambda text: True)
            parts = [match.group("value")] + [
                without_page_header(lines[i].text)
                for i in range(index + 1, last + 1)
                if not is_page_furniture(lines[i].text)
            ]
            subject = " ".join(" ".join(parts).split())
            glued = GLUED_CLASSIFIED_BY.search(subject)
            if glued:
                return subject[: glued.start()], last  # "... AND IMPLICATIONS Classified By: ..."
            after = _subject_after_blank(lines, last, subject)
            if after is not None:
                subject, last = f"{subject} {' '.join(lines[after].text.split())}", after
            return subject, last
    return None


# A subject cut short by a blank line ends with one of these, or with a number.
_UNFINISHED = re.compile(r"(?:\b(?:ON|OF|TO|AND|FOR|WITH|THE|A|AN|IN|AT|BY|FROM)|\d|,|['\u2019]S)$", re.I)


def _subject_after_blank(lines: list[Line], last: int, subject: str) -> int | None:
    """The line that finishes a subject wrapped over a blank line ("... March 24, 2009" /
    blank / "Conversation with ..."), when the subject is unfinished and that line is a
    single line of several words standing alone."""
    i = last + 1
    if not _UNFINISHED.search(subject) or i + 1 >= len(lines) or lines[i].text.strip():
        return None
    candidate = lines[i + 1].text
    if (
        len(candidate.split()) < 3
        or FIELD_START.match(candidate)
        or MARKED_START.match(candidate)
        or re.match(r"^[ \t]*-{3,}", candidate)
        or (i + 2 < len(lines) and lines[i + 2].text.strip())
    ):
        return None
    return i + 1


DECLASSIFY = re.compile(r"^[ \t]*E\.?[ \t]?O\.?[ \t]*1\d{4}\b[ \t]*[:.]?[ \t]*(?P<value>.*)$", re.I)
DECLASSIFY_INLINE = re.compile(r"\bE\.?[ \t]?O\.?[ \t]*1\d{4}\b[ \t]*[:.]?[ \t]*(?P<value>.*?)(?=[ \t]+TAGS\b|$)")
DATE_MDY = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2,4})\b")
DATE_YMD = re.compile(r"\b(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})\b")
# Declassification markers that are not dates: originating agency's determination required,
# not applicable, the exemption categories of E.O. 12958 and 13526.
DECLASSIFY_MARKER = re.compile(r"^(?:OADR|N/A|NA|25X\d|X\d|MR|X?GDS|NGDS)\b")


def _date_in(value: str) -> str | None:
    for pattern in (DATE_YMD, DATE_MDY):
        found = pattern.search(value)
        if found:
            year = int(found.group("y"))
            year += (1900 if year >= 60 else 2000) if year < 100 else 0
            try:
                return date(year, int(found.group("m")), int(found.group("d"))).isoformat()
            except ValueError:
                continue
    return None


def find_declassify(lines: list[Line], start: int) -> tuple[str | None, int] | None:
    """The declassification instruction of the ``E.O. 12958:`` line: an ISO date when it names
    one (``DECL: 02/28/2028`` and ``DECL: 2020/02/04`` give ISO dates), else a marker
    (``OADR``, ``N/A``, ``X1``), else None.

    >>> from graphify.cabletext import split_lines
    >>> find_declassify(split_lines("E.O. 12958: DECL: 02/28/2028"), 0), find_declassify(split_lines("E.O. 12356: DECL:OADR"), 0)
    (('2028-02-28', 0), ('OADR', 0))
    """
    for pattern in (DECLASSIFY.match, DECLASSIFY_INLINE.search):
        for index in range(start, min(start + 80, len(lines))):
            match = pattern(lines[index].text)
            if not match:
                continue
            value = re.sub(r"^DECL\b[ \t]*:?[ \t]*", "", match.group("value").strip(), flags=re.I).strip()
            iso = _date_in(value)
            if iso:
                return iso, index
            marker = DECLASSIFY_MARKER.match(value.upper())
            return (marker.group(0) if marker else None), index
    return None


CLASSIFIED_BY = re.compile(
    r"^[ \t]*(?P<number>(?:\u00b6[ \t]*)?\d{1,2}\.[ \t]*)?(?:\([A-Z]{1,4}\)[ \t]*)?(?:CLASSIFIED[ \t]+BY\b[ \t]*[:.]?[ \t]*)+"
    r"(?P<value>.*)$",
    re.I,
)
# A Classified By line glued to the end of the line before it (a REF or SUBJECT field).
GLUED_CLASSIFIED_BY = re.compile(r"[ \t](?P<glued>CLASSIFIED[ \t]+BY[ \t]*:)", re.I)
# Where the name and title end: the reasons, "FOR REASONS 1.4(B)", "REASON: 1.5 (D)", ": 1.4 (b)"
# (the punctuation before them is stripped from the name; no leading blanks in the pattern, so that
# searching a long run of blanks stays linear).
REASONS = re.compile(
    r"(?:\b(?:FOR|PER)[ \t]+)?(?:\bAS[ \t]+(?:CONFIDENTIAL|SECRET|UNCLASSIFIED|SBU)\b|\bREAS|\bE\.?[ \t]?O\.?[ \t]*1\d{4}|\b1\.[45]\b|\b1\.[45][ \t]*\(|\(\d|\bBASED[ \t]+ON\b)",
    re.I,
)


# A line that ends in a capitalised word and a next line that starts with a lowercase piece of
# a word: a line wrapped inside a name ("Andrew Y" / "oung,", "Michae" / "l Corbin"), unless
# the piece is a word of its own ("Krishna Urs" / "for reasons", "Dept" / "of State"): a name
# particle of data/name_cues.tsv or one of these.
_NAME_CUT = re.compile(r"\b[A-Z][A-Za-z]*[ \t]*$")
_WORD_PIECE = re.compile(r"^[ \t]*([a-z]+)(?=[ \t,.;:]|$)")
_WORDS_AFTER_NAMES = frozenset("a an and as at by della der e for from in of on per the to with y".split())


def _join_wrapped(pieces: list[str]) -> str:
    """Lines of one field joined with spaces, and without one where a line wraps inside a name.

    >>> _join_wrapped(["Political Affairs Andrew Y ", "oung, 1.4 (b/d)."])
    'Political Affairs Andrew Young, 1.4 (b/d).'
    >>> _join_wrapped(["Deputy Chief of Mission Krishna Urs", "for reasons 1.4 (b) and (d)."])
    'Deputy Chief of Mission Krishna Urs for reasons 1.4 (b) and (d).'
    """
    joined = pieces[0]
    for piece in pieces[1:]:
        piece_match = _WORD_PIECE.match(piece)
        word = piece_match.group(1) if piece_match else None
        if word and word not in _WORDS_AFTER_NAMES and word not in name_cues("name_particles") and _NAME_CUT.search(joined):
            joined = joined.rstrip() + piece.lstrip()
        else:
            joined = f"{joined} {piece}"
    return joined


def find_classified_by(lines: list[Line], start: int) -> tuple[Person | None, int, bool, int, int] | None:
    """The ``Classified By:`` line: the person and title before the reasons, the index of its
    last line, whether it is a numbered paragraph of the body (``1. CLASSIFIED BY ...``), the
    index of its first line and where in that line it starts (after a REF or SUBJECT field on
    the same line in pages that lost their line breaks, "REF: LJUBLJANA 20 Classified By: DCM
    Robert Silverman for reasons 1.4 (b) and (d).").

    >>> lines = [Line("REF: LJUBLJANA 20 Classified By: DCM Robert Silverman for reasons", 0)]
    >>> person, last, in_paragraph, index, column = find_classified_by(lines, 0)
    >>> person.name, person.title, column
    ('Robert Silverman', 'DCM', 18)
    """
    for index in range(start, min(start + 120, len(lines))):
        match, column = CLASSIFIED_BY.match(lines[index].text), 0
        if not match:
            glued = GLUED_CLASSIFIED_BY.search(lines[index].text)
            if not glued:
                continue
            column = glued.start("glued")
            match = CLASSIFIED_BY.match(lines[index].text[column:])
        in_paragraph = match.group("number") is not None
        value, last = match.group("value"), index
        if not in_paragraph or not REASONS.search(value):
            # The line wraps, often in the middle of a word ("FOR REAS" / "ONS 1.4 B/D").
            nxt = _continuation(lines, index, lambda text: True)
            if in_paragraph:
                nxt = next((i for i in range(index + 1, nxt + 1) if REASONS.search(lines[i].text)), nxt)
            value = _join_wrapped([value] + [lines[i].text for i in range(index + 1, nxt + 1)])
            last = nxt
        reasons = REASONS.search(value)
        who = value[: reasons.start()] if reasons else value
        return split_title(who.strip(" ,.:;")), last, in_paragraph, index, column
    return None
