"""Names of people: natural case for upper-case names, and titles split from names
(``AMBASSADOR JOHN ORDWAY`` -> ``John Ordway``, title ``Ambassador``). Title words are in
``data/titles.txt``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from functools import cache

from nameparser import HumanName

from graphify.data import data_rows, read_lines, read_table
from graphify.model import Person


@cache
def _name_cue_table() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(word.lower() for word in row[1].split()) for row in read_table("name_cues.tsv")}


def name_cues(name: str) -> frozenset[str]:
    """One word list of ``data/name_cues.tsv``, in lower case.

    >>> sorted(name_cues("name_particles"))[:3]
    ['abu', 'adh', 'al']
    """
    return _name_cue_table()[name]


@cache
def _name_word_table() -> dict[str, tuple[int, int]]:
    return {word: (int(named), int(seen)) for word, named, seen in data_rows("name_words.tsv.gz")}


def name_word_counts(word: str) -> tuple[int, int]:
    """In how many cables of the corpus spaCy's NER took ``word`` for part of a person's name,
    and in how many the word appears (``data/name_words.tsv.gz``; (0, 0) for a word the table
    leaves out: taken for a name in fewer than two cables and seen in fewer than twenty).

    >>> named, seen = name_word_counts("Arafat")
    >>> named / seen > 0.9
    True
    >>> named, seen = name_word_counts("Forum")
    >>> named / seen < 0.1
    True
    """
    return _name_word_table().get(word, (0, 0))


# A word that the NER took for part of a name in most cables of the corpus where it appears
# (``data/name_words.tsv.gz``) is a name where the NER misses it ("Mobutu's power base"); one that
# it took for a name in few of many cables is no name on its own ("Forum", "Black").
NAME_WORD_SHARE, NAME_WORD_CABLES = 0.8, 5
NOT_NAME_SHARE, NOT_NAME_CABLES = 0.2, 20


def is_name_word(word: str, share: float = NAME_WORD_SHARE, cables: int = NAME_WORD_CABLES) -> bool:
    """True for a word the NER takes for part of a name in most cables where it appears (at
    least ``share`` of them, and at least ``cables`` cables).

    >>> is_name_word("Mobutu"), is_name_word("Forum"), is_name_word("Mobutu", share=0.99)
    (True, False, False)
    """
    named, seen = name_word_counts(word)
    return named >= cables and named >= share * seen


def is_rarely_a_name(word: str, share: float = NOT_NAME_SHARE, cables: int = NOT_NAME_CABLES) -> bool:
    """True for a word seen in at least ``cables`` cables that the NER takes for a name in
    under ``share`` of them.

    >>> is_rarely_a_name("Forum"), is_rarely_a_name("Mobutu")
    (True, False)
    """
    named, seen = name_word_counts(word)
    return seen >= cables and named < share * seen


@cache
def _given_name_table() -> frozenset[str]:
    """The given names of every locale of Faker's person providers (imported on first use)."""
    from faker.providers import person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attribute, None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(value)
    plain = ("".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in names)
    return frozenset(n for n in plain if n.isascii() and n.isalpha() and n[:1].isupper())


@cache
def _language_names() -> frozenset[str]:
    """The English names of languages (ISO 639) of Faker's English person provider, in lower case."""
    from faker.providers.person.en import Provider

    return frozenset(name.lower() for name in Provider.language_names)


def is_language_name(word: str) -> bool:
    """True for the English name of a language (ISO 639, from Faker), in any case.

    >>> is_language_name("French"), is_language_name("ARABIC"), is_language_name("Bosnia")
    (True, True, False)
    """
    return word.lower() in _language_names()


def is_given_name(word: str) -> bool:
    """True for a given name of one of the locales of Faker's person providers, in Latin letters
    (accents dropped).

    >>> is_given_name("Murat"), is_given_name("Grant"), is_given_name("Ministry")
    (True, True, False)
    """
    return word in _given_name_table()


@cache
def _title_words() -> frozenset[str]:
    return frozenset(_title_key(word) for word in read_lines("titles.txt"))


def _title_key(word: str) -> str:
    return re.sub(r"[.'\u2019]", "", word.upper()).strip(",:")


def is_title_word(word: str) -> bool:
    """True for a word of a person's title (``data/titles.txt``).

    >>> is_title_word("Ambassador"), is_title_word("Kanat")
    (True, False)
    """
    return _title_key(word) in _title_words()


# A word of a name: letters (accented too), dots, apostrophes and hyphens.
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'\u2019\-])*")


