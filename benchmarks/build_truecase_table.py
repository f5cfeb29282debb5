"""Build graphify/data/truecase.tsv.gz, the word casings used by graphify.nlp.truecase.

Run once, from the repository root, with the shared corpus beside it:

    python benchmarks/build_truecase_table.py

(options: ``--corpus DIR ...`` for other inputs, ``--min-count N``, ``--out PATH``,
``--dictionary PATH``). The English word list of Debian's ``wamerican`` package
(``apt-get install wamerican``: /usr/share/dict/american-english) is used when present; without
it the table lacks the rare common words described below, and the script says so.

It reads the cables of ``/work/shared/corpus/cablegate-html`` and ``/work/shared/corpus/cables-csv``
and keeps the mixed-case ones (more than 30% of their letters lowercase). In those, it counts how
often each word (graphify.nlp.truecase.WORD: letters with apostrophes, hyphens and dots, such as
"U.S.", "al-Qaeda", "McDonald", "d'Affaires") is written in each casing, but NOT:

- a word that starts a sentence, a line after a blank or skipped line, or a paragraph (after
  ". ", "? ", ": ", "(C) ", an opening quote or bracket), where the case is forced;
- words of lines that are mostly capitals (routing, TAGS, SUBJECT, headings) or that are header
  fields (SUBJECT:, TAGS:, REF:, E.O., Classified By:, FM/TO/INFO ...);
- all-capital words next to other all-capital words ("END SUMMARY", a quoted upper-case text).

Each hyphenated or apostrophed word also counts its parts ("Bosnian-Serb" counts "Bosnian" and
"Serb"). The cables of benchmarks/entities/cables.json (the hand-annotated evaluation cables: its
keys, and for the seeds the id parsed from the file in "source") are skipped.

Output: ``lower<TAB>preferred`` for every word seen at least ``--min-count`` times, sorted, where
preferred is the most frequent casing (ties go to the lowercase, then the capitalized form), except
that a capitalized form seen at least a third as often as an all-capital one wins over it (some
posts write surnames in capitals: "Nouri al-MALIKI"), unless the word has no vowel. Then the
pairs of words ``first second<TAB>First Second`` whose casing together differs from their casings
alone ("foreign minister" -> "Foreign Minister" although "foreign" alone is lowercase), counted for
the words written in two casings. Last, the words of the dictionary that it writes only in
lowercase and that the cables do not have (at least --min-count times): "throng", "clenched" are
common words, not names, though the cables never wrote them in mixed case.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from graphify.model import RawCable
from graphify.nlp.truecase import WORD
from graphify.parse import parse_cable
from graphify.read import read_cables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ["/work/shared/corpus/cablegate-html", "/work/shared/corpus/cables-csv"]
EVALUATION = ROOT / "benchmarks" / "entities" / "cables.json"
OUT = ROOT / "graphify" / "data" / "truecase.tsv.gz"
DICTIONARY = Path("/usr/share/dict/american-english")

MIXED_SHARE = 0.30  # a cable is mixed-case above this share of lowercase letters
LINE_SHARE = 0.50  # a line of a mixed-case cable counts only above this share
HEADER_FIELD = re.compile(
    r"^\s*(?:SUBJECT|SUBJ|TAGS|REF|REFS|E\.\s?O\.|EO|CLASSIFIED\s+BY|DERIVED\s+FROM|DECL|FM|TO|INFO|"
    r"DE|SIPDIS|NOFORN|PASS\s+TO|CC|FROM|DATE)\b[:\s]",
    re.I,
)
# Text between two words after which the second word starts a sentence or a quotation.
FORCED = re.compile(r"[.!?:;\"\u201c(\[\u00b6]|\n[ \t]*\n")
SEPARATOR = re.compile(r"['\u2019\-]")
AMBIGUOUS_MIN = 20  # a word needs this many occurrences, and no casing with this share, ...
AMBIGUOUS_SHARE = 0.90  # ... to be ambiguous, so that its bigrams are counted
BIGRAM_MIN = 5  # a bigram is kept when seen this often, with one casing this dominant, ...
BIGRAM_SHARE = 0.67  # ... and that casing differs from what the two words get on their own
CLITICS = {"s", "t", "ll", "re", "ve", "d", "m"}
VOWELS = set("aeiouy")


def evaluation_ids(path: Path = EVALUATION) -> set[str]:
    """Cable ids of the annotated evaluation cables (keys, and ids parsed from seed files)."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    ids = set(entries)
    for entry in entries.values():
        meta = entry.get("metadata") or {}
        if isinstance(meta, dict) and meta.get("cable_id"):
            ids.add(meta["cable_id"])
        source = ROOT / entry.get("source", "")
        if entry.get("set") == "seeds" and source.is_file():
            cable_id = parse_cable(source.read_text(encoding="utf-8")).cable_id
            if cable_id:
                ids.add(cable_id)
    return ids


