"""Pick cables from the shared corpus for a new hand-annotated set, reproducibly.

    python benchmarks/select_cables.py ../shared/corpus test3 --count 20 --seed 3

Writes each cable's text to ``benchmarks/entities/texts/<set>/<ID>.txt`` and adds it to
``benchmarks/entities/cables.json``, which ``evaluate_entities.py`` reads. The annotator then
writes ``benchmarks/entities/<set>/<ID>.json`` by reading the text (GUIDELINES.md), never from
graphify's output. Cables already in any set, or among the tests' fixtures (which the parser was
written against), are not picked, nor copies of an annotated cable under another number (a
corrected copy: the same post and subject); no two picked cables share a post; about a quarter
come from the HTML pages (no more than the posts whose pages are left unannotated); bodies in
capitals only are left to ``evaluate_entities.py --upper``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from graphify.model import RawCable
from graphify.parse import parse_raw
from graphify.read import read_cables

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = ROOT / "benchmarks" / "entities"


def annotated_subjects() -> set[tuple[str, str]]:
    """(post, subject) of every annotated cable's text."""
    subjects = set()
    for path in (ENTITIES / "texts").glob("*/*.txt"):
        cable = parse_raw(RawCable(text=path.read_text(encoding="utf-8"), source=str(path), format="text"))
        if cable.subject:
            subjects.add((path.stem.rstrip("0123456789"), cable.subject))
    return subjects


def candidates(corpus: Path, taken: set[str]) -> list[tuple[RawCable, str]]:
    """Cables with a header, a body in mixed case of 1,500 to 7,000 characters, not yet annotated
    under this number or another."""
    copies = annotated_subjects()
    found = []
    for raw in read_cables([corpus]):
        if not isinstance(raw, RawCable) or not 1500 <= len(raw.text) <= 7000:
            continue
        cable = parse_raw(raw)
        if cable.cable_id in taken or not cable.origin or not cable.paragraphs:
            continue
        if (cable.cable_id.rstrip("0123456789"), cable.subject) in copies:
            continue  # "04HALIFAX7", annotated as "04HALIFAX10"
        body = " ".join(p.text for p in cable.paragraphs)
        if sum(ch.islower() for ch in body) < len(body) // 3:
            continue
        found.append((raw, cable.cable_id))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder with cablegate-html/ and cables-csv/")
    parser.add_argument("set", help="name of the new set, e.g. test3")
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    catalogue_path = ENTITIES / "cables.json"
    catalogue = json.loads(catalogue_path.read_text(encoding="utf-8"))
    fixtures = {path.stem for path in (ROOT / "tests" / "fixtures").rglob("*") if path.is_file()}
    pool = candidates(args.corpus, set(catalogue) | fixtures)
    random.Random(args.seed).shuffle(pool)
    html_origins = {raw.metadata.origin for raw, _ in pool if raw.format == "html"}
    html_quota = min(args.count // 4, len(html_origins))  # few HTML pages are left unannotated
    chosen, origins = [], set()
    for raw, cable_id in pool:
        origin = raw.metadata.origin
        wants_html = sum(r.format == "html" for r, _ in chosen) < html_quota
        if origin in origins or (raw.format == "html") != wants_html and len(chosen) < args.count - html_quota:
            continue
        chosen.append((raw, cable_id))
        origins.add(origin)
        if len(chosen) == args.count:
            break
    texts = ENTITIES / "texts" / args.set
    texts.mkdir(parents=True, exist_ok=True)
    for raw, cable_id in chosen:
        (texts / f"{cable_id}.txt").write_text(raw.text, encoding="utf-8")
        meta = raw.metadata
        catalogue[cable_id] = {
            "format": raw.format,
            "metadata": {
                "cable_id": meta.cable_id,
                "classification": meta.classification,
                "date": meta.date.isoformat() if meta.date else None,
                "origin": meta.origin,
                "references": list(meta.references),
            },
            "set": args.set,
            "source": raw.where.split(str(args.corpus).rstrip("/") + "/", 1)[-1],
        }
        print(cable_id, raw.format, meta.origin)
    catalogue_path.write_text(json.dumps(dict(sorted(catalogue.items())), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
