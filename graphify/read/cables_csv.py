"""``cables.csv`` of the 251,287-cable release: 8 columns (id, date, refid, origin,
classification, references joined by ``|``, header, content), no header row, backslash escapes,
multi-line fields. Read row by row, never whole.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from graphify.model import RawCable, Skipped, SourceMetadata

COLUMNS = ("id", "date", "refid", "origin", "classification", "references", "header", "content")
# The header column of rows that are partial extracts says so instead of giving the header.
PARTIAL_EXTRACT = "This record is a partial extract"
# How a cables.csv file starts: "282","6/5/1989 10:35","89TAIPEI3647",...
FIRST_ROW = re.compile(r'^\s*"\d+","\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}","')

csv.field_size_limit(64 * 1024 * 1024)


def looks_like_cables_csv(head: str) -> bool:
    """True when the first characters of a file are a cables.csv row."""
    return FIRST_ROW.match(head) is not None


def _date(value: str) -> datetime | None:
    try:
        return datetime.strptime(value.strip(), "%m/%d/%Y %H:%M").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def row_to_raw(row: list[str], path: str, location: str) -> RawCable | Skipped:
    """One CSV row as a RawCable, or Skipped when it does not have the 8 columns."""
    if len(row) != len(COLUMNS):
        return Skipped(path, location, f"CSV row with {len(row)} columns instead of {len(COLUMNS)}")
    fields = dict(zip(COLUMNS, row))
    header = fields["header"]
    text = fields["content"] if header.startswith(PARTIAL_EXTRACT) else f"{header}\n{fields['content']}"
    if not text.strip():
        return Skipped(path, location, "CSV row with an empty header and content")
    references = tuple(ref for ref in fields["references"].split("|") if ref.strip())
    metadata = SourceMetadata(
        cable_id=fields["refid"].strip() or None,
        date=_date(fields["date"]),
        origin=fields["origin"].strip() or None,
        classification=fields["classification"].strip() or None,
        references=references,
    )
    return RawCable(text=text, source=path, format="csv", location=location, metadata=metadata)


# A line that starts a row: "282","6/5/1989 10:35","... (the id and date columns).
ROW_START = re.compile(r'^"\d+","\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}","')


def split_rows(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """The text of each row and the number of its first line. A row ends where the next one
    starts, so a row with broken quoting cannot swallow the rows after it."""
    start, chunk = 0, []
    for number, line in enumerate(lines, 1):
        if ROW_START.match(line) and chunk:
            yield start, "".join(chunk)
            chunk = []
        if not chunk:
            if not line.strip():
                continue  # blank lines between rows
            start = number
        chunk.append(line)
    if chunk:
        yield start, "".join(chunk)


def read_csv_cables(path: str, lines: Iterable[str]) -> Iterator[RawCable | Skipped]:
    """The cables in the lines of a cables.csv file, one per row.

    >>> head = '"{}","6/5/1989 10:35","89TAIPEI{}","AIT","SECRET","","",'
    >>> rows = [head.format(1, 3647) + '"TAIPEI 03647"', head.format(2, 3648) + '"unterminated',
    ...         head.format(3, 3649) + '"TAIPEI 03649"']
    >>> [(type(r).__name__, r.location) for r in read_csv_cables("t.csv", [row + "\\n" for row in rows])]
    [('RawCable', 'line 1'), ('Skipped', 'line 2'), ('RawCable', 'line 3')]
    """
    for start, text in split_rows(lines):
        location = f"line {start}"
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), escapechar="\\", doublequote=False, strict=True))
        except csv.Error as error:
            yield Skipped(path, location, f"CSV row that cannot be parsed: {error}")
            continue
        rows = [row for row in rows if row]
        if len(rows) != 1:
            yield Skipped(path, location, f"CSV record that is not one row ({len(rows)} rows): broken quoting")
            continue
        yield row_to_raw(rows[0], path, location)
