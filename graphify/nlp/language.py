"""Passages in another language than English: a letter quoted in German, a headline in French.
The English NER takes their capitalised nouns for names ("Ein Mann", "Teil von Accra"), so no
person is taken from them. Told apart by spaCy's stop words of each language, without the
particles of names ("bin", "de", "von"): English ones where they are written in lower case, the
others' also where capitalised (truecasing leaves the words it does not know capitalised).
"""

from __future__ import annotations

import importlib
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

from graphify.names import name_cues

# The other languages looked for (spaCy language codes).
OTHER_LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")
# A sentence is in another language when it has at least this many of that language's own stop
# words, and more than twice as many as English ones.
OTHER_LANGUAGE_STOP_WORDS = 3


@cache
def _stop_words_of_other_languages() -> dict[str, frozenset[str]]:
    """Per language, its stop words that are neither English stop words nor name particles."""
    kept_out = ENGLISH_STOP_WORDS | name_cues("name_particles")
    return {
        code: frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS) - kept_out
        for code in OTHER_LANGUAGES
    }


def _stop_word_counts(words: list[str]) -> tuple[int, int]:
    """How many distinct English stop words ``words`` has, and how many of the other language
    they have most of: English ones in lower case only, the others' also capitalised (a
    truecased cable keeps the words it does not know capitalised: "DAS ist Aber Nicht Leicht")."""
    lower = {word for word in words if word.islower() and len(word) > 1}
    either = lower | {word.lower() for word in words if word.istitle() and len(word) > 1}
    other = max(len(either & stop_words) for stop_words in _stop_words_of_other_languages().values())
    return len(lower & ENGLISH_STOP_WORDS), other


def is_other_language(words: list[str]) -> bool:
    """True for the words of a passage in another language than English.

    >>> is_other_language("Das ist aber nicht leicht und noch nicht klar .".split())
    True
    >>> is_other_language("That is not easy and not yet clear , said Ali bin Said .".split())
    False
    >>> is_other_language("Yusuf bin Alawi bin Abdullah , de la Vega".split())
    False
    """
    english, other = _stop_word_counts(words)
    return other >= OTHER_LANGUAGE_STOP_WORDS and other > 2 * english


def other_language_sentences(sentences: list[list[str]]) -> list[bool]:
    """For each sentence (its words), whether it is in another language than English, judged
    with the sentences before and after it: short sentences of a quoted letter have too few
    stop words of their own ("Befehle kommen von Tripoli."); one with fewer than
    ``OTHER_LANGUAGE_STOP_WORDS`` of any language next to a passage in another language is of
    that passage ("Sehr geehrte Damen und Herren,").

    >>> other_language_sentences([s.split() for s in (
    ...     "Below is the text of the letter :", "Sehr geehrte Damen und Herren ,",
    ...     "Das ist aber nicht leicht und noch nicht klar .", "Befehle kommen von Tripoli .",
    ...     "Wohnen aber als Businessmen in Ghana .")])
    [False, True, True, True, True]
    """
    other = [
        is_other_language([word for sentence in sentences[max(i - 1, 0) : i + 2] for word in sentence])
        for i in range(len(sentences))
    ]
    weak = [max(_stop_word_counts(sentence)) < OTHER_LANGUAGE_STOP_WORDS for sentence in sentences]
    return [
        other[i] or (weak[i] and any(other[j] for j in (i - 1, i + 1) if 0 <= j < len(other)))
        for i in range(len(sentences))
    ]