def split_title(text: str) -> Person | None:
    """Split "title name" (or "name, title") into a Person, name in natural case.

    >>> split_title("AMBASSADOR JOHN ORDWAY")
    Person(name='John Ordway', title='Ambassador')
    >>> split_title("Charge d' affaires, a. i. Pamela Spratlen")
    Person(name='Pamela Spratlen', title="Charge d'affaires, a.i.")
    >>> split_title("LAUREN MORIARTY, DEPUTY DIRECTOR, AIT/T")
    Person(name='Lauren Moriarty', title='Deputy Director, AIT/T')
    >>> split_title("xxxxx") is None
    True
    >>> split_title("DCM José León")
    Person(name='José León', title='DCM')
    >>> split_title("AMB. CHARLES A.SHAPIRO")
    Person(name='Charles A. Shapiro', title='AMB.')
    >>> split_title("Alan Eyer, Director, Iran Regional Presence Office, DOS")
    Person(name='Alan Eyer', title='Director, Iran Regional Presence Office, DOS')
    >>> split_title("Gene Cretz, Ambassador, U.S. Embassy Tripoli")
    Person(name='Gene Cretz', title='Ambassador, U.S. Embassy Tripoli')
    >>> split_title("EUR/PRA Dir. Anita Friedt")
    Person(name='Anita Friedt', title='EUR/PRA Dir.')
    >>> split_title("USEU External Affairs Officer Andrew Erickson")
    Person(name='Andrew Erickson', title='USEU External Affairs Officer')
    >>> split_title("PolCouns MSanderson")
    Person(name='M. Sanderson', title='PolCouns')
    """
    text = re.sub(r"\bd['\u2019,][ \t]*affaires\b", "d'affaires", text, flags=re.I)
    text = re.sub(r"\b([A-Z]\.)(?=[A-Z][a-z]|[A-Z]{2,})", r"\1 ", text)  # "CHARLES A.SHAPIRO"
    text = re.sub(r"\b([A-Z])(?=[A-Z][a-z]{2,}\b)", r"\1. ", text)  # an initial glued to the surname: "RBlau"
    text = re.sub(r"\ba\.[ \t]*i\.", "a.i.", text, flags=re.I)
    text = " ".join(text.replace(",", " , ").split())
    words = text.split(" ")
    titles = _title_words()
    # Candidate names: runs of words that are not title words (commas end a run); a run with or
    # before an organisation's word is that organisation's name ("U.S. Embassy Tripoli", "Iran
    # Regional Presence Office").
    runs: list[list[int]] = [[]]
    for i, word in enumerate(words):
        if word == "," or _title_key(word) in titles or "/" in word or re.fullmatch(r"[Xx]{3,}", word):
            runs.append([])
        else:
            runs[-1].append(i)
    organization = name_cues("organization")
    runs = [
        r for r in runs
        if r and not any(words[i].lower().strip(".") in organization for i in r + [r[-1] + 1] if i < len(words))
    ]
    if not runs:
        return None
    # The name is the longest run made of name-like words (of equals, the first that starts with
    # a given name, else the first): a title word we do not know ("TDY Poloff Richard Bell")
    # stays a run of one; "USEU External Affairs Officer Andrew Erickson" is Andrew Erickson.
    named = [r for r in runs if all(NAME_WORD.fullmatch(words[i]) for i in r)]
    if not named:
        return None
    name_run = max(named, key=lambda r: (len(r), is_given_name(natural_case(words[r[0]]))))
    name_words = [words[i] for i in name_run]
    title_words = [w for i, w in enumerate(words) if i not in name_run]
    title = " ".join(title_words).strip(" ,").replace(" ,", ",") or None
    return Person(name=natural_case(" ".join(name_words)), title=title_case(title) if title else None)


def title_case(title: str) -> str:
    """A title in upper case put in title case, acronyms (``DCM``, ``AIT/T``) kept.

    >>> title_case("POLITICAL MINISTER-COUNSELOR"), title_case("DEPUTY DIRECTOR, AIT/T")
    ('Political Minister-Counselor', 'Deputy Director, AIT/T')
    """
    if title != title.upper():
        return title
    words = []
    for word in title.split(" "):
        bare = word.strip(",.")
        if "/" in bare or (len(bare) <= 3 and bare.isalpha() and bare not in ("FOR", "THE", "AND")):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _natural_word(word: str) -> str:
    if word.isupper() and len(word) > 2 and word.isalpha():
        return word.capitalize()
    if word.islower() and len(word) > 2 and word not in name_cues("name_particles"):
        return word.capitalize()
    return word


def natural_case(name: str) -> str:
    """Names in upper case put in natural case; in mixed-case names, words in capitals
    (``ROB Garverick``) and in lower case (``Mitch benedict``, not a particle: ``Maria del
    Carmen``) are capitalized.

    >>> natural_case("JOHN ORDWAY"), natural_case("Richard E. Hoagland"), natural_case("HOAGLAND")
    ('John Ordway', 'Richard E. Hoagland', 'Hoagland')
    >>> natural_case("ROB Garverick"), natural_case("Mitch benedict"), natural_case("Walter N.S. Pflaumer")
    ('Rob Garverick', 'Mitch Benedict', 'Walter N.S. Pflaumer')
    >>> natural_case("Maria del Carmen Acena")
    'Maria del Carmen Acena'
    """
    if name != name.upper():
        return " ".join(_natural_word(word) for word in name.split(" "))
    human = HumanName(name)
    human.capitalize(force=True)
    cased = str(human) or name.title()
    if " ".join(cased.split()).lower() != " ".join(name.split()).lower():
        cased = name.title()
    return cased
