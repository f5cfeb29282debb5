"""REF / REFS / REFTEL blocks of real cables, as canonical cable ids, checked by hand.

Two levels: whole cables (the fixtures in ``tests/fixtures/cables/``, parsed with their reader
metadata) and REF blocks copied verbatim from other cables of ``../shared/corpus`` given to
``parse_reference_items`` (the cable each comes from is named, its year is the year passed).

Items that are not cables (e-mails, telcons, DTGs, IIRs, FAM sections, daily reports, TD
numbers) are left out; a year in the item (``08 PARIS 1501``, ``2009 BAKU 972``) overrides the
cable's own year; ``(NOTAL)`` is kept apart.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from graphify import parse_cable
from graphify.model import SourceMetadata
from graphify.parse.references import parse_reference_items

from cable_fixtures import FIXTURES, parsed


# fixture -> (references in order, the NOTAL ones)
FIXTURE_REFERENCES = {
    # "REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966": CA-3400 is an airgram
    "66BUENOSAIRES2481": (["66STATE106206"], []),
    # "REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603" (items separated by colons)
    "72TEHRAN1164": (["72TEHRAN1091", "72TEHRAN263", "72MOSCOW1603"], []),
    # "REF: STATE 272523; USUN 6028"
    "75LIBREVILLE1895": (["75STATE272523", "75USUNNEWYORK6028"], []),
    "79TEHRAN11260": ([], []),
    # "REF:  LAGOS 06244"
    "85KADUNA709": (["85LAGOS6244"], []),
    # "REF: BEIRUT 3493 (NOTAL)"
    "85BEIRUT3494": (["85BEIRUT3493"], ["85BEIRUT3493"]),
    # "REF: TAIPEI 3626 (NOTAL)" (the CSV column says 89AITTAIPEI3626)
    "89TAIPEI3647": (["89TAIPEI3626"], ["89TAIPEI3626"]),
    # no REF line; the CSV references column names the cable itself
    "90CAPETOWN97": ([], []),
    "92USUNNEWYORK5825": ([], []),
    # "REFS:  A) 94 ADDIS ABABA 009151, B) 96 ADDIS ABABA 005554, / C) 96 ADDIS ABABA 008833,
    #  D) ADDIS ABABA 001871, / E) 95 ADDIS ABABA 005809"
    "97ADDISABABA2584": (
        ["94ADDISABABA9151", "96ADDISABABA5554", "96ADDISABABA8833", "97ADDISABABA1871", "95ADDISABABA5809"],
        [],
    ),
    "98USUNNEWYORK1622": ([], []),
    "94ZAGREB82": ([], []),
    # "REF: A) 99 STATE 162786;  B) 99 STATE 126590;  C) 99 STATE / 193655" (item cut by the wrap)
    "00STATE228772": (["99STATE162786", "99STATE126590", "99STATE193655"], []),
    "01HOCHIMINHCITY183": ([], []),
    "01STATE157144": ([], []),
    # "A. CUMMINS-AGUILERA EMAIL 11/30/04 / B. TEGUCIGALPA 2636 / C. SECSTATE 242242 / ..."
    "04TEGUCIGALPA2738": (["04TEGUCIGALPA2636", "04STATE242242", "04TEGUCIGALPA2418", "04STATE209663"], []),
    # "REF:  USDOC 5046"
    "04WELLINGTON886": (["04USDOC5046"], []),
    # "REFTEL: HARARE 6584"
    "00HARARE6677": (["00HARARE6584"], []),
    # "REF: STATE 297614 AND PREVIOUS 03 RANGOON 1427"
    "04RANGOON88": (["04STATE297614", "03RANGOON1427"], []),
    # "REF: A. STATE 144222 / ¶B. PARIS 5203 / ¶C. PARIS 4644 / ¶D. 04 PARIS 2981 / ¶E. ... ¶F. ..."
    "05PARIS5539": (
        ["05STATE144222", "05PARIS5203", "05PARIS4644", "04PARIS2981", "05PARIS4750", "05PARIS1732"],
        [],
    ),
    # "REF: A) PARIS 2208 (NOTAL) B) PARIS 2257 (NOTAL) C) / PARIS 2359 (NOTAL)"
    "07PARIS2743": (["07PARIS2208", "07PARIS2257", "07PARIS2359"], ["07PARIS2208", "07PARIS2257", "07PARIS2359"]),
    # "REF: (A)STATE 071143, (B)STATE 073601, (C)STATE 72896, (D)BEIJING / 5361, (E) STATE 148514"
    "07STATE152317": (["07STATE71143", "07STATE73601", "07STATE72896", "07BEIJING5361", "07STATE148514"], []),
    # "... C) JOHNSON-STEVENS/GODFREY E-MAIL 10/15/07; D) TRIPOLI 797; E) TRIPOLI 723 AND PREVIOUS"
    "07TRIPOLI943": (["07STATE135205", "07STATE127608", "07TRIPOLI797", "07TRIPOLI723"], []),
    # "B. ALGIERS 110 AND ALGIERS 140 ... D. 07 ALGIERS 1807 AND 08 ALGIERS 0075  E. ALGIERS 141"
    "08ALGIERS198": (
        ["08ALGIERS111", "08ALGIERS110", "08ALGIERS140", "07ALGIERS1806", "07ALGIERS1807", "08ALGIERS75", "08ALGIERS141"],
        [],
    ),
    # "A. A) BRASILIA 236 B. B) OSD REPORT DTG 251847Z MAR 08 C. C) BRASILIA 175"
    "08BRASILIA429": (["08BRASILIA236", "08BRASILIA175"], []),
    # "Ref: a. 05 state 201650 / (blank) / ¶B. 05 berlin 3726 / c. ... / l. Mtcr poc 201/2006 - may 16 2006 / ..."
    "08STATE15220": (
        [
            "05STATE201650", "05BERLIN3726", "05STATE211408", "05BERLIN3954", "06STATE36325", "06BERLIN674",
            "06STATE62278", "06BERLIN1123", "06STATE70328", "06BERLIN1229", "06BERLIN1550", "07STATE75839",
            "07BERLIN1137", "07STATE108420", "07BERLIN2163", "07STATE166482", "07BERLIN2216",
        ],
        [],
    ),
    "08KUALALUMPUR317": (["08STATE40380"], []),
    # "REF: A. A) KYIV 02080  B. B) KYIV 02207"
    "08KYIV2294": (["08KYIV2080", "08KYIV2207"], []),
    # "Ref: A) 2006 IIR 6 854 0025 07 / B) DAR-T assessment TS-323-08A dated 8 May 08": no cable
    "08NAIROBI1363": ([], []),
    "09BRASILIA1206": ([], []),
    # "REF: A. A. SECSTATE 103585 / ¶B. B. 2008 BRASILIA 775"
    "09BRASILIA1276": (["09STATE103585", "08BRASILIA775"], []),
    "09KUWAIT110": (["09KUWAIT95"], []),
    "09STATE30049": ([], []),
    # "REF: A. A) 2009 BAKU 972 / ¶B. B) 2009 BAKU 921 / ¶C. C) 2009 BAKU 920 (NOTAL) / d. D) 2009 BAKU 909"
    "10BAKU98": (["09BAKU972", "09BAKU921", "09BAKU920", "09BAKU909"], ["09BAKU920"]),
    "10BUENOSAIRES71": ([], []),
    # "REF: 09 NAIROBI 1811; 10 NAIROBI 31; 10 NAIROBI 50; 10 NAIROBI 11 09 NAIROBI 2485; ..."
    "10NAIROBI59": (
        [
            "09NAIROBI1811", "10NAIROBI31", "10NAIROBI50", "10NAIROBI11",
            "09NAIROBI2485", "09NAIROBI2483", "09NAIROBI2475", "09NAIROBI2401",
        ],
        [],
    ),
    # "REF: IIR 6-849-9075-10"
    "10TELAVIV414": ([], []),
}

def test_every_fixture_has_references_stated():
    assert {path.stem for path in FIXTURES.glob("*.txt")} == set(FIXTURE_REFERENCES)


@pytest.mark.parametrize("name", FIXTURE_REFERENCES)
def test_fixture_references(name):
    expected, notal = FIXTURE_REFERENCES[name]
    cable = parsed(name)
    assert list(cable.references) == expected
    assert list(cable.references_notal) == notal


@pytest.mark.parametrize("name", list(FIXTURE_REFERENCES))
def test_fixture_references_are_canonical_and_not_the_cable_itself(name):
    cable = parsed(name)
    assert set(cable.references_notal) <= set(cable.references)
    assert len(set(cable.references)) == len(cable.references)
    for reference in cable.references:
        assert reference != cable.cable_id
        assert reference[:2].isdigit() and reference[2:3].isalpha(), reference
        assert "SECSTATE" not in reference and " " not in reference and reference == reference.upper()
        # no leading zeros in the serial ("RABAT 0178" is 08RABAT178)
        assert not reference[2:].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").startswith("0"), reference


# ---------------------------------------------------------------------------------------------
# REF blocks copied from other cables of the corpus (the text after "REF:", as written).
# (cable, year of the cable, block, expected ids, expected NOTAL ids)
# ---------------------------------------------------------------------------------------------
BLOCKS = [
    # lettered "A)" items in one line, an e-mail item
    ("04MADRID3914", 2004, "A) MADRID 3552 B) BRUSSELS 4080 C) SAINZ E-MAIL OF 10/6 D) STATE 215870",
     ["04MADRID3552", "04BRUSSELS4080", "04STATE215870"], []),
    # only e-mails, with dates written "06 MARCH 06" and "21 FEB 06"
    ("06ISLAMABAD3705", 2006, "A. A. MAIER - QUINN EMAIL MAIL 06 MARCH 06  B. B. LAMBERT - ENGLEKEN EMAIL 21 FEB 06",
     [], []),
    # a DTG and an intelligence report number
    ("08STOCKHOLM494", 2008, "A. USDAO STOCKHOLM DTG 051506ZJUN2008 B. IIR 6 982 0173", [], []),
    ("08NAIROBI2290", 2008,
     "A. USDLO KHARTOUM IIR 6 890 0139 08 201536Z FEB 08 \n¶B. USDAO NAIROBI IIR 6 854 0108 08 291553Z JAN 08 \n"
     "¶C. USDAO NAIROBI IIR 6 854 0026 08 091427Z NOV 07 ",
     [], []),
    # Foreign Affairs Manual sections ("7 FAM 180") among cables with 2-digit years
    ("09STATE119085", 2009,
     "(A) 08 STATE 061194 \n(B) 7 FAM 180 \n(C) 09 STATE 030541 \n(D) 04 STATE 061816 \n(E) 2 FAM 227 \n"
     "(F) 08 STATE 110175 \n(G) 09 STATE 110904 \n(H) 9 FAM 42.1 N4, PN2-5, and PN7 ",
     ["08STATE61194", "09STATE30541", "04STATE61816", "08STATE110175", "09STATE110904"], []),
    # 4-digit years and "AND PREVIOUS"
    ("09STATE122950", 2009,
     "A. 2008 STATE 029412 AND PREVIOUS \n     ¶B. 2008 BERLIN 000372 \n     ¶C. 2008 BERLIN 000637 \n"
     "     ¶D. STATE 019370 AND PREVIOUS \n     ¶E. BERLIN 000263 \n     ¶F. BERLIN 000542 ",
     ["08STATE29412", "08BERLIN372", "08BERLIN637", "09STATE19370", "09BERLIN263", "09BERLIN542"], []),
    # a two-word station between 4-digit-year items
    ("10MADRID87", 2010, "A. 2009 MADRID 59 \n     ¶B. SANTO DOMINGO 21 \n     ¶C. 2009 MADRID 1146 \n     ¶D. 2009 HAVANA 683 ",
     ["09MADRID59", "10SANTODOMINGO21", "09MADRID1146", "09HAVANA683"], []),
    # each item followed by its title in parentheses
    ("10HAVANA84", 2010,
     "A. 09 HAVANA 631 (GOC TELLS CUBANS TO FEND FOR  THEMSELVES)  B. 09 HAVANA 322 (...ANOTHER SPECIAL PERIOD?)  "
     "C. 09 HAVANA 763 (NATIONAL ASSEMBLY SESSION)",
     ["09HAVANA631", "09HAVANA322", "09HAVANA763"], []),
    # semicolons, one missing at the line break
    ("09CARACAS1595", 2009, "09 CARACAS 1553; 09 CARACAS 1537; 09 CARACAS 1509 \n09 CARACAS 1491 ",
     ["09CARACAS1553", "09CARACAS1537", "09CARACAS1509", "09CARACAS1491"], []),
    # a telcon with a date
    ("10ABUJA215", 2010, "ABUJA 207; FEB 24 A/S CARSON-AMB SANDERS TELCON", ["10ABUJA207"], []),
    # an FBI file number
    ("09ISLAMABAD10", 2009, "A. NEW DELHI 10 B. FBI //1314/01907/366/0013//", ["09NEWDELHI10"], []),
    # leading zeros, TD numbers and an IIR
    ("06CARACAS958", 2006,
     "A. CARACAS 00661 \n¶B. 05 CARACAS 01822 \n¶C. CARACAS 00330 \n¶D. TD-314/18176-06 \n¶E. TD-314/18093-06 \n"
     "¶F. HAVANA 04139 \n¶G. IIR 6 902 9642 06 ",
     ["06CARACAS661", "05CARACAS1822", "06CARACAS330", "06HAVANA4139"], []),
    # "(A)" items, an e-mail with a date
    ("07BUENOSAIRES2345", 2007, "(A) BUENOS AIRES 2336 (B) MCWHIRTER 12/14/07 E-MAIL TO DS COMMAND CENTER",
     ["07BUENOSAIRES2336"], []),
    # a video conference, a letter and an e-mail among cables
    ("08LONDON1350", 2008,
     "A. STATE-LONDON SVTC MAY 9\n ¶B. LONDON 1159  C. MAY 1 GILLARD-TREMONT LETTER  D. LONDON 1115  "
     "E. LONDON 1064  F. TREMONT-PMAT EMAIL APRIL 16",
     ["08LONDON1159", "08LONDON1115", "08LONDON1064"], []),
    # lower-case item letters
    ("08KUWAIT128", 2008, "A. 06 KUWAIT 4637\n¶B. KUWAIT 79\nc. KUWAIT 90\nd. KUWAIT 97\ne. KUWAIT 98\nf. STATE 7443",
     ["06KUWAIT4637", "08KUWAIT79", "08KUWAIT90", "08KUWAIT97", "08KUWAIT98", "08STATE7443"], []),
    # "REF: REFTEL KABUL 02245"
    ("09KABUL2246", 2009, "REFTEL KABUL 02245", ["09KABUL2245"], []),
    ("07MOSCOW3579", 2007, "A) MOSCOW 3495 AND PREVIOUS B) MOSCOW 673", ["07MOSCOW3495", "07MOSCOW673"], []),
    # two items without separator, the second with a year
    ("08ISLAMABAD483", 2008, "LAHORE 25 07 ISLAMABAD 5138", ["08LAHORE25", "07ISLAMABAD5138"], []),
    # "SECSTATE" is the station STATE
    ("05MADRID1178", 2005, "A. A) SECSTATE 52920\n¶B. B) HALL - MANZANARES E-MAIL OF 3/23", ["05STATE52920"], []),
    # two-word stations after a year
    ("10MEXICO141", 2010, "10 MEXICO 127; 10 SANTIAGO 51; 10 SANTO DOMINGO 67",
     ["10MEXICO127", "10SANTIAGO51", "10SANTODOMINGO67"], []),
    # a three-word station, one separator missing
    ("09RIODEJANEIRO440", 2009, "RIO DE JANEIRO 329; RIO DE JANEIRO 404; RIO DE JANEIRO 353 RIO DE JANEIRO 311 ",
     ["09RIODEJANEIRO329", "09RIODEJANEIRO404", "09RIODEJANEIRO353", "09RIODEJANEIRO311"], []),
    # mixed case
    ("10TRIPOLI115", 2010, "A) State 11501; B) 09 Tripoli 753; C) 09 Tripoli 960",
     ["10STATE11501", "09TRIPOLI753", "09TRIPOLI960"], []),
    ("07KUWAIT808", 2007,
     "A. STATE 53274\n¶B. 06 STATE 146295\n¶C. HARRIS/CATO E-MAIL DATED 21-APR-2007\n¶D. Kuwait 730\n"
     "¶E. 06 kuwait 4664\nf. 06 kuwait 3503\ng. State 1612",
     ["07STATE53274", "06STATE146295", "07KUWAIT730", "06KUWAIT4664", "06KUWAIT3503", "07STATE1612"], []),
    ("05PARIS482", 2005, "04 PARIS 8760 AND PREVIOUS ", ["04PARIS8760"], []),
    ("09BERLIN1636", 2009, "Frankfurt 002808 ", ["09FRANKFURT2808"], []),
    # only non-cable items
    ("10USNATO35", 2010, "IMSWM-0028-2010", [], []),
    ("08LONDON2673", 2008, "A. TSOU-NEA EMAILS/TELCONS  B. TSOU-L EMAILS/TELCONS", [], []),
    ("09LONDON2222", 2009,
     "A. LONDON 2186 (NOTAL)  B. LONDON 1707 (NOTAL)  C. EMBASSY LONDON DAILY REPORT 9/16/2009 (NOTAL)  "
     "D. EMBASSY LONDON DAILY REPORT 9/21/2009 (NOTAL)",
     ["09LONDON2186", "09LONDON1707"], ["09LONDON2186", "09LONDON1707"]),
    # NOTAL on some items only
    ("08RABAT194", 2008, "A. RABAT 185 (NOTAL) \n¶B. RABAT 0178 (NOTAL) \n¶C. RABAT 0171 (NOTAL) ",
     ["08RABAT185", "08RABAT178", "08RABAT171"], ["08RABAT185", "08RABAT178", "08RABAT171"]),
    ("08LONDON1001", 2008,
     "A. LONDON 825  B. EMBASSY LONDON DAILY REPORT - APRIL 3 (NOTAL)  C. EMBASSY LONDON DAILY REPORT- MARCH 20 "
     "(NOTAL)  D. STATE 33008 (NOTAL)",
     ["08LONDON825", "08STATE33008"], ["08STATE33008"]),
]


@pytest.mark.parametrize(
    "cable,year,block,expected,notal",
    [
        pytest.param(cable, year, block, expected, notal, id=cable)
        for cable, year, block, expected, notal in BLOCKS
    ],
)
def test_reference_block(cable, year, block, expected, notal):
    found = parse_reference_items(block, year)
    assert [r.cable_id for r in found] == expected
    assert [r.cable_id for r in found if r.notal] == notal


def test_reference_items_without_a_year_are_left_out():
    # a REF item that gives no year, in a cable whose year is unknown, cannot be named
    assert [r.cable_id for r in parse_reference_items("STATE 4865", None)] == []
    assert [r.cable_id for r in parse_reference_items("08 PARIS 1501", None)] == ["08PARIS1501"]


# ---------------------------------------------------------------------------------------------
# REF blocks in their place in a cable: where the block ends (blank lines, page headers).
# The snippets are verbatim from the cables named, from the classification line or TAGS on.
# ---------------------------------------------------------------------------------------------
SNIPPETS = [
    # a blank line inside an item ("C) SAINZ E-MAIL" / blank / "OF 10/6 D) STATE 215870")
    pytest.param(
        "04MADRID3914", "C O N F I D E N T I A L MADRID 003914\n\nSIPDIS\n\nWHA FOR DAS FISK\n"
        "WHA/CCA FOR KEVIN WHITAKER\nUSEU FOR TODD HUIZINGA\nIO/UNP\n\nE.O. 12958: DECL: 10/05/2014\n"
        "TAGS: PREL PHUM CU SP\nSUBJECT: CUBA: MFA ON INVITING DISSIDENTS TO SPANISH\n"
        "NATIONAL DAY, UN ANTI-EMBARGO RESOLUTION\n\nREF: A) MADRID 3552 B) BRUSSELS 4080 C) SAINZ E-MAIL\n\n"
        "OF 10/6 D) STATE 215870\n\nClassified By: Political Counselor Kathy Fitzpatrick; reasons 1.5 (B) a\n"
        "nd (D).\n\n\u00b61. (C) Poloff contacted MFA Deputy Director General for\n",
        2004,
        ["04MADRID3552", "04BRUSSELS4080", "04STATE215870"],
        id="04MADRID3914",
    ),
    # a blank line before the lettered item "¶B."
    pytest.param(
        "06DUBLIN1020", "C O N F I D E N T I A L SECTION 01 OF 03 DUBLIN 001020 \n\nSIPDIS \n\nSIPDIS \n\n"
        "E.O. 12958: DECL: 01/31/2015 \nTAGS: MARR MOPS PREL EAIR PTER EI\n"
        "SUBJECT: EMERGING CONSTRAINTS ON U.S. MILITARY TRANSITS AT \nSHANNON \n\nREF: A. DUBLIN 891 \n\n"
        "\u00b6B. DUBLIN 709 \n\u00b6C. USDAO DUBLIN EI U-0011-06 \n\n"
        "Classified By: Ambassador James C. Kenny; Reasons 1.4 (B) and (D). \n\n"
        "\u00b61. (C) This is an action request. Please see para 10. \n",
        2006,
        ["06DUBLIN891", "06DUBLIN709"],
        id="06DUBLIN1020",
    ),
    # a page header inside the block, then Classified By
    pytest.param(
        "10HAVANA84", "REF: A. 09 HAVANA 631 (GOC TELLS CUBANS TO FEND FOR  THEMSELVES)  B. 09 HAVANA 322 "
        "(...ANOTHER SPECIAL PERIOD?)  C. 09 HAVANA 763 (NATIONAL ASSEMBLY SESSION)\nHAVANA 00000084 001.2 OF 004\n"
        "Classified By: Principal Officer Jonathan Farrar for reasons 1.4 (b) an d (d).\n"
        "\u00b61. (C) SUMMARY: There is little prospect of economic reform in 2010\n",
        2010,
        ["09HAVANA631", "09HAVANA322", "09HAVANA763"],
        id="10HAVANA84",
    ),
]


@pytest.mark.parametrize("cable,text,year,expected", SNIPPETS)
def test_reference_block_in_place(cable, text, year, expected):
    metadata = SourceMetadata(date=datetime(year, 6, 1, tzinfo=timezone.utc))
    assert list(parse_cable(text, metadata).references) == expected


# Running text that starts a line with "reference(s)" is no REF field: the paragraphs before it
# stay in the body.
RUNNING_TEXT = [
    pytest.param(
        "UNCLAS BRATISLAVA 000802 \n \nSIPDIS \n \n \nSENSITIVE \n \nE.O. 12958: N/A \nTAGS: PGOV, PREL, LO \n"
        "SUBJECT: SLOVAKIA POLITICAL ROUNDUP AUGUST 24, 2004 \n \n \n"
        "2. (SBU) Katarina Leiferova, the Prosecutor General's chief of \n"
        "staff, told poloff her office is considering legislative changes \n \n"
        "3. (SBU) Leiferova defended Prosecutor General Dobroslav Trnka`s \n"
        "controversial decision to release from pre-trial custody Jozef \n"
        "appreciate politicians' unsupportive press statements (a \n"
        "reference to Justice Minister Daniel Lipsic's public criticism of \n"
        "the decision).  There was no new evidence being collected against \n",
        2004,
        id="04BRATISLAVA802",
    ),
    pytest.param(
        "C O N F I D E N T I A L BAGHDAD 04277 \n \nE.O. 12356:  DECL:OADR \nTAGS:  PREL, KU, IZ \n"
        "SUBJECT:  IRAQ BLINKS -- PROVISIONALLY \n \n1.  CONFIDENTIAL - ENTIRE TEXT. \n \n"
        "2.  SUMMARY.  SADDAM HAS BLINKED:  HOSTILE \nREFERENCES TO KUWAIT HAVE DISAPPEARED FROM THE \n"
        "MEDIA AND IRAQ WILL ATTEND A MEETING WITH \nSENIOR KUWAITI OFFICIALS IN JEDDAH.\n",
        1990,
        id="90STATE244856",
    ),
]


@pytest.mark.parametrize("text,year", RUNNING_TEXT)
def test_reference_in_running_text_is_no_field(text, year):
    cable = parse_cable(text, SourceMetadata(date=datetime(year, 6, 1, tzinfo=timezone.utc)))
    assert cable.references == ()
    numbers = [paragraph.number for paragraph in cable.paragraphs]
    assert numbers == ([2, 3] if year == 2004 else [1, 2])
