"""Header fields of real cables, checked against values read off each cable by hand.

The fixtures in ``tests/fixtures/cables/`` are verbatim excerpts (``RawCable.text``) of cables
from ``../shared/corpus`` (see ``metadata.json`` for where each comes from): 1960s-1990s
upper-case CSV rows, printed telegrams with page headers, partial extracts without a
transmission header, and 2000-2010 cable-viewer pages. Each cable is parsed with the metadata
its reader gives (CSV columns, HTML table), as ``parse_raw`` does.

Expected values were written from reading the cables, not from the parser's output.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from graphify import parse_cable
from graphify.parse.fields import split_tags
from graphify.parse.routing import find_dtg, split_posts
from graphify.posts import canonical_post

from cable_fixtures import FIXTURES, fixture_text, parsed

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def squash(text: str | None) -> str:
    """Case, spacing and punctuation folded away, for titles written in many ways."""
    return re.sub(r"[^a-z]", "", (text or "").replace("\u2019", "'").casefold())


# ---------------------------------------------------------------------------------------------
# Expected values, read off the cables. Only the keys given are checked.
#   person: (name, title or None); the title is compared on its letters, as a prefix
#   posts:  names as written in the cable, precedence words and serial numbers removed
# ---------------------------------------------------------------------------------------------
EXPECTED: dict[str, dict] = {
    # 1966, CSV: action/info precedence "P R", an INFO list of bare names, an airgram in REF.
    "66BUENOSAIRES2481": dict(
        cable_id="66BUENOSAIRES2481",
        date=utc(1966, 12, 28, 18, 48),
        precedence="PRIORITY",
        classification="UNCLASSIFIED",
        caveats=(),
        origin="AMEMBASSY BUENOS AIRES",
        to=["SECSTATE WASHDC"],
        info=[
            "USCINCSO", "CINCLANT", "AMEMBASSY RIO DE JANEIRO", "AMEMBASSY SANTIAGO",
            "AMEMBASSY MONTEVIDEO", "AMEMBASSY QUITO", "AMEMBASSY LIMA", "AMEMBASSY MEXICO",
            "AMEMBASSY OTTAWA", "AMEMBASSY LONDON", "STATE GRNC",
        ],
        tags=("EFIS", "PBTS", "AR"),
        subject="EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS",
        classified_by=None,
    ),
    # 1972, CSV: INFO list of military addressees, "SECTION 01 OF 01".
    "72TEHRAN1164": dict(
        cable_id="72TEHRAN1164",
        date=utc(1972, 2, 25, 9, 30),
        precedence="ROUTINE",
        classification="UNCLASSIFIED",
        origin="AMEMBASSY TEHRAN",
        to=["SECSTATE WASHDC"],
        info=["SECDEF", "EUCOM", "CSAF"],
        tags=("MASS", "MARR", "IR"),
        subject="ACCELERATION OF F-4ES FOR IRAN",
        classified_by=None,
        # "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006": no instruction, or that date
        declassify_one_of=(None, "2006-06-21"),
    ),
    # 1975, CSV: "O R ... ZFF4", NIACT IMMEDIATE, "SUBJ:", a classification line with the year
    # before the station ("75 LIBREVILLE 1895") and a mangled refid column ("7575LIBREVILLE1895").
    "75LIBREVILLE1895": dict(
        cable_id="75LIBREVILLE1895",
        date=utc(1975, 11, 18, 12, 5),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="AMEMBASSY LIBREVILLE",
        to=["USMISSION USUN NEWYORK", "SECSTATE WASHDC"],
        info=["AMEMBASSY PARIS", "AMEMBASSY SEOUL"],
        tags=("PFOR", "UNGA", "GB", "KS", "KN"),
        subject="KOREA AT 30TH UNGA: GABON",
        declassify_on="NGDS",
    ),
    # 1979, CSV: precedence letter typed as a zero ("0 241208Z OCT 79"), routing indicators,
    # E.O. 12065 line with the declassification date.
    "79TEHRAN11260": dict(
        cable_id="79TEHRAN11260",
        date=utc(1979, 10, 24, 12, 8),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="AMEMBASSY TEHRAN",
        to=["SECSTATE WASHDC"],
        to_routing=["RUEHC"],
        info=["AMEMBASSY MOSCOW"],
        info_routing=["RUEHMO"],
        tags=("IR", "UR", "PEPR"),
        subject="SOVIET COMMENTS ON IRAN",
        declassify_on="1985-10-24",
    ),
    # 1985, CSV: two action addressees, serial on the second.
    "85KADUNA709": dict(
        cable_id="85KADUNA709",
        date=utc(1985, 6, 5, 11, 18),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        caveats=(),
        origin="AMCONSUL KADUNA",
        to=["AMEMBASSY LAGOS", "SECSTATE WASHDC"],
        info=[],
        tags=("ECON", "SOCI", "SREF", "NI"),
        subject="REPORTS OF STARVATION IN NIGERIA",
        classified_by=None,
        declassify_on="OADR",
    ),
    # 1985, CSV: TWA 847 hijacking, TO list with FLASH and NIACT IMMEDIATE, subject wrapped.
    "85BEIRUT3494": dict(
        cable_id="85BEIRUT3494",
        date=utc(1985, 6, 14, 10, 30),
        classification="CONFIDENTIAL",
        origin="AMEMBASSY BEIRUT",
        to=[
            "AMEMBASSY ALGIERS", "SECSTATE WASHDC", "AMEMBASSY AMMAN", "AMEMBASSY ATHENS",
            "AMEMBASSY DAMASCUS", "AMEMBASSY NICOSIA", "AMEMBASSY ROME", "AMEMBASSY TEL AVIV",
            "AMEMBASSY TUNIS",
        ],
        info=[],
        tags=("PTER", "EAIR", "LE", "US"),
        subject="HIJACKING OF TWA FLIGHT 847: SITUATION AS OF 1030ZULU",
        declassify_on="OADR",
    ),
    # 1989, CSV: AIT Taipei, "SECTION 01 OF 03 TAIPEI 03647", CINCPAC HONOLULU HI.
    "89TAIPEI3647": dict(
        cable_id="89TAIPEI3647",
        date=utc(1989, 6, 5, 10, 35),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="AIT TAIPEI",
        to=["AIT WASHDC"],
        info=[
            "AMEMBASSY BEIJING", "AMCONSUL HONG KONG", "AMCONSUL SHANGHAI", "AMCONSUL GUANGZHOU",
            "AMCONSUL SHENYANG", "AMEMBASSY TOKYO", "AMEMBASSY SINGAPORE", "AMEMBASSY SEOUL",
            "CINCPAC HONOLULU HI",
        ],
        tags=("PREL", "CH", "TW"),
        subject="TAIWAN REACTIONS TO THE TIANANMEN MASSACRE",
        declassify_on="OADR",
    ),
    # 1990, CSV: printed telegram, page header and office distribution ("INFO LOG-00 ...") above
    # the real FM/TO/INFO; "TAGS: PGOV, PHUM. SF"; "SUBJ:".
    "90CAPETOWN97": dict(
        cable_id="90CAPETOWN97",
        date=utc(1990, 1, 17, 15, 12),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        origin="AMCONSUL CAPE TOWN",
        to=["SECSTATE WASHDC"],
        info=[
            "AMEMBASSY PRETORIA", "AMCONSUL JOHANNESBURG", "AMCONSUL DURBAN", "AMEMBASSY LUSAKA",
            "AMEMBASSY HARARE", "AMEMBASSY LONDON", "AMEMBASSY PARIS",
        ],
        tags=("PGOV", "PHUM", "SF"),
        subject="ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS",
        declassify_on="OADR",
    ),
    # 1992, CSV: from USUN New York, a long IMMEDIATE INFO list with a collective.
    "92USUNNEWYORK5825": dict(
        cable_id="92USUNNEWYORK5825",
        serial=5825,
        date=utc(1992, 12, 8, 21, 4),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="USMISSION USUN NEW YORK",
        to=["SECSTATE WASHDC"],
        info=[
            "AMEMBASSY SANAA", "AMEMBASSY DJIBOUTI", "AMEMBASSY DAKAR", "CIA WASHDC",
            "AMEMBASSY CAIRO", "AMEMBASSY ADDIS ABABA", "JOINT STAFF WASHDC", "DIA WASHDC",
            "SECDEF WASHDC", "UN SECURITY COUNCIL COLLECTIVE", "AMEMBASSY ROME", "AMEMBASSY RIYADH",
            "AMEMBASSY OTTAWA", "AMEMBASSY NAIROBI", "AMEMBASSY KHARTOUM", "AMEMBASSY ISLAMABAD",
            "USMISSION GENEVA",
        ],
        tags=("PREL", "UNSC", "MOPS", "PHUM", "SO"),
        subject='TFSOOL - UN WOULD LIKE TO CONSULT WITH US ON TROOP CONTRIBUTIONS TO "OPERATION RESTORE HOPE"',
        declassify_on="OADR",
    ),
    # 1997, CSV: "REFS:" lettered over three lines, Classified By inside paragraph 1.
    "97ADDISABABA2584": dict(
        cable_id="97ADDISABABA2584",
        date=utc(1997, 4, 1, 15, 4),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        origin="AMEMBASSY ADDIS ABABA",
        to=["SECSTATE WASHDC"],
        info=[
            "AMEMBASSY ASMARA", "AMEMBASSY PARIS", "ISLAMIC CONFERENCE COLLECTIVE",
            "USMISSION USUN NEW YORK", "NSC WASHDC", "AMEMBASSY LONDON", "DIA WASHDC",
            "AMEMBASSY NAIROBI", "AMEMBASSY KAMPALA", "AMEMBASSY DJIBOUTI", "AMEMBASSY CAIRO",
            "USCINCCENT MACDILL AFB FL",
        ],
        tags=("PGOV", "SOCI", "KISL", "PHUM", "PTER", "PREL", "KPRP", "ET"),
        subject="ALLAH IN ETHIOPIA: MOSTLY QUIET ON THE ISLAMIC FRONT",
        classified_by=("Jeffrey Jacobs", "Poloff"),
        declassify_on="2011-04-01",
    ),
    # 1998, CSV: subject wrapped onto an indented line, "CLASSIFIED BY POLCOUNSELOR ...".
    "98USUNNEWYORK1622": dict(
        cable_id="98USUNNEWYORK1622",
        date=utc(1998, 5, 29, 4, 3),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="USMISSION USUN NEW YORK",
        to=["SECSTATE WASHDC"],
        info=[
            "AMEMBASSY ISLAMABAD", "AMEMBASSY NEW DELHI", "UN SECURITY COUNCIL COLLECTIVE",
            "NSC WASHDC", "SECDEF WASHDC", "JOINT STAFF WASHDC", "DOE WASHDC", "USMISSION USVIENNA",
        ],
        tags=("PREL", "PINS", "UNSC", "PARM", "MNUC", "KNNP", "PK", "IN"),
        subject="PAKISTANI NUCLEAR TEST: SECURITY COUNCIL FAILS TO ADOPT PRESIDENTIAL STATEMENT",
        classified_by=("William B. Wood", "Polcounselor"),
        declassify_on="2004-05-28",
    ),
    # 1994, CSV partial extract of a LIMITED OFFICIAL USE cable: a garbled first line
    # ("UNCLASSIFIED LIMITED OFFICIAL USE SECTION 01 OF 04 ZAGREB 00082"), an unlabelled address
    # list, then the real classification line; the CSV column says UNCLASSIFIED.
    "94ZAGREB82": dict(
        cable_id="94ZAGREB82",
        station="ZAGREB",
        serial=82,
        date=utc(1994, 1, 7, 16, 4),
        classification="LIMITED OFFICIAL USE",
        origin="AMEMBASSY ZAGREB",
        subject="TSFROL: UNPROFOR FORCE COMMANDER GEN. COT'S JAN 5 BRIEFING FOR AMBASSADOR ALBRIGHT",
        declassify_on="N/A",
    ),
    # 2000, CSV: printed telegram whose TO list runs over a page break
    # ("UNCLASSIFIED", blank line, "PAGE 02 STATE 228772 012054Z").
    "00STATE228772": dict(
        cable_id="00STATE228772",
        date=utc(2000, 12, 1, 20, 48),
        precedence="ROUTINE",
        classification="UNCLASSIFIED",
        caveats=("SIPDIS",),
        origin="SECSTATE WASHDC",
        to=[
            "ALL DIPLOMATIC AND CONSULAR POSTS", "SPECIAL EMBASSY PROGRAM", "AMEMBASSY FREETOWN",
            "AMEMBASSY DUSHANBE", "USOFFICE PRISTINA", "AMEMBASSY BELGRADE",
        ],
        info=[],
        tags=("APER",),
        subject=(
            "OPEN ASSIGNMENTS LIST OF MID-LEVEL GENERALIST AND ADMINISTRATIVE SPECIALIST VACANCIES, "
            "NOW THROUGH OCTOBER 31,2001. (COMBINED WINTER 2000 - SUMMER 2001 CYCLE)."
        ),
        declassify_on="N/A",
    ),
    # 2001, CSV partial extract: no transmission header, page-break lines between the
    # classification line and TAGS; id, date and origin come from the CSV columns.
    "01HOCHIMINHCITY183": dict(
        cable_id="01HOCHIMINHCITY183",
        date=utc(2001, 2, 23, 8, 50),
        precedence=None,
        classification="UNCLASSIFIED",
        caveats=("SIPDIS",),
        origin="AMCONSUL HO CHI MINH CITY",
        to=[],
        info=[],
        tags=("PGOV", "VM"),
        subject="PROVINCIAL ADVENTURES",
        declassify_on="N/A",
    ),
    # 2001, CSV: 11 September, FLASH to all posts.
    "01STATE157144": dict(
        cable_id="01STATE157144",
        station="STATE",
        serial=157144,
        date=utc(2001, 9, 11, 15, 49),
        precedence="FLASH",
        classification="UNCLASSIFIED",
        origin="SECSTATE WASHDC",
        to=[
            "ALL DIPLOMATIC AND CONSULAR POSTS", "SPECIAL EMBASSY PROGRAM", "AMEMBASSY FREETOWN",
            "USOFFICE PRISTINA", "AMEMBASSY BELGRADE", "AMEMBASSY DUSHANBE", "AMEMBASSY NDJAMENA",
        ],
        info=[],
        tags=("ASEC", "PTER"),
        subject="SITREP NUMBER ONE: TERRORIST ATTACKS IN CONUS",
        classified_by=None,
        declassify_on="N/A",
    ),
    # 2004, CSV partial extract.
    "04TEGUCIGALPA2738": dict(
        cable_id="04TEGUCIGALPA2738",
        date=utc(2004, 12, 7, 21, 42),
        classification="UNCLASSIFIED",
        caveats=("SIPDIS",),
        origin="AMEMBASSY TEGUCIGALPA",
        to=[],
        tags=("SNAR", "MOPS", "EAIR", "PREL", "HO"),
        subject="HONDURAS APPROVES CNIES INFORMATION SHARING AGREEMENT",
        declassify_on="N/A",
    ),
    # 2004, CSV partial extract: a free-text tag, SENSITIVE on a line of its own.
    "04WELLINGTON886": dict(
        cable_id="04WELLINGTON886",
        date=utc(2004, 10, 21, 22, 0),
        classification="UNCLASSIFIED",
        caveats_include=("SIPDIS", "SENSITIVE"),
        origin="AMEMBASSY WELLINGTON",
        tags=("OTRA", "KSCA", "TSPA", "NZ", "Country Clearance"),
        subject="NEW ZEALAND COUNTRY CLEARANCE FOR MR. JEFFREY KEY, OCT 23-25; ON OR ABOUT NOV 21",
        declassify_on="N/A",
    ),
    # 2000, HTML partial extract that still carries the printed header: DTG "291359Z Nov 00",
    # "REFTEL:", and a subject continued after the page header of page 2.
    "00HARARE6677": dict(
        cable_id="00HARARE6677",
        date=utc(2000, 11, 29, 13, 59),
        classification="CONFIDENTIAL",
        caveats=("SIPDIS",),
        origin="AMEMBASSY HARARE",
        to=["SECSTATE WASHDC"],
        info=["NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY", "AMEMBASSY NAIROBI"],
        tags=("PGOV", "PREL", "ECON", "PINR", "ZI", "SA"),
        subject="ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER",
        classified_by=("Tom McDonald", "Ambassador"),
        declassify_on="2010-11-29",
    ),
    # 2004, HTML partial extract: "TAGS" without colon, subject wrapped, NOFORN on its own line.
    "04RANGOON88": dict(
        cable_id="04RANGOON88",
        day=(2004, 1, 20),
        classification="SECRET",
        caveats_set={"SIPDIS", "NOFORN"},
        origin="AMEMBASSY RANGOON",
        tags=("PGOV", "PARM", "PREL", "BM", "RS", "KS", "KNPP"),
        subject="BURMA: RUMORS OF CONSTRUCTION OF A NUCLEAR REACTOR NEAR MINBU",
        classified_by=("Carmen Martinez", "COM"),
        declassify_on="2014-01-09",
    ),
    # 2005, HTML partial extract: Classified By wrapped mid-word ("FOR REAS / ONS 1.4 B/D").
    "05PARIS5539": dict(
        cable_id="05PARIS5539",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="AMEMBASSY PARIS",
        tags=("PREL", "PGOV", "PHUM", "KISL", "AL", "MO", "PTER", "FR"),
        subject="PUTTING OUT BRUSHFIRES: FRANCE AND ISLAMIC EXTREMISM",
        classified_by=("Josiah Rosenblatt", "Political Minister Counselor"),
        declassify_on="2015-08-16",
    ),
    # 2007, HTML: routing indicators on every addressee, USUN NEW YORK, a collective.
    "07PARIS2743": dict(
        cable_id="07PARIS2743",
        date=utc(2007, 6, 26, 15, 42),
        precedence="IMMEDIATE",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="AMEMBASSY PARIS",
        to=["SECSTATE WASHDC"],
        to_routing=["RUEHC"],
        info=[
            "NATO EU COLLECTIVE", "AMEMBASSY BEIRUT", "AMEMBASSY BOGOTA", "AMEMBASSY KABUL",
            "AMEMBASSY MOSCOW", "AMEMBASSY TBILISI", "USMISSION USUN NEW YORK",
            "SECDEF WASHINGTON DC", "JOINT STAFF WASHINGTON DC",
        ],
        info_routing=["RUEHZG", "RUEHLB", "RUEHBO", "RUEHBUL", "RUEHMO", "RUEHSI", "RUCNDT", "RUEKJCS", "RUEKJCS"],
        tags=("PREL", "MARR", "MOPS", "EUN", "NATO", "AF", "TU", "GG", "FR"),
        subject="U/S BURNS' JUNE 12 DINNER MEETING WITH FRENCH POLITICAL DIRECTOR ARAUD",
        classified_by=("Craig R. Stapleton", "Ambassador"),
        declassify_on="2017-06-14",
    ),
    # 2007, HTML: from the Department, no routing indicators, "CLASSIFIED BY <title> <NAME>:".
    "07STATE152317": dict(
        cable_id="07STATE152317",
        date=utc(2007, 11, 3, 5, 3),
        precedence="IMMEDIATE",
        classification="SECRET",
        origin="SECSTATE WASHDC",
        to=["AMEMBASSY BEIJING"],
        info=[],
        tags=("PARM", "PREL"),
        subject=(
            "POST REQUESTED TO FOLLOW UP ON ONGOING MATTERS OF PROLIFERATION CONCERN "
            "RAISED AT APEC BY PRESIDENT BUSH"
        ),
        classified_by=("Thomas J. Christensen", "EAP DAS"),
        declassify_on="2027-10-31",
    ),
    # 2007, HTML: "O R" precedence, "CLASSIFIED BY: name, title, ..." over three lines.
    "07TRIPOLI943": dict(
        cable_id="07TRIPOLI943",
        date=utc(2007, 11, 7, 9, 14),
        precedence="IMMEDIATE",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="AMEMBASSY TRIPOLI",
        to=["SECSTATE WASHDC"],
        info=["AMEMBASSY TRIPOLI"],
        info_routing=["RUEHTRO"],
        tags=("PTER", "PREL", "PHUM", "PINS", "PINR", "LY"),
        subject="REQUEST FOR EXPLANATION OF RETURNED DETAINEE ARM DISABILITY",
        classified_by=("J. Chris Stevens", "DCM"),
        declassify_on="2032-11-06",
    ),
    # 2008, HTML: "P ... ZDS", corrected copy, NOFORN and SIPDIS on lines of their own.
    "08ALGIERS198": dict(
        cable_id="08ALGIERS198",
        date=utc(2008, 2, 22, 11, 28),
        precedence="PRIORITY",
        classification="SECRET",
        caveats_set={"SIPDIS", "NOFORN"},
        origin="AMEMBASSY ALGIERS",
        to=["SECSTATE WASHDC"],
        info=["AMEMBASSY RABAT", "AMEMBASSY TUNIS", "AMCONSUL CASABLANCA", "CDR USEUCOM INTEL VAIHINGEN GE"],
        tags=("PREL", "PGOV", "AG"),
        subject="SCENE SETTER FOR A/S WELCH VISIT TO ALGERIA",
        classified_by=("Robert Ford", "Ambassador"),
        declassify_on="2023-02-22",
    ),
    # 2008, HTML: two action addressees; "DEPARTMENT FOR WHA AND PM E.O. 12958: DECL: ... TAGS: ..."
    # squashed onto one line.
    "08BRASILIA429": dict(
        cable_id="08BRASILIA429",
        date=utc(2008, 3, 31, 18, 43),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        caveats=("SIPDIS",),
        origin="AMEMBASSY BRASILIA",
        to=["SECDEF WASHDC", "SECSTATE WASHDC"],
        to_routing=["RUEKJCS", "RUEHC"],
        info=[
            "AMEMBASSY BOGOTA", "AMEMBASSY BUENOS AIRES", "AMEMBASSY CARACAS", "AMEMBASSY QUITO",
            "AMEMBASSY SANTIAGO", "AMCONSUL RECIFE", "AMCONSUL RIO DE JANEIRO", "AMCONSUL SAO PAULO",
            "NSC WASHDC", "JOINT STAFF WASHDC", "USCINCSO MIAMI FL",
        ],
        tags=("PREL", "BR", "MARR", "OVIP"),
        subject="THOUGHTS ON THE VISIT OF DEFENSE MINISTER JOBIM TO WASHINGTON",
        classified_by=("Clifford Sobel", "Ambassador"),
        declassify_on="2018-03-26",
    ),
    # 2008, HTML: a cable put in lower case by the mail system ("S e c r e t state 015220",
    # "Tags: parm, prel, ...", "Subject: (s) further scheming ...").
    "08STATE15220": dict(
        cable_id="08STATE15220",
        date=utc(2008, 2, 14, 14, 33),
        precedence="PRIORITY",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="SECSTATE WASHDC",
        to=["AMEMBASSY BERLIN"],
        info=["MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE"],
        tags_casefold=("PARM", "PREL", "ETTC", "MTCRE", "KSCA", "GM", "IR"),
        subject="(s) further scheming by german firm to export test chamber to iranian ballistic missile program",
        classified_by=("Pam Durham", "ISN/MTR Director"),
        declassify_on="2033-02-14",
    ),
    # 2008, HTML: Kuala Lumpur (two-word station), "EO 12958 N/A", no numbered paragraph.
    "08KUALALUMPUR317": dict(
        cable_id="08KUALALUMPUR317",
        date=utc(2008, 4, 24, 9, 1),
        precedence="IMMEDIATE",
        classification="UNCLASSIFIED",
        caveats_include=("SIPDIS", "SENSITIVE"),
        origin="AMEMBASSY KUALA LUMPUR",
        to=["SECSTATE WASHDC"],
        info=[
            "USMISSION USUN NEW YORK", "ASEAN MEMBER COLLECTIVE", "AMEMBASSY BEIJING",
            "AMEMBASSY CANBERRA", "AMEMBASSY LJUBLJANA", "AMEMBASSY PARIS", "AMEMBASSY TOKYO",
            "AMEMBASSY WELLINGTON", "USEU BRUSSELS", "NSC WASHDC", "USMISSION GENEVA",
        ],
        tags=("PREL", "PHUM", "UNGA", "MY"),
        subject="DEMARCHE: US-EU PRISONERS OF CONSCIENCE DECLARATION",
        classified_by=None,
        declassify_on="N/A",
    ),
    # 2008, HTML: "TAGS" without colon, collectives with routing indicators.
    "08KYIV2294": dict(
        cable_id="08KYIV2294",
        date=utc(2008, 11, 21, 14, 48),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        caveats_set={"SENSITIVE", "SIPDIS"},
        origin="AMEMBASSY KYIV",
        to=["SECSTATE WASHDC"],
        info=["CIS COLLECTIVE", "NATO EU COLLECTIVE"],
        info_routing=["RUCNCIS", "RUEHZG"],
        tags=("EFIN", "EREL", "ETRD", "PGOV", "PREL", "XH", "UP"),
        subject="UKRAINE: FIRTASH USES CRISIS TO EXPAND INTO BANKING",
        classified_by=("William Klein", "Acting Economic Counselor"),
        declassify_on="2018-11-21",
    ),
    # 2008, HTML: "O 031401Z JUN 08 ZDS CTG ...", corrected copy, a page header between REF and
    # Classified By, mixed-case subject.
    "08NAIROBI1363": dict(
        cable_id="08NAIROBI1363",
        date=utc(2008, 6, 3, 14, 1),
        precedence="IMMEDIATE",
        classification="SECRET",
        caveats_set={"NOFORN", "SIPDIS"},
        origin="AMEMBASSY NAIROBI",
        to=["SECSTATE WASHDC"],
        info=["SOMALIA COLLECTIVE", "CJTF HOA", "NSC WASHDC", "CDR USCENTCOM MACDILL AFB FL"],
        tags=("PTER", "PREL", "ASEC", "MOPS", "SO"),
        subject="Somalia -- Ayrow's Demise",
        classified_by=("Mitch Benedict", "PolOff"),
        declassify_on="2033-06-03",
    ),
    # 2009, HTML: "Charge d' Affaires, a.i. <name>", subject wrapped.
    "09BRASILIA1206": dict(
        cable_id="09BRASILIA1206",
        date=utc(2009, 10, 1, 15, 15),
        precedence="ROUTINE",
        classification="CONFIDENTIAL",
        caveats=("SIPDIS",),
        origin="AMEMBASSY BRASILIA",
        to=["SECSTATE WASHDC"],
        info_first=[
            "AMEMBASSY ASUNCION", "AMEMBASSY BUENOS AIRES", "AMEMBASSY MONTEVIDEO", "AMEMBASSY PANAMA",
            "AMCONSUL RECIFE", "AMCONSUL RIO DE JANEIRO", "AMCONSUL SAO PAULO",
        ],
        info_last=["CIA WASHDC", "NSC WASHDC", "DEPT OF JUSTICE WASHDC"],
        info_count=11,
        tags=("PREL", "PGOV", "PTER", "PINR", "BR"),
        subject="BRAZIL: POLICE PUBLICLY ADMIT AL QAEDA'S PRESENCE; GOB DENIES TERRORISM A THREAT",
        classified_by=("Lisa Kubiske", "Charge d'Affaires, a.i."),
        declassify_on="2019-09-29",
    ),
    # 2009, HTML: double item letters in REF ("A. A. SECSTATE ..."), signature after the text.
    "09BRASILIA1276": dict(
        cable_id="09BRASILIA1276",
        date=utc(2009, 10, 30, 15, 47),
        precedence="ROUTINE",
        classification="UNCLASSIFIED",
        caveats=("SIPDIS",),
        origin="AMEMBASSY BRASILIA",
        to=["SECSTATE WASHDC"],
        info=["USMISSION GENEVA"],
        info_routing=["RUEHGV"],
        tags=("BR", "CU", "PREF", "SMIG"),
        subject="REQUEST TO BRAZIL TO RESETTLE CUBAN MIGRANTS PROTECTED ON GUANTANAMO",
        classified_by=None,
        declassify_on="N/A",
    ),
    # 2009, HTML: a mail-system block (ID:, ORIGIN:, DESTINATION: squashed) after the INFO list.
    "09KUWAIT110": dict(
        cable_id="09KUWAIT110",
        date=utc(2009, 2, 5, 16, 36),
        precedence="PRIORITY",
        classification="SECRET",
        caveats_set={"NOFORN", "SIPDIS"},
        origin="AMEMBASSY KUWAIT",
        to=["SECSTATE WASHDC"],
        info=["GULF COOPERATION COUNCIL COLLECTIVE", "NSC WASHDC", "HQ USCENTCOM MACDILL AFB FL", "COMUSNAVCENT"],
        tags=("PREL", "PTER", "PINR", "KU", "IR"),
        subject="THE INTERIOR MINISTER'S REMEDY FOR TERRORISTS: \"LET THEM DIE.\"",
        declassify_on="2029-02-05",
    ),
    # 2009, HTML: "O P" precedence, TAGS wrapped with "OVIP (CLINTON, HILLARY)", a subject
    # broken by a blank line, "Classified by" inside paragraph 1.
    "09STATE30049": dict(
        cable_id="09STATE30049",
        date=utc(2009, 3, 28, 2, 24),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        origin="SECSTATE WASHDC",
        to=["AMEMBASSY CANBERRA"],
        info=[
            "AMEMBASSY ISLAMABAD", "AMEMBASSY KABUL", "AMEMBASSY BEIJING",
            "ASSOCIATION OF SOUTHEAST ASIAN NATIONS COLLECTIVE", "AMEMBASSY TOKYO", "AMEMBASSY SEOUL",
            "AMEMBASSY MOSCOW", "AMCONSUL SYDNEY", "AMCONSUL MELBOURNE", "AMCONSUL PERTH",
        ],
        tags=("OVIP (CLINTON, HILLARY)", "PREL", "AS", "PK", "AF", "CH", "RS", "JA", "KS", "ASEAN"),
        subject="(U) Secretary Clinton\u2019s March 24, 2009 Conversation with Australian Prime Minister Kevin Rudd",
        classified_by=("Alexander A. Arvizu", "Acting EAP A/S"),
        declassify_on="2019-03-24",
    ),
    # 2010, HTML: subject wrapped, lettered REF with 4-digit years.
    "10BAKU98": dict(
        cable_id="10BAKU98",
        date=utc(2010, 2, 11, 10, 23),
        precedence="PRIORITY",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="AMEMBASSY BAKU",
        to=["SECSTATE WASHDC"],
        info=[
            "IRAN COLLECTIVE", "CDR USCENTCOM MACDILL AFB FL", "CDR USEUCOM VAIHINGEN GE",
            "CIA WASHINGTON DC", "DIA WASHDC", "JOINT STAFF WASHDC", "NSC WASHDC", "SECDEF WASHDC",
        ],
        tags=("PGOV", "PARM", "PHUM", "AJ", "IR"),
        # "Classified By: xxxxx for Reasons": the name is redacted, there is no one to name
        classified_by=None,
        subject="IRAN: JAFARI REPORTEDLY SLAPS AHMEDINEJAD AT SNSC MEETING; TUDEH RE-EMERGING?",
        declassify_on="2020-02-11",
    ),
    # 2010, HTML: "O R ... (CCY ...)", a collective without routing indicator, a corrected copy
    # line, "DECL: 2020/02/04" (year first), "CLASSIFIED BY: name, title; REASON".
    "10BUENOSAIRES71": dict(
        cable_id="10BUENOSAIRES71",
        date=utc(2010, 2, 4, 16, 14),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        caveats=("SIPDIS",),
        origin="AMEMBASSY BUENOS AIRES",
        to=["SECSTATE WASHDC"],
        info=[
            "MERCOSUR COLLECTIVE", "DEPT OF ENERGY WASHINGTON DC", "NATIONAL SECURITY COUNCIL WASHINGTON DC",
            "DEPT OF JUSTICE WASHINGTON DC", "CIA WASHINGTON DC", "DEPT OF TREASURY WASHINGTON DC",
            "AMEMBASSY LONDON", "SOUTHCOM IESS MIAMI FL",
        ],
        info_routing=[None, "RHEBAAA", "RHEHAAA", "RHMFISS", "RUEAIIA", "RUEATRS", "RUEHLO", "RUMIESS"],
        tags=("ECON", "EFIN", "PREL", "PGOV", "ENRG", "AR"),
        subject="Argentina: Saber Rattling over Oil Exploration in the Falklands",
        classified_by=("Tom Kelly", "DCM"),
        declassify_on="2020-02-04",
    ),
    # 2010, HTML: REF list of eight items separated by semicolons (one separator missing).
    "10NAIROBI59": dict(
        cable_id="10NAIROBI59",
        date=utc(2010, 1, 12, 15, 13),
        precedence="IMMEDIATE",
        classification="CONFIDENTIAL",
        caveats_set={"SENSITIVE", "SIPDIS"},
        origin="AMEMBASSY NAIROBI",
        to=["SECSTATE WASHDC"],
        info=["IGAD COLLECTIVE"],
        info_routing=[None],
        tags=("PREL", "PGOV", "KCOR", "KE"),
        subject="U.S. POLICY TO ADVANCE THE REFORM AGENDA",
        classified_by=("Michael E. Ranneberger", "Ambassador"),
        declassify_on="2020-01-12",
    ),
    # 2010, HTML: a whole short cable; Classified By with a name and no title.
    "10TELAVIV414": dict(
        cable_id="10TELAVIV414",
        date=utc(2010, 2, 22, 14, 45),
        precedence="IMMEDIATE",
        classification="SECRET",
        caveats=("SIPDIS",),
        origin="AMEMBASSY TEL AVIV",
        to=["SECSTATE WASHDC"],
        info=["AMEMBASSY BEIRUT", "AMEMBASSY DAMASCUS"],
        info_routing=["RUEHLB", "RUEHDM"],
        tags=("PREL", "PTER", "MASS", "SY", "LE", "IS"),
        subject="ISRAELI OFFICIALS REQUEST USG DEMARCHE SYRIA ON POSSIBLE MISSILE TRANSFER TO HIZBALLAH",
        classified_by=("Luis G. Moreno", None),
        declassify_on="2025-02-22",
    ),
}

def cases(*fields: str):
    """pytest params (name, field) for every fixture that states one of ``fields``."""
    params = []
    for name, expected in EXPECTED.items():
        for field in fields:
            if field in expected:
                params.append(pytest.param(name, field, id=f"{name}-{field}"))
    return params


def test_every_fixture_has_expectations():
    names = {path.stem for path in FIXTURES.glob("*.txt")}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("name,field", cases("cable_id", "station", "serial"))
def test_cable_id(name, field):
    assert getattr(parsed(name), field) == EXPECTED[name][field]


@pytest.mark.parametrize("name,field", cases("date", "day"))
def test_date(name, field):
    cable = parsed(name)
    assert cable.date is not None
    assert cable.date.utcoffset().total_seconds() == 0
    if field == "date":
        assert cable.date == EXPECTED[name]["date"]
    else:
        assert (cable.date.year, cable.date.month, cable.date.day) == EXPECTED[name]["day"]


@pytest.mark.parametrize("name,field", cases("precedence"))
def test_precedence(name, field):
    assert parsed(name).precedence == EXPECTED[name]["precedence"]


@pytest.mark.parametrize("name,field", cases("classification"))
def test_classification(name, field):
    assert parsed(name).classification == EXPECTED[name]["classification"]


@pytest.mark.parametrize("name,field", cases("caveats", "caveats_set", "caveats_include"))
def test_caveats(name, field):
    caveats = parsed(name).caveats
    expected = EXPECTED[name][field]
    if field == "caveats":
        assert caveats == expected
    elif field == "caveats_set":
        assert set(caveats) == expected and len(caveats) == len(expected)
    else:
        assert set(expected) <= set(caveats)
    # the classification level is never taken for a caveat
    assert not {"SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS"} & set(caveats)


@pytest.mark.parametrize("name,field", cases("origin"))
def test_origin(name, field):
    origin = parsed(name).origin
    assert origin is not None
    assert _same_post(origin.name, EXPECTED[name]["origin"]), origin.name


def _names(posts) -> list[str]:
    return [post.name for post in posts]


def _same_post(found: str, written: str) -> bool:
    """The post as written in the cable, up to the project's aliases (``canonical_post``:
    ``SECDEF WASHINGTON DC`` is ``SECDEF WASHDC``) and spacing (``USUN NEWYORK`` in 1975)."""
    return found.replace(" ", "") in {written.replace(" ", ""), canonical_post(written).replace(" ", "")}


def _same_posts(found: list[str], written: list[str]) -> bool:
    return len(found) == len(written) and all(_same_post(f, w) for f, w in zip(found, written))


@pytest.mark.parametrize("name,field", cases("to", "to_routing"))
def test_to(name, field):
    cable = parsed(name)
    if field == "to":
        found = _names(cable.to)
        assert _same_posts(found, EXPECTED[name]["to"]), found
    else:
        assert [post.routing for post in cable.to] == EXPECTED[name]["to_routing"]


@pytest.mark.parametrize("name,field", cases("info", "info_routing", "info_first", "info_last", "info_count"))
def test_info(name, field):
    cable = parsed(name)
    found = _names(cable.info)
    expected = EXPECTED[name][field]
    if field == "info":
        assert _same_posts(found, expected), found
    elif field == "info_routing":
        assert [post.routing for post in cable.info] == expected
    elif field == "info_first":
        assert _same_posts(found[: len(expected)], expected), found
    elif field == "info_last":
        assert _same_posts(found[-len(expected) :], expected), found
    else:
        assert len(found) == expected, found


@pytest.mark.parametrize("name,field", cases("tags", "tags_casefold"))
def test_tags(name, field):
    tags = parsed(name).tags
    if field == "tags":
        assert tags == EXPECTED[name]["tags"]
    else:
        assert tuple(tag.upper() for tag in tags) == EXPECTED[name]["tags_casefold"]


@pytest.mark.parametrize("name,field", cases("subject"))
def test_subject(name, field):
    assert parsed(name).subject == EXPECTED[name]["subject"]


@pytest.mark.parametrize("name,field", cases("classified_by"))
def test_classified_by(name, field):
    person = parsed(name).classified_by
    expected = EXPECTED[name]["classified_by"]
    if expected is None:
        assert person is None
        return
    name_expected, title_expected = expected
    assert person is not None
    assert person.name.casefold() == name_expected.casefold()
    if title_expected is None:
        assert person.title is None
    else:
        assert squash(person.title).startswith(squash(title_expected)), person.title


# Hard Classified By lines: wrapped at a fixed width inside a name (09PARIS848) or between words
# (06LAPAZ3449); written twice (07PARIS3733, benchmarks/entities/texts/dev4); an acting
# EcoPolCouns (03SANTODOMINGO7570, test23); glued to the end of the REF line (08STOCKHOLM51,
# test35) or of the SUBJECT line (09BRASILIA1383, ../shared/corpus/cablegate-html/2009/12).
HARD_CLASSIFIED_BY = {
    "08STOCKHOLM51": (
        "C O N F I D E N T I A L SECTION 01 OF 02 STOCKHOLM 000051 \n\nSIPDIS \n\nSIPDIS \n\n"
        "E.O. 12958: DECL: 12/12/2017 \nTAGS: PREL MOPS PGOV YI AF SW\n"
        "SUBJECT: SWEDISH PARLIAMENT'S FOREIGN AFFAIRS LEADERS ON \nAFGHANISTAN, KOSOVO \n\n"
        "REF: LJUBLJANA 20 Classified By: DCM Robert Silverman for reasons \n1.4 (b) and (d). Summary ------- \n\n"
        "\u00b61. (C) Charge discussed Sweden's role in Afghanistan and Kosovo in separate meetings January 16\n",
        "Robert Silverman",
        "DCM",
    ),
    "09BRASILIA1383": (
        "S E C R E T SECTION 01 OF 05 BRASILIA 001383 \n\nSIPDIS \n\n"
        "E.O. 12958: DECL: 011/2/2019 \nTAGS: ENRG ECON KSEC ECIP EINV PREL BR\n\n"
        "SUBJECT: BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS Classified By: Charge d'Affaires Cherie Jackson, "
        "Reasons 1.4 (b) and (d). REFTELS: A) 2008 BRASILIA 672, B) 2008 BRASILIA 593, C)2008 SAO PAULO 260 \n\n"
        "\u00b61. (S)SUMMARY: On November 10 at 22:13, Brazil ex\n",
        "Cherie Jackson",
        "Charge d'affaires",
    ),
    "09PARIS848": (
        "C O N F I D E N T I A L SECTION 01 OF 02 PARIS 000848 \n\nNOFORN \nSIPDIS \n\n"
        "E.O. 12958: DECL: 06/24/2019 \nTAGS: PREL PGOV FR MA \n"
        "SUBJECT: MADAGASCAR: FRENCH SUPPORT POLITICAL CONSENSUS \nLEADING TO ELECTIONS \n\n"
        "REF: A. EMBASSY ANTANANARIVO-KANEDA E-MAIL (JUNE 23) \n\u00b6B. PARIS 815 \n\n"
        "Classified By: Acting Minister Counselor for Political Affairs Andrew Y \noung, 1.4 (b/d). \n\n"
        "\u00b61. (C/NF) SUMMARY: France continues to favor a political \n",
        "Andrew Young",
        "Acting Minister Counselor for Political Affairs",
    ),
    "06LAPAZ3449": (
        "C O N F I D E N T I A L LA PAZ 003449 \n\nSIPDIS \n\nSIPDIS \n\n"
        "E.O. 12958: DECL: 12/20/2016 \nTAGS: ECON PGOV PREL SNAR BL\n"
        "SUBJECT: REACTIONS TO BOLIVIA'S NEW COCA STRATEGY \n\n"
        "Classified By: Deputy Chief of Mission Krishna Urs \nfor reasons 1.4 (b) and (d). \n\n"
        "\u00b61. (C) On December 14 ...\n",
        "Krishna Urs",
        "Deputy Chief of Mission",
    ),
    "07PARIS3733": (
        "C O N F I D E N T I A L PARIS 003733 \n \nSIPDIS \n \nSIPDIS \n \n"
        "E.O. 12958: DECL: 09/07/2017 \nTAGS: PREL PGOV FR IR\n"
        "SUBJECT: FRENCH ELYSEE NEA ADVISER RECOUNTS TOUGH LINE \nTAKEN WITH IRANIANS \n \nREF: PARIS 3668 \n \n"
        "Classified By: Classified by Polmincouns Josiah Rosenblatt for reasons \n1.4.(b), (d) \n \n"
        "\u00b61.  (C)  Following up on reftel, Polmincouns and poloff asked \n",
        "Josiah Rosenblatt",
        "Polmincouns",
    ),
    "03SANTODOMINGO7570": (
        "C O N F I D E N T I A L SANTO DOMINGO 007570 \n \nSIPDIS \n \n"
        "E.O. 12958: DECL: 12/23/2013 \nTAGS: EFIN, ECON, ECIN, DR \n"
        "SUBJECT: DOLLARS SCARCE AT OFFICIAL RATE -- BLACK MARKET \nGROWING \n \nREF: SANTO DOMINGO 7134 \n \n"
        "Classified By: Acting EcoPolCouns Thomas C. Pierce; reason: 1.5(b & d) \n \n"
        " 1.  (C) Summary: Technical Secretary Carlos Despradel said \n",
        "Thomas C. Pierce",
        "Acting EcoPolCouns",
    ),
    # test66: a title written with a hyphen; the counter-terrorism coordinator's acronym.
    "04ISTANBUL1837": (
        "C O N F I D E N T I A L SECTION 01 OF 02 ISTANBUL 001837 \n \nSIPDIS \n \n"
        "E.O. 12958: DECL: 12/08/2014 \nTAGS: PGOV, TU, Istanbul \n"
        "SUBJECT: ISTANBUL POLITICS: AKP CONSOLIDATES CONTROL \n \nREF: A. ISTANBUL 448 \n \n"
        "     B. ANKARA 1847 \n \nClassified By: Consul-General David Arnett for Reasons 1.5 (b&d) \n \n"
        "1. (sbu) Summary: Following dominatig victories in the arch \n",
        "David Arnett",
        "Consul-General",
    ),
    "03SANAA2701": (
        "S E C R E T SECTION 01 OF 02 SANAA 002701 \n \nSIPDIS \n \nNOFORN \n \n"
        "DEPARTMENT FOR NEA, NEA/ARP, NEA/EX, S/CT, CA, DS/DSS, \nCENTCOM FOR POLAD \n \n"
        "E.O. 12958: DECL: 11/12/2013 \nTAGS: PTER, PREL, IR, YM, COUNTER TERRORISM \n"
        "SUBJECT: AMBASSADOR'S 11/8/03 CT COORDINATION MEETING WITH \nMOI/PSO DIRECTORS \n \n \n"
        "Classified By: CTC AUSTIN G. GILREATH, for reasons 1.5 (b) and (d). \n \n"
        "1. (C) Summary:  On 8 November 2003, the Ambassador was \n",
        "Austin G. Gilreath",
        "CTC",
    ),
    # test68: titles the parser did not know.
    "05DHAKA86": (
        "C O N F I D E N T I A L DHAKA 000086 \n \nSIPDIS \n \nE.O. 12958: DECL: 01/05/2015 \n"
        "TAGS: PGOV, PHUM, PREF, BG \nSUBJECT: NGO CONCERN PLANS TO WITHDRAW FROM ROHINGYA \n \n"
        "REFUGEE CAMPS DUE TO BDG PRESSURE \n \nClassified By: POLCOUN D.C. McCullough, reasons: 1.5 (b), (d) \n \n"
        "1. (C) Summary: Citing harassment from the BDG NGO Affairs \n",
        "D.C. McCullough",
        "Polcoun",
    ),
    "04ACCRA2205": (
        "C O N F I D E N T I A L ACCRA 002205 \n \nSIPDIS \n \nE.O. 12958: DECL: 10/12/2014 \n"
        "TAGS: ECON, EINV, EMIN, ENRG, GH, EXIM, OPIC \nSUBJECT: KAISER COMPLETES SALE OF VALCO TO THE GOVERNMENT \n"
        "OF GHANA \n \nClassified By: EconChief Chris Landberg for reasons 1.5 B and D \n \n"
        "1. (U) Kaiser Aluminum has sold its 90-percent stake in the \n",
        "Chris Landberg",
        "EconChief",
    ),
}


@pytest.mark.parametrize("cable_id", sorted(HARD_CLASSIFIED_BY))
def test_classified_by_title_and_name(cable_id):
    text, name, title = HARD_CLASSIFIED_BY[cable_id]
    person = parse_cable(text).classified_by
    assert (person.name, person.title) == (name, title)


def test_a_classified_by_line_glued_to_the_subject_is_no_part_of_it():
    cable = parse_cable(HARD_CLASSIFIED_BY["09BRASILIA1383"][0])
    assert cable.subject == "BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS"
    assert cable.text[slice(*cable.classified_by_span)].startswith("Classified By: Charge d'Affaires Cherie Jackson")


@pytest.mark.parametrize("name,field", cases("declassify_on", "declassify_one_of"))
def test_declassify_on(name, field):
    if field == "declassify_on":
        assert parsed(name).declassify_on == EXPECTED[name]["declassify_on"]
    else:
        assert parsed(name).declassify_on in EXPECTED[name]["declassify_one_of"]


# ---------------------------------------------------------------------------------------------
# The same cables from their text alone: a full cable does not need the reader's metadata.
# ---------------------------------------------------------------------------------------------
FULL_HEADERS = [
    name
    for name in EXPECTED
    if "date" in EXPECTED[name] and EXPECTED[name].get("precedence") is not None
    and name not in ("01HOCHIMINHCITY183", "04TEGUCIGALPA2738", "04WELLINGTON886", "00HARARE6677")
]


@pytest.mark.parametrize("name", FULL_HEADERS)
def test_text_alone_gives_date_and_origin(name):
    cable = parse_cable(fixture_text(name))
    assert cable.date == EXPECTED[name]["date"]
    assert _same_post(cable.origin.name, EXPECTED[name]["origin"])


def test_partial_extract_without_metadata_has_no_invented_values():
    # A partial extract has no transmission header: without the CSV columns there is no date,
    # origin or cable id, and the parser must not make them up.
    cable = parse_cable(fixture_text("04TEGUCIGALPA2738"))
    assert cable.date is None and cable.origin is None and cable.cable_id is None
    assert cable.classification == "UNCLASSIFIED"
    assert cable.station == "TEGUCIGALPA" and cable.serial == 2738
    assert cable.subject == "HONDURAS APPROVES CNIES INFORMATION SHARING AGREEMENT"


def test_partial_extract_with_addressees_after_the_classification_line():
    # 05MADRID1178 (benchmarks/entities test45): no FM or TO line; the INFO list follows the
    # classification line and SIPDIS, before "E.O. 12958".
    text = (SEEDS.parent / "benchmarks" / "entities" / "texts" / "test45" / "05MADRID1178.txt").read_text(encoding="utf-8")
    cable = parse_cable(text)
    assert cable.origin is None and cable.to == ()
    assert [p.name for p in cable.info] == [
        "EUROPEAN POLITICAL COLLECTIVE", "AMEMBASSY BOGOTA", "AMEMBASSY BRASILIA", "AMEMBASSY CARACAS",
    ]


def test_addressees_after_the_classification_line_with_for_lines_before_the_fields():
    # 04PRETORIA5344 (test51): the INFO list, a blank line, then eleven lines of "ANTANANARIVO FOR
    # YMALCION; ..." before "E.O. 12958".
    text = (SEEDS.parent / "benchmarks" / "entities" / "texts" / "test51" / "04PRETORIA5344.txt").read_text(encoding="utf-8")
    cable = parse_cable(text)
    assert cable.to == ()
    assert [p.name for p in cable.info] == ["AMEMBASSY GENEVA", "AMEMBASSY NAIROBI", "AMEMBASSY ROME", "AMEMBASSY DAKAR"]


def test_pass_lines_after_the_classification_line_are_no_addressees():
    # 03NASSAU2452 (test9): "STATE PASS TO INL/LP KBROWN" and "WHA/CAR DOCONNOR" after SIPDIS.
    text = (SEEDS.parent / "benchmarks" / "entities" / "texts" / "test9" / "03NASSAU2452.txt").read_text(encoding="utf-8")
    cable = parse_cable(text)
    assert cable.to == () and cable.info == ()


def test_a_precedence_word_missing_a_letter():
    # 09BAKU179 (test45): "AMEMBASSY NEW DELHI PIORITY" in the INFO list.
    assert [p.name for p in split_posts("AMEMBASSY NEW DELHI PIORITY\nAMEMBASSY ANKARA PRIORITY")] == [
        "AMEMBASSY NEW DELHI", "AMEMBASSY ANKARA",
    ]


# ---------------------------------------------------------------------------------------------
# The seeds: the squashed one-line header and the [PREL](#) tag links only occur there.
# ---------------------------------------------------------------------------------------------
def test_seed_squashed_one_line_header():
    text = (SEEDS / "000_9feede66ac886c36.txt").read_text(encoding="utf-8")
    cable = parse_cable(text)
    assert cable.cable_id == "08ASTANA392"
    assert cable.date == utc(2008, 2, 28, 6, 34)
    assert cable.precedence == "PRIORITY"
    assert cable.origin.name == "AMEMBASSY ASTANA"
    assert [(p.name, p.routing) for p in cable.to] == [("SECSTATE WASHDC", "RUEHC")]
    assert [(p.name, p.routing) for p in cable.info] == [
        ("AMEMBASSY BAGHDAD", "RUEHGB"),
        ("JOINT STAFF WASHDC", "RUEKJCS"),
        ("SECDEF WASHDC", "RUEKJCS"),
        ("NSC WASHDC", "RHEHNSC"),
    ]
    assert cable.classification == "SECRET"
    assert cable.tags == ("PREL", "MARR", "MOPS", "IZ", "KZ")
    assert cable.classified_by.name == "John Ordway"


def test_seed_tag_links_and_wrapped_subject():
    text = (SEEDS / "001_15ace6ba4405faed.txt").read_text(encoding="utf-8")
    cable = parse_cable(text)
    assert cable.cable_id == "08BAKU64"
    assert cable.tags == ("PREL", "MARR", "MOPS", "IZ", "AJ")
    assert cable.subject == "AZERBAIJAN MFA COMMENTS ON SECOND SURVEY OF IRAQ DEPLOYMENT REQUIREMENTS"
    assert [p.name for p in cable.info][:2] == ["AMEMBASSY BAGHDAD", "USMISSION USUN NEW YORK"]


# ---------------------------------------------------------------------------------------------
# The helpers, on lines copied from the corpus (the cable each comes from is named).
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,date,precedence",
    [
        ("P R 281848Z DEC 66", utc(1966, 12, 28, 18, 48), "PRIORITY"),  # 66BUENOSAIRES2481, action P
        ("O R 181205Z NOV 75 ZFF4", utc(1975, 11, 18, 12, 5), "IMMEDIATE"),  # 75LIBREVILLE1895
        ("061601Z MAY 78\nFM AMEMBASSY KABUL", utc(1978, 5, 6, 16, 1), None),  # 78KABUL3619, no letter
        ("Z 111549Z SEP 01\nFM SECSTATE WASHDC", utc(2001, 9, 11, 15, 49), "FLASH"),  # 01STATE157144
        ("O 031401Z JUN 08 ZDS CTG RUEHSD 0020 1580042", utc(2008, 6, 3, 14, 1), "IMMEDIATE"),  # 08NAIROBI1363
        ("O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)", utc(2010, 2, 4, 16, 14), "IMMEDIATE"),
        ("O P 280224Z MAR 09", utc(2009, 3, 28, 2, 24), "IMMEDIATE"),  # 09STATE30049
        ("DE RUEHKV #2294/01 3261448\nZNY CCCCC ZZH\nR 211448Z NOV 08", utc(2008, 11, 21, 14, 48), "ROUTINE"),
        # 90CAPETOWN97: the page header's "182017Z" and the relay's "200910Z /23" are not the DTG
        (
            "PAGE 01        CAPE T  00097  01 OF 03  182017Z\nACTION AF-00\n"
            "                    ------------------352654  200910Z /23\nR 171512Z JAN 90\nFM AMCONSUL CAPE TOWN",
            utc(1990, 1, 17, 15, 12),
            "ROUTINE",
        ),
        (
            "291359Z Nov 00\n\n\n                           CONFIDENTIAL     PTQ1859",  # 00HARARE6677
            utc(2000, 11, 29, 13, 59),
            None,
        ),
    ],
    ids=[
        "66BUENOSAIRES2481", "75LIBREVILLE1895", "78KABUL3619", "01STATE157144", "08NAIROBI1363",
        "10BUENOSAIRES71", "09STATE30049", "08KYIV2294", "90CAPETOWN97", "00HARARE6677",
    ],
)
def test_find_dtg(text, date, precedence):
    assert find_dtg(text) == (date, precedence)


def test_find_dtg_zero_for_o_still_gives_the_date():
    # 79TEHRAN11260: "0 241208Z OCT 79"
    assert find_dtg("0 241208Z OCT 79\nFM AMEMBASSY TEHRAN")[0] == utc(1979, 10, 24, 12, 8)


def _posts(section: str) -> list[tuple[str, str | None]]:
    return [(post.name, post.routing) for post in split_posts(section)]


@pytest.mark.parametrize(
    "section,expected",
    [
        # 07PARIS2743
        ("RUEHC/SECSTATE WASHDC IMMEDIATE 8497", [("SECSTATE WASHDC", "RUEHC")]),
        # 75LIBREVILLE1895: NIACT IMMEDIATE and a serial after the second
        (
            "USMISSION USUN NEWYORK NIACT IMMEDIATE\nSECSTATE WASHDC IMMEDIATE 7102",
            [("USMISSION USUN NEWYORK", None), ("SECSTATE WASHDC", None)],
        ),
        # 09KUWAIT110: two spaces before the precedence
        ("RHMFISS/HQ USCENTCOM MACDILL AFB FL PRIORITY\nRHBVAKS/COMUSNAVCENT  PRIORITY",
         [("HQ USCENTCOM MACDILL AFB FL", "RHMFISS"), ("COMUSNAVCENT", "RHBVAKS")]),
        # 10BUENOSAIRES71: a collective without routing indicator
        ("MERCOSUR COLLECTIVE\nRUEHLO/AMEMBASSY LONDON 0027\nRUMIESS/SOUTHCOM IESS MIAMI FL",
         [("MERCOSUR COLLECTIVE", None), ("AMEMBASSY LONDON", "RUEHLO"), ("SOUTHCOM IESS MIAMI FL", "RUMIESS")]),
        # 92USUNNEWYORK5825
        ("UN SECURITY COUNCIL COLLECTIVE IMMEDIATE\nAMEMBASSY ROME IMMEDIATE",
         [("UN SECURITY COUNCIL COLLECTIVE", None), ("AMEMBASSY ROME", None)]),
        # 01STATE157144: FLASH on every line, trailing blanks
        ("ALL DIPLOMATIC AND CONSULAR POSTS FLASH\nSPECIAL EMBASSY PROGRAM FLASH\nAMEMBASSY FREETOWN FLASH ",
         [("ALL DIPLOMATIC AND CONSULAR POSTS", None), ("SPECIAL EMBASSY PROGRAM", None), ("AMEMBASSY FREETOWN", None)]),
        # 08BRASILIA429: two action addressees, the first without serial
        ("RUEKJCS/SECDEF WASHDC\nRUEHC/SECSTATE WASHDC 1318",
         [("SECDEF WASHDC", "RUEKJCS"), ("SECSTATE WASHDC", "RUEHC")]),
        # 00STATE228772: a TO list over a page break (footer, blank line, page header)
        (
            "ALL DIPLOMATIC AND CONSULAR POSTS\n                       UNCLASSIFIED    \n\n"
            "PAGE 02        STATE   228772  012054Z \nSPECIAL EMBASSY PROGRAM\nAMEMBASSY FREETOWN ",
            [("ALL DIPLOMATIC AND CONSULAR POSTS", None), ("SPECIAL EMBASSY PROGRAM", None), ("AMEMBASSY FREETOWN", None)],
        ),
        # 08BOGOTA683 (benchmarks/entities/texts/test14): a month's abbreviation before the serial
        ("RUEHLP/AMEMBASSY LA PAZ FEB 9249", [("AMEMBASSY LA PAZ", "RUEHLP")]),
    ],
    ids=[
        "07PARIS2743", "75LIBREVILLE1895", "09KUWAIT110", "10BUENOSAIRES71", "92USUNNEWYORK5825",
        "01STATE157144", "08BRASILIA429", "00STATE228772", "08BOGOTA683",
    ],
)
def test_split_posts(section, expected):
    found = _posts(section)
    assert len(found) == len(expected), found
    for (name, routing), (written, written_routing) in zip(found, expected):
        assert _same_post(name, written), name
        assert routing == written_routing


@pytest.mark.parametrize(
    "value,expected",
    [
        ("[PTER](#) [KAWC](#) [PINR](#) [PREL](#) [KZ](#)", ("PTER", "KAWC", "PINR", "PREL", "KZ")),  # seed 004
        ("PGOV, PHUM. SF ", ("PGOV", "PHUM", "SF")),  # 90CAPETOWN97
        ("EFIN, EREL, ETRD, PGOV, PREL, XH, UP ", ("EFIN", "EREL", "ETRD", "PGOV", "PREL", "XH", "UP")),  # 08KYIV2294
        ("PREL MARR MOPS EUN NATO AF TU GG FR", ("PREL", "MARR", "MOPS", "EUN", "NATO", "AF", "TU", "GG", "FR")),
        (
            "OVIP (CLINTON, HILLARY), PREL, AS, PK, AF, CH,  RS,JA, KS, ASEAN ",  # 09STATE30049, joined
            ("OVIP (CLINTON, HILLARY)", "PREL", "AS", "PK", "AF", "CH", "RS", "JA", "KS", "ASEAN"),
        ),
        (
            "EFIN, ECON, PGOV, PREL, BR, IZ, Macroeconomics & Financial ",  # 04BRASILIA3136
            ("EFIN", "ECON", "PGOV", "PREL", "BR", "IZ", "Macroeconomics & Financial"),
        ),
    ],
    ids=["seed004", "90CAPETOWN97", "08KYIV2294", "07PARIS2743", "09STATE30049", "04BRASILIA3136"],
)
def test_split_tags(value, expected):
    assert split_tags(value) == expected


def test_classified_by_with_a_bureau_and_title():
    """08STATE107438 (benchmarks/entities/texts/test5): a bureau's symbol before the title."""
    person = parse_cable("SECRET STATE 107438\n\nClassified By: IO PDAS James Warlick. Reasons 1.4 (b) and (d).\n\n"
                         "1. (C) This is an action request.\n").classified_by
    assert (person.name, person.title.upper()) == ("James Warlick", "IO PDAS")
