"""How well two people who annotated the same cables agree, scored like graphify is scored.

    python benchmarks/annotator_agreement.py test3

Reads the first annotation of each cable from ``benchmarks/entities/<set>/`` and a second one,
made independently from the same guidelines, from ``benchmarks/entities/second/<set>/``, and
prints precision, recall and F1 of the second against the first per type, with the matching
rules of evaluate_entities.py (people by surname and given names, ministries by country and
canonical name). This F1 is the ceiling a measurement against one annotator can show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_entities import ENTITIES, TYPES, compare, count, gold_sets, prf  # noqa: E402


def agreement(name: str, errors: bool = False) -> dict[str, Counter]:
    scores = {kind: Counter() for kind in TYPES}
    for second_path in sorted((ENTITIES / "second" / name).glob("*.json")):
        first = gold_sets(json.loads((ENTITIES / name / second_path.name).read_text(encoding="utf-8")))
        second = gold_sets(json.loads(second_path.read_text(encoding="utf-8")))
        for kind, (first_only, second_only) in count(scores, compare(first, second)).items():
            if errors and (first_only or second_only):
                print(f"  {second_path.stem} {kind}: first only {first_only} second only {second_only}")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", help="a set with a second annotation under benchmarks/entities/second/")
    parser.add_argument("--errors", action="store_true", help="print where the two annotators differ")
    args = parser.parse_args(argv)
    scores = agreement(args.set, args.errors)
    print("| set | type | precision | recall | F1 | both | second only | first only |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for kind in TYPES:
        p, r, f = prf(scores[kind])
        c = scores[kind]
        print(f"| {args.set} (annotator 2 vs 1) | {kind} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp']} | {c['fp']} | {c['fn']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
