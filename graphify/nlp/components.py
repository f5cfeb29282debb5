"""The ``cable_entities`` pipeline component: from the EntityRuler's ministries, countries and
titles and the statistical NER's people, the entities of a cable paragraph.

It runs after ``ner`` and leaves in ``doc._.cable_entities`` a list of :class:`EntitySpan`
(and in ``doc.ents`` the same spans): people with the title written before their name, the
ministry that title or an adjoining ministry places them in, and their country; ministries with
the country that qualifies them and the department named with them; countries.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cache

from nameparser.config import CONSTANTS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graphify.countries import countries_by_iso, country_forms, country_of_capital, is_continent, is_place, is_province
from graphify.data import read_lines, read_table
from graphify.names import (
    NAME_WORD_SHARE,
    is_given_name,
    is_language_name,
    is_name_word,
    is_rarely_a_name,
    is_title_word,
    name_cues,
    name_word_counts,
)
from graphify.nlp.language import other_language_sentences
from graphify.nlp.patterns import ministry_by_phrase, ministry_phrases, person_titles, rule_payload
from graphify.nlp.truecase import is_common_word, truecase_table

# The labels of the EntityRuler's patterns (see graphify.nlp.patterns).
RULE_LABELS = frozenset({"MINISTRY", "COUNTRY", "NOT_COUNTRY", "TITLE"})
# A word next to a name joins it when the NER takes it for part of a name this often.
NEIGHBOUR_NAME_SHARE, NEIGHBOUR_NAME_CABLES = 0.5, 2
# A word that starts a name the NER missed ("Jacques Rogge") is part of a name this often.
GIVEN_NAME_SHARE, GIVEN_NAME_CABLES = 0.85, 10
# The last word of a run of three or more name words the NER missed may be a name less often:
# "Kyi" of "Aung San Suu Kyi", in 103 of 154 cables (the NER often takes the whole for a body).
LONG_NAME_LAST_SHARE = 0.6
# A town's name that the NER takes for a name this often in this many cables is a name: "Bush".
PLACE_NAME = (0.9, 100)
# Words that the NER takes for part of a name in under this share of the cables where each
# appears are no name together ("Travel Information", "Blue House").
RARELY_NAMED_SHARE = 0.5
# ... and under this share after a title ("candidate Diosdado Cabello", not "Ambassador New Delhi").
TITLED_RARELY_NAMED_SHARE = 0.2
# Below this share of its cables, a given name is no part of the name after it: "America" (3 of 912), not
# "Porfirio" (2 of 25).
HARDLY_NAMED_SHARE = 0.05
# A common word after a title is a name when the corpus knows it as one in this many cables.
TITLED_NAME_CABLES = 2
# A name of more than one word is a town's, not a person's, when a town of this many people
# bears it ("Ali Sabieh", "La Lima").
TOWN_POPULATION = 20_000
# A line of its own with at most this many capitalised words is a heading.
HEADING_WORDS = 8
# Quotation marks right around a name make it a newspaper's name or an alias.
QUOTES = frozenset('"\u201c\u201d')
# One to three initials: "T.", "A.S."
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
INITIAL = re.compile(r"[A-Z]\.")
# "Zapatero December 17": a month and a day end a name.
MONTHS = frozenset("january february march april may june july august september october november december".split())
# "Jr.", "III": what follows a name, never a name alone.
NAME_SUFFIXES = frozenset(CONSTANTS.suffix_not_acronyms)
# "Oct", "Sept": a month's short name after a name starts a date ("Manzanares Oct. 14").
MONTH_ABBREVIATIONS = frozenset([*calendar.month_abbr[1:], "Sept"])


def _department_of_something(span: Span) -> bool:
    """"Department" alone is the Department of State ("The Department will recall", "per
    Department guidance"); not in "Department of Agriculture", "Security Affairs Department",
    "Head of Department" or "akin to a Department", nor in lower case ("the department of
    Jalapa")."""
    if len(span) != 1 or span[0].lower_ not in ("department", "dept"):
        return False
    if span[0].is_lower:
        return True
    doc = span.doc
    before = _previous_word(doc, span.start - 1)
    after = span.end
    if after < len(doc) and doc[after].lower_ == "of":
        return True
    return before is not None and (before.lower_ in ("of", "a", "an") or (before.is_title and not before.is_stop))


def _seat_as_a_place(span: Span) -> bool:
    """A seat of government named as a place, not as the body in it: "at the White House", "a
    White House visit", "converging on the Casa Presidencial", "Rivers State House of Assembly"
    (``data/name_cues.tsv``: seats, place_before, place_after)."""
    if span[-1].lower_ not in name_cues("seats"):
        return False
    doc = span.doc
    before = _previous_word(doc, span.start - 1)
    if before is not None and before.lower_ == "the":
        before = _previous_word(doc, before.i - 1)
    after = _next_word(doc, span.end)
    return (before is not None and before.lower_ in name_cues("place_before")) or (
        after is not None and (after.lower_ in name_cues("place_after") or after.lower_ == "of")
    )


# A paragraph about the European Union's rotating presidency.
EU_WORDS = re.compile(r"\b(?:EU|European|Council)\b")


def _an_office_not_the_presidency(span: Span) -> bool:
    """"the Presidency" names the body of the president ("on behalf of the Presidency",
    "Presidency Chief of Staff Boshab"), but not the office one runs for or holds ("his bid for
    the Presidency", "Minister of the Presidency"), the EU's rotating presidency ("the Irish
    Presidency" in a paragraph about the EU, "the incoming Dutch Presidency") nor in lower case
    ("during his presidency") (``data/name_cues.tsv``: not_before_presidency, rotating_presidency)."""
    if span.text.lower() != "presidency":
        return False
    if span.text != "Presidency":
        return True
    doc = span.doc
    before = _previous_word(doc, span.start - 1)
    after = _next_word(doc, span.end)
    if after is not None and after.lower_ == "of":
        of_what = _next_word(doc, after.i + 1)
        if of_what is None or of_what.lower_ != "the":
            return True  # "the Presidency of Sarkozy"
    if EU_WORDS.search(doc.text):
        return True
    if before is not None and before.lower_ == "the":
        before = _previous_word(doc, before.i - 1)
        if before is not None and before.lower_ == "of":
            head = _previous_word(doc, before.i - 1)
            return head is not None and head.is_title  # "Minister of the Presidency", not "on behalf of the Presidency"
        return before is not None and before.lower_ in name_cues("not_before_presidency")
    if before is not None and before.ent_type_ == "COUNTRY":
        # "the incoming-Dutch Presidency", "during the Dutch Presidency": the EU's, which rotates
        earlier = _previous_word(doc, before.i - 1)
        while earlier is not None and earlier.text in ("-", "the"):
            earlier = _previous_word(doc, earlier.i - 1)
        # not "a French Presidency press release"
        return earlier is not None and earlier.lower_ in name_cues("rotating_presidency")
    if before is not None and before.is_title:
        return True  # another body's name: "General Intelligence Presidency"
    return not (after is not None and after.ent_type_ == "TITLE")  # "Presidency Chief of Staff Boshab"


def _a_likeness(span: Span) -> bool:
    """A body named to compare another with it: "Italy's OPIC-equivalent agency", "a KGB-style
    service" (``data/name_cues.tsv``: likeness)."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text in ("-", "–")
        and not span[-1].whitespace_
        and doc[span.end + 1].lower_ in name_cues("likeness")
    )


def _next_word(doc: Doc, i: int):
    """The first token at or after ``i`` that is not whitespace, or None."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _after_a_coordinated_name(doc: Doc, conjunction: int):
    """The word after the capitalised words that follow a conjunction or a comma, to the end of
    their list ("and Trujillo" + "eras", ", Chin Zomi, Mon, and Shan" + "parties"), past one
    adjective ("political parties"), or the conjunction itself when no capitalised word follows it."""
    word = doc[conjunction]
    while word.text in (",", "and", "or") and word.i - conjunction < 40:
        i = word.i + 1
        while i < len(doc) and i - word.i <= 3 and (doc[i].is_title or doc[i].is_space or doc[i].lower_ in ("and", "or")):
            i += 1  # ", and Shan"
        if not any(t.is_title for t in doc[word.i + 1 : i]):
            return doc[conjunction]
        following = _next_word(doc, i)
        if following is None:
            return doc[conjunction]
        word = following
    ends = name_cues("after_coordinated_names")
    adjective = word.is_lower and word.is_alpha and not word.is_stop and word.lower_ not in ends
    following = _next_word(doc, word.i + 1) if adjective else None
    return following if following is not None and following.lower_ in ends else word


def _ends_a_name(doc: Doc, i: int, busy: set[int]) -> bool:
    """Whether token ``i`` follows a capitalised word in the same sentence that the corpus
    rarely names, that is no given name and nothing found yet: "Mills" in "Nigerian Textile
    Mills", not "Kalkan" in "rep Murat Kalkan"."""
    before = _previous_word(doc, i - 1)
    return (
        before is not None
        and before.is_title
        and not before.is_sent_start
        and before.i not in busy
        and is_rarely_a_name(before.text)
        and not is_given_name(before.text)
    )


def _previous_word(doc: Doc, i: int):
    """The last token at or before ``i`` that is not whitespace, or None."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _followed_by(span: Span, word: str) -> bool:
    nxt = _next_word(span.doc, span.end)
    return nxt is not None and nxt.lower_ == word


def _is_language(span: Span) -> bool:
    """A demonym that names a language: "re-interpreted in French as ...", "fluent in English.",
    "understands German.", "Speaks Finnish, Swedish and English.", "speaks English, French, and
    Arabic", "a Russian-language program", "Russian language independent newspaper" (not "in
    Spanish society", nor a name that is no language's: "hostilities in Iraq have", "refugees in
    Bosnia-Herzegovina.")."""
    if not is_language_name(span.text):
        return False
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in ("language", "speaking"):
        return True
    before = _previous_word(doc, span.start - 1)
    while before is not None and span.start - before.i < 8 and (
        before.lower_ in (",", "and", "or")
        or before.ent_type_ == "LANGUAGE"
        or (before.ent_type_ == "COUNTRY" and is_language_name(before.text))
    ):
        before = _previous_word(doc, before.i - 1)  # "Speaks Finnish, Swedish and English."
    after = _next_word(doc, span.end)
    if after is not None and after.lower_ in ("language", "languages"):
        return True  # "Russian language independent newspaper"
    if before is None or before.lower_ not in ("in", "into", "speak", "speaks", "speaking", "fluent", "understands"):
        return False
    return after is None or after.is_punct or (after.is_stop and after.is_lower)


def _is_date(token) -> bool:
    """A month followed by a day: "December 17", "Nov. 24"."""
    nxt = _next_word(token.doc, token.i + 1)
    month = token.lower_ in MONTHS or token.text.rstrip(".") in MONTH_ABBREVIATIONS
    return month and nxt is not None and nxt.like_num


def _can_be_a_given_name(token) -> bool:
    """A word that starts a name: one nearly always part of a name in the corpus
    (``GIVEN_NAME_SHARE``: "Jacques", "Dennis"), or a given name of one of Faker's locales
    ("Murat", "Hatice") that is no common word, name particle, month before a day, or word the
    NER rarely takes for a name in the corpus ("Le", "Santa")."""
    if is_name_word(token.text, GIVEN_NAME_SHARE, GIVEN_NAME_CABLES):
        return True
    return (
        is_given_name(token.text)
        and not is_common_word(token.text)
        and not is_rarely_a_name(token.text)
        and token.lower_ not in name_cues("name_particles")
        and not _is_date(token)
    )


def _rarely_named(word: str, share: float = RARELY_NAMED_SHARE) -> bool:
    """True for a word the corpus knows (two cables or more) and the NER takes for part of a
    name in under ``share`` of the cables where it appears."""
    return is_rarely_a_name(word, share, cables=2)


def _rarely_names_together(words: list, share: float = RARELY_NAMED_SHARE) -> bool:
    """True for words none of which is a given name, and each of which the corpus knows and the
    NER takes for part of a name in under ``share`` of the cables where it appears (words in
    capitals are looked up capitalised: "TRAVEL INFORMATION")."""
    written = [t.text.capitalize() if t.is_upper else t.text for t in words]
    return not any(is_given_name(w) for w in written) and all(_rarely_named(w, share) for w in written)


def _title_after_full_name(words: list, after) -> bool:
    """True when ``words`` are a given name and a surname and ``after`` starts a title, as in
    an address: "Mr. Dick Cheney" / "Vice President of the United States"."""
    return (
        len(words) >= 2
        and is_given_name(words[0].text)
        and is_name_word(words[-1].text)
        and after.ent_type_ == "TITLE"
        and after.ent_iob_ == "B"
    )


def _surname_that_is_a_title(words: list, token) -> bool:
    """True for the last of ``words`` after a given name, when the corpus takes it for a name
    as often as not: "Special Envoy Robert King"; or after a given name and an initial, where
    no name ends: "Attache Matthew H. King"."""
    if len(words) < 2 or token.i != words[-1].i:
        return False
    if len(words) >= 3 and INITIAL.fullmatch(words[-2].text) and is_given_name(words[-3].text):
        return True
    return is_given_name(words[-2].text) and is_name_word(token.text, NEIGHBOUR_NAME_SHARE, NEIGHBOUR_NAME_CABLES)


def _items(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the parts of ``doc`` between blank lines (see extract.ner_text: an
    item of a list starts a paragraph)."""
    items, start = [], 0
    for token in doc:
        if token.is_space and "\n\n" in token.text:
            if token.i > start:
                items.append((start, token.i))
            start = token.i + 1
    if start < len(doc):
        items.append((start, len(doc)))
    return items


def _sentences_and_blocks(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of the doc's sentences, cut also at blank lines (:func:`_items`: a
    letter's address and its salutation have no full stop)."""
    items = _items(doc)
    return [
        (max(sentence.start, start), min(sentence.end, end))
        for sentence in doc.sents
        for start, end in items
        if max(sentence.start, start) < min(sentence.end, end)
    ]


def _clean_name(text: str) -> str:
    """A name on one line, with a space after a glued initial: "Charles A.Shapiro"."""
    return re.sub(r"\b([A-Z]\.)(?=[A-Z][a-z])", r"\1 ", " ".join(text.split()))


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """True for a hyphen with no space on either side, between two words: "al-Hoda"."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _hyphen_in_a_name(doc: Doc, i: int) -> bool:
    """True for a hyphen between two capitalised words without spaces: "Ruiz-Gallardon"."""
    return _glued_hyphen(doc, i) and doc[i - 1].is_title and doc[i + 1].is_title


def _spaced_dash(doc: Doc, i: int) -> bool:
    """True for a dash with spaces on both sides: "Mohamed Zaher - 9 year sentence"."""
    return 0 < i < len(doc) - 1 and doc[i].text in ("-", "--", "–", "—") and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def _between_line_breaks(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``doc[start:end]`` between line breaks and dashes with spaces around them,
    each without the punctuation it starts with: the NER's "Lyle Edgard Lumsden III" / "- Eric"
    across two items of a list, "Mohamed Zaher - 9" before a sentence."""
    pieces, piece_start = [], start
    for i in range(start, end + 1):
        if i == end or (doc[i].is_space and "\n" in doc[i].text) or _spaced_dash(doc, i):
            while piece_start < i and doc[piece_start].is_punct:
                piece_start += 1
            if piece_start < i:
                pieces.append((piece_start, i))
            piece_start = i + 1
    return pieces


def _capitalised(tokens) -> str:
    """The words of a ministry's name as the text spaces them, each capitalised but the small
    ones, without a comma before its last "and": "Women's Affairs", "Ministry of Energy and
    Petroleum", "Agriculture, Forestry and Water Management"."""
    written = "".join((t.text if t.lower_ in ("and", "&", "of", "the") else t.text.capitalize()) + t.whitespace_ for t in tokens)
    return re.sub(r",(?= (?:and|&) )", "", " ".join(written.split()))


def _ends_a_headline(token) -> bool:
    """A headline's verb in the present, or a noun in the plural, capitalised: "Chen Says", "Chen
    Vows", "Powell Statements" (not "Said", which is also a name: "Hassan Said"; nor "Gates",
    which the corpus knows as a name)."""
    return (
        token.is_title
        and token.lower_.endswith("s")
        and (token.lower_ in name_cues("speech_verbs") or (is_common_word(token.text) and is_rarely_a_name(token.text)))
    )


def _in_a_heading(doc: Doc, start: int, end: int) -> bool:
    """True when ``doc[start:end]`` stands in a line of its own (see ner_text) of at most
    HEADING_WORDS words, all capitalised but small ones, with no punctuation but commas and
    possessives: "Zardari Cornered", "Koch Interest in Economic Growth", "Castro, Chavez Visit",
    "TSE Position on Rios Montt Candidacy" (a paragraph of its own, underlined), "Parties Reject
    Hesse's Approach"."""
    first, last = start, end
    while first > 0 and not (doc[first - 1].is_space and "\n" in doc[first - 1].text):
        first -= 1
    while last < len(doc) and not (doc[last].is_space and "\n" in doc[last].text):
        last += 1
    words = [
        t for t in doc[first:last] if not (t.is_space or t.text in (",", "'s", "’s") or re.fullmatch(r"-{3,}", t.text))
    ]
    return 1 < len(words) <= HEADING_WORDS and all(
        t.is_alpha and (t.text[:1].isupper() or (t.is_stop and t.is_lower)) for t in words
    )


def _surname_that_is_a_demonym(doc: Doc, given: int, i: int) -> bool:
    """True for a people's name right after a first name, with no noun after it: the surname of
    "Foreign Minister Ilter Turkmen and", "UN official Danilo Turk will", not the adjective of
    "Ilter Turkmen officials"."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].ent_type_ == "COUNTRY"
        and not is_common_word(doc[given].text)
        and (after is None or after.is_punct or (after.is_lower and after.is_stop) or after.lower_ in name_cues("speech_verbs"))
    )


def _is_month_abbreviation(doc: Doc, i: int) -> bool:
    """True for a month's short name with its full stop: "Oct." (one token or two)."""
    word = doc[i].text
    return word.rstrip(".") in MONTH_ABBREVIATIONS and (word.endswith(".") or (i + 1 < len(doc) and doc[i + 1].text == "."))


def _after_more_fields(doc: Doc, start: int) -> int:
    """Where the name starts after a title whose field goes on after "and" ("Minister of Trade"
    + "and Industry" + "Mandisi Mpahlwa") or "of" ("Minister" + "of Minerals and Energy" +
    "Phumzile Mlambo-Ngcuka") or "for", before a name of two words, a given name or a word the
    corpus nearly always takes for a name ("Director" + "for Arms Control" + "Merav Zafary",
    "Director General" + "for Security" + "Camacho") or in brackets ("MEA Director" + "(Americas)" + "Renu
    Pall") or after the country of an ambassador ("Ambassador" + "to the U.S." + "Haqqani"), also
    after a word glued to the title ("DAS" + "-equivalent for the Levant" + "Ludovic Pouille")."""
    if _glued_hyphen(doc, start) and doc[start + 1].lower_ in name_cues("title_suffixes"):
        start += 2
    if start < len(doc) and doc[start].lower_ == "to":
        i = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "the")
        country_end = i
        while country_end < len(doc) and doc[country_end].ent_type_ == "COUNTRY":
            country_end += 1
        return country_end if i < country_end < len(doc) and doc[country_end].is_title else start
    if start < len(doc) and doc[start].text == "(":
        close = next((k for k in range(start + 1, min(start + 10, len(doc))) if doc[k].text == ")"), None)
        after = _next_word(doc, close + 1) if close is not None else None
        return after.i if after is not None and after.is_title else start
    if start >= len(doc) or doc[start].lower_ not in ("and", "&", "of", "for"):
        return start
    links = ("and", "&", ",", "the")
    i = start + 1
    rare_field = False  # a field of words the corpus rarely names: "Minister" + "of National Defense"
    while i < len(doc) and (
        (doc[i].is_title and (is_common_word(doc[i].text) or is_rarely_a_name(doc[i].text)))
        or (doc[start].lower_ in ("of", "for") and doc[i].lower_ in links)
    ):
        rare_field = rare_field or (doc[i].is_title and not is_common_word(doc[i].text))
        i += 1
    if not (start + 1 < i < len(doc) and doc[i].is_title and doc[i - 1].lower_ not in links):
        return start
    single = i + 1 >= len(doc) or not doc[i + 1].is_title
    if rare_field and single and _rarely_named(doc[i].text):
        return start  # a place or a body: "Governor of North Kivu", "Head of the Georgia Desk"
    if doc[start].lower_ == "for" and not (
        is_given_name(doc[i].text) or (i + 1 < len(doc) and doc[i + 1].is_title) or is_name_word(doc[i].text)
    ):
        return start  # a company's name: "Managing Director for Placer Dome/South Africa" (not "... Camacho")
    return i


# The words of a patronymic: "Badr bin Hamad", "Yusuf ibn Alawi".
PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def _before_patronymic(token) -> bool:
    """A capitalised word right before "bin" is a given name, also a title that is a given name
    too (``given_name_titles`` in name_cues.tsv): "Sultan Bin Nasser Al Suwaidi" (not "Sultan
    Qaboos bin Said", "the Minister bin Laden")."""
    doc = token.doc
    return (
        token.is_title
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ in PATRONYMIC
        and token.whitespace_ != ""
        and (token.lower_ not in _title_words() or token.lower_ in name_cues("given_name_titles"))
    )


def _adjacent_joined(doc: Doc, spans: list[tuple[int, int]], title_words: frozenset[str]) -> list[tuple[int, int]]:
    """Token spans in order, each joined with the next when they meet at two words and the next
    does not start with a title: the NER's "Syed Yousaf" + "Raza Gillani" (not "Sabah Guney /" +
    "Kristin L. Rebinson", nor "Antonio Patriota" + "PolCounselor Carlos Ceglia")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and joined[-1][1] == start
            and doc[start - 1].is_alpha
            and doc[start].is_alpha
            and doc[start].lower_ not in title_words
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _starts_clause(token) -> bool:
    """True for a token at the start of a sentence or right after punctuation (spaces between
    do not count)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.is_sent_start or i < 0 or token.doc[i].is_punct


@dataclass(frozen=True)
class EntitySpan:
    """An entity found in one paragraph: character offsets into the paragraph's text, the kind
    (``person``, ``ministry``, ``country``) and what was learnt about it."""

    kind: str
    start: int
    end: int
    text: str
    name: str
    title: str | None = None
    ministry: str | None = None
    ministry_country: str | None = None
    country: str | None = None
    department: str | None = None
    listed: bool = False  # a word in a list of names ("Mbeki, Obasanjo, Bongo")


if not Doc.has_extension("cable_entities"):
    Doc.set_extension("cable_entities", default=None)


@cache
def _title_words() -> frozenset[str]:
    """The words of person titles, without the small words that link them ("Minister of the
    Interior": "minister", "interior")."""
    words = set()
    for title, _ in person_titles():
        words.update(w.lower() for w in title.split())
    return frozenset(words - set(name_cues("title_links")))


@Language.factory("cable_entities")
def make_cable_entities(nlp: Language, name: str) -> "CableEntities":
    return CableEntities(nlp)


class CableEntities:
    """The pipeline component; see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        self.title_words = _title_words()
        self.not_people = frozenset(name.lower() for name in read_lines("not_people.txt"))
        self.country_forms = country_forms()
        self.country_names_only = frozenset(c.name for c in countries_by_iso().values())
        self.ministry_names = sorted({name for _, name, _ in ministry_phrases() if name.startswith("Ministry of ")})
        self.matcher = Matcher(nlp.vocab)
        capital = {"IS_TITLE": True, "IS_STOP": False, "ENT_TYPE": {"NOT_IN": sorted(RULE_LABELS | {"PERSON"})}}
        # After "and", also a title's word ("Ministry of Government and Justice"; see _generic_ministries).
        field = {"IS_TITLE": True, "IS_STOP": False, "ENT_TYPE": {"NOT_IN": sorted((RULE_LABELS - {"TITLE"}) | {"PERSON"})}}
        self.matcher.add(
            "MINISTRY_OF",
            [
                [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {**capital, "OP": "+"}],
                [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"ORTH": "Presidency"}],
                # "Ministry of National Planning and Economic Development"
                [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {**capital, "OP": "+"},
                 {"LOWER": {"IN": ["and", "&"]}}, {**field, "OP": "+"}],
                # "Ministry of Industry, Trade and Labor", "Ministry of Agriculture, Forestry, and Water Management"
                *(
                    [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, capital,
                     *[{"ORTH": ","}, capital] * items, {"ORTH": ",", "OP": "?"},
                     {"LOWER": {"IN": ["and", "&"]}}, {**capital, "OP": "+"}]
                    for items in (1, 2)
                ),
                [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, capital,
                 {"ORTH": {"IN": ["'s", "’s"]}}, capital],  # "Ministry of Women's Affairs"
            ],
            greedy="LONGEST",
        )
        self.matcher.add("X_MINISTRY", [[{**capital, "OP": "+"}, {"LOWER": "ministry"}]], greedy="LONGEST")
        # "the Ministries of Finance, Foreign Affairs, and Justice": one ministry per name.
        listed_word = {**capital, "ENT_TYPE": {"NOT_IN": ["COUNTRY", "MINISTRY", "PERSON"]}}  # also "Justice"
        listed = [{"LOWER": {"IN": ["ministries", "departments"]}}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, listed_word]
        self.matcher.add(
            "MINISTRIES_OF",
            [listed, listed + [{"TEXT": {"REGEX": r"^(?:[A-Z][\w-]*|,|and|&)$"}, "OP": "*"}, listed_word]],
            greedy="LONGEST",
        )
        # "the Defense and Interior Ministries"
        self.matcher.add(
            "X_AND_Y_MINISTRIES",
            [[listed_word, {"TEXT": {"REGEX": r"^(?:[A-Z][\w-]*|,)$"}, "OP": "*"}, {"LOWER": {"IN": ["and", "&"]}},
              listed_word, {"LOWER": "ministries"}]],
            greedy="LONGEST",
        )
        self.ministry_by_phrase = ministry_by_phrase()
        rows = {row[0]: row[1] for row in read_table("government_bodies.tsv")}
        bodies = {kind: words.split() for kind, words in rows.items()}
        self.forces = frozenset(tuple(ending.lower().split()) for ending in rows["forces"].split("|"))
        self.body_fields = frozenset(w.lower() for w in bodies["field"])
        # The words of ministries' names: "Energy" of "Secretary of Energy", not "Fine" of "leader of Fine Gael".
        self.ministry_words = frozenset(word for phrase in self.ministry_by_phrase for word in phrase.split()) | self.body_fields
        self.body_excluded = frozenset(w.lower() for w in bodies["not"])
        self.not_ministries = frozenset(w.lower() for w in bodies["not_ministry"])
        agency_word = {"IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["MINISTRY", "TITLE"]}}
        # "National Office for the Attention of Refugees", "(General) Directorate (General) of Customs"
        head_first = [
            {**agency_word, "OP": "*"}, {"LOWER": "general", "OP": "?"}, {"ORTH": {"IN": bodies["head_first"]}},
            {"LOWER": "general", "OP": "?"},
            {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"},
        ]
        self.matcher.add(
            "GOVERNMENT_BODY",
            [
                [{"ORTH": "General", "OP": "?"}, {**agency_word, "OP": "+"}, {"ORTH": {"IN": bodies["head"]}}],
                [{**agency_word, "OP": "*"}, agency_word, {"ORTH": "-", "SPACY": False}, {**agency_word, "OP": "+"},
                 {"ORTH": {"IN": bodies["head"]}}],  # "Anti-Corruption Bureau"
                [{**agency_word, "OP": "+"}, {"LOWER": "and"}, {**agency_word, "OP": "+"},
                 {"ORTH": {"IN": bodies["head"]}}],  # "Economic and Financial Crimes Commission"
                head_first + [capital],
                head_first + [capital, {"TEXT": {"REGEX": r"^(?:[A-Z][\w-]*|of|the|for)$"}, "OP": "*"}, capital],
                head_first + [capital, {**capital, "OP": "?"}, {"LOWER": "and"}, capital],  # "Department of Trade and Industry"
                # "Directorate for Food, Road and Rural Infrastructure"
                *(
                    head_first + [capital, *[{"ORTH": ","}, capital] * items, {"ORTH": ",", "OP": "?"}, {"LOWER": "and"},
                                  {**capital, "OP": "+"}]
                    for items in (1, 2)
                ),
                # "Technical Secretariat of the Presidency", "Office of National Reconstruction of the Presidency"
                head_first + [{"ORTH": "Presidency"}],
                head_first + [capital, {"TEXT": {"REGEX": r"^(?:[A-Z][\w-]*|of|the|for)$"}, "OP": "*"}, {"ORTH": "Presidency"}],
            ],
            greedy="LONGEST",
        )

    # -- ministries ---------------------------------------------------------------------------

    def _generic_ministries(self, doc: Doc, taken: set[int]) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            if self.matcher.vocab.strings[match_id] == "GOVERNMENT_BODY":
                # A country qualifier before the body is not part of its name.
                # Also a demonym inside the NER's "the Ecuadorian Civil Aviation Authority", and
                # "the" (not a capitalised word that spaCy counts a stop word: "Serious Fraud Office").
                while start < end and (
                    doc[start].ent_type_ in ("COUNTRY", "NOT_COUNTRY")
                    or doc[start].text in self.country_forms
                    or (doc[start].is_stop and (doc[start].is_lower or doc[start].lower_ in ("the", "a", "an")))
                ):
                    start += 1
                words = {t.lower_ for t in doc[start:end]}
                # Of fields listed with commas, the first makes it a body: "Directorate for Food,
                # Road and Rural Infrastructure", not "Office for Equity, Gender and Development".
                comma = next((t.i for t in doc[start:end] if t.text == ","), end)
                fields = {t.lower_ for t in doc[start:comma]} & self.body_fields
                if end - start < 2 or not fields or words & self.body_excluded:
                    continue
                if any(tuple(t.lower_ for t in doc[i : i + 2]) in self.forces for i in range(start, end - 1)):
                    continue  # "Baskale Security Directorate", "Security Directorate of Adana": a police force
            if self.matcher.vocab.strings[match_id] in ("MINISTRIES_OF", "X_AND_Y_MINISTRIES"):
                spans += self._listed_ministries(doc, start, end, taken)
                continue
            if self.matcher.vocab.strings[match_id] == "MINISTRY_OF":
                # a title's words after "and" are a field only where ministries' names have them:
                # "Ministry of Government and Justice", not "Ministry of Finance and Deputy Minister"
                while end - start > 3 and doc[end - 1].ent_type_ == "TITLE" and doc[end - 1].lower_ not in self.ministry_words:
                    end -= 1
                if doc[end - 1].lower_ in ("and", "&"):
                    end -= 1
            if any(i in taken for i in range(start, end)):
                continue
            span = Span(doc, start, end, label="MINISTRY")
            if self.matcher.vocab.strings[match_id] == "GOVERNMENT_BODY":
                span.id_ = f"{' '.join(span.text.split())}|"
                spans.append(span)
                taken.update(range(start, end))
                continue
            kept = [t for t in span if t.lower_ not in ("ministry", "of", "the")]
            if self.matcher.vocab.strings[match_id] == "X_MINISTRY" and (
                len(kept) > 3 or " ".join(t.text for t in kept).lower() in self.not_ministries
            ):
                continue  # "the Public Ministry": the prosecutors
            name = "Ministry of " + _capitalised(kept)
            span.id_ = f"{self._known_ministry(name)}|"
            spans.append(span)
            taken.update(range(start, end))
        return spans

    def _listed_ministries(self, doc: Doc, start: int, end: int, taken: set[int]) -> list[Span]:
        """The ministries of "the Ministries of Finance, Foreign Affairs, and Justice" and "the
        Defense and Interior Ministries", each named as the data names it ("Home Affairs": the
        Ministry of Internal Affairs), and the departments of "the Departments of State and
        Defense" that the data knows."""
        head = "Department of " if doc[start].lower_ == "departments" else "Ministry of "
        first, last = (start, end - 1) if doc[end - 1].lower_ == "ministries" else (start + 2, end)
        items: list[list[int]] = [[]]
        for i in range(first, last):
            if doc[i].text in (",", "and", "&"):
                items.append([])
            elif doc[i].lower_ != "the":
                items[-1].append(i)
        spans = []
        for item in items:
            if not item or any(i in taken for i in item):
                continue
            words = " ".join(doc[i].text for i in item)
            name = head + words
            known = self.ministry_by_phrase.get(name.lower()) or self.ministry_by_phrase.get(f"{words} ministry".lower())
            if known is None and head == "Department of ":
                continue  # "the Departments of Guadeloupe and French Polynesia"
            canonical, country = known if known else (self._known_ministry(name), "")
            span = Span(doc, item[0], item[-1] + 1, label="MINISTRY")
            span.id_ = f"{canonical}|{country}"
            spans.append(span)
            taken.update(item)
        return spans

    def _with_joined_name(self, doc: Doc, span: Span, ruled: set[int]) -> Span:
        """A ministry the data knows, named with more fields after it: "Ministry of Energy and
        Petroleum", "Ministry of Information and Culture", "Ministry of Foreign Affairs and Trade",
        also when the NER took the fields for a name ("Ministry of Labor and Vocational Training"),
        not "Ministry of Interior and Ministry of Justice", "Ministry of Foreign Affairs and
        Defense Ministry")."""
        if not span.text.lower().startswith("ministry of"):
            return span
        end = i = span.end
        while i < len(doc) and doc[i].text in (",", "and", "&"):
            i += 1 + (doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and")
            words = i
            while (
                i < len(doc)
                and i - words < 3
                and doc[i].is_title
                and (i not in ruled or (doc[i].ent_type_ == "PERSON" and _rarely_named(doc[i].text)))
                and doc[i].lower_ not in name_cues("organization")
            ):
                i += 1
            stop = doc[i].lower_ if i < len(doc) else ""
            if i == words or stop in ("ministry", "ministries") or stop in name_cues("organization"):
                break  # "and Ministry of Justice", "and Armed Forces"
            if doc[words - 1].lower_ in ("and", "&"):
                end = i  # the fields end with the one after "and"
        if end == span.end:
            return span
        joined = Span(doc, span.start, end, label="MINISTRY")
        name = _capitalised(joined)
        _, _, country = span.id_.partition("|")
        canonical, country = self.ministry_by_phrase.get(name.lower()) or (self._known_ministry(name), country)
        joined.id_ = f"{canonical}|{country}"
        return joined

    def _known_ministry(self, name: str) -> str:
        """The canonical name of a ministry the data knows, for a name misspelt by one or two
        letters ("Ministry of Foreign Affaires"); else the name itself."""
        close = difflib.get_close_matches(name, self.ministry_names, n=1, cutoff=0.92)
        return close[0] if close else name

    def _ministries(self, doc: Doc, spans: list[Span], countries: dict[int, str]) -> list[EntitySpan]:
        """The ministries of the spans, in the order of the text. One joined to the one before by
        "and" or a comma shares its qualifier: "the German Chancellery and Ministry of Defense"."""
        found: list[EntitySpan] = []
        qualified: Span | None = None  # the ministry before, when a qualifier gave its country
        for span in sorted(spans, key=lambda s: s.start):
            ministry = self._ministry(doc, span, countries)
            if (
                ministry.country is None
                and qualified is not None
                and doc[qualified.end : span.start].text.strip() in ("and", ",", "and the")
            ):
                ministry = replace(ministry, country=found[-1].country)
            found.append(ministry)
            fixed = span.id_.partition("|")[2]
            qualified = span if ministry.country is not None and not fixed else None
        return found

    def _ministry(self, doc: Doc, span: Span, countries: dict[int, str]) -> EntitySpan:
        name, _, fixed_country = span.id_.partition("|")
        country = fixed_country or None
        # A qualifier before it: "Azerbaijani MFA", "Kazakhstan's MFA".
        before = span.start - 1
        possessive = before >= 0 and doc[before].text in ("'s", "’s", "'")
        if possessive:
            before -= 1
        # A country's name (not its demonym, nor "X's") before a body the data gives another
        # country, in a title, is where the office is: "Singapore ICE Attache" is the US ICE's (but
        # "the Bahrain National Security Agency" is Bahrain's).
        title_after = span.end < len(doc) and (
            doc[span.end].ent_type_ == "TITLE" or is_title_word(doc[span.end].text)
        )
        where = (
            bool(fixed_country) and title_after and not possessive and before >= 0
            and doc[before].text in self.country_names_only
        )
        if before >= 0 and before in countries and not where:
            country = countries[before]  # also of a name the data gives one country: "the Brazilian SEC"
            if fixed_country and country != fixed_country and self._names_country(name, fixed_country):
                name = " ".join(span.text.split())  # "China's Export-Import Bank", not "... of the United States"
        # "Ministry of Foreign Affairs of Kazakhstan".
        after = span.end
        if country is None and after + 1 < len(doc) and doc[after].lower_ == "of":
            nxt = after + 1 + (doc[after + 1].lower_ == "the")
            if nxt < len(doc) and nxt in countries:
                country = countries[nxt]
        # "the Ministry of Foreign Affairs (MFA) in China", "called into the MFA in Minsk".
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3
        if country is None and after + 1 < len(doc) and doc[after].lower_ == "in":
            if after + 1 in countries:
                country = countries[after + 1]
            elif doc[after + 1].is_title and (capital := country_of_capital(doc[after + 1].text)) is not None:
                country = capital.iso
        return EntitySpan(
            kind="ministry",
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=name,
            country=country,
            department=self._department(doc, span),
        )

    def _names_country(self, name: str, iso: str) -> bool:
        """Whether a ministry's name holds its country's name: "Export-Import Bank of the United States"."""
        return any(len(form) > 3 and iso == code and form in name for form, code in self.country_forms.items())

    def _department(self, doc: Doc, span: Span) -> str | None:
        """The department named with a ministry: "MFA's Security Affairs Department",
        "MFA's Division of Europe and America"."""
        i = span.end
        if i < len(doc) and doc[i].text in ("'s", "’s", "'"):
            i += 1
        words: list = []
        named = False  # a department word was seen: only "of ..." may follow it
        while i < len(doc) and len(words) < 10:
            token = doc[i]
            if token.is_space:
                i += 1
                continue
            if not (token.is_title or token.lower_ in ("and", "of", "the")):
                break
            if named and words[-1].lower_ in name_cues("department") and token.lower_ != "of":
                break
            words.append(token)
            named = named or token.lower_ in name_cues("department")
            i += 1
        while words and not words[-1].is_title:
            words.pop()
        if any(t.lower_ in name_cues("department") for t in words):
            return " ".join(t.text for t in words)
        return None

    # -- people -------------------------------------------------------------------------------

    def _looks_like_name(self, tokens: list, titled: bool = False) -> bool:
        """True when ``tokens`` can be a person's name; ``titled`` when a title comes before."""
        words = [t for t in tokens if not t.is_space]
        particles = name_cues("name_particles")
        if not words or sum(t.text not in ("-", "–") and t.lower_ not in particles for t in words) > 6:
            return False  # more than six words besides particles ("Abd al-Aziz bin Mubarak Al-Khalifa" has four)
        written = " ".join(t.text for t in words)
        if written.lower() in self.not_people:
            return False  # "Hizballah"
        if any(t.lower_.rstrip("-–") in self.not_people for t in words):
            return False  # "Staffdel Italy"
        doc = words[-1].doc
        before = _previous_word(doc, words[0].i - 1)
        if before is not None and before.text in ("-", "–") and not before.whitespace_ and before.i > 0:
            glued = doc[before.i - 1]  # "Taepo-Dong": the end of a word, unlike "Al-Attiyah", "Bush-Sharon"
            if not glued.whitespace_ and glued.lower_ not in name_cues("name_particles") and not is_name_word(glued.text):
                return False
        naming_word = before
        if before is not None and before.text == "." and before.i > 0 and not doc[before.i - 1].whitespace_:
            if len(doc[before.i - 1]) <= 3:
                naming_word = doc[before.i - 1]  # "Av." + "Filipe Saumel Magaia", not "Bank." + "Eline Ritfield"
        if naming_word is not None and naming_word.is_title and naming_word.lower_ in name_cues("named_after"):
            return False  # "Bank Mellat", "Hotel Fenix", "Calle Hermosilla"
        if before is not None and before.is_lower and before.lower_ in name_cues("kind_before"):
            return False  # "oil company EnCana", "construction company Andrade Gutierrez"
        if not titled and before is not None and before.is_title and is_place(f"{before.text} {written}", 100_000):
            return False  # the end of a town's name: "Santo Domingo"
        at_post = (len(words) == 1 and before is not None and before.lower_ in name_cues("post_titles")) or (
            len(words) == 2 and words[0].lower_ in name_cues("post_titles")
        )
        if at_post and is_place(words[-1].text, 100_000) and not is_name_word(words[-1].text):
            return False  # "ConGen Guayaquil", "RSO Wellington", "AIT Kaohsiung": a post
        after = _next_word(doc, words[-1].i + 1)
        # A dash with spaces around it ("Aliyev - continue") ends a clause; a hyphen joins words.
        glued = words[-1].i + 1
        hyphen = glued < len(doc) and doc[glued].text in ("-", "–") and not words[-1].whitespace_
        if hyphen and _glued_hyphen(doc, glued) and doc[glued + 1].lower_ in name_cues("led_by_a_person"):
            hyphen = False  # "a Victor Yanukovich-led Ukraine", "former Menem-era Interior Minister"
        if after is not None and (
            hyphen
            or (
                after.text not in ("-", "–")
                and (
                    after.lower_ in name_cues("not_after_name")
                    or (after.lower_ in self.title_words and not _title_after_full_name(words, after))
                )
            )
        ):
            return False  # "Franco-Colombian", "Bush administration", "Deputy Intelligence Minister"
        if (
            after is not None
            and after.lower_ in ("and", "or", ",")
            and _after_a_coordinated_name(doc, after.i).lower_ in name_cues("after_coordinated_names")
        ):
            return False  # "the Balaguer and Trujillo eras", "Karen, Chin Zomi, Mon, and Shan political parties"
        second = _next_word(doc, after.i + 1) if after is not None else None
        if (
            second is not None
            # "Serrana de la Macarena National Park", not "Emile Ngoy Labor - Boniface"
            and (after.is_lower or (after.is_title and is_rarely_a_name(after.text) and second.is_alpha))
            and after.text not in ("'s", "’s")
            and not after.is_stop  # "Abdullah Ocalan in prison"
            and after.lower_ not in name_cues("speech_verbs")  # "Ma Ying-jeou warned party officials"
            and second.lower_ in name_cues("not_after_name")
        ):
            return False  # "Quintana corruption scandal", "the Mugabe patronage system"
        named = [t for t in words if not re.fullmatch(r"[A-Za-z]\.", t.text) and t.lower_ not in name_cues("name_particles")]
        if not named or (not titled and all(is_common_word(t.text) for t in named)):
            return False  # "G. No H. Not", "I. Average": list items, not initials and names
        if not titled and len(words) > 1 and is_place(written, TOWN_POPULATION):
            return False  # "Phnom Penh"
        if is_continent(written):
            return False  # "Supreme Allied Commander Europe"
        if len(words) > 1 and re.fullmatch(r"I{1,3}|IV|V|VI{1,3}", words[-1].text) and is_place(
            " ".join(t.text for t in words[:-1]), 100_000
        ):
            return False  # a meeting named after its city: "Libreville II"
        if len(named) > 1 and _rarely_names_together(named, TITLED_RARELY_NAMED_SHARE if titled else RARELY_NAMED_SHARE):
            return False  # "Catatumbo Bloc", "Travel Information", "Halki Seminary"
        if not titled and is_province(written) and not (
            len(words) == 1 and is_name_word(words[0].text, NEIGHBOUR_NAME_SHARE, NEIGHBOUR_NAME_CABLES)
        ):
            return False  # "Minas Gerais", "Helmand"
        if len(words) == 1 and words[0].lower_.rstrip(".") in NAME_SUFFIXES:
            return False  # "Jon M. Huntsman, Jr."
        if len(words) == 1:
            # "Izmir", "Siirt": a place, unless a title says otherwise; "Began", "Minister
            # Responsible": a common word, even after a title (names that are also words, "Rice",
            # "Bush", are written capitalized in cables and are not common words).
            if is_place(words[0].text, 100_000) and not titled and not is_name_word(words[0].text, *PLACE_NAME):
                return False
            if is_common_word(words[0].text) and not (titled and is_name_word(words[0].text, cables=TITLED_NAME_CABLES)):
                return False  # but "Secretary Rice", "UN SYG Ban", "Prime Minister Manning"
            if not titled and is_rarely_a_name(words[0].text):
                return False
        if words[0].lower_ in name_cues("name_particles") and len(words) == 1:
            return False
        if not (words[0].is_title or words[0].text[:1].isupper() or words[0].lower_ in name_cues("name_particles")):
            return False
        for token in words:
            text = token.text
            if any(ch.isdigit() or ord(ch) < 32 for ch in text) or re.fullmatch(r"[Xx]{3,}.*", text):
                return False
            if "-" in text and all(part in self.country_forms for part in text.split("-")):
                return False  # "U.S.-China Sub-Dialogue"
            if token.lower_ in name_cues("organization") or (
                token.lower_ in self.title_words
                and not _surname_that_is_a_title(words, token)
                and not (token.i == words[0].i and _before_patronymic(token))
            ):
                return False
            if any(token.lower_.endswith(end) and token.lower_ != end for end in name_cues("organization_endings")):
                return False  # "Akbank", "Vakifbank"
            joined = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_
            if not (text[:1].isupper() or token.lower_ in name_cues("name_particles") or text in ("-", ".") or joined):
                return False  # ("Teng-hsiung" is one name)
        # An acronym of capitals alone ("DECL", "ZNY", "GOAJ") is not a name, nor are short ones
        # together ("RAK FZ").
        if len(words) == 1 and words[0].text.isupper() and len(words[0].text) <= 5:
            return False
        if all(t.text.isupper() and len(t.text) <= 3 for t in words):
            return False
        return True

    def _name_after_title(self, doc: Doc, start: int, busy: set[int]) -> int:
        """The end of a name that starts at ``start`` after a title (0 tokens when none)."""
        if start < len(doc) and doc[start].lower_ in name_cues("title_links"):
            return start  # still the title: "Director For Africa"
        end = start
        while end < len(doc) and end - start < 6:
            token = doc[end]
            if end > start and token.lower_ in self.title_words and _surname_that_is_a_title(list(doc[start : end + 1]), token):
                after = _next_word(doc, end + 1)
                if after is None or not after.is_title:
                    end += 1  # "Special Envoy Robert King,"
                    break
            if end == start + 1 and _surname_that_is_a_demonym(doc, start, end):
                end += 1  # "Foreign Minister Ilter Turkmen and"
                break
            if end in busy or token.is_space or token.is_punct and token.text not in ("-", "."):
                break
            if not (
                token.text[:1].isupper()
                or token.lower_ in name_cues("name_particles")
                or (end > start and _glued_hyphen(doc, end))  # "Ayatollah al-Hoda"
            ):
                break
            if token.lower_ in name_cues("organization"):
                return start  # the name of a body: "Director of Surp Pirgic Hospital"
            if token.lower_ in self.title_words or _is_date(token):
                break
            end += 1
        while end > start and (doc[end - 1].lower_ in name_cues("name_particles") or doc[end - 1].text in ("-", ".")):
            end -= 1  # "Minister Badr bin Hamad al" ... the rest comes from _extend_name
        if end > start and not self._looks_like_name(list(doc[start:end]), titled=True):
            return start
        if end < len(doc) and doc[end].lower_ in self.title_words:
            return start  # part of a longer title: "Deputy Intelligence Minister Alavi"
        return end

    def _context(self, doc: Doc, start: int, labels: dict[int, Span]) -> tuple[int, int]:
        """The title context before a name: the tokens [first, start) that are titles, ministries,
        countries, capitalised words or small linking words, up to 12 tokens back in its paragraph."""
        first = start
        i = start - 1
        while i >= 0 and start - i <= 12:
            token = doc[i]
            if token.is_space and "\n\n" in token.text:
                break  # a title ends at a paragraph or a list item: "Attorney General Ashcroft / Ambassador William Cabaniss"
            if i in labels or token.is_title or token.is_space or token.lower_ in name_cues("title_links") or token.text.isupper():
                i -= 1
                continue
            break
        first = i + 1
        # The context starts at a title, a ministry or a country ("As DFM Azimov" has the title
        # "DFM"; "Considering President Nazarbayev's" the title "President").
        while first < start and first not in labels:
            first += 1
        return first, start

    def _person(
        self, doc: Doc, start: int, end: int, labels: dict[int, Span], after_fields: frozenset[int] = frozenset()
    ) -> EntitySpan | None:
        """The person named by tokens ``start`` to ``end``, or None; ``after_fields`` are the
        tokens right after a title and its fields that start a name ("Secretary of Energy Chu")."""
        # Titles inside the NER's span ("Deputy Foreign Minister Azimov") are context, not name.
        # So is a place named like a country: "Consul General Hong Kong Robert Goldberg".
        while start < end and (
            doc[start].lower_ in self.title_words or start in labels or doc[start].ent_type_ == "NOT_COUNTRY"
        ):
            if start + 1 < end and _before_patronymic(doc[start]) and start not in labels:
                break  # "Sultan Bin Nasser Al Suwaidi"
            if start + 1 < end and self._given_name_after_title(doc, start):
                break  # "Minister of Labor German Leitzelar"
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "’s", "'", ".", "-") or doc[end - 1].is_space):
            end -= 1
        if end - start > 2 and _glued_hyphen(doc, end - 2) and doc[end - 1].lower_ in name_cues("led_by_a_person"):
            end -= 2  # "Victor Yanukovich-led": the person is Victor Yanukovich
        if end - start > 1 and _ends_a_headline(doc[end - 1]):
            end -= 1  # "Chen Says"
        if end - start > 1 and _is_month_abbreviation(doc, end - 1):
            end -= 1  # "Manzanares Oct. 14"
        last = doc[end - 1]
        if end - start > 2 and last.is_upper and len(last) <= 5 and doc[end - 2].is_title and last.lower_ not in NAME_SUFFIXES:
            end -= 1  # an office's letters on the next line: "U/S Maria Otero" / "WHA A/S Thomas Shannon"
        # "YFMF Head, Rahma Hujaira" / "End text."
        after = _next_word(doc, end)
        if end - start > 1 and doc[end - 1].lower_ == "end" and after is not None and after.lower_ in name_cues("closed_by_end"):
            end -= 1
        # A heading's common words are no part of a name in it: "Zardari Cornered", "Notes Gdrc".
        if _in_a_heading(doc, start, end):
            while end - start > 1 and is_common_word(doc[end - 1].text) and not is_name_word(doc[end - 1].text):
                end -= 1
            while end - start > 1 and is_common_word(doc[start].text) and not is_name_word(doc[start].text):
                start += 1
        # A common word that starts a sentence is not part of the name: "Describing Castro".
        while end - start > 1 and _starts_clause(doc[start]) and is_common_word(doc[start].text):
            if is_given_name(doc[start].text) or INITIALS.fullmatch(doc[start].text):
                break  # "Grant Forsyth", "A.S. Paneerselvam"
            start += 1
        # Two spaces after a full stop end a sentence (see ner_text): "refs A and B.  Brady noted".
        for i in range(end - 2, start, -1):
            if doc[i].is_space and doc[i - 1].text.endswith("."):
                start = i + 1
                break
        # A city before a first name and a surname is no part of them: "ConGen Guangzhou Mark Lambert".
        if (
            end - start > 2
            and is_place(doc[start].text, 100_000)
            and not is_name_word(doc[start].text, NEIGHBOUR_NAME_SHARE, NEIGHBOUR_NAME_CABLES)
            and not is_given_name(doc[start].text)  # "VP Salvador Sanchez Ceren"
            and is_name_word(doc[start + 1].text, GIVEN_NAME_SHARE, GIVEN_NAME_CABLES)
        ):
            start += 1
        # A country in the possessive after a name is no part of it: "Ambassador Holbrooke Pakistan's".
        if end - start > 1 and doc[end - 1].text in self.country_forms and end < len(doc) and doc[end].text in ("'s", "’s"):
            end -= 1
        # A common word inside a name makes it a heading: "Carter and Gaviria Visit Chavez",
        # "PETROBRAS WANTS FURTHER COOPERATION WITH"
        # (not a particle, nor part of a hyphenated name: "Hamad bin Khalifa Al Thani", "Parks-Banda").
        if any(
            (t.is_title or t.is_upper)
            and t.lower_ not in name_cues("name_particles")
            and doc[t.i + 1].text != "-"
            and is_common_word(t.text)
            and not is_name_word(t.text, cables=2)  # "Hau Sing Tse"
            for t in doc[start + 1 : end - 1]
        ):
            return None
        opening = start - 1
        while opening > 0 and labels.get(opening) is not None and labels[opening].label_ == "TITLE":
            opening -= 1  # alias "Don Berna"
        if 0 <= opening < start and end < len(doc) and doc[opening].text in QUOTES and doc[end].text in QUOTES:
            return None  # a newspaper's name or an alias in quotes: "Frankfurter Rundschau", alias "Javier Montanez"
        if doc[start].text in ("St.", "Saint"):
            return None  # a place or a church: "MP for Central St. Catherine"
        titled = start in after_fields or (
            start > 0 and labels.get(start - 1) is not None and labels[start - 1].label_ == "TITLE"
        )
        if start >= end or not self._looks_like_name(list(doc[start:end]), titled=titled):
            return None
        first, _ = self._context(doc, start, labels)
        title_tokens, ministry, ministry_country, country = [], None, None, None
        seen_title = False
        for i in range(first, start):
            span = labels.get(i)
            if span is not None and span.label_ == "COUNTRY" and not seen_title and country is None:
                country = span.id_
            elif span is not None and span.label_ == "MINISTRY":
                name, _, fixed = span.id_.partition("|")
                ministry, ministry_country = name, fixed or country
                title_tokens = []  # the title is what follows the ministry
                continue
            elif span is not None and span.label_ == "TITLE":
                seen_title = True
                if span.id_ and ministry is None:
                    ministry, ministry_country = span.id_, country
            if not doc[i].is_space:
                title_tokens.append(doc[i])
        title = "".join(t.text_with_ws for t in title_tokens).strip(" -") or None
        title = " ".join(title.split()) if title else None
        if title is not None and not (seen_title or ministry):
            title = None  # capitalised words alone ("Chapter VII") are no title
        before = labels.get(start - 1)
        if title is None and before is not None and before.label_ == "MINISTRY" and before.text.isupper():
            title = before.text  # a ministry's acronym for its minister: "MOD Kuehnl"
        return EntitySpan(
            kind="person",
            start=doc[start].idx,
            end=doc[end - 1].idx + len(doc[end - 1]),
            text=doc[start:end].text,
            name=_clean_name(doc[start:end].text),
            title=title,
            ministry=ministry,
            ministry_country=ministry_country,
            country=country,
        )

    def _extend_name(self, doc: Doc, start: int, end: int, country_at: dict[int, str]) -> tuple[int, int]:
        """A name the NER cut short: a particle and a name after it ("Nzuzi wa Mbombo",
        "Mohammed bin Nasser al-Khusaibi", "Ali Al Ka'abi"), a name word next to it ("Isabel Marie Tumblin",
        "Gonzalo Vargas Llosa"), a word the corpus never saw after a given name and another name
        ("Farid Ghazi Rifaie"), the second syllable of a given name ("Lei Kuang-shuh", not
        "Bush-era"), a title's word after an initial ("Matthew H. King"), a given name that is a
        demonym after a title ("Minister of Labor German Leitzelar"), a given name and "bint" before
        it ("Sharifa bint Khalfan ..."), or a surname that is also a country's name ("Arturo
        Montenegro": one capitalized word that is a country name, or a people's name with no noun
        after it: "Danilo Turk will")."""
        while end - start > 1 and doc[end - 1].is_lower and (
            doc[end - 1].lower_ in name_cues("name_particles") or doc[end - 1].text == "of"
        ):
            end -= 1  # the NER's "Willem van der" + "Spuy", "President Obasanjo of" + "Nigeria"
        if end - start > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in name_cues("name_particles"):
            name = _next_word(doc, end)  # the NER's "Ali Al" + "Ka'abi"
            if name is not None and name.text[:1].isupper() and (is_name_word(name.text) or not is_common_word(name.text)):
                end = name.i + 1
        end = self._after_particles(doc, end)
        if (
            end - start >= 2
            and end < len(doc)
            and INITIAL.fullmatch(doc[end - 1].text)
            and doc[end - 1].whitespace_
            and doc[end].is_title
            and doc[end].ent_type_ == "TITLE"
        ):
            end += 1  # no name ends with an initial: "Matthew H." + "King", a title's word
        syllable = doc[end + 1] if _glued_hyphen(doc, end) else None
        if syllable is not None and syllable.is_lower and syllable.is_alpha and not is_common_word(syllable.text):
            end += 2  # "Lei Kuang" + "-shuh"
        # "Gonzalo Vargas" + "Llosa", "Isabel" + "Marie Tumblin"
        while end < len(doc) and end not in country_at and doc[end - 1].whitespace_ and self._joins_name(doc[end]):
            end += 1
        end = self._after_particles(doc, end)  # "Maria del" + "Carmen Acena" + "de Fuentes"
        if (
            end < len(doc)
            and end not in country_at
            and doc[end - 1].whitespace_
            and doc[end - 1].is_title
            and is_given_name(doc[end - 1].text)
            and self._surname_in_capitals(doc[end])
        ):
            end += 1  # "Gladys" + "COTTER": a surname in capitals after a given name
        while (
            start > 0
            and start - 1 not in country_at
            and doc[start - 1].whitespace_
            and (self._joins_name(doc[start - 1]) or self._given_name_before(doc[start - 1]))
        ):
            start -= 1  # "Ramon" + "Ovidio" + the NER's "Navarro Duarte"
        if start > 0 and _before_patronymic(doc[start - 1]):
            start -= 1  # "Sultan" + the NER's "Bin Nasser Al Suwaidi": no name starts with "bin"
        if start > 1 and self._given_name_after_title(doc, start - 1):
            start -= 1  # "Minister of Labor" + "German" + "Leitzelar"
        while (
            start > 1
            and doc[start - 1].is_lower
            and start - 2 not in country_at
            and _before_patronymic(doc[start - 2])
        ):
            start -= 2  # "Sharifa bint" + the NER's "Khalfan bin Nasser al-Yahyai"
        after = _next_word(doc, end + 1) if end < len(doc) else None
        if (
            end - start >= 2
            and end < len(doc)
            and end not in country_at
            and doc[end - 1].whitespace_
            and is_given_name(doc[start].text)
            and self._unknown_word(doc[end])
            and not (after is not None and after.is_title)
        ):
            end += 1  # "Farid Ghazi" + "Rifaie": a word the corpus never saw, after a full name
        before = doc[start - 1] if start else None
        if (
            before is not None
            and before.whitespace_
            and before.i not in country_at
            and before.is_title
            and before.lower_ not in self.title_words
            and (
                _can_be_a_given_name(before)
                or (self._unknown_word(before) and before.i > 0 and doc[before.i - 1].lower_ in self.title_words)
            )
        ):
            start -= 1  # a given name the corpus rarely saw: "Henrique" + "Salas Romer", "MEP Proinsias" + "De Rossa"
        while start > 0 and doc[start - 1].whitespace_ and self._initials(doc[start - 1], country_at):
            start -= 1  # "A.S." + "Paneerselvam"
        nxt = _next_word(doc, end)
        if (
            nxt is not None
            and nxt.i in country_at
            and (nxt.i + 1 >= len(doc) or nxt.i + 1 not in country_at)
            and (nxt.i == 0 or nxt.i - 1 not in country_at)
            and (nxt.text in self.country_names_only or _surname_that_is_a_demonym(doc, start, nxt.i))
            and end - start == 1
        ):
            end = self._after_particles(doc, nxt.i + 1)  # "Alma Montenegro de Fletcher"
        return start, end

    def _given_name_after_title(self, doc: Doc, i: int) -> bool:
        """A country's name or demonym that is also a given name, between a title and a name, is
        the given name: "Minister of Labor German Leitzelar", "Foreign Minister Israel Katz"."""
        return (
            0 < i < len(doc) - 1
            and doc[i].ent_type_ == "COUNTRY"
            and doc[i].whitespace_ != ""
            and doc[i + 1].is_title
            and is_given_name(doc[i].text)
            and not doc[i - 1].is_lower  # not "the German Wings airplane", "the French Antilles"
            and (doc[i - 1].ent_type_ == "TITLE" or doc[i - 1].lower_ in self.ministry_words)
        )

    @staticmethod
    def _after_particles(doc: Doc, end: int) -> int:
        """The end of a name that goes on after ``end`` with particles and a name: "Nzuzi" + "wa
        Mbombo", "Willem" + "van der Spuy", "Khalid" + "al-Busaidi"."""
        while True:
            particle = _next_word(doc, end)
            if particle is None or particle.lower_ not in name_cues("name_particles") or not particle.is_lower:
                return end
            name = _next_word(doc, particle.i + 1)
            while name is not None and name.is_lower and name.lower_ in name_cues("name_particles"):
                name = _next_word(doc, name.i + 1)  # "Willem van der Spuy"
            if name is not None and name.text == "-" and not particle.whitespace_ and name.i + 1 < len(doc):
                name = doc[name.i + 1]  # "al-Busaidi"
            if name is None or not name.text[:1].isupper():
                return end
            if is_common_word(name.text) and not is_name_word(name.text):
                return end  # but "Ruby Moscoso de Young"
            end = name.i + 1

    def _surname_in_capitals(self, token) -> bool:
        """A word in capitals that the corpus does not write in capitals (no acronym: "COTTER",
        not "USAID") and that is no title ("POL")."""
        return (
            token.is_upper
            and token.is_alpha
            and len(token) >= 3
            and not truecase_table().get(token.lower_, "").isupper()
            and token.lower_ not in self.title_words
            and not is_title_word(token.text)  # "POL", "ECON"
        )

    def _unknown_word(self, token) -> bool:
        """A capitalised word the corpus does not know, that is no common word, place, title or
        organisation word."""
        return (
            token.is_title
            and name_word_counts(token.text) == (0, 0)
            and token.lower_ not in self.title_words
            and token.lower_ not in name_cues("organization")
            and not is_common_word(token.text)
            and not is_place(token.text, 100_000)
        )

    def _joins_name(self, token) -> bool:
        """A capitalised word right next to a name that is part of it: a word the NER takes for
        part of a name in at least half the cables where it appears."""
        return (
            token.is_title
            and token.lower_ not in self.title_words
            and not is_common_word(token.text)
            and not is_place(token.text, 100_000, alternate_names=False)
            and is_name_word(token.text, NEIGHBOUR_NAME_SHARE, NEIGHBOUR_NAME_CABLES)
        )

    def _given_name_before(self, token) -> bool:
        """A given name the corpus seldom saw, right before a name: "Ovidio" of "Ramon Ovidio
        Navarro Duarte" (not a title's word, a common word, a town, a month, nor a word the corpus
        hardly takes for a name: "North America Jose Pons")."""
        return (
            token.is_title
            and is_given_name(token.text)
            and token.lower_ not in self.title_words
            and token.lower_ not in self.not_people
            and not is_common_word(token.text)
            and not _rarely_named(token.text, HARDLY_NAMED_SHARE)
            and not is_place(token.text, 100_000, alternate_names=False)
        )

    def _patronymic_names(self, doc: Doc, busy: set[int], country_at: dict[int, str]) -> list[tuple[int, int]]:
        """Arabic and Bantu names the NER left out: capitalised words joined by "bin", "ibn",
        "bint" or "wa" ("Badr bin Hamad al-Busaidi", "Yusuf bin Alawi", "Bingu wa Mutharika"),
        with the words of the name before it that are no title ("Sayyid" is one) and up to two
        after it ("Ahmed bin Abdulnabi Macki")."""
        found = []
        for token in doc:
            if (token.lower_ not in PATRONYMIC and token.lower_ != "wa") or not token.is_lower or token.i in busy:
                continue
            before, after = doc[token.i - 1] if token.i else None, _next_word(doc, token.i + 1)
            if before is None or after is None or not (before.is_title and after.is_title):
                continue
            start = before.i
            while (
                start > 0
                and token.i - start < 3
                and doc[start - 1].is_title
                and start - 1 not in busy
                and doc[start - 1].lower_ not in self.title_words
                and not is_common_word(doc[start - 1].text)
            ):
                start -= 1
            if before.i in busy or before.lower_ in self.title_words:
                continue
            end = after.i + 1
            while end < len(doc) and end - after.i <= 2 and doc[end].is_title and end not in busy and not (
                doc[end].lower_ in self.title_words or is_common_word(doc[end].text)
            ):
                end += 1  # "Ahmed bin Abdulnabi Macki"
            found.append(self._extend_name(doc, start, end, country_at))
        return found

    def _speakers(self, doc: Doc, busy: set[int]) -> list[tuple[int, int]]:
        """A capitalised word that speaks ("Cepeda said", "Murr comprehends") or is quoted
        ("according to Cepeda") and that the NER left out: a person, when it is no common word,
        place, title or organisation, nor the last word of another name ("Nigerian Textile Mills
        told")."""
        found = []
        for token in doc:
            if token.i in busy or not token.is_title:
                continue
            nxt = _next_word(doc, token.i + 1)
            before = doc[token.i - 2 : token.i].text.lower() if token.i >= 2 else ""
            if (nxt is not None and nxt.lower_ in name_cues("speech_verbs")) or before == "according to":
                if self._looks_like_name([token]) and not _ends_a_name(doc, token.i, busy):
                    found.append((token.i, token.i + 1))
        return found

    def _coordinated_names(
        self, doc: Doc, candidates: list[tuple[int, int]], labelled: set[int], country_at: dict[int, str]
    ) -> list[tuple[int, int]]:
        """Names listed after a name that the NER left out: capitalised words after "and" or "or"
        that can be a name (no title, common word, place or organisation: "Judges Marco T.
        Barahona and Ovidio Navarro"), or after a comma when each of them is a name word
        ("Rajoelina, Ravalomanana"; not "Frank Martin, High Commissioner")."""
        busy = labelled | {i for s, e in candidates for i in range(s, e)}
        found = []
        queue = sorted(set(candidates))
        while queue:
            _, end = queue.pop(0)
            link = _next_word(doc, end)
            if link is None or link.text not in (",", "and", "or"):
                continue
            start = _next_word(doc, link.i + 1)
            if start is None or start.lower_ in ("and", "or"):
                start = _next_word(doc, start.i + 1) if start is not None else None  # "A, and B"
            if start is None or start.i in busy or not start.is_title:
                continue
            name_end = self._name_after_title(doc, start.i, busy)
            if name_end == start.i or not self._looks_like_name(list(doc[start.i : name_end])):
                continue
            if link.text == "," and not all(is_name_word(t.text) for t in doc[start.i : name_end]):
                continue
            name = self._extend_name(doc, start.i, name_end, country_at)
            found.append(name)
            busy.update(range(*name))
            queue.append(name)
        return found

    def _listed_names(self, doc: Doc, candidates: list[tuple[int, int]], labelled: set[int]) -> set[tuple[int, int]]:
        """The surnames of a list of three or more in which two are names already, one of them a
        word the corpus knows as a name (:func:`is_name_word`): "presidents Mbeki, Obasanjo,
        Bongo, Toure, Kerekou and Kufuor". Each item is one capitalised word, the items are
        joined by commas, "and" or "or"; a list with a place of any size or a province in it is
        of places ("Dubrovnik, Knin, Osijek"), and an item that is an organisation, a title or a
        common word is left out."""
        person = {i for s, e in candidates for i in range(s, e)}
        busy = person | labelled
        found = set()
        i = 0
        while i < len(doc):
            items = [doc[s] for s, _ in self._list_at(doc, i)]
            i = items[-1].i + 1 if items else i + 1
            named = {t.i for t in items if t.i in person and t.i - 1 not in person and t.i + 1 not in person}
            if (
                len(items) < 3
                or len(named) < 2
                or not any(is_name_word(doc[k].text) for k in named)  # newspapers: "Milliyet, Zaman, Ekspres"
                or any(is_place(t.text, 0) or is_province(t.text) for t in items)
            ):
                continue
            found.update(
                (t.i, t.i + 1)
                for t in items
                if t.i in named
                or (
                    t.i not in busy
                    and self._can_be_a_surname(doc, t, busy)
                    and self._looks_like_name([t])
                )
            )
        return found

    def _listed_full_names(self, doc: Doc, candidates: list[tuple[int, int]], labelled: set[int]) -> set[tuple[int, int]]:
        """The names of two or three words of a list of three or more in which two items are
        names already: "members Tatul Manasarian, Arshak Sadoyan, Shavarsh Kocharian, and Albert
        Bazayan" (the NER took the second and the fourth)."""
        named = set(candidates)
        busy = {i for s, e in candidates for i in range(s, e)} | labelled
        found = set()
        i = 0
        while i < len(doc):
            items = self._list_at(doc, i, least=2, most=3)
            i = items[-1][1] if items else i + 1
            if len(items) < 3 or sum(item in named for item in items) < 2:
                continue
            found.update(
                (start, end)
                for start, end in items
                if (start, end) not in named
                and not any(k in busy for k in range(start, end))
                and self._looks_like_name(list(doc[start:end]))
            )
        return found

    def _column_names(self, doc: Doc, candidates: list[tuple[int, int]], labelled: set[int]) -> set[tuple[int, int]]:
        """Names of two words or more in the same place of the items of a list, one item a
        paragraph, when two items (and a third of them) hold a name there already: "-- Health:
        Zilvinas Padaiga (Labor)" after "-- Foreign Affairs: Antanas Valionis (New Union)". The
        place is the start of the item, or what follows a colon near its start; the name is all
        the capitalised words there, also where the NER took only some of them ("- Saira Aydee
        Alvarado Diaz")."""
        person = {i for s, e in candidates for i in range(s, e)}
        busy = person | labelled
        slots = []
        for start, end in _items(doc):
            i = start
            while i < end and (doc[i].is_punct or doc[i].is_space):
                i += 1  # "--", "-", "*"
            colon = next((k for k in range(i, min(i + 6, end)) if doc[k].text == ":"), None)
            if colon is not None:
                i = colon + 1
            word = _next_word(doc, i)
            i = word.i if word is not None else end
            run_end = i
            while run_end < end and run_end - i < 6 and (doc[run_end].is_title or _hyphen_in_a_name(doc, run_end)):
                run_end += 1
            if run_end > i:
                slots.append((colon is not None, i, run_end))
        found = set()
        for with_colon in (True, False):
            same = [(s, e) for c, s, e in slots if c == with_colon]
            named = [(s, e) for s, e in same if any(i in person for i in range(s, e))]
            if len(same) < 3 or len(named) < 2 or 3 * len(named) < len(same):
                continue
            for start, end in same:
                words = list(doc[start:end])
                if (
                    len(words) >= 2
                    and not INITIAL.fullmatch(words[0].text)  # "A. Croatia": a lettered item
                    and not any(s <= start and end <= e for s, e in candidates)  # "Lyle Edgard Lumsden III"
                    and not any(i in labelled for i in range(start, end))
                    and self._looks_like_name(words)
                    and all(
                        t.i in person
                        or t.lower_ in name_cues("name_particles")
                        or is_given_name(t.text)
                        or self._can_be_a_surname(doc, t, busy)
                        for t in words
                    )
                ):
                    found.add((start, end))
        return found

    @staticmethod
    def _list_at(doc: Doc, start: int, least: int = 1, most: int = 1) -> list[tuple[int, int]]:
        """``(start, end)`` of the runs of ``least`` to ``most`` capitalised words from ``start``
        on that are joined by commas, "and" or "or"."""
        items = []
        word = doc[start]
        while word is not None:
            end = word.i
            while end < len(doc) and end - word.i < most and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end - word.i < least:
                break
            items.append((word.i, end))
            link = _next_word(doc, end)
            if link is None or link.text not in (",", "and", "or"):
                break
            word = _next_word(doc, link.i + 1)
            if word is not None and link.text == "," and word.lower_ in ("and", "or"):
                word = _next_word(doc, word.i + 1)  # "A, B, and C"
        return items

    def _known_names(self, doc: Doc, busy: set[int], country_at: dict[int, str]) -> list[tuple[int, int]]:
        """Runs of capitalised words that the NER left out, that start and end with a name word
        (see :func:`is_name_word`; the last of three or more words in ``LONG_NAME_LAST_SHARE`` of
        its cables) and hold no title or common word: "Mobutu's", "Khin Nyunt", "Aung San Suu
        Kyi", "Ruiz-Gallardon". A common word that starts a sentence is left out of
        the run ("However Mobutu"); a date ends it ("Zapatero December 17")."""
        found = []
        i = 0
        while i < len(doc):
            if i in busy or not doc[i].is_title:
                i += 1
                continue
            end = i
            while end < len(doc) and end not in busy and (
                (doc[end].is_title and not _is_date(doc[end])) or _hyphen_in_a_name(doc, end)
            ):
                end += 1
            start = i
            while start < end and _starts_clause(doc[start]) and is_common_word(doc[start].text):
                start += 1
            words = doc[start:end]
            last_share = LONG_NAME_LAST_SHARE if len(words) >= 3 else NAME_WORD_SHARE
            if (
                len(words)
                and is_name_word(words[0].text)
                and is_name_word(words[-1].text, last_share)
                and not any(t.lower_ in self.title_words or is_common_word(t.text) for t in words)
            ):
                found.append(self._extend_name(doc, start, end, country_at))
            i = max(end, i + 1)
        return found

    def _given_names(self, doc: Doc, busy: set[int], country_at: dict[int, str]) -> list[tuple[int, int]]:
        """A first name and a surname that the NER left out: a given name (see
        :func:`_can_be_a_given_name`) followed by a capitalised word that is no common word, title,
        place or organisation ("Jacques Rogge", "Dennis Duiker", "Murat Akkus") or by a surname in
        capitals ("Gladys COTTER"), with an initial between them or not."""
        found = []
        for token in doc:
            if token.i in busy or not token.is_title or not _can_be_a_given_name(token):
                continue
            start = token.i - 2 if _hyphen_in_a_name(doc, token.i - 1) else token.i  # "Jean-Luc"
            before = doc[start - 1] if start else None
            if (
                before is not None
                and before.is_title
                and re.fullmatch(r"[^\W\d_]+\.?", before.text)  # a word or an initial, not "Gazete/ Muhammed"
                and before.i not in busy
                and not is_common_word(before.text)
            ):
                continue  # part of a longer name: "San Luis Jilotepeque", "W. Scott Reid" (but "Corporal Dennis Duiker")
            surname = _next_word(doc, token.i + 1)
            if surname is not None and INITIAL.fullmatch(surname.text):
                surname = _next_word(doc, surname.i + 1)
            if surname is not None and "\n" in doc[token.i : surname.i].text:
                continue  # a break between: "FIRST/MIDDLE NAMES: Stanislav" / "CONVENTIONAL USAGE: ..."
            in_capitals = surname is not None and surname.i not in busy and self._surname_in_capitals(surname)
            # A people's name with no noun after it is a surname: "Danilo Turk will".
            demonym = surname is not None and surname.i == token.i + 1 and _surname_that_is_a_demonym(
                doc, token.i, surname.i
            )
            if not (in_capitals or demonym or self._can_be_a_surname(doc, surname, busy)):
                continue
            end = surname.i + 1
            while (
                end < len(doc) and end - surname.i <= 2 and doc[end - 1].whitespace_ == " "
                and self._can_be_a_surname(doc, doc[end], busy)
            ):
                end += 1  # "Walter Richard Gressbore", "Kamal Hadid Chaar"
            found.append(self._extend_name(doc, start, end, country_at))
        return found

    def _initialled_names(self, doc: Doc, busy: set[int], country_at: dict[int, str]) -> list[tuple[int, int]]:
        """Initials and a surname that the NER left out: "A.S. Paneerselvam", "T. Pitchandi" (not
        "U.S. Embassy": a country, nor a title or a common word after the initials)."""
        found = []
        taken = busy | country_at.keys()
        for token in doc:
            if not self._initials(token, taken):
                continue
            before = _previous_word(doc, token.i - 1)
            if before is not None and (before.is_title or INITIALS.fullmatch(before.text)):
                continue  # inside a longer name: "George W. Bush", "A. S. Paneerselvam"
            surname = _next_word(doc, token.i + 1)
            while surname is not None and self._initials(surname, busy):
                surname = _next_word(doc, surname.i + 1)
            if surname is not None and surname.i not in country_at and self._can_be_a_surname(doc, surname, busy):
                found.append(self._extend_name(doc, token.i, surname.i + 1, country_at))
        return found

    def _initials(self, token, busy: Container[int]) -> bool:
        """True for initials not in ``busy`` that are no title ("P.M. Vajpayee") nor a ship's
        prefix ("M.V. Limburg")."""
        return (
            bool(INITIALS.fullmatch(token.text))
            and token.i not in busy
            and token.text.replace(".", "").lower() not in self.title_words
            and token.lower_ not in name_cues("named_after")
        )

    def _syllable_names(self, doc: Doc, busy: set[int]) -> list[tuple[int, int]]:
        """East Asian names whose given name has a second syllable after a hyphen, which the NER
        took for an organisation or left out: "Shieh Ming-yuan", "Chun Yung-woo". Not a place
        and a compound ("Hong Kong-based", "Tel Aviv-area"), nor a title ("Mayor-elect")."""
        found = []
        for i in range(len(doc) - 3):
            surname, given, syllable = doc[i], doc[i + 1], doc[i + 3]
            if (
                any(k in busy for k in range(i, i + 4))
                or not (surname.is_title and given.is_title and _glued_hyphen(doc, i + 2))
                or not (syllable.is_lower and syllable.is_alpha and len(syllable) <= 6)
                or syllable.lower_ in name_cues("compound_ends")
                or (  # part of a longer name, unlike "Journalist Liu Pao-chieh"
                    i > 0
                    and doc[i - 1].is_title
                    and i - 1 not in busy
                    and doc[i - 1].lower_ not in self.title_words
                    and not is_common_word(doc[i - 1].text)
                )
            ):
                continue
            words = (surname, given)
            if any(
                len(t) > 6
                or t.lower_ in self.title_words
                or t.lower_ in name_cues("organization")
                or t.text in self.country_forms
                or is_common_word(t.text)
                for t in words
            ) or is_place(f"{surname.text} {given.text}", 100_000):
                continue
            found.append((i, i + 4))
        return found

    def _can_be_a_surname(self, doc: Doc, token, busy: set[int]) -> bool:
        """True for a capitalised word after a given name that is no common word, title, place or
        organisation, and that names nothing after it."""
        return not (
            token is None
            or token.i in busy
            or not token.is_title
            or token.lower_ in self.title_words
            or token.lower_ in name_cues("organization")
            or is_common_word(token.text)
            or is_rarely_a_name(token.text)
            or (is_place(token.text, 100_000) and not is_name_word(token.text, *PLACE_NAME))  # but "Gutierrez"
            or self._names_something(doc, token.i + 1)
        )

    def _names_something(self, doc: Doc, end: int) -> bool:
        """True when the capitalised words from ``end`` on (after an acronym in brackets) end in
        an organisation's word or one that cannot follow a name: "Adnan Darendeliler Primary
        School", "Fernando Henrique Cardoso (FHC) administration"."""
        i = end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        while i < len(doc) and i - end < 5 and not _spaced_dash(doc, i):  # "Kamal Hadid Chaar - 7 year sentence"
            token = doc[i]
            if token.lower_ in name_cues("organization") or token.lower_ in name_cues("not_after_name"):
                return True
            if not token.is_title:
                return False
            i += 1
        return False

    @staticmethod
    def _acronym_title(doc: Doc, span: Span, titled_at: set[int]) -> bool:
        """True when the name after ``span`` took it for its title and no "of" comes before it."""
        after = _next_word(doc, span.end)
        before = _previous_word(doc, span.start - 1)
        return after is not None and after.idx in titled_at and not (before is not None and before.lower_ == "of")

    def _hyphenated_countries(self, doc: Doc, taken: set[int]) -> list[EntitySpan]:
        """Countries inside one token joined by hyphens: "U.S.-Iraq", "Kazakh-Russian"."""
        found = []
        for token in doc:
            if "-" not in token.text or token.i in taken or len(token.text) > 40:
                continue
            if token.text.split("-")[0] not in self.country_forms:
                continue  # "Inter-American", "Franco-Colombian": not a pair of countries
            offset = token.idx
            for part in token.text.split("-"):
                iso = self.country_forms.get(part)
                if iso:
                    found.append(EntitySpan(kind="country", start=offset, end=offset + len(part), text=part, name=iso))
                offset += len(part) + 1
        return found

    # -- the component ------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            if ent.label_ in RULE_LABELS:
                payload = rule_payload(ent)
                if payload is None:
                    continue  # the ruler's phrase in the wrong case: "us", "turkey"
                ent = Span(doc, ent.start, ent.end, label=ent.label_, span_id=payload)
            ents.append(ent)
        ruled = {i for e in ents if e.label_ in RULE_LABELS or e.label_ == "PERSON" for i in range(e.start, e.end)}
        ministries = [
            self._with_joined_name(doc, e, ruled)
            for e in ents
            if e.label_ == "MINISTRY" and not (
                _department_of_something(e) or _seat_as_a_place(e) or _a_likeness(e) or _an_office_not_the_presidency(e)
            )
        ]
        taken = {i for e in ents if e.label_ in ("COUNTRY", "NOT_COUNTRY") for i in range(e.start, e.end)}
        taken |= {i for e in ministries for i in range(e.start, e.end)}
        ministries += self._generic_ministries(doc, taken)
        # "Mexico City" is a city; "in French." a language.
        countries = [
            e for e in ents
            if e.label_ == "COUNTRY" and not _followed_by(e, "city") and not _is_language(e)
        ]
        titles = [e for e in ents if e.label_ == "TITLE" and not (len(e) == 1 and _before_patronymic(e[0]))]
        labels: dict[int, Span] = {}
        for span in ministries + countries + titles:
            for i in range(span.start, span.end):
                labels[i] = span
        labelled = set(labels)
        country_at = {i: s.id_ for s in countries for i in range(s.start, s.end)}

        # People: the NER's, and names right after a title that the NER missed or mislabelled.
        candidates: list[tuple[int, int]] = [
            self._extend_name(doc, start, end, country_at)
            for e_start, e_end in _adjacent_joined(doc, [(e.start, e.end) for e in ents if e.label_ == "PERSON"],
                                                   self.title_words)
            for start, end in _between_line_breaks(doc, e_start, e_end)
        ]
        other = {i: e for e in ents if e.label_ != "PERSON" and e.label_ not in RULE_LABELS for i in range(e.start, e.end)}
        person_tokens = {i for s, e in candidates for i in range(s, e)}
        after_fields: set[int] = set()  # names the NER ran together with the title's last field
        for title in titles:
            start = _after_more_fields(doc, title.end)
            if start in person_tokens:
                # "Secretary of Energy" + the NER's "Energy Chu"
                cut = [
                    (s, e) for s, e in candidates
                    if title.end <= s < start < e and all(t.lower_ in self.ministry_words for t in doc[s:start])
                ]
                if cut:
                    candidates = [(start, e) if (s, e) in cut else (s, e) for s, e in candidates]
                    after_fields.add(start)
                continue
            if start in other:  # an ORG / GPE / NORP that is in fact a name: "DAS Cagan"
                span = other[start]
                if span.start == start and self._looks_like_name(list(span), titled=True):
                    # with the NER's name right after it: "General" + "Mamadouba" + "Toto Camara"
                    end = next((e for s, e in candidates if s == span.end and doc[span.end - 1].whitespace_), span.end)
                    candidates.append((span.start, end))
                    continue
            end = self._name_after_title(doc, start, labelled)
            if end > start:
                candidates.append(self._extend_name(doc, start, end, country_at))
        candidates += self._patronymic_names(doc, person_tokens | labelled, country_at)
        candidates += self._speakers(doc, person_tokens | labelled)
        candidates += self._coordinated_names(doc, candidates, labelled, country_at)
        column_names = self._column_names(doc, candidates, labelled)
        candidates = [c for c in candidates if not any(s <= c[0] and c[1] <= e for s, e in column_names)]
        listed_names = self._listed_names(doc, candidates, labelled) | column_names
        listed_names |= self._listed_full_names(doc, candidates, labelled)
        candidates += listed_names
        candidates += self._known_names(doc, {i for s, e in candidates for i in range(s, e)} | labelled, country_at)
        candidates += self._given_names(doc, {i for s, e in candidates for i in range(s, e)} | labelled, country_at)
        busy = {i for s, e in candidates for i in range(s, e)} | labelled
        candidates += self._initialled_names(doc, busy, country_at)
        candidates += self._syllable_names(doc, {i for s, e in candidates for i in range(s, e)} | labelled)

        found: list[EntitySpan] = []
        # No people from a passage in another language: its nouns are capitalised ("Ein Mann").
        sentences = _sentences_and_blocks(doc)
        in_other_language = other_language_sentences([[t.text for t in doc[s:e]] for s, e in sentences])
        other_language = {i for (s, e), other in zip(sentences, in_other_language) if other for i in range(s, e)}
        used: set[int] = set()
        named_after_fields = frozenset(after_fields)
        for start, end in sorted(set(candidates), key=lambda c: (c[0], -c[1])):  # the longest of a start
            if any(i in used or i in other_language for i in range(start, end)):
                continue
            person = self._person(doc, start, end, labels, named_after_fields)
            if person is not None and (start, end) in listed_names:
                person = replace(person, listed=True)
            if person is not None:
                found.append(person)
                used.update(range(start, end))
        # A ministry's acronym right before a name is the person's title, no mention of the ministry:
        # "MOD Jose Bono" (the Minister of Defense), but not "Director General of ISI Hamid Gul".
        titled_at = {p.start for p in found if p.title is not None and p.title.isupper()}
        ministries = [m for m in ministries if not (m.text.isupper() and self._acronym_title(doc, m, titled_at))]
        found += self._ministries(doc, ministries, country_at)
        found += [
            EntitySpan(kind="country", start=s.start_char, end=s.end_char, text=s.text, name=s.id_)
            for s in countries
            if not any(t in used for t in range(s.start, s.end))  # a surname: "Arturo Montenegro"
        ]
        found += self._hyphenated_countries(doc, {i for e in countries for i in range(e.start, e.end)})
        found.sort(key=lambda e: (e.start, e.end))
        doc._.cable_entities = found
        label = {"person": "PERSON", "ministry": "MINISTRY", "country": "COUNTRY"}
        spans = [doc.char_span(e.start, e.end, label=label[e.kind]) for e in found]
        doc.ents = filter_spans([s for s in spans if s is not None])
        doc.spans["titles"] = titles
        return doc