def lowercase_share(text: str) -> float:
    lower = upper = 0
    for char in text:
        if char.islower():
            lower += 1
        elif char.isupper():
            upper += 1
    return lower / (lower + upper) if lower + upper else 0.0


def is_caps(word: str) -> bool:
    return word.isupper() and sum(char.isalpha() for char in word) >= 2


def countable_words(text: str) -> Iterator[tuple[str, bool]]:
    """The words of one mixed-case cable whose casing is free (see the module docstring), each
    with whether it directly follows the previous word yielded (only spaces, or one line break,
    between them: the two form a bigram)."""
    start = True  # the next word starts a sentence or a paragraph
    line_end_yielded = False  # the last word of the previous line was yielded, nothing after it
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip() or lowercase_share(line) <= LINE_SHARE or HEADER_FIELD.match(line):
            start, line_end_yielded = True, False
            continue
        matches = list(WORD.finditer(line))
        previous_end = 0
        previous_yielded = line_end_yielded
        line_end_yielded = False
        for index, match in enumerate(matches):
            word = match[0]
            gap = line[previous_end : match.start()]
            joined = previous_yielded and (gap.isspace() if index else (not gap or gap.isspace()))
            previous_end = match.end()
            forced = start or bool(FORCED.search(gap))
            start = previous_yielded = False
            if forced or word.lower() == word.upper() or word.isdigit() or " " in word:
                continue
            if is_caps(word) and (
                (index > 0 and is_caps(matches[index - 1][0]))
                or (index + 1 < len(matches) and is_caps(matches[index + 1][0]))
            ):
                continue
            yield word, joined
            previous_yielded = True
        tail = line[previous_end:]
        line_end_yielded = previous_yielded and (not tail or tail.isspace())
        if matches and FORCED.search(tail):
            start = True


def count_words(text: str, counts: defaultdict[str, Counter]) -> int:
    """Add the casings of the countable words of one cable (and of the parts of hyphenated and
    apostrophed words) to ``counts``; return how many words."""
    counted = 0
    for word, _ in countable_words(text):
        counts[word.lower()][word] += 1
        counted += 1
        if SEPARATOR.search(word):
            for part in SEPARATOR.split(word):
                if len(part) > 1 and part.lower() not in CLITICS and not part.isdigit():
                    counts[part.lower()][part] += 1
    return counted


def count_bigrams(text: str, ambiguous: set[str], counts: defaultdict[str, Counter]) -> None:
    """Add the casings of the pairs of adjacent countable words of which one is ambiguous."""
    previous = None
    for word, joined in countable_words(text):
        if joined and previous is not None:
            first, second = previous.lower(), word.lower()
            if first in ambiguous or second in ambiguous:
                counts[f"{first} {second}"][f"{previous} {word}"] += 1
        previous = word


def ambiguous_words(counts: dict[str, Counter]) -> set[str]:
    """Frequent words written in more than one casing (no casing has 90% of the occurrences)."""
    ambiguous = set()
    for lower, forms in counts.items():
        total = sum(forms.values())
        if total >= AMBIGUOUS_MIN and max(forms.values()) < AMBIGUOUS_SHARE * total:
            ambiguous.add(lower)
    return ambiguous


