"""Readers on real pages and rows: trimmed WikiLeaks cable-viewer pages (the metadata table and
the two ``<pre>`` blocks, as published) and three verbatim rows of ``cables.csv``.

The format is told from the content, not the file name; the HTML table and the CSV columns fill
what the text lacks (a partial extract has no transmission header: its id, date and origin come
from the columns).
"""

from __future__ import annotations

import csv
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from graphify import parse_raw
from graphify.model import RawCable, Skipped
from graphify.read import detect_format, read_cables

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cables"
CSV_FILE = FIXTURES / "cables_sample.csv"


def fixture_text(name: str) -> str:
    with open(FIXTURES / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def read_one(path: Path) -> RawCable:
    found = list(read_cables([path]))
    assert len(found) == 1 and isinstance(found[0], RawCable), found
    return found[0]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
HTML_PAGES = {
    # name: (Created, Classification, Origin) as in the page's table
    "08KYIV2294": (utc(2008, 11, 21, 14, 2), "CONFIDENTIAL", "Embassy Kyiv"),
    "04RANGOON88": (utc(2004, 1, 20, 9, 9), "SECRET//NOFORN", "Embassy Rangoon"),
    "10TELAVIV414": (utc(2010, 2, 22, 14, 2), "SECRET", "Embassy Tel Aviv"),
}


@pytest.mark.parametrize("name", list(HTML_PAGES))
def test_html_page_metadata(name):
    raw = read_one(FIXTURES / f"{name}.html")
    created, classification, origin = HTML_PAGES[name]
    assert raw.format == "html"
    assert raw.source == str(FIXTURES / f"{name}.html")
    assert raw.metadata.cable_id == name
    assert raw.metadata.date == created
    assert raw.metadata.classification == classification
    assert raw.metadata.origin == origin


@pytest.mark.parametrize("name", list(HTML_PAGES))
def test_html_page_text_is_the_two_pre_blocks(name):
    raw = read_one(FIXTURES / f"{name}.html")
    # the .txt fixture is the same cable's text, cut at the same place
    assert raw.text.rstrip() == fixture_text(name).rstrip()
    # entities decoded, paragraph links reduced to their pilcrow, no markup left
    assert "&#x000A;" not in raw.text and "<a " not in raw.text and "</pre>" not in raw.text
    assert "\u00b61. (" in raw.text


def test_html_header_block_then_body_block():
    raw = read_one(FIXTURES / "08KYIV2294.html")
    header, body = raw.text.split("\n\n", 1)[0], raw.text
    assert header.startswith("VZCZCXYZ0005\nRR RUEHWEB")
    assert "\nFM AMEMBASSY KYIV\nTO RUEHC/SECSTATE WASHDC 6757\n" in body
    assert "C O N F I D E N T I A L KYIV 002294" in body
    assert "Ukraine\u2019s most wealthy and notorious oligarchs" in body  # curly apostrophe kept


def test_html_parse_raw_prefers_the_text_over_the_table():
    # the table's "Created" (14:02) is not the date-time group of the cable (211448Z NOV 08)
    cable = parse_raw(read_one(FIXTURES / "08KYIV2294.html"))
    assert cable.cable_id == "08KYIV2294"
    assert cable.date == utc(2008, 11, 21, 14, 48)
    assert cable.origin.name == "AMEMBASSY KYIV"
    assert cable.classification == "CONFIDENTIAL"
    assert cable.subject == "UKRAINE: FIRTASH USES CRISIS TO EXPAND INTO BANKING"
    assert cable.references == ("08KYIV2080", "08KYIV2207")
    assert cable.source == str(FIXTURES / "08KYIV2294.html")
    assert [p.number for p in cable.paragraphs] == [1]


def test_html_partial_extract_takes_id_date_origin_from_the_table():
    raw = read_one(FIXTURES / "04RANGOON88.html")
    assert raw.text.startswith("This record is a partial extract of the original cable.")
    cable = parse_raw(raw)
    assert cable.cable_id == "04RANGOON88"
    assert cable.date == utc(2004, 1, 20, 9, 9)  # no date-time group in the text: the table's
    assert cable.origin.name == "AMEMBASSY RANGOON"
    assert cable.classification == "SECRET"
    assert "NOFORN" in cable.caveats
    assert cable.references == ("04STATE297614", "03RANGOON1427")


def test_html_whole_short_cable():
    cable = parse_raw(read_one(FIXTURES / "10TELAVIV414.html"))
    assert cable.cable_id == "10TELAVIV414"
    assert cable.date == utc(2010, 2, 22, 14, 45)
    assert cable.signed_by == "Cunningham"
    assert [(p.number, p.marking) for p in cable.paragraphs] == [(1, "S/NF"), (2, "S/NF")]
    assert cable.references == ()  # "REF: IIR 6-849-9075-10" is not a cable


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------
def csv_rows() -> list[list[str]]:
    with open(CSV_FILE, encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, escapechar="\\", doublequote=False) if row]


def test_csv_fixture_is_three_real_rows():
    rows = csv_rows()
    assert [row[2] for row in rows] == ["85KADUNA709", "85BEIRUT3494", "04TEGUCIGALPA2738"]
    assert all(len(row) == 8 for row in rows)
    assert rows[2][6].startswith("This record is a partial extract")


