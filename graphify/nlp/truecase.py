"""Truecasing: give ALL-UPPERCASE cable text (most cables before 2000) the case of ordinary prose,
so that spaCy's English models, trained on mixed-case text, find the people and places in it.

Only the case of letters changes: ``truecase(text)`` has the length of ``text``, and the same
characters up to case, so offsets found in the truecased text are offsets in the original.

The casing of each word comes from ``graphify/data/truecase.tsv.gz`` (``lower<TAB>preferred``),
counted over the mixed-case cables of the corpus by ``benchmarks/build_truecase_table.py``.
A word missing from that table is most likely a name and is capitalized, unless it looks like an
acronym (no vowel, or digits in it). The first word of each sentence gets a capital.

>>> truecase("FOREIGN MINISTER MARAT TAZHIN MET THE AMBASSADOR IN ASTANA.")
'Foreign Minister Marat Tazhin met the Ambassador in Astana.'
"""

from __future__ import annotations

import re
from functools import cache

from graphify.data import data_rows

__all__ = ["WORD", "is_common_word", "is_upper_text", "truecase", "truecase_table"]

TABLE = "truecase.tsv.gz"

# A word: letters spaced out (kept as they are), "1.4(B)" (a classification reason), a dotted
# initialism ("U.S.", "E.O."), or letters and digits joined by apostrophes, hyphens and inner dots
# ("AL-QAEDA", "D'AFFAIRES", "F-16").
WORD = re.compile(
    r"(?<!\w)(?:[^\W\d_] ){3,}[^\W\d_](?!\w)"  # letters spaced out: "C O N F I D E N T I A L"
    r"|\d+(?:\.\d+)*\([A-Za-z]\)"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:['\u2019.\-][^\W_]+)*"
)

_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
_CLITICS = frozenset(("S", "T", "LL", "RE", "VE", "D", "M"))
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?")
_SPLIT = re.compile(r"(['\u2019.\-])")

# Where a sentence starts: the start of the text, after . ! ? or : and spaces, after a blank line,
# after a classification marker such as "(C) " or "(S/NF) ", or at a field label that starts a
# line ("TAGS:", "CLASSIFIED BY:"). Quotes, brackets, dashes, the paragraph sign and such markers
# may come before the first letter.
_MARKER = r"\((?i:[UCS]|TS|SBU|LOU|FOUO)(?:/\w{2,6})*\)"  # a paragraph's classification: (C), (S/NF)
_SENTENCE = re.compile(
    r"(?:\A|(?<=[.!?:])[\"'\u201d\u2019)\]]*\s+|\n[ \t]*\n\s*|(?<!\S)" + _MARKER + r"[ \t]+"
    r"|(?<=\n)[ \t]*(?=[^\W\d_][^\W\d_. ]*(?:[. ][^\W\d_]+){0,2}\.?:))"
    r"(?:" + _MARKER + r"[ \t]+|[\"'\u201c\u2018(\[\u00b6\-\s])*([^\W\d_])"
)
# The word after one, across spaces and at most one line break: the second word of a pair.
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*(" + WORD.pattern + ")")
# A dot that ends an abbreviation or an initial, not a sentence ("U.S.", "MR.", "JOHN F.").
_ABBREVIATION = re.compile(
    r"(?i)(?:(?:^|\W)(?:[^\W\d_]\.)+"
    r"|\b(?:mr|mrs|ms|dr|st|gen|col|lt|maj|capt|adm|amb|sen|rep|gov|prof|jr|sr|no|nos|vs|mt|ft|messrs)\.)$"
)


@cache
def truecase_table() -> dict[str, str]:
    """The preferred casing of each word of the table, keyed by its lowercase form; keys with a
    space are pairs of words whose casing together differs from their casings alone.

    >>> table = truecase_table()
    >>> table["withdrawal"], table["nato"], table["u.s."], table["foreign minister"]
    ('withdrawal', 'NATO', 'U.S.', 'Foreign Minister')
    """
    table = {}
    for row in data_rows(TABLE):
        lower, preferred = row[0], row[1] if len(row) > 1 else ""
        if len(preferred) == len(lower) and preferred.lower() == lower:
            table[lower] = preferred
    return table


@cache
def _pairs() -> dict[tuple[str, str], tuple[str, str]]:
    """(first, second) lowercase -> their casings together, from the table's keys with a space."""
    pairs = {}
    for key, value in truecase_table().items():
        if " " in key:
            first, second = key.split(" ", 1)
            form_first, form_second = value.split(" ", 1)
            pairs[first, second] = form_first, form_second
    return pairs


def is_common_word(word: str) -> bool:
    """True when ``word`` is a word of the table usually written in lowercase (a common English
    word, not a name or an acronym), whatever its case here.

    >>> is_common_word("Began"), is_common_word("WITHDRAWAL"), is_common_word("Izmir"), is_common_word("MFA")
    (True, True, False, False)
    """
    preferred = truecase_table().get(word.lower())
    return preferred is not None and preferred.islower()


def is_upper_text(text: str, min_letters: int = 20) -> bool:
    """True when ``text`` is written essentially all in capitals: it has at least ``min_letters``
    letters, and fewer than 5% of them are lowercase.

    >>> is_upper_text("FOREIGN MINISTER LIEN CHAN CALLED IN AMBASSADORS."), is_upper_text("SUBJECT: Iraq")
    (True, False)
    """
    upper = lower = 0
    for char in text:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    letters = upper + lower
    return letters >= min_letters and lower < 0.05 * letters


class _Forms(dict):
    """Token as written -> (its truecased form, its lowercase form when it may start a pair of
    the table or None, whether the form is a guess: a word not in the table, capitalized as a
    name); computed on first sight."""

    def __init__(self, table: dict[str, str], firsts: set[str]):
        super().__init__()
        self.table = table
        self.firsts = firsts

    def __missing__(self, token: str) -> tuple[str, str | None, bool]:
        form = _word_form(token, self.table)
        if len(form) != len(token) or form.lower() != token.lower():
            form = token
        lower = token.lower()
        first = lower if token.isupper() and lower in self.firsts else None
        guessed = form != token and lower not in self.table and form[:1].isupper()
        entry = form, first, guessed
        self[token] = entry
        return entry


@cache
def _forms() -> _Forms:
    return _Forms(truecase_table(), {first for first, _ in _pairs()})


def _capitalize(word: str) -> str:
    return word[:1] + word[1:].lower()


# An unknown word made of a known lowercase word and an affix is no name: "RECONFIRMING",
# "EXPANSIONISTIC". (No -s, -er, -ing, in-, de-, co-: too many surnames end or start so.)
_PREFIXES = ("anti", "counter", "dis", "inter", "mis", "multi", "non", "over", "pre", "re", "semi",
             "sub", "super", "trans", "un", "under")
_SUFFIXES = ("ment", "ments", "ness", "tion", "tions", "ation", "ations", "ism", "isms", "ist",
             "ists", "istic", "ity", "ities", "ally", "able", "ible", "ize", "ized", "izes", "izing",
             "ization", "ive", "ively", "ful", "less", "ship", "ships", "wise")


def _derived_from_common_word(lower: str, table: dict[str, str]) -> bool:
    def common(stem: str) -> bool:
        return len(stem) >= 4 and table.get(stem, "").islower()

    for prefix in _PREFIXES:
        if lower.startswith(prefix) and common(lower[len(prefix) :]):
            return True
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and common(lower[: -len(suffix)]):
            return True
    return False


def _word_form(token: str, table: dict[str, str]) -> str:
    """The truecased form of one token of WORD (before sentence-start capitals)."""
    if not token.isupper() or token.endswith(")") or " " in token:  # "1.4(B)", "S E C R E T"
        return token
    preferred = table.get(token.lower())
    if preferred is not None and len(preferred) == len(token):
        return preferred
    if any(char.isdigit() for char in token) or _INITIALISM.fullmatch(token):
        return token
    if len(token) > 1 and _SPLIT.search(token):
        return _compound_form(token, table)
    if len(token) <= 6 and not _VOWELS.intersection(token):
        return token  # DCM, PRC, DPRK: an acronym, not a name
    if len(token) >= 7 and _derived_from_common_word(token.lower(), table):
        return token.lower()
    return _capitalize(token)


def _compound_form(token: str, table: dict[str, str]) -> str:
    """An unknown word with hyphens, apostrophes or inner dots, part by part:
    "GOVERNMENT-CONTROLLED" as "government-controlled", "O'BRIEN" as "O'Brien"."""
    parts = _SPLIT.split(token)  # word, separator, word, separator, ..., word
    words = parts[0::2]
    separators = parts[1::2]
    forms = []
    for index, word in enumerate(words):
        after_apostrophe = index > 0 and separators[index - 1] in "'\u2019"
        if after_apostrophe and word in _CLITICS:
            forms.append(word.lower())  # KALIYEV'S, DON'T
        elif len(word) > 1:
            forms.append(_word_form(word, table))
        else:
            forms.append(word)
    # A one-letter part before an apostrophe or hyphen ("O'", "D'", "N'", "X-") takes the case
    # of the part after it.
    for index in range(len(words) - 1):
        if len(words[index]) == 1 and words[index].isalpha() and separators[index] != ".":
            if forms[index + 1][:1].isupper():
                forms[index] = forms[index].upper()
            elif separators[index] != "-":
                forms[index] = forms[index].lower()
    pieces = [forms[0]]
    for separator, form in zip(separators, forms[1:]):
        pieces += (separator, form)
    return "".join(pieces)


# An initial and the space before a word: "E. " in "SUSAN E. RICE".
_AFTER_INITIAL = re.compile(r"(?<!\S)[A-Z]\.[ \t]+$")


def truecase(text: str) -> str:
    """``text`` with each all-uppercase word in its usual casing, and a capital at the start of
    each sentence. Only letters change, and only their case: the result has the same length.
    Words that already have lowercase letters are kept as they are.

    >>> truecase("2. (C) MFA DIRECTOR KALIYEV SAID THE GOK WOULD CONSIDER THE U.S. REQUEST.")
    '2. (C) MFA Director Kaliyev said the GOK would consider the U.S. request.'
    >>> truecase("ASSISTANT SECRETARY SUSAN E. RICE MET UALIKHAN S. SANGINKHANOV.")
    'Assistant Secretary Susan E. Rice met Ualikhan S. Sanginkhanov.'
    """
    if not text:
        return text
    forms = _forms()
    pairs = _pairs()
    next_word = _NEXT_WORD.match
    decided: dict[int, str] = {}  # start of a word -> its form, decided with the word before it

    def word(match: re.Match) -> str:
        begin, end = match.span()
        if len(match[0]) == 1 and text[end : end + 1] == ".":
            return match[0]  # an initial: "UALIKHAN S. SANGINKHANOV"
        form, first, guessed = forms[match[0]]
        if form.islower() and _AFTER_INITIAL.search(text, max(0, begin - 4), begin):
            return _capitalize(match[0])  # a surname after an initial: "SUSAN E. RICE"
        if guessed:  # an unknown word alone in brackets is an acronym: "(USAP)"
            begin, end = match.span()
            if text[begin - 1 : begin] == "(" and text[end : end + 1] == ")":
                return match[0]
        paired = decided.pop(match.start(), None) if decided else None
        if first is not None:
            following = next_word(text, match.end())
            if following is not None and following[1].isupper():
                pair = pairs.get((first, following[1].lower()))
                if pair is not None:
                    paired = paired or pair[0]
                    decided[following.start(1)] = pair[1]
        return form if paired is None else paired

    out = WORD.sub(word, text)

    def start(match: re.Match) -> str:
        at = match.start(1)
        letter = out[at]
        if not letter.islower() or not text[at].isupper():
            return match[0]
        begin = match.start()
        if begin and out[begin - 1] == "." and _ABBREVIATION.search(out[max(0, begin - 12) : begin]):
            return match[0]
        upper = letter.upper()
        if len(upper) != 1:
            return match[0]
        return match[0][:-1] + upper

    return _SENTENCE.sub(start, out)