def preferred_form(forms: Counter) -> str:
    """The casing to use: the most frequent, with the tie and all-capital rules of the docstring."""

    def rank(item: tuple[str, int]) -> tuple[int, int]:
        form, count = item
        return count, (2 if form.islower() else 1 if form[:1].isupper() and not form.isupper() else 0)

    best = max(forms.items(), key=rank)[0]
    if best.isupper() and VOWELS.intersection(best.lower()):
        title = best[:1] + best[1:].lower()
        if forms.get(title, 0) * 3 >= forms[best]:
            return title
    return best


def lowercase_dictionary_words(path: Path) -> set[str]:
    """The words of a word list (one a line) written only in lowercase there, without
    possessives ("throng", not "Throng" nor "throng's")."""
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8", errors="replace").split()
    capitalized = {line.lower() for line in lines if not line.islower()}
    return {
        line for line in lines
        if line.islower() and line not in capitalized and "'" not in line and WORD.fullmatch(line)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="+", default=CORPUS)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    args = parser.parse_args(argv)

    excluded_ids = evaluation_ids()
    texts = []
    cables = excluded = 0
    for item in read_cables(args.corpus):
        if not isinstance(item, RawCable):
            continue
        cables += 1
        if item.metadata.cable_id in excluded_ids:
            excluded += 1
        elif lowercase_share(item.text) > MIXED_SHARE:
            texts.append(item.text)

    counts: defaultdict[str, Counter] = defaultdict(Counter)
    tokens = sum(count_words(text, counts) for text in texts)
    words = {
        lower: preferred_form(forms)
        for lower, forms in counts.items()
        if sum(forms.values()) >= args.min_count and "\t" not in lower and " " not in lower
    }
    words = {lower: form for lower, form in words.items() if form.lower() == lower and len(form) == len(lower)}

    ambiguous = ambiguous_words(counts)
    pair_counts: defaultdict[str, Counter] = defaultdict(Counter)
    for text in texts:
        count_bigrams(text, ambiguous, pair_counts)
    bigrams = {}
    for pair, forms in pair_counts.items():
        total = sum(forms.values())
        form, count = forms.most_common(1)[0]
        first, second = pair.split(" ")
        if total >= BIGRAM_MIN and count >= BIGRAM_SHARE * total and first in words and second in words:
            if form != f"{words[first]} {words[second]}" and form.lower() == pair:
                bigrams[pair] = form

    dictionary = lowercase_dictionary_words(args.dictionary)
    if not dictionary:
        print(f"warning: no word list at {args.dictionary} (apt-get install wamerican)", file=sys.stderr)
    seen = len(words)
    added = {word: word for word in dictionary if word not in words}
    words.update(added)

    rows = sorted(words.items()) + sorted(bigrams.items())
    header = [
        "# graphify truecasing table: lowercase form <TAB> preferred (most frequent) casing.",
        f"# Built by benchmarks/build_truecase_table.py from {len(texts)} mixed-case cables "
        f"(of {cables} read; {excluded} evaluation cables excluded) in "
        + ", ".join(Path(path).name for path in args.corpus)
        + ".",
        f"# {tokens} word occurrences counted (not at sentence starts, not in capital lines or headers);"
        f" {seen} words seen at least {args.min_count} times.",
        f"# Then {len(added)} lowercase words of {args.dictionary.name if dictionary else 'no word list'}"
        " that the cables lack.",
        f"# Last {len(bigrams)} pairs of words 'a b' (one of them among the {len(ambiguous)} words"
        f" written in two casings) seen at least {BIGRAM_MIN} times, whose casing differs from that"
        " of the words alone.",
    ]
    body = "\n".join(header + [f"{lower}\t{preferred}" for lower, preferred in rows]) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(
        f"{args.out}: {len(words)} words and {len(bigrams)} bigrams, {args.out.stat().st_size} bytes;"
        f" ({len(added)} from the word list); {len(texts)} mixed-case cables of {cables},"
        f" {excluded} excluded, {tokens} words counted",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
