"""Truecasing of all-uppercase cables (graphify.nlp.truecase).

The fixtures in ``tests/fixtures/upper/`` are verbatim ``RawCable.text`` of four upper-case
cables of ``../shared/corpus/cables-csv`` (none of them an evaluation cable of
benchmarks/entities/cables.json): 89KHARTOUM12704 (embassy-khartoum.csv, line 46),
90JOHANNESBURG264 (consulate-johannesburg.csv, line 2), 95RIYADH3041 (embassy-riyadh.csv,
line 4454) and 97TIRANA3065 (embassy-tirana.csv, line 219). The names and acronyms checked below
were read off them by hand.
"""

from __future__ import annotations

import random
import re
import time
from importlib import resources
from pathlib import Path

import pytest

from graphify.nlp.truecase import WORD, is_common_word, is_upper_text, truecase, truecase_table

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "upper"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))
SEED = REPO / "seeds" / "000_9feede66ac886c36.txt"


def fixture_text(name: str) -> str:
    with open(FIXTURES / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def words_of(text: str) -> list[str]:
    return [match[0] for match in WORD.finditer(text)]


def assert_only_case_changed(text: str, out: str) -> None:
    assert len(out) == len(text)
    for before, after in zip(text, out):
        if before != after:
            same_letter = before.lower() == after.lower() or before.upper() == after.upper()
            assert before.isalpha() and same_letter, (before, after)


def test_fixtures_are_there():
    assert NAMES == ["89KHARTOUM12704", "90JOHANNESBURG264", "95RIYADH3041", "97TIRANA3065"]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_invariants(name):
    text = fixture_text(name)
    out = truecase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert_only_case_changed(text, out)
    assert out != text
    assert not is_upper_text(out)  # it now reads as mixed case


@pytest.mark.parametrize("name", NAMES)
def test_is_upper_text_on_fixtures(name):
    assert is_upper_text(fixture_text(name))


def test_is_upper_text_false_on_a_mixed_case_cable():
    assert not is_upper_text(SEED.read_text(encoding="utf-8"))


def test_is_upper_text_needs_letters():
    assert not is_upper_text("")
    assert not is_upper_text("12 34 -- 1.4(B)")
    assert not is_upper_text("OK.")
    assert is_upper_text("THE MINISTER SAID THE GOVERNMENT WOULD AGREE.")


def test_random_text_keeps_length_and_letters():
    alphabet = (
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4
        + "abcxyz0123456789 .,;:!?'\"()-/\n\n\t"
        + "ÄÖÜÉÈÇÑßİıЖжΣσςĲǅﬁΩµ’“”¶\u00a0\u200b"
    )
    rng = random.Random(1234)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        out = truecase(text)
        assert_only_case_changed(text, out)
    # ASCII text: exactly the same letters up to case.
    ascii_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 3 + "abc 0123456789.,;:!?'\"()-/\n"
    for _ in range(300):
        text = "".join(rng.choice(ascii_alphabet) for _ in range(rng.randint(0, 300)))
        out = truecase(text)
        assert len(out) == len(text) and out.lower() == text.lower()


def test_words_of_real_cables_in_non_ascii_text_keep_their_length():
    text = "İSTANBUL, ŞANLIURFA AND STRAßE: THE MINISTER MET ΣΩΚΡΑΤΗΣ IN ЖЕНЕВА. ÉLYSÉE"
    out = truecase(text)
    assert_only_case_changed(text, out)
    assert out.startswith("İstanbul")


def test_common_words_come_out_lowercase():
    assert truecase("THE") == "The"  # the start of the text
    assert truecase("X THE") == "X the"
    assert truecase("HE SAID THE GOVERNMENT WOULD") == "He said the government would"
    # Cables write "the Minister said" (the minister of the story) far more often than "the minister".
    assert truecase("THE MINISTER SAID THE GOVERNMENT") == "The Minister said the government"
    assert truecase("THE WITHDRAWAL OF TROOPS") == "The withdrawal of troops"
    out = truecase(fixture_text("89KHARTOUM12704"))
    assert "the base of the government." in out
    assert "Many Sudanese believe a cabinet \nreshuffle" in out
    out = truecase(fixture_text("95RIYADH3041"))
    assert "he stated that it would be justifiable if" in out


def test_common_words_of_the_fixtures_are_lowercase_mid_sentence():
    common = {"the", "of", "and", "to", "in", "that", "said", "government", "with", "has", "was"}
    for name in NAMES:
        text = fixture_text(name)
        out = truecase(text)
        for match in WORD.finditer(out):
            word = match[0]
            starts = match.start() == 0 or re.search(r"[.:!?\n(]\s*$", out[: match.start()])
            if word.lower() in common and not starts:
                assert word.islower(), (name, out[max(0, match.start() - 30) : match.end() + 10])


# Names read off the fixtures by hand, as they must come out.
NAMES_IN_FIXTURES = {
    "89KHARTOUM12704": [
        "Omar al-Bashir", "President Carter", "Hassan al-Turabi", "Sadiq al Mahdi", "Mohammed Tewfiq",
        "Joseph Modesto", "Yohannes Akol", "Idris al-Banna", "Bashir Omer", "Samuel Aru Bol",
    ],
    "90JOHANNESBURG264": ["Nelson Mandela", "Soweto", "Johannesburg", "Katlehong", "Welkom", "Cape Town"],
    # The corpus writes "al-Faisal" and "Al-Faisal" about as often: either is right.
    "95RIYADH3041": ["Foreign Minister \nSaud ", "l-Faisal", "King Hussein", "Jordan", "Amman", "Kattouf"],
    "97TIRANA3065": [
        "Sabit Brokaj", "Sali Berisha", "Hoxha", "Robert F. Cekuta", "Defense Minister", "Socialist Party",
        "University of Tirana",
    ],
}


@pytest.mark.parametrize("name", NAMES)
def test_names_come_out_capitalized(name):
    out = truecase(fixture_text(name))
    for expected in NAMES_IN_FIXTURES[name]:
        assert expected in out, expected


def test_acronyms_stay_upper():
    out = truecase(fixture_text("89KHARTOUM12704"))
    for acronym in ("GOS", "DUP", "NIF", "SCP", "RCC", "(PPP)", "(USAP)", "(SSPA)", "pro-SPLM", "E.O. 12356"):
        assert acronym in out, acronym
    out = truecase(fixture_text("97TIRANA3065"))
    for acronym in ("(PS)", "an MP", "CHG Robert", "1.5 (B)", "USDEL OSCE", "C O N F I D E N T I A L"):
        assert acronym in out, acronym
    assert truecase("THE MFA AND THE U.S. AND NATO AND THE GOK") == "The MFA and the U.S. and NATO and the GOK"
    # Unknown words without a vowel or with digits are acronyms, and so is a word alone in brackets
    # (after "Reasons", mixed-case cables write "1.4(b)", and the table learns that pair).
    assert truecase("THE DCM AND UNSCR 1540 AND (ZQXWAV), 1.4(B)") == "The DCM and UNSCR 1540 and (ZQXWAV), 1.4(B)"


def test_unknown_words_are_capitalized_as_names():
    assert truecase("MFA AMERICAS DIRECTOR TALGAT KALIYEV SAID") == "MFA Americas Director Talgat Kaliyev said"
    assert truecase("WE MET ZHAKSYBEKOV'S WIFE") == "We met Zhaksybekov's wife"
    assert truecase("O'BRIEN AND THE CHARGE D'AFFAIRES") == "O'Brien and the Charge d'Affaires"


def test_sentence_starts_are_capitalized():
    out = truecase(fixture_text("95RIYADH3041"))
    assert "\n1.  Confidential - entire text." in out
    assert "\n2.  In July 4 meeting with Ambassador" in out
    assert "In the same breath, Saud cautioned" in out
    assert "5.  Comment:  It appears that" in out
    assert "TAGS" not in out and "Tags:" in out
    out = truecase(fixture_text("97TIRANA3065"))
    assert "1.  (U)  Personal data:  Sabit Brokaj was born" in out
    assert "\n6.  (C)  Brokaj comes across" in out
    assert truecase("ONE. TWO! THREE? FOUR\n\nFIVE") == "One. Two! Three? Four\n\nFive"
    # Not after an initialism or a title's abbreviation.
    assert truecase("THE U.S. GOVERNMENT AND MR. SMITH") == "The U.S. government and Mr. Smith"


def test_words_with_lowercase_letters_are_left_alone():
    text = SEED.read_text(encoding="utf-8")
    out = truecase(text)
    assert_only_case_changed(text, out)
    changed = 0
    for before, after in zip(WORD.finditer(text), WORD.finditer(out)):
        if not before[0].isupper():
            assert after[0] == before[0]
        changed += after[0] != before[0]
    assert changed  # the capitals of the header ("SUBJECT: SURVEY OF IRAQ ...") are truecased
    body = text[text.index("Summary: Kazakhstani") :][:300]
    assert body in out


def test_table_and_package_data():
    data = resources.files("graphify.data").joinpath("truecase.tsv.gz")
    assert data.is_file()
    table = truecase_table()
    assert len(table) > 50_000
    assert table["withdrawal"] == "withdrawal" and table["nato"] == "NATO" and table["u.s."] == "U.S."
    assert table["d'affaires"] == "d'Affaires" and table["mcdonald"] == "McDonald"
    assert table["al-qaeda"] in ("al-Qaeda", "Al-Qaeda")
    for lower, preferred in table.items():
        assert len(preferred) == len(lower) and preferred.lower() == lower
    assert is_common_word("Withdrawal") and not is_common_word("Kazakhstan") and not is_common_word("KALIYEV")


def test_table_header_says_how_it_was_built():
    import gzip

    data = resources.files("graphify.data").joinpath("truecase.tsv.gz").read_bytes()
    header = [line for line in gzip.decompress(data).decode("utf-8").splitlines()[:10] if line.startswith("#")]
    assert any("mixed-case cables" in line and "evaluation cables excluded" in line for line in header)


def test_speed_one_megabyte():
    text = "".join(fixture_text(name) for name in NAMES)
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    truecase("WARM UP")
    start = time.perf_counter()
    out = truecase(big)
    elapsed = time.perf_counter() - start
    assert len(out) == len(big)
    assert elapsed < 2.0, f"truecasing 1 MB took {elapsed:.2f} s"
