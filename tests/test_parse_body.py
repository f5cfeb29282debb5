"""The body of real cables: numbered paragraphs, their markings and offsets, the signature;
and the parser's promise never to raise, on every fixture and on mangled input.

Expected values were read off the cables in ``tests/fixtures/cables/`` by hand.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from graphify import parse_cable
from graphify.model import Cable, SourceMetadata
from graphify.cabletext import is_page_break
from graphify.parse.body import find_signature

from cable_fixtures import NAMES, fixture_info, fixture_text, parsed, source_metadata


def whole_cable(name: str) -> bool:
    return fixture_info(name)["excerpt"] == "whole cable"


# ---------------------------------------------------------------------------------------------
# Numbered paragraphs: (numbers, markings) as written; "?" = marking not checked.
# ---------------------------------------------------------------------------------------------
PARAGRAPHS = {
    "66BUENOSAIRES2481": ([1], [None]),
    "72TEHRAN1164": ([1], [None]),
    "75LIBREVILLE1895": ([1, 2, 3, 4], [None, None, None, None]),
    # "1. (C - ENTIRE TEXT)." is a note on the whole text rather than a paragraph marking
    "79TEHRAN11260": ([1, 2, 3, 4], ["?", None, None, None]),
    "85KADUNA709": ([1, 2, 3, 4], [None, None, None, None]),
    "85BEIRUT3494": ([1, 2, 3], [None, None, None]),
    "89TAIPEI3647": ([1, 2], ["C", "U"]),
    "90CAPETOWN97": ([1, 2], [None, None]),
    "92USUNNEWYORK5825": ([1, 2], [None, None]),
    # "1.  (U) CLASSIFIED BY POLOFF JEFFREY JACOBS, REASON 1.5 / (D) ." is paragraph 1
    "97ADDISABABA2584": ([1, 2], ["U", "C"]),
    "98USUNNEWYORK1622": ([1], ["C"]),
    # paragraph 1 runs over "LIMITED OFFICIAL USE" / "PAGE 03 ZAGREB 00082 01 OF 04 071631Z"
    "94ZAGREB82": ([1, 2], [None, None]),
    "00STATE228772": ([1], [None]),
    # the cable has no paragraph 2: "1. (U):" then "3. (U)"
    "01HOCHIMINHCITY183": ([1, 3], ["U", "U"]),
    "01STATE157144": ([1, 2, 3, 4, 5, 6], [None] * 6),
    "04TEGUCIGALPA2738": ([1], [None]),
    "04WELLINGTON886": ([1, 2], ["SBU", "U"]),
    "00HARARE6677": ([1], ["C"]),
    "04RANGOON88": ([1, 2], ["S/NF", "S/NF"]),
    "05PARIS5539": ([1], ["C"]),
    "07PARIS2743": ([1, 2], ["U", "U"]),
    "07STATE152317": ([1, 2], ["S", "S/REL CHINA"]),
    "07TRIPOLI943": ([1, 2, 3], ["S/NF", "S/NF", "S/NF"]),
    "08ALGIERS198": ([1], ["C"]),
    "08BRASILIA429": ([1], ["C"]),
    "08STATE15220": ([1, 2], ["U", "S"]),
    "08KUALALUMPUR317": ([], []),
    "08KYIV2294": ([1], ["C"]),
    "08NAIROBI1363": ([1], ["S/NF"]),
    "09BRASILIA1206": ([1], ["U"]),
    "09BRASILIA1276": ([1, 2, 3], [None, None, None]),
    "09KUWAIT110": ([1], ["S/NF"]),
    # "¶1. Classified by Acting EAP A/S ..." then "(U)", "(U)", "(C/Rel Aus)"
    "09STATE30049": ([1, 2, 3, 4], [None, "U", "U", "C/REL AUS"]),
    "10BAKU98": ([1], ["S"]),
    "10BUENOSAIRES71": ([1, 2], ["C", "C"]),
    "10NAIROBI59": ([1], ["C"]),
    "10TELAVIV414": ([1, 2], ["S/NF", "S/NF"]),
}

def test_every_fixture_has_paragraphs_stated():
    assert set(NAMES) == set(PARAGRAPHS)


@pytest.mark.parametrize("name", PARAGRAPHS)
def test_paragraph_numbers_and_markings(name):
    numbers, markings = PARAGRAPHS[name]
    numbered = [p for p in parsed(name).paragraphs if p.number is not None]
    assert [p.number for p in numbered] == numbers
    for paragraph, marking in zip(numbered, markings):
        if marking != "?":
            assert (paragraph.marking or "").upper() == (marking or ""), paragraph.number


@pytest.mark.parametrize("name", NAMES)
def test_paragraph_offsets(name):
    cable = parsed(name)
    previous_end = 0
    for paragraph in cable.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(cable.text)
        assert cable.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.start >= previous_end, "paragraphs overlap or are out of order"
        assert paragraph.text == paragraph.text.strip() and paragraph.text
        previous_end = paragraph.end


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_leave_the_header_out(name):
    cable = parsed(name)
    for paragraph in cable.paragraphs:
        assert not re.search(r"^\s*(TAGS|SUBJECT)\b", paragraph.text, re.M | re.I), paragraph.text[:80]
        assert not re.search(r"^\s*E\.\s?O\.\s*1\d{4}", paragraph.text, re.M), paragraph.text[:80]


@pytest.mark.parametrize("name", NAMES)
def test_no_paragraph_keeps_the_next_paragraphs_pilcrow(name):
    for paragraph in parsed(name).paragraphs:
        assert not paragraph.text.endswith("\u00b6"), paragraph.text[-40:]


def test_paragraph_text_starts_after_number_and_marking():
    cable = parsed("10TELAVIV414")
    first, second = [p for p in cable.paragraphs if p.number]
    assert first.text.startswith("On February 22, 2010, BG Yossi Baidatz")
    assert second.text == "Embassy Tel Aviv\u2019s Office of Regional Analysis is sending additional details separately."
    assert cable.text[first.start - len("(S/NF) ") : first.start] == "(S/NF) "


def test_paragraph_over_page_break_keeps_all_its_text():
    # "3. (U) POLOFF REFUSED ..." runs over "PAGE 03 HO CHI 00183 230859Z" to "... TO PROVE A POINT."
    cable = parsed("01HOCHIMINHCITY183")
    third = [p for p in cable.paragraphs if p.number == 3][0]
    assert third.text.startswith("POLOFF REFUSED TO CALL THE PEOPLE'S COMMITTEE")
    assert third.text.endswith("TO PROVE A POINT.")


def test_unnumbered_body():
    # a body of one paragraph without a number, then the signature
    cable = parsed("08KUALALUMPUR317")
    assert len(cable.paragraphs) == 1
    body = cable.paragraphs[0]
    assert body.number is None
    assert body.text.startswith("(SBU) Poloff delivered reftel demarche and nonpaper to Adi Mohammed")
    assert body.text.endswith("unable to elicit any further response from MFA.")


def test_lead_text_before_first_paragraph():
    # "COUNTRY TEAM. MESSAGE / BEGIN SUMMARY / ... / ACTION REQUESTED: ..." before "1. ON FEB 24"
    cable = parsed("72TEHRAN1164")
    lead = cable.paragraphs[0]
    assert lead.number is None
    assert lead.text.startswith("COUNTRY TEAM. MESSAGE")
    assert "ACTION REQUESTED: COUNTRY TEAM RECOMMENDS" in lead.text


# Cables where paragraph 1 follows the header directly: no unnumbered paragraph before it.
NO_LEAD = [
    "66BUENOSAIRES2481", "75LIBREVILLE1895", "79TEHRAN11260", "85KADUNA709", "85BEIRUT3494", "89TAIPEI3647",
    "90CAPETOWN97", "92USUNNEWYORK5825", "98USUNNEWYORK1622", "00STATE228772", "01HOCHIMINHCITY183",
    "01STATE157144", "04TEGUCIGALPA2738", "04WELLINGTON886", "00HARARE6677", "04RANGOON88", "05PARIS5539",
    "07PARIS2743", "07STATE152317", "07TRIPOLI943", "08ALGIERS198", "08BRASILIA429", "08STATE15220",
    "08KYIV2294", "09BRASILIA1206", "09BRASILIA1276", "09KUWAIT110", "10BAKU98", "10NAIROBI59", "10TELAVIV414",
]
@pytest.mark.parametrize("name", NO_LEAD)
def test_no_lead_paragraph_when_the_body_starts_numbered(name):
    unnumbered = [p.text for p in parsed(name).paragraphs if p.number is None]
    assert unnumbered == []


# ---------------------------------------------------------------------------------------------
# Signatures: the whole cables end with one; excerpts end inside the text and have none.
# ---------------------------------------------------------------------------------------------
SIGNATURES = {
    "75LIBREVILLE1895": "STEIGMAN",  # then a classification footer line "CONFIDENTIAL"
    "79TEHRAN11260": "LAINGEN",
    "85KADUNA709": "ANDRESEN",
    "85BEIRUT3494": "BARTHOLOMEW",
    "01STATE157144": "POWELL",
    "04RANGOON88": "Martinez",  # mixed case, at the end of paragraph 2's last sentence
    "07TRIPOLI943": "MILAM",
    "08KUALALUMPUR317": "KEITH",
    "09BRASILIA1276": "KUBISKE",  # at the end of paragraph 3's last sentence
    "10TELAVIV414": "Cunningham",
}
def test_whole_cables_are_the_ones_with_signatures():
    assert {name for name in NAMES if whole_cable(name)} == set(SIGNATURES)


@pytest.mark.parametrize("name", SIGNATURES)
def test_signature(name):
    cable = parsed(name)
    assert cable.signed_by == SIGNATURES[name]
    # the signature is not part of the last paragraph
    assert SIGNATURES[name] not in cable.paragraphs[-1].text.split()[-1]


@pytest.mark.parametrize(
    "tail, name",
    [
        # the end of 05VATICAN89 as the cable viewer's page gives it
        ("his remarks on Cuba (septel). \n \nNicholson \n \n \nNNNN \n\n"
         " 2005VATICA00089 - Classification: UNCLASSIFIED \n", "Nicholson"),
        # the end of 05LJUBLJANA11 (test62) as cables.csv gives it: a version under the trailer
        ('staffers working on NATO-related issues. \nROBERTSON \n \n \nNNNN \n\n'
         " 2005LJUBLJ00011 - Classification: CONFIDENTIAL \n\n\n \nv1.6.2 \n", "ROBERTSON"),
        # the end of 04BOGOTA5326 (test66): two letters left on a line of their own under the name
        ("encroachment in these and other protected areas. \n \nWood \nod \n", "Wood"),
    ],
    ids=["cable viewer footer", "version line", "stray end of a word"],
)
def test_signature_above_the_lines_a_transmission_ends_with(tail, name):
    assert find_signature(tail, 0, len(tail)) == (name, tail.index(name))


def test_a_letters_closing_is_no_signature():
    # the end of 03OTTAWA386 (test65): a letter quoted in the cable
    tail = (
        "effective global civil navigation satellite system architecture.\n\n"
        "                              Sincerely \n"
    )
    assert find_signature(tail, 0, len(tail)) is None


@pytest.mark.parametrize("name", [name for name in NAMES if not whole_cable(name)])
def test_excerpts_have_no_signature(name):
    assert parsed(name).signed_by is None


# ---------------------------------------------------------------------------------------------
# Never raises, and keeps its invariants, on every fixture and on mangled input.
# ---------------------------------------------------------------------------------------------
def check_invariants(cable: Cable, text: str) -> None:
    assert isinstance(cable, Cable)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    assert cable.text == "".join(ch for ch in normalized if ch in "\t\n\f" or not (ord(ch) < 32 or ord(ch) == 127))
    previous_end = 0
    for paragraph in cable.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(cable.text)
        assert cable.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.start >= previous_end
        previous_end = paragraph.end
    assert set(cable.references_notal) <= set(cable.references)
    assert cable.cable_id not in cable.references or cable.cable_id is None
    if cable.date is not None:
        assert cable.date.utcoffset().total_seconds() == 0
    for post in (cable.origin, *cable.to, *cable.info):
        if post is not None:
            assert post.name and post.name == post.name.strip()


def mangled_inputs() -> list[tuple[str, str]]:
    rng = random.Random(20101128)
    kyiv = fixture_text("08KYIV2294")
    header_only = kyiv[: kyiv.index("Classified By")]
    transmission_only = kyiv[: kyiv.index("C O N F I D E N T I A L")]
    junk = bytes(rng.randrange(256) for _ in range(4000)).decode("latin-1")
    return [
        ("empty", ""),
        ("blank", " \n\t\n \r\n"),
        ("one newline", "\n"),
        ("header only", header_only),
        ("transmission header only", transmission_only),
        ("classification line only", "S E C R E T ASTANA 000392"),
        ("field names only", "TAGS:\nSUBJECT:\nREF:\nClassified By:\nE.O. 12958: DECL:\n1.\n\u00b62. ()"),
        ("binary junk", junk),
        ("NUL and control bytes", "\x00\x01\x02REF: STATE 1234\x00\nTAGS: \x07\x08 PREL\n1. (S)\x1b text"),
        ("CRLF line ends", fixture_text("10TELAVIV414").replace("\n", "\r\n")),
        ("CR line ends", fixture_text("85KADUNA709").replace("\n", "\r")),
        ("no line ends", fixture_text("00STATE228772").replace("\n", " ")),
        ("reversed lines", "\n".join(reversed(fixture_text("07STATE152317").split("\n")))),
        ("shuffled lines", "\n".join(rng.sample(fixture_text("97ADDISABABA2584").split("\n"), 40))),
        ("bad dates", "O 999999Z FEB 08\nFM AMEMBASSY X\nTO SECSTATE WASHDC\n\nUNCLAS X 1\n\nE.O. 12958: DECL: 13/45/2099\n"),
        ("DTG at the end", "P 280634Z FEB"),
        ("unicode", "S E C R E T \u0410\u0421\u0422\u0410\u041d\u0410 000392\n\nTAGS: \u00e9\u00e8 \U0001f600\nSUBJECT: \u2603\n\n\u00b61. (S) \u00fc"),
    ]


@pytest.mark.parametrize("name", NAMES)
def test_every_fixture_parses_with_and_without_metadata(name):
    text = fixture_text(name)
    check_invariants(parse_cable(text), text)
    check_invariants(parse_cable(text, source_metadata(name)), text)


@pytest.mark.parametrize("name", ["00STATE228772", "09STATE30049", "90CAPETOWN97", "04RANGOON88"])
def test_every_prefix_of_a_fixture_parses(name):
    # cables cut anywhere (truncated files, partial extracts)
    text = fixture_text(name)
    cuts = sorted({m.start() for m in re.finditer("\n", text)} | set(range(0, len(text), 97)))
    for cut in cuts:
        check_invariants(parse_cable(text[:cut]), text[:cut])


@pytest.mark.parametrize("label,text", mangled_inputs(), ids=[label for label, _ in mangled_inputs()])
def test_mangled_input_never_raises(label, text):
    check_invariants(parse_cable(text), text)
    check_invariants(parse_cable(text, SourceMetadata(cable_id="not an id", classification="//")), text)


def test_empty_text_gives_an_empty_cable():
    cable = parse_cable("")
    assert cable.cable_id is None and cable.date is None and cable.origin is None
    assert cable.paragraphs == () and cable.references == () and cable.tags == ()


ONE_MB = 1_000_000
LONG_LINES = {
    "letters": "x" * ONE_MB,
    "words": ("LOREM IPSUM DOLOR SIT AMET " * (ONE_MB // 27 + 1))[:ONE_MB],
    "REF items": ("REF: " + "A. STATE 1234 (NOTAL), B. 08 PARIS 1501 AND 1502; " * (ONE_MB // 50 + 1))[:ONE_MB],
    "spaced letters": ("S E C R E T " * (ONE_MB // 12 + 1))[:ONE_MB],
    "digits and Z": ("280634Z FEB 08 " * (ONE_MB // 15 + 1))[:ONE_MB],
    "paragraph line": "1. (S) " + ("TAGS PREL " * (ONE_MB // 10 + 1))[:ONE_MB],
    "FM TO INFO": ("FM AMEMBASSY X TO RUEHC/SECSTATE WASHDC 1 INFO " * (ONE_MB // 48 + 1))[:ONE_MB],
}


@pytest.mark.parametrize("label", list(LONG_LINES))
def test_one_megabyte_single_line_is_fast(label):
    line = LONG_LINES[label]
    for text in (line, fixture_text("08KYIV2294") + "\n\n" + line):
        started = time.perf_counter()
        cable = parse_cable(text)
        elapsed = time.perf_counter() - started
        check_invariants(cable, text)
        assert elapsed < 2.0, f"{elapsed:.2f} s for a 1 MB line ({label})"


# ---------------------------------------------------------------------------------------------
# Page headers, as printed in the cables named.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,expected",
    [
        ("PAGE 02        CAPE T  00097  01 OF 03  182017Z", True),  # 90CAPETOWN97
        ("PAGE 02        STATE   228772  012054Z ", True),  # 00STATE228772
        ("PAGE 03        HO CHI  00183  230859Z ", True),  # 01HOCHIMINHCITY183
        ("NAIROBI 00001363 001.2 OF 002 ", True),  # 08NAIROBI1363
        ("BUENOS AIR 00000827 002 OF 005", True),  # 09BUENOSAIRES827
        ("KABUL 00000062  001.4 OF 002", True),  # 10KABUL62
        ("DUBAI 00000059  001.2 OF 002 ", True),  # 07DUBAI59
        ("HAVANA 00000084 001.2 OF 004", True),  # 10HAVANA84
        ("RIYADH 00000182 001.2 of 003 ", True),  # 10RIYADH182
        ("C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097 ", False),
        ("UNCLAS SECTION 01 OF 02 WELLINGTON 000886 ", False),
        ("REF: A. STATE 144222 ", False),
        ("2.  (C)  FEW ISSUES ARE OF GREATER LONG-TERM CONCERN TO ", False),
        ("\u00b61. (S/NF) Charge met November 1 with MFA Secretary for the ", False),
        ("TAGS: PREL PGOV PHUM KISL AL MO PTER FR", False),
        ("", False),
    ],
    ids=[
        "90CAPETOWN97", "00STATE228772", "01HOCHIMINHCITY183", "08NAIROBI1363", "09BUENOSAIRES827", "10KABUL62",
        "07DUBAI59", "10HAVANA84", "10RIYADH182", "class-line", "class-line-unclas", "ref", "paragraph",
        "pilcrow-paragraph", "tags", "empty",
    ],
)
def test_is_page_break(line, expected):
    assert is_page_break(line) is expected
