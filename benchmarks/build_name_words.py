"""Build graphify/data/name_words.tsv.gz: how often each capitalised word is part of a person's
name when spaCy's NER reads the cables, used by graphify's ``cable_entities`` component.

Run once, from the repository root, with the shared corpus beside it:

    python benchmarks/build_name_words.py            # about 10 minutes on 2 cores

(options: ``--corpus DIR ...``, ``--model NAME``, ``--jobs N``, ``--out PATH``).

It reads the mixed-case cables of the corpus (more than 30% of their letters lowercase; the
hand-annotated evaluation cables of benchmarks/entities/cables.json are skipped) and runs the
model's ``ner`` alone over their body paragraphs. For each capitalised word (letters only, first
one upper case: "Mobutu", "Nyunt", "Forum") it counts the cables where the word appears and the
cables where the NER puts it inside a PERSON entity at least once. Output, sorted:
``word<TAB>cables as a person's name<TAB>cables``, for words found inside a name in at least
``--min-cables`` cables or seen in at least ``--min-seen``. A word that the NER takes for a name in most cables where it appears
("Mobutu" in 17 of 19) is a name where the NER misses it in a given sentence; one that it takes
for a name now and then ("Forum" in 7 of 227) is not.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import spacy

from graphify.extract import ner_text
from graphify.model import RawCable
from graphify.nlp import default_model
from graphify.parse import parse_raw
from graphify.read import read_cables

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_truecase_table import CORPUS, MIXED_SHARE, evaluation_ids, lowercase_share  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graphify" / "data" / "name_words.tsv.gz"


def body_texts(corpus: list[str], skip: set[str]) -> tuple[list[str], list[int], int]:
    """The NER texts of the paragraphs of every mixed-case cable, with the index of its cable."""
    texts, owners, cables = [], [], 0
    for raw in read_cables(corpus):
        if not isinstance(raw, RawCable):
            continue
        cable = parse_raw(raw)
        body = "\n".join(p.text for p in cable.paragraphs)
        if cable.cable_id in skip or lowercase_share(body) <= MIXED_SHARE:
            continue
        for paragraph in cable.paragraphs:
            texts.append(ner_text(paragraph.text).text)
            owners.append(cables)
        cables += 1
    return texts, owners, cables


def is_name_shaped(word: str) -> bool:
    """Letters only, the first in upper case, not all of them: "Mobutu", "McCain", not "UN"."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and not word.isupper()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", default=CORPUS)
    parser.add_argument("--model", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--min-cables", type=int, default=2, help="keep words named in this many cables ...")
    parser.add_argument("--min-seen", type=int, default=20, help="... or seen in this many")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    model = args.model or default_model()
    texts, owners, cables = body_texts(args.corpus, evaluation_ids())
    print(f"{cables} mixed-case cables, {len(texts)} paragraphs", file=sys.stderr)
    nlp = spacy.load(model, exclude=[n for n in spacy.load(model).pipe_names if n != "ner"])
    seen: dict[str, set[int]] = {}
    named: dict[str, set[int]] = {}
    for doc, owner in zip(nlp.pipe(texts, batch_size=64, n_process=args.jobs), owners):
        for token in doc:
            word = token.text
            if not is_name_shaped(word):
                continue
            seen.setdefault(word, set()).add(owner)
            if token.ent_type_ == "PERSON":
                named.setdefault(word, set()).add(owner)
    counts = {word: len(named.get(word, ())) for word in seen}
    counts = {word: n for word, n in counts.items() if n >= args.min_cables or len(seen[word]) >= args.min_seen}
    lines = [
        "# graphify name words: capitalised word <TAB> cables where spaCy's NER puts it in a PERSON <TAB> cables"
        " where it appears.",
        f"# Built by benchmarks/build_name_words.py with {model} from {cables} mixed-case cables (evaluation"
        f" cables excluded) of {', '.join(Path(c).name for c in args.corpus)}.",
    ]
    lines += [f"{word}\t{counts[word]}\t{len(seen[word])}" for word in sorted(counts)]
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(counts)} words written to {args.out} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