def test_csv_rows_read_one_cable_each():
    found = list(read_cables([CSV_FILE]))
    assert all(isinstance(raw, RawCable) for raw in found), found
    assert [raw.format for raw in found] == ["csv"] * 3
    assert [raw.metadata.cable_id for raw in found] == ["85KADUNA709", "85BEIRUT3494", "04TEGUCIGALPA2738"]
    # each location names the line where the row starts
    lines = CSV_FILE.read_text(encoding="utf-8").split("\n")
    numbers = [int(raw.location.removeprefix("line ")) for raw in found]
    assert numbers[0] == 1 and numbers == sorted(numbers)
    for raw, number in zip(found, numbers):
        assert lines[number - 1].startswith('"') and f'"{raw.metadata.cable_id}"' in lines[number - 1]
        assert raw.where == f"{CSV_FILE}:line {number}"


def test_csv_full_row_text_is_header_and_content():
    kaduna = list(read_cables([CSV_FILE]))[0]
    row = csv_rows()[0]
    assert kaduna.text == row[6] + "\n" + row[7]
    assert kaduna.text.startswith("R 051118Z JUN 85\nFM AMCONSUL KADUNA\nTO AMEMBASSY LAGOS\nSECSTATE WASHDC 7998\n")
    assert kaduna.text == fixture_text("85KADUNA709")
    assert kaduna.metadata.date == utc(1985, 6, 5, 11, 18)
    assert kaduna.metadata.origin == "Consulate Kaduna"
    assert kaduna.metadata.classification == "CONFIDENTIAL"
    assert kaduna.metadata.references == ("85LAGOS6244",)


def test_csv_full_row_parses_from_its_text():
    raw = list(read_cables([CSV_FILE]))[1]
    beirut = parse_raw(raw)
    assert beirut.cable_id == "85BEIRUT3494"
    assert beirut.date == utc(1985, 6, 14, 10, 30)
    assert beirut.origin.name == "AMEMBASSY BEIRUT"
    assert beirut.references == ("85BEIRUT3493",) and beirut.references_notal == ("85BEIRUT3493",)
    assert beirut.signed_by == "BARTHOLOMEW"
    assert beirut.source == raw.where == f"{CSV_FILE}:{raw.location}"


def test_csv_partial_extract_gets_id_date_origin_from_the_columns():
    raw = list(read_cables([CSV_FILE]))[2]
    # the header column only says the record is partial: the text is the content column
    assert "partial extract" not in raw.text
    assert raw.text.startswith("UNCLAS TEGUCIGALPA 002738 \n")
    assert raw.text.startswith(fixture_text("04TEGUCIGALPA2738"))  # the fixture is its first part
    cable = parse_raw(raw)
    assert cable.cable_id == "04TEGUCIGALPA2738"
    assert cable.date == utc(2004, 12, 7, 21, 42)
    assert cable.origin.name == "AMEMBASSY TEGUCIGALPA"
    assert cable.classification == "UNCLASSIFIED"
    assert cable.precedence is None and cable.to == () and cable.info == ()
    # the REF block in the text, not the column's spelling (04SECSTATE209663)
    assert cable.references == ("04TEGUCIGALPA2636", "04STATE242242", "04TEGUCIGALPA2418", "04STATE209663")


# ---------------------------------------------------------------------------------------------
# Format from content, not from the file name
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "source,disguise,expected",
    [
        ("08KYIV2294.html", "cable.txt", "html"),
        ("04RANGOON88.html", "no_extension", "html"),
        ("cables_sample.csv", "rows.txt", "csv"),
        ("cables_sample.csv", "cables.html", "csv"),
        ("85KADUNA709.txt", "85KADUNA709.csv", "text"),
        ("10TELAVIV414.txt", "10TELAVIV414.html", "text"),
    ],
)
def test_format_is_told_from_content(tmp_path, source, disguise, expected):
    target = tmp_path / disguise
    shutil.copyfile(FIXTURES / source, target)
    found = [raw for raw in read_cables([target]) if isinstance(raw, RawCable)]
    assert found and {raw.format for raw in found} == {expected}
    head = target.read_bytes()[:65536].decode("utf-8")
    assert detect_format(head) == expected


def test_text_fixture_reads_verbatim():
    raw = read_one(FIXTURES / "10TELAVIV414.txt")
    assert raw.format == "text" and raw.text == fixture_text("10TELAVIV414")
    assert raw.metadata.cable_id is None and raw.metadata.date is None


def test_whole_fixture_folder_reads_and_parses(tmp_path):
    found = list(read_cables([FIXTURES]))
    raws = [raw for raw in found if isinstance(raw, RawCable)]
    assert not [s for s in found if isinstance(s, Skipped)]
    # the .txt excerpts, 3 pages, 3 CSV rows, and metadata.json read as plain text
    formats = sorted(raw.format for raw in raws)
    assert formats.count("html") == 3 and formats.count("csv") == 3
    for raw in raws:
        cable = parse_raw(raw)
        for paragraph in cable.paragraphs:
            assert cable.text[paragraph.start : paragraph.end] == paragraph.text
