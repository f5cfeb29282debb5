"""Extraction: the people, ministries and countries named in the body of one cable.

:class:`Extractor` runs the spaCy pipeline of :mod:`graphify.nlp` over a cable's paragraphs
(never over its routing or header lines) and returns an :class:`Extraction`: plain, picklable
records with provenance (paragraph, character offsets into the cable's text, the sentence). It
depends only on the cable, so cables can be extracted in any order, in other processes or on
other machines; joining what several cables say about one person is :mod:`graphify.resolve`'s
work.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import product

from graphify.countries import countries_by_iso, country_forms
from graphify.model import Cable, Paragraph
from graphify.names import NAME_WORD_SHARE, is_given_name, is_name_word, is_title_word, name_cues
from graphify.data import read_lines, read_table
from graphify.nlp.patterns import ministry_by_phrase
from graphify.nlp.truecase import is_common_word, is_upper_text, truecase
from graphify.cabletext import is_caveats_line, is_page_furniture
from graphify.posts import post_country

#: Bump when what extraction returns for the same input changes (the cache keys on it).
EXTRACTOR_VERSION = "56"

# A single word of a truecased cable is a name alone when the NER takes it for one in this share
# of the mixed-case cables where it appears ("SADDAM", "ARAFAT"; not "JOY").
TRUECASED_NAME_SHARE = 0.9

QUOTE_CHARS = 300
# Longer paragraphs go through NER in pieces of at most this many characters, cut between
# sentences (spaCy refuses texts over ``nlp.max_length`` and needs memory in proportion).
NER_CHUNK_CHARS = 50_000


@dataclass(frozen=True)
class Mention:
    """One mention of an entity in a cable.

    ``kind`` is ``person``, ``ministry`` or ``country``; ``name`` the name as written (people),
    the canonical name (ministries) or the ISO code (countries); ``start``/``end`` are offsets
    into ``Cable.text``; ``quote`` is the sentence it is in.
    """

    kind: str
    name: str
    text: str
    start: int
    end: int
    paragraph: int | None
    quote: str
    title: str | None = None
    ministry: str | None = None
    ministry_country: str | None = None
    country: str | None = None
    department: str | None = None
    listed: bool = False  # one of a list of names ("Mbeki, Obasanjo, Bongo")
    same_as: str | None = None  # the name this one is another name for: "Truong Van Cam (a.k.a. Nam Cam)"


@dataclass(frozen=True)
class Extraction:
    """What one cable's body names. ``host_country`` is the ISO code of the country the cable
    was sent from (or, for a cable from Washington to one post, the country it was sent to)."""

    cable_id: str
    host_country: str | None
    mentions: tuple[Mention, ...] = ()
    error: str | None = None  # why extraction failed: the cable's header is kept, its body's entities are not


def host_country(cable: Cable) -> str | None:
    """The country a cable speaks from: where its post is; for a cable from Washington to posts
    of one other country, that country."""
    origin = post_country(cable.origin.name) if cable.origin else None
    if origin is not None and origin.iso != "US":
        return origin.iso
    abroad = {c.iso for c in (post_country(p.name) for p in cable.to) if c is not None and c.iso != "US"}
    if len(abroad) == 1:
        return abroad.pop()
    return origin.iso if origin else None


@dataclass(frozen=True)
class NerText:
    """A paragraph as NER sees it, and where each of its characters is in the paragraph:
    page headers and banners dropped, whitespace runs made one space (a line wrapped inside a
    name, "LUIS \\nRAMIREZ", is one name again) or, across a blank line, one paragraph break;
    the BEL character, the comma, the backquote and the Q that stand for an apostrophe in old
    cables made one ("RENAMO,s", "Dave O,Reilly", "Z,Ahidi Ngoma", "Trnka`s", "Nova ScotiaQs")."""

    text: str
    positions: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the paragraph of the NER text's ``[start, end)``."""
        return self.positions[start], self.positions[end - 1] + 1


