"""Would fine-tuning the small model's NER on the annotated cables help? A cross-validation.

    python benchmarks/finetune_ner.py --hold test3 test4 test5 test6    # about 5 minutes a fold

For each held set, the model's ``ner`` (its own tok2vec included, so nothing else changes) is
trained for ``--epochs`` passes over the body paragraphs of every other mixed-case annotated
cable, then graphify's pipeline with that model is scored on the held set against the same
pipeline with the stock model. Training labels are the stock model's own entities with PERSON
corrected by the answers: every written form of an annotated person (the name, the forms cut to
their name words, the surname) is a PERSON, and a PERSON the stock model found that is no
annotated name is dropped. Nothing here is used by graphify; the result decides whether a
fine-tuned model is worth shipping (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, minibatch

from graphify.extract import Extractor, ner_pieces
from graphify.nlp import default_model
from graphify.nlp.truecase import is_upper_text
from graphify.parse import parse_raw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_entities import SETS, evaluate, load_set, prf  # noqa: E402

WORD = re.compile(r"[^\W\d_][\w'\-.]*")


def name_strings(person: dict) -> set[str]:
    """How the cable may write an annotated person: the name, each form cut to the name's
    words at its end ("MFA Director Talgat Kaliyev" -> "Talgat Kaliyev"), the surname."""
    words = {w.lower() for w in WORD.findall(person["name"])}
    found = {person["name"]}
    for form in person.get("forms") or ():
        tail = []
        for token in reversed(form.split()):
            if token.lower().strip(",.").removesuffix("'s") not in words:
                break
            tail.insert(0, token)
        if tail:
            found.add(" ".join(tail).rstrip(",."))
    parts = person["name"].split()
    if len(parts) > 1 and len(parts[-1]) > 2:
        found.add(parts[-1])
    return {s for s in found if s[:1].isalpha()}


def training_examples(sets: list[str], nlp) -> list[Example]:
    """One example per NER text of the mixed-case cables of ``sets``, PERSON corrected."""
    examples = []
    for name in sets:
        for raw, gold in load_set(name):
            cable = parse_raw(raw)
            if is_upper_text(" ".join(p.text for p in cable.paragraphs[:3])):
                continue
            people = gold.get("people", [])
            name_words = {w.lower() for p in people for w in WORD.findall(p["name"])}
            patterns = [re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.IGNORECASE) for p in people for s in name_strings(p)]
            texts = [piece for *_, piece in ner_pieces(cable)]
            for doc in nlp.pipe(texts):
                persons = []
                for pattern in patterns:
                    for match in pattern.finditer(doc.text):
                        span = doc.char_span(match.start(), match.end(), label="PERSON", alignment_mode="contract")
                        if doc.text[match.start()].isupper() and span is not None and len(span):
                            persons.append(span)
                others = []
                for ent in doc.ents:
                    if ent.label_ != "PERSON":
                        others.append(ent)
                    elif {w.lower() for w in WORD.findall(ent.text)} <= name_words:
                        persons.append(ent)
                persons = filter_spans(persons)
                taken = {i for s in persons for i in range(s.start, s.end)}
                ents = filter_spans(persons + [e for e in others if not taken & set(range(e.start, e.end))])
                reference = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
                reference.ents = [Span(reference, e.start, e.end, label=e.label_) for e in ents]
                examples.append(Example(nlp.make_doc(doc.text), reference))
    return examples


def fine_tune(sets: list[str], out: Path, epochs: int) -> None:
    """Train the default model's ``ner`` on ``sets`` and save the pipeline to ``out``."""
    spacy.util.fix_random_seed(0)
    base = spacy.load(default_model())
    nlp = spacy.load(default_model(), exclude=[n for n in base.pipe_names if n != "ner"])
    examples = training_examples(sets, nlp)
    optimizer = nlp.resume_training()
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer)
    nlp.to_disk(out)


def people_f1(name: str, model: str | None) -> float:
    scores = evaluate(name, upper=False, extractor=Extractor(model=model), errors=False)
    return prf(scores["people"])[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hold", nargs="+", choices=SETS, required=True, help="sets to hold out, one fold each")
    parser.add_argument("--epochs", type=int, default=12)
    args = parser.parse_args(argv)
    print("| held out | people F1, stock model | people F1, fine-tuned | difference |")
    print("|---|---:|---:|---:|")
    gains = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for hold in args.hold:
            model = Path(folder) / hold
            fine_tune([s for s in SETS if s != hold], model, args.epochs)
            stock, tuned = people_f1(hold, None), people_f1(hold, str(model))
            gains[hold] = tuned - stock
            print(f"| {hold} | {stock:.3f} | {tuned:.3f} | {tuned - stock:+.3f} |", flush=True)
    print(f"\nmean difference {sum(gains.values()) / len(gains):+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