WORDS_AND_SPACES = re.compile(r"\s+|\S+")
# An item's dashes glued to its first word: "--Ministry of Defense;".
GLUED_ITEM = re.compile(r"--(?=[^\W\d_])")
# A line that starts an item of a list: "- James Fairing", "-- the Ministry of Defense",
# "--Ministry of Defense;".
LIST_ITEM = re.compile(r"(?:-{1,2}|\*|\u2022)[ \t]+\S|" + GLUED_ITEM.pattern)
# A line that underlines a heading: "Zardari Cornered" / "----------------".
UNDERLINE = re.compile(r"[-=_]{3,}(?=[ \t]*(?:\n|$))")
# A line that starts a field of a form: "Running Mate: Cassim Chilumpha", "Address: ...",
# "Office telephone number (Protocol): ...".
FORM_FIELD = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}(?: \([A-Za-z]+\))?:[ \t]")
# A line shorter than this share of the longest line of its paragraph ends an item of a list,
# in paragraphs wrapped at WRAPPED_LINE_CHARS characters or more.
SHORT_LINE_SHARE = 0.5
WRAPPED_LINE_CHARS = 40
# A comma, a backquote or a Q written for an apostrophe: before a possessive "s" ("RENAMO,s",
# "Trnka`s", "Nova ScotiaQs"), or a comma after an initial ("O,Reilly").
APOSTROPHE_STAND_IN = re.compile(r"(?<=[^\W\d_])[,`](?=s\b)|(?<=[a-z])Q(?=s\b)|(?<=\b[A-Z]),(?=[A-Z][a-z])")
# ... or inside a capitalised word, for an ayn or a hamza: "Abu Ala,a", "Nabil Sh,ath".
INNER_APOSTROPHE_STAND_IN = re.compile(r"(?<=[a-z]),(?=[a-z]{1,5}\b)")
# A nickname between a given name and a surname: 'Binyamin "Fuad" Ben-Eliezer', "Anton (Tone) Rop"
# (in brackets only after a given name: not "Sheikh (Major) Ahmed").
NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+([\"\u201c][A-Z][a-z]+[\"\u201d]|\([A-Z][a-z]+\))(\s+)(?=[A-Z][a-z])")


def _without_page_furniture(paragraph: str) -> str:
    """The paragraph with its page headers, banners and caveat lines ("SIPDIS") made blanks, and
    the blank lines around them joined to the text, so that they break nothing in mid-sentence."""
    lines = paragraph.split("\n")
    blanked = [is_page_furniture(line) or is_caveats_line(line) for line in lines]
    for index in range(len(lines)):
        if blanked[index]:
            before = index - 1
            while before >= 0 and not lines[before].strip() and not blanked[before]:
                blanked[before] = True
                before -= 1
            after = index + 1
            while after < len(lines) and not lines[after].strip() and not blanked[after]:
                blanked[after] = True
                after += 1
    if not any(blanked):
        return paragraph
    out = [" " * len(lines[0]) if blanked[0] else lines[0]]
    for index in range(1, len(lines)):
        out.append(" " if blanked[index] or blanked[index - 1] else "\n")
        out.append(" " * len(lines[index]) if blanked[index] else lines[index])
    return "".join(out)


def ner_text(paragraph: str) -> NerText:
    """See :class:`NerText`. A line that ends in a hyphen after a letter joins the next line
    without a space; a line that starts an item of a list ("- ", "-- ") or a field of a form
    starts a paragraph, and so does the line after a short one that ends an item (see
    ``_ends_an_item``); a nickname between a given name and a surname is left out.

    >>> ner = ner_text("MINISTER OF DEFENSE LUIS \\nRAMIREZ SAID")
    >>> ner.text, ner.span(20, 32)
    ('MINISTER OF DEFENSE LUIS RAMIREZ SAID', (20, 33))
    >>> ner_text("al-Busaidi and National \\n \\nSIPDIS \\nEconomy Secretary").text
    'al-Busaidi and National Economy Secretary'
    >>> ner_text("Advisor Sharon Parks-\\nBanda, phone").text
    'Advisor Sharon Parks-Banda, phone'
    >>> ner_text("RENAMO,s leader met Chevron CEO Dave O,Reilly, Smith").text
    "RENAMO's leader met Chevron CEO Dave O'Reilly, Smith"
    >>> ner_text("Prime Minister Abu Ala,a, and Minister Nabil Sh,ath were").text
    "Prime Minister Abu Ala'a, and Minister Nabil Sh'ath were"
    >>> ner_text("Nova ScotiaQs newly appointed Energy Minster").text
    "Nova Scotia's newly appointed Energy Minster"
    >>> ner_text("include:\\n\\n- James Fairing\\n- Jason Franklin").text
    'include:\\n\\n- James Fairing\\n\\n- Jason Franklin'
    >>> ner_text("following:\\n--Ministry of Defense;\\n--Uganda People's Defense Force (UPDF);").text
    "following:\\n\\n- Ministry of Defense;\\n\\n- Uganda People's Defense Force (UPDF);"
    >>> ner_text('Minister Binyamin \\n"Fuad" Ben-Eliezer and Anton (Tone) Rop').text
    'Minister Binyamin Ben-Eliezer and Anton Rop'
    """
    longest = max(len(line.rstrip()) for line in paragraph.split("\n"))  # before page furniture joins lines
    if "\n" in paragraph:
        paragraph = _without_page_furniture(paragraph)
    nicknames = {
        match.start(2)
        for match in NICKNAME.finditer(paragraph)
        if match.group(2)[0] != "(" or is_given_name(match.group(1))
    }
    out: list[str] = []
    positions: list[int] = []
    skip_space = False
    for match in WORDS_AND_SPACES.finditer(paragraph):
        piece = match.group(0)
        if match.start() in nicknames:
            skip_space = True  # the name reads as the given name and the surname
            continue
        if skip_space:
            skip_space = False
            continue
        if piece[0].isspace():
            if not out:
                continue
            if piece.count("\n") == 1 and re.search(r"[^\W\d_]-$", out[-1]):
                continue  # a word wrapped after its hyphen: "Sharon Parks-" / "Banda"
            if piece.count("\n") >= 2 or (
                "\n" in piece
                and (
                    LIST_ITEM.match(paragraph, match.end())
                    or FORM_FIELD.match(paragraph, match.end())
                    or _ends_an_item(paragraph, match.start(), match.end(), longest)
                    or UNDERLINE.match(paragraph, match.end())
                    or UNDERLINE.fullmatch(out[-1])
                )
            ):
                # a blank line, an item of a list ("- James Fairing" / "- Jason Franklin"), a
                # field of a form ("Presidential Candidate: Bingu wa Mutharika" / "Running Mate: ..."),
                # a short line that ends an item ("Matthew Borman" / "State Acting Office Director")
                # or a heading's underline
                piece = "\n\n"
            elif "\n" not in piece and len(piece) >= 2 and out[-1].endswith("."):
                piece = "  "  # two spaces after a full stop end a sentence: "refs A and B.  Brady"
            else:
                piece = " "
            positions.extend([match.start()] * len(piece))
        else:
            positions.extend(range(match.start(), match.end()))
            if (not out or "\n" in out[-1]) and GLUED_ITEM.match(piece):
                piece = "- " + piece[2:]  # "--Ministry of Defense;" as "- Ministry of Defense;"
        piece = APOSTROPHE_STAND_IN.sub("'", piece.replace("\x07", "'"))
        out.append(INNER_APOSTROPHE_STAND_IN.sub("'", piece) if piece[:1].isupper() else piece)
    return NerText("".join(out), tuple(positions))


def _ends_an_item(paragraph: str, end: int, next_start: int, longest: int) -> bool:
    """True when the line that ends at ``end`` is short among the paragraph's wrapped lines and
    ends in a capitalised word that is not a given name, with a capital after it: one item of a
    list of participants ("Matthew Borman" / "State Acting Office Director ..."), not a ragged
    line of a quote ("watching Saddam" / "Hussein's statue"). Before a line that starts with a
    given name and a capitalised word, the last word may be a given name after a capitalised
    one ("Ambassador William B. Wood" / "Jeff DeLaurentis, POLCOUNS")."""
    line = paragraph[paragraph.rfind("\n", 0, end) + 1 : end].rstrip()
    words = line.split()
    if not words:
        return False
    last = _capitalised(words[-1])  # "BORMAN" before truecasing
    next_words = paragraph[next_start:].partition("\n")[0].split()[:2]
    full_name_next = (
        len(words) >= 2
        and len(next_words) == 2
        and is_given_name(_capitalised(next_words[0]))
        and next_words[1][:1].isupper()
    )
    return (
        longest >= WRAPPED_LINE_CHARS
        and len(line) < SHORT_LINE_SHARE * longest
        and last[:1].isupper()
        and (not is_given_name(last) or (full_name_next and words[-2][:1].isupper()))
        and paragraph[next_start : next_start + 1].isupper()
    )


def _capitalised(word: str) -> str:
    """A word in capitals as a name is written ("BORMAN": "Borman"); other words as they are."""
    return word.capitalize() if word.isupper() else word


def _quote(text: str, start: int, end: int, mention_start: int, mention_end: int) -> str:
    """The sentence ``text[start:end]`` around a mention at ``[mention_start, mention_end)``, one
    line; a long sentence is cut to a window of about :data:`QUOTE_CHARS` characters that keeps
    the mention, with "…" where it was cut."""
    if end - start > QUOTE_CHARS:
        width = QUOTE_CHARS - 2  # room for the two ellipses
        middle = (mention_start + mention_end) // 2
        left = max(start, min(middle - width // 2, end - width))
        right = min(end, left + width)
        return ("…" if left > start else "") + " ".join(text[left:right].split()) + ("…" if right < end else "")
    return " ".join(text[start:end].split())


class Extractor:
    """Extracts entities from cables with one spaCy pipeline (loaded on first use). Cables in
    capitals are truecased first (``truecase_capitals=False`` turns that off, for comparison).

    Picklable: a copy sent to another process loads its own pipeline there.

    >>> from graphify.parse import parse_cable
    >>> cable = parse_cable(open("seeds/002_8b73f9d076bf4925.txt").read())
    >>> people = {m.name for m in Extractor().extract(cable).mentions if m.kind == "person"}
    >>> sorted(people)
    ['Agybay Smagulov', 'Karzai', 'Marat Tazhin', 'Nazarbayev', 'Tazhin']
    """

    def __init__(self, model: str | None = None, batch_size: int = 64, truecase_capitals: bool = True) -> None:
        self.model = model
        self.batch_size = batch_size
        self.truecase_capitals = truecase_capitals

    @cached_property
    def nlp(self):
        from graphify.nlp import load_pipeline

        return load_pipeline(self.model)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("nlp", None)
        return state

    def settings(self) -> tuple:
        """What decides this extractor's results, besides the rules: model and options."""
        return (self.model, self.truecase_capitals)

    def fingerprint(self) -> str:
        """A digest of everything extraction results depend on (see :mod:`graphify.cache`);
        computed without loading the pipeline."""
        from importlib.metadata import version

        from graphify.cache import extractor_fingerprint
        from graphify.nlp import default_model, model_version

        model = self.model or default_model()
        # Faker's person providers are the table of given names (graphify.names.is_given_name).
        options = f"truecase={self.truecase_capitals};faker={version('faker')}"
        return extractor_fingerprint(model, model_version(model), options)

    def extract(self, cable: Cable) -> Extraction:
        """The entities of one cable."""
        return next(self.extract_many([cable]))

    def extract_many(self, cables: Iterable[Cable]) -> Iterator[Extraction]:
        """The entities of each cable, in order; paragraphs go through ``nlp.pipe`` in batches.
        A cable whose extraction fails (a bug its text sets off) gets an Extraction with the
        ``error`` and no mentions; the others of its batch are extracted again one by one."""
        for batch in _batches(cables, self.batch_size):
            try:
                yield from self._extract_batch(batch)
            except Exception:
                for cable in batch:
                    try:
                        yield from self._extract_batch([cable])
                    except Exception as error:
                        reason = f"{type(error).__name__}: {error}"
                        yield Extraction(cable.cable_id or "", host_country(cable), error=reason)

    def _extract_batch(self, batch: list[Cable]) -> list[Extraction]:
        """The entities of each cable of one batch, all or none (an exception for any)."""
        texts, owners, capitals = [], [], []
        for index, cable in enumerate(batch):
            upper = self.truecase_capitals and is_upper_text(" ".join(p.text for p in cable.paragraphs[:3]))
            capitals.append(upper)
            for paragraph, ner, offset, piece in ner_pieces(cable, truecased=upper):
                texts.append(piece)
                owners.append((index, paragraph, ner, offset))
        found: list[list[Mention]] = [[] for _ in batch]
        for doc, (index, paragraph, ner, offset) in zip(self.nlp.pipe(texts, batch_size=self.batch_size), owners):
            mentions = _mentions(doc, paragraph, ner, offset)
            if batch[index].classified_by_span == (paragraph.start, paragraph.end):
                # The person of the Classified By line is the parser's; its ministries and
                # countries are NER's ("Embassy Tripoli, Department of State").
                mentions = (m for m in mentions if m.kind != "person")
            found[index].extend(mentions)
        return [_finish(cable, mentions, upper) for cable, mentions, upper in zip(batch, found, capitals)]


def ner_pieces(cable: Cable, truecased: bool = False) -> Iterator[tuple[Paragraph, NerText, int, str]]:
    """What NER reads of ``cable``, piece by piece: each paragraph NER runs on (see
    :func:`_ner_paragraphs`), its :class:`NerText`, where the piece starts in that text, and the
    piece (truecased when ``truecased``; long paragraphs come in pieces, see
    :func:`text_chunks`)."""
    for paragraph in _ner_paragraphs(cable):
        ner = ner_text(paragraph.text)
        text = truecase(ner.text) if truecased else ner.text
        for start, end in text_chunks(text):
            yield paragraph, ner, start, text[start:end]


def _ner_paragraphs(cable: Cable) -> tuple[Paragraph, ...]:
    """What NER reads of a cable: the Classified By line of the header (as a paragraph without
    a number) and the body paragraphs."""
    if cable.classified_by_span is None:
        return cable.paragraphs
    start, end = cable.classified_by_span
    line = Paragraph(number=None, marking=None, text=cable.text[start:end], start=start, end=end)
    return (line,) + cable.paragraphs


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def text_chunks(text: str, limit: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text`` of at most ``limit`` characters, cut
    after a paragraph break or a sentence's full stop where there is one, else after a space.

    >>> list(text_chunks("One. Two. Three.", limit=10))
    [(0, 10), (10, 16)]
    """
    limit = limit or NER_CHUNK_CHARS
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = max(text.rfind("\n\n", start, window_end), text.rfind(". ", start, window_end)) + 2
        if cut <= start + 2:
            cut = text.rfind(" ", start, window_end) + 1
        if cut <= start + 1:
            cut = window_end
        yield start, cut
        start = cut
    yield start, len(text)


def _mentions(doc, paragraph, ner: NerText, offset: int) -> Iterator[Mention]:
    """The mentions in one NER doc, a piece of ``ner.text`` that starts at ``offset``."""
    sentences = list(doc.sents)
    sentence_starts = [s.start_char for s in sentences]
    for entity in doc._.cable_entities:
        at = bisect_right(sentence_starts, entity.start) - 1
        sentence = sentences[at] if at >= 0 and entity.start < sentences[at].end_char else None
        start, end = ner.span(offset + entity.start, offset + entity.end)
        yield Mention(
            kind=entity.kind,
            name=entity.name,
            text=paragraph.text[start:end],
            start=paragraph.start + start,
            end=paragraph.start + end,
            paragraph=paragraph.number,
            quote=_quote(
                ner.text,
                offset + (sentence.start_char if sentence else entity.start),
                offset + (sentence.end_char if sentence else entity.end),
                offset + entity.start,
                offset + entity.end,
            ),
            title=entity.title,
            ministry=entity.ministry,
            ministry_country=entity.ministry_country,
            country=entity.country,
            department=entity.department,
            listed=entity.listed,
        )


# An acronym in brackets, after the words it stands for: "Minister of the Environment (MOE)".
BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
WORD = re.compile(r"[^\W\d_]+")
# Words an acronym may skip or take a letter from: "Ministry of Foreign Affairs (MFA, MOFA)".
ACRONYM_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "del", "la", "y"})

# What stands between a name and another name of the same person: "Truong Van Cam (a.k.a. Nam Cam)",
# "Diego Murillo (alias "Don Berna")".
ALSO_KNOWN_AS = re.compile(r"\s*\(\s*(?:a\.\s?k\.\s?a\.?|aka|alias)[ \t\n]+[\"\u201c]?", re.IGNORECASE)

# "GOAJ", "GOK", "GOF", "GoG": the government of the country the cable is about.
GOVERNMENT_OF = re.compile(r"\bG[Oo]([A-Z]{1,3})\b")


def _finish(cable: Cable, mentions: list[Mention], truecased: bool = False) -> Extraction:
    """Cable-level rules: a ministry no word qualifies is of the country its name was last
    qualified with in the cable ("the Israeli MFA" ... "the MFA"), else of the host country (an
    NSC in a cable sent to the NSC is the US one); a title's ministry is of the person's
    country, else likewise; a surname seen in a full name elsewhere in the cable is that person
    wherever else it stands; "GO" + the host country's letters names the host country. A single
    untitled word is a person only when the cable also names that person in full or with a
    title, when the word is nearly always a name in the corpus, when it stands in a list of
    names ("Mbeki, Obasanjo, Bongo"), or when it speaks ("Ratsiraka said"). Words the NER
    takes for a name now and then, or that the corpus hardly knows, are most often places and
    things ("Tachileik", "Kashagan", "Erieye"). In a truecased cable the corpus share must be
    higher and speaking does not count ("SADDAM"; truecasing capitalises unknown words:
    "CHEMICAL BURNS"). A name the cable also writes before "party" or "prison" is no person
    anywhere in it ("the Orinats Yerkir party")."""
    host = host_country(cable)
    nsc_country = "US" if _routed_to_the_nsc(cable) else host
    mentions = _also_known_as(cable, _with_full_ministry_names(_as_the_cable_defines(cable, mentions)))
    not_there = _not_ministries_there().get(host or "", frozenset())
    mentions = [m for m in mentions if not (m.kind == "ministry" and _as_the_data_names(m) and m.text in not_there)]
    if host in read_lines("department_countries.txt"):
        mentions = [_host_department(cable, mention, host) for mention in mentions]
    confirmed = {m.name.split()[-1].lower() for m in mentions if m.kind == "person" and (" " in m.name or m.title)}
    finished: list[Mention] = []
    qualified: dict[str, str] = {}  # the country a ministry's name was last qualified with
    for mention in mentions:
        if mention.kind == "person" and GOVERNMENT_OF.search(cable.text[mention.start : mention.end]):
            continue  # "C. GOB" in capitals: the government of Bahrain, not a person
        if (
            mention.kind == "person"
            and " " not in mention.name
            and not mention.title
            and not mention.listed
            and not mention.same_as
            and mention.name.lower() not in confirmed
            and not is_name_word(mention.name, TRUECASED_NAME_SHARE if truecased else NAME_WORD_SHARE)
            and (truecased or not (_speaks(cable.text, mention.end) or _after_first_name(cable.text, mention.name)))
        ):
            continue
        if mention.kind == "ministry" and mention.country is None:
            default = nsc_country if mention.name == "National Security Council" else host
            mention = replace(mention, country=qualified.get(mention.name, default))
        elif mention.kind == "ministry":
            qualified[mention.name] = mention.country
        if mention.kind == "person" and mention.ministry and mention.ministry_country is None:
            mention = replace(mention, ministry_country=mention.country or qualified.get(mention.ministry, host))
        finished.append(mention)
    addresses = _addresses(cable)
    finished = [m for m in finished if not (m.kind == "person" and any(s <= m.start < e for s, e in addresses))]
    bodies = _names_of_bodies(cable, {m.name for m in finished if m.kind == "person" and not m.title})
    finished = [m for m in finished if not (m.kind == "person" and not m.title and m.name in bodies)]
    surname_mentions = _surname_mentions(cable, finished)
    found_at = {(m.start, m.end) for m in surname_mentions}
    finished = [m for m in finished if not (m.kind == "country" and (m.start, m.end) in found_at)]
    finished += surname_mentions
    finished += _government_mentions(cable, host, finished)
    finished += _host_ministry_mentions(cable, host, finished)
    finished.sort(key=lambda m: (m.start, m.end, m.kind))
    return Extraction(cable_id=cable.cable_id or "", host_country=host, mentions=tuple(finished))


def _also_known_as(cable: Cable, mentions: list[Mention]) -> list[Mention]:
    """A person named in brackets after "a.k.a.", "aka" or "alias" right after another person's
    name is that person by another name: "Truong Van Cam (a.k.a. Nam Cam)" is one person, whose
    name is the first one."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    same_as = {
        id(alias): named.same_as or named.name
        for named, alias in zip(people, people[1:])
        if ALSO_KNOWN_AS.fullmatch(cable.text, named.end, alias.start)
    }
    return [replace(m, same_as=same_as[id(m)]) if id(m) in same_as else m for m in mentions]


def _names_of_bodies(cable: Cable, names: set[str]) -> set[str]:
    """The names that the cable also writes right before a word that makes them a party's or a
    prison's name (``body_after_name`` in name_cues.tsv), wherever else they stand: "Orinats
    Yerkir (Country of Law)" and "the Orinats Yerkir party"."""
    words = "|".join(name_cues("body_after_name"))
    return {
        name for name in names
        if re.search(rf"\b{re.escape(name)}\s+(?:{words})\b", cable.text, flags=re.IGNORECASE)
    }


def _as_the_cable_defines(cable: Cable, mentions: list[Mention]) -> list[Mention]:
    """Ministries named by an acronym, read as the cable defines it. An acronym in brackets right
    after a ministry whose words spell it is that ministry ("Taiwan Ministry of National Defense
    (MND)"), unless a country is named with it ("Djibouti's MFA" in a cable that defines the MFA
    of China); one after other words that spell it is no ministry in this cable, whatever the data
    says it stands for ("Minister of the Environment (MOE)" is not the Ministry of Education,
    "Informal Commercial Exchange (ICE)" not the immigration service), nor is one after a name
    whose title spells it ("Minister of Defense Federico Breve Travieso (MOD)"). One after another
    name is the person's ministry ("Assistant Deputy Ministers Jim Wright (DFAIT)").
    Without brackets, an acronym is the one body the cable names in full whose words spell it, if
    that is another than the data's: "the USDA" in a cable from Rangoon that names the "Union
    Solidarity Development Agency" is not the US Department of Agriculture."""
    defined: dict[str, Mention | None] = {}
    for paragraph in cable.paragraphs:
        for match in BRACKETED_ACRONYM.finditer(paragraph.text):
            acronym, at = match.group(1), paragraph.start + match.start()
            before = next(
                (m for m in mentions if m.end <= at and not cable.text[m.end : at].strip(" \n'’s")),
                None,
            )
            clause = re.split(r"[.;:()\"]", cable.text[max(paragraph.start, at - 150) : at])[-1]
            if before is not None and before.kind == "ministry" and _spells(WORD.findall(before.text), acronym):
                defined.setdefault(acronym, before)
            elif _spells(WORD.findall(clause), acronym) or (
                before is not None and before.kind == "person" and _spells(WORD.findall(before.title or ""), acronym)
            ):
                defined.setdefault(acronym, None)
    spelled = _spelled_elsewhere(mentions)
    otherwise = _spelled_otherwise(cable, mentions)
    if not (defined or spelled or otherwise):
        return mentions
    kept = []
    for mention in mentions:
        if mention.kind == "ministry" and mention.text in otherwise and mention.text not in spelled:
            continue
        if mention.kind == "ministry" and mention.text in defined:
            definition = defined[mention.text]
            if definition is None:
                continue
            mention = replace(mention, name=definition.name, country=mention.country or definition.country)
        elif mention.kind == "ministry" and mention.text in spelled:
            mention = replace(mention, name=spelled[mention.text].name, country=spelled[mention.text].country)
        kept.append(mention)
    return kept


def _spelled_elsewhere(mentions: list[Mention]) -> dict[str, Mention]:
    """Acronyms of ministries mapped to the one ministry of another name, written out in the
    cable, whose words spell them."""
    written_out = [m for m in mentions if m.kind == "ministry" and not m.text.isupper()]
    acronyms = {
        m.text: m.name
        for m in mentions
        if m.kind == "ministry" and m.text.isupper() and m.text.isalpha() and len(m.text) >= 3
    }
    found: dict[str, Mention] = {}
    for acronym, name in acronyms.items():
        spelling = [m for m in written_out if _spells(WORD.findall(m.text), acronym)]
        if len({m.name for m in spelling}) == 1 and spelling[0].name != name:
            found[acronym] = spelling[0]
    return found


# Capitalised words, with the small words acronyms skip between them: "National Reconciliation Commission".
CAPITALISED_RUN = re.compile(
    rf"\b[A-Z][a-z][\w'-]*(?:\s+(?:(?:{'|'.join(sorted(ACRONYM_SMALL_WORDS))})\s+)*[A-Z][a-z][\w'-]*)+"
)


def _spelled_otherwise(cable: Cable, mentions: list[Mention]) -> set[str]:
    """Acronyms the data gives to one country's body that the cable spells out with other words:
    "the NRC" in a cable from Accra that names the "National Reconciliation Commission" is not the
    US Nuclear Regulatory Commission.

    >>> from graphify import parse_cable
    >>> cable = parse_cable("1. The National Reconciliation Commission ended. The NRC's report is due.")
    >>> start = cable.text.index("NRC")
    >>> nrc = Mention("ministry", "Nuclear Regulatory Commission", "NRC", start, start + 3, 1, "", country="US")
    >>> _spelled_otherwise(cable, [nrc])
    {'NRC'}
    """
    phrases = ministry_by_phrase()
    acronyms = {
        m.text: phrases[m.text.lower()]
        for m in mentions
        if m.kind == "ministry" and m.text.isupper() and m.text.isalpha() and len(m.text) >= 3
        and phrases.get(m.text.lower(), ("", ""))[1]
    }
    if not acronyms:
        return set()
    runs = [WORD.findall(run.group(0)) for run in CAPITALISED_RUN.finditer(cable.text)]
    found = set()
    for acronym, body in acronyms.items():
        body_words = {word for phrase, named in phrases.items() if named == body for word in WORD.findall(phrase)}
        body_words |= set(WORD.findall(body[0].lower()))
        for words in runs:
            starts = (start for start in reversed(range(len(words))) if _spells(words[start:], acronym))
            spelling = next((words[start:] for start in starts), None)
            content = {w.lower() for w in spelling or ()} - ACRONYM_SMALL_WORDS
            if len(content) >= len(acronym) and 2 * len(content & body_words) < len(content):
                # a word a letter, most unlike the body's: not "Drug Enforcement Agency" nor
                # "Deputy Ambassador" for the DEA
                found.add(acronym)
                break
    return found


# What before a department names it American: "the U.S. Department of Justice".
US_QUALIFIER = re.compile(r"(?:\bU\.\s?S\.|\bUS|\bUSG|\bAmerican|\bUnited States)(?:['\u2019]s)?\s+(?:the\s+)?$")


def _host_department(cable: Cable, mention: Mention, host: str) -> Mention:
    """A department the data places in the United States, written out ("Department of
    Justice"), is the host country's ministry of the same name in a cable from a country whose
    ministries are departments (``data/department_countries.txt``), unless "U.S." or the like
    comes before it, or no other country's ministry has that name ("Department of Homeland
    Security").

    >>> from graphify import parse_cable
    >>> cable = parse_cable("1. The Department of Justice and the Central Bank agree.")
    >>> start = cable.text.index("Department")
    >>> doj = Mention("ministry", "Department of Justice", "Department of Justice", start, start + 21, 1, "", country="US")
    >>> _host_department(cable, doj, "IE").name, _host_department(cable, doj, "IE").country
    ('Ministry of Justice', 'IE')
    """
    if mention.kind != "ministry" or mention.country != "US" or not mention.text.startswith("Department of "):
        return mention
    if US_QUALIFIER.search(cable.text[max(0, mention.start - 30) : mention.start]):
        return mention
    known = ministry_by_phrase().get(f"ministry of {' '.join(mention.text.split()[2:])}".lower())
    if known is None or known[1]:
        return mention  # no ministry other countries have: "Department of Homeland Security"
    return replace(mention, name=known[0], country=host)


def _with_full_ministry_names(mentions: list[Mention]) -> list[Mention]:
    """A ministry named in full elsewhere in the cable, also where its name is cut short ("the
    Ministry of Labor" in a cable that names the Ministry of Labor and Vocational Training)."""
    named = {(m.name, m.country) for m in mentions if m.kind == "ministry"}
    full_name = {}
    for short, country in named:
        longer = [name for name, same in named if same == country and name.startswith((f"{short} and ", f"{short}, "))]
        if longer:
            full_name[short, country] = min(longer)
    return [
        replace(m, name=full_name[m.name, m.country]) if m.kind == "ministry" and (m.name, m.country) in full_name else m
        for m in mentions
    ]


def _spells(words: list[str], acronym: str) -> bool:
    """True when the last of ``words`` give the letters of ``acronym``, one a word (or the first
    two of a word's), small words ("of", "the") with or without theirs.

    >>> _spells(["Department", "of", "Foreign", "Affairs", "and", "International", "Trade"], "DFAIT")
    True
    >>> _spells(["the", "Minister", "of", "the", "Environment"], "MOE"), _spells(["Vera", "Machado"], "MRE")
    (True, False)
    >>> _spells(["Doctors", "in", "Catastrophe"], "DOC")
    True
    """
    letters = acronym.upper()

    def spell(i: int, j: int) -> bool:  # words[i:] give letters[j:]
        if j == len(letters) or i == len(words):
            return j == len(letters) and i == len(words)
        takes = words[i][0].upper() == letters[j] and spell(i + 1, j + 1)
        takes = takes or (words[i][:2].upper() == letters[j : j + 2] and len(words[i]) > 2 and spell(i + 1, j + 2))
        return takes or (words[i].lower() in ACRONYM_SMALL_WORDS and spell(i + 1, j))

    return any(words[start][0].isupper() and spell(start, 0) for start in range(len(words)))


# The label of the next field of a form: "Last record change:", "Shipped from Rangoon:".
FORM_LABEL = re.compile(r"\s[A-Z][a-z]+(?: [A-Za-z]+){0,3}:")


@cache
def _address_label() -> re.Pattern:
    """The label of a form's address field: "Address:" (name_cues address_labels)."""
    return re.compile(r"\b(?:" + "|".join(sorted(name_cues("address_labels"))) + r")\s*:", re.I)


def _addresses(cable: Cable) -> list[tuple[int, int]]:
    """Where the cable gives an address in a form, from its label to the next label, a blank
    line or the end of the third line: "Address: Igualdad Porlamar Apto. 2 / Porlamar, Isla
    Margarita, Nueva Esparta / Last record change: ..." names places, not people."""
    spans = []
    for paragraph in cable.paragraphs:
        for match in _address_label().finditer(paragraph.text):
            rest = paragraph.text[match.end() :]
            ends = [len(rest), *(m.start() for m in (re.search(r"\n\s*\n", rest), FORM_LABEL.search(rest)) if m)]
            third_line = [i for i, ch in enumerate(rest) if ch == "\n"][2:3]
            end = min(ends + third_line)
            spans.append((paragraph.start + match.end(), paragraph.start + match.end() + end))
    return spans


def _routed_to_the_nsc(cable: Cable) -> bool:
    """True when the header sends the cable to the White House's National Security Council
    ("INFO NSC WASHDC", "NSC FOR KIFAYAT"): an "NSC" its body does not qualify is then that one."""
    body_start = cable.paragraphs[0].start if cable.paragraphs else len(cable.text)
    return re.search(r"\bNSC\b", cable.text[:body_start]) is not None


def _speaks(text: str, end: int) -> bool:
    """True when the word after ``end`` is a verb of speech: "Cepeda said", "Murr noted", also
    after another name: "Bueso and Paiz said"."""
    match = re.match(r"\s*(?:and\s+[A-Z][\w'’-]+\s+)?([^\W\d_]+)", text[end : end + 60])
    return match is not None and match.group(1).lower() in name_cues("speech_verbs")


def _after_first_name(text: str, word: str) -> bool:
    """True when the cable writes ``word`` after a capitalised word that can be a first name
    (no common word, title, country or organisation's word): "Kanat Bozumbayev" where the NER
    found "Bozumbayev" alone, not "Bank Mellat"."""
    organisation_words = name_cues("organization") | name_cues("named_after")
    for match in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", text):
        first = match.group(1)
        if not (
            is_common_word(first)
            or is_title_word(first)
            or first in country_forms()
            or first.lower() in organisation_words
        ):
            return True
    return False


def _sentence_around(text: str, start: int, end: int, lower: int, upper: int) -> str:
    left = max(text.rfind(". ", lower, start), text.rfind("\n\n", lower, start))
    left = lower if left < 0 else left + 1
    right_candidates = [i for i in (text.find(". ", end, upper), text.find("\n\n", end, upper)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else upper
    return _quote(text, left, right, start, end)


def _surname_mentions(cable: Cable, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a person by surname alone that the NER did not tag (or tagged as something
    else): the surname of a person named in full (or with a title) elsewhere in the cable, or the
    first of two surnames joined by a particle, unless it is a common word ("Nguyen Nhu The" does
    not make every "The" a person)."""
    surnames = {}
    for m in mentions:
        if m.kind == "person" and (" " in m.name or m.title):
            words = m.name.split()
            # the last word, and a first surname before a particle: "Alma Montenegro de Fletcher"
            # is "Montenegro" too
            before_particles = [w for w, after in zip(words[1:-1], words[2:]) if after in name_cues("name_particles")]
            for surname in [words[-1], *before_particles]:
                if len(surname) > 2 and surname[:1].isupper() and not is_common_word(surname):
                    surnames[surname.lower()] = surname
    if not surnames:
        return []
    # A country's name that is a person's surname in this cable is that person ("Arturo
    # Montenegro" ... "Montenegro responded").
    taken = [(m.start, m.end) for m in mentions if not (m.kind == "country" and m.text.lower() in surnames)]
    extra = []
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(surnames.values(), key=len, reverse=True)) + r")\b", re.I)
    for paragraph in cable.paragraphs:
        upper = paragraph.text.isupper()
        for match in pattern.finditer(paragraph.text):
            written = match.group(1)
            if not upper and not written[:1].isupper():
                continue
            start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
            if any(s <= start < e or s < end <= e for s, e in taken):
                continue
            extra.append(
                Mention(
                    kind="person",
                    name=surnames[written.lower()] if upper else written,
                    text=written,
                    start=start,
                    end=end,
                    paragraph=paragraph.number,
                    quote=_sentence_around(cable.text, start, end, paragraph.start, paragraph.end),
                )
            )
            taken.append((start, end))
    return extra


# The name host_ministries.tsv gives a form that names no ministry in that country's cables.
NO_MINISTRY = "-"


@cache
def _host_ministry_forms() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """For each country, the ministries its posts' cables name by a short form, each as a pattern
    of its forms and its name (``data/host_ministries.tsv``)."""
    forms: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for country, name, written in read_table("host_ministries.tsv"):
        if name == NO_MINISTRY:
            continue
        alternatives = "|".join(r"\s+".join(map(re.escape, form.split())) for form in written.split("|"))
        forms.setdefault(country, []).append((re.compile(rf"\b(?:{alternatives})\b"), name))
    return forms


@cache
def _not_ministries_there() -> dict[str, frozenset[str]]:
    """For each country, the forms that name no ministry in its posts' cables ("USDA" in a cable
    from Rangoon), whatever the data says they name elsewhere (``data/host_ministries.tsv``)."""
    forms: dict[str, set[str]] = {}
    for country, name, written in read_table("host_ministries.tsv"):
        if name == NO_MINISTRY:
            forms.setdefault(country, set()).update(written.split("|"))
    return {country: frozenset(written) for country, written in forms.items()}


def _as_the_data_names(mention: Mention) -> bool:
    """Whether a ministry is named as the data names its form, not as the cable defines it."""
    return ministry_by_phrase().get(mention.text.lower(), ("",))[0] == mention.name


# Words around a short form that make it part of a title or of another name.
HOST_FORM_BEFORE = re.compile(
    r"(?:\b(?:Minister|Ministers|Ministry|Secretary|Secretariat|Department|Committee|Commission|Council)\s+(?:of|for|on)"
    r"|['\u2019]s)\s+(?:the\s+)?$"
)
HOST_FORM_AFTER = re.compile(r"\s+(?:Committee|Council|Minister|Ministers|Ministry|Secretary)\b")


def _host_ministry_mentions(cable: Cable, host: str | None, mentions: list[Mention]) -> list[Mention]:
    """Ministries a cable from the host country's posts names by a short form: "Foreign Affairs
    Director General Jill Sinclair" in a cable from Ottawa. Not "Minister of Foreign Affairs" nor
    "Parliament's Foreign Affairs Committee".

    >>> from graphify import parse_cable
    >>> cable = parse_cable("1. Foreign Affairs and the Minister of Foreign Affairs agree.")
    >>> [(m.text, m.name, m.country) for m in _host_ministry_mentions(cable, "CA", [])]
    [('Foreign Affairs', 'Ministry of Foreign Affairs', 'CA')]
    """
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for (pattern, name), paragraph in product(_host_ministry_forms().get(host or "", []), cable.paragraphs):
        for match in pattern.finditer(paragraph.text):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if HOST_FORM_BEFORE.search(paragraph.text[: match.start()]) or HOST_FORM_AFTER.match(paragraph.text, match.end()):
                continue
            extra.append(_matched_mention(cable, paragraph, match, "ministry", name, country=host))
    return extra


def _government_mentions(cable: Cable, host: str | None, mentions: list[Mention]) -> list[Mention]:
    """"GOAJ" in a cable from Baku, "GOK" from Astana: the host country's government."""
    if host is None:
        return []
    country = countries_by_iso().get(host)
    if country is None:
        return []
    letters = {country.fips or "", country.iso, country.name[:1].upper()}
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for paragraph in cable.paragraphs:
        for match in GOVERNMENT_OF.finditer(paragraph.text):
            if match.group(1) not in letters:
                continue
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if any(s <= start < e for s, e in taken):
                continue
            extra.append(_matched_mention(cable, paragraph, match, "country", host))
    return extra


def _matched_mention(
    cable: Cable, paragraph: Paragraph, match: re.Match[str], kind: str, name: str, country: str | None = None
) -> Mention:
    """The mention a pattern matched in a paragraph's text."""
    start, end = paragraph.start + match.start(), paragraph.start + match.end()
    return Mention(
        kind=kind,
        name=name,
        text=match.group(0),
        start=start,
        end=end,
        paragraph=paragraph.number,
        quote=_sentence_around(cable.text, start, end, paragraph.start, paragraph.end),
        country=country,
    )
