"""Precision, recall and F1 of the entities graphify finds, against cables annotated by hand.

    python benchmarks/evaluate_entities.py                  # seeds, dev and held-out test sets
    python benchmarks/evaluate_entities.py --set test --errors
    python benchmarks/evaluate_entities.py --upper          # the same cables in capitals only
    python benchmarks/evaluate_entities.py --upper --no-truecase   # ... without truecasing

The answers are in ``benchmarks/entities/<set>/<ID>.json`` (see GUIDELINES.md there), the cable
texts in ``benchmarks/entities/texts/`` (seeds in ``seeds/``). Per cable, each real thing counts
once: people, ministries (country and name), countries (ISO codes) and posts (FM/TO/INFO).
People match when surnames are equal and given names agree (``J.`` ~ ``John``); ministries when
country and canonical name are equal (names mapped through ``graphify/data/ministries.tsv``; a
name it does not know loses a leading country's name, and "Ministry of the X" is "Ministry of X").
``dev`` to ``dev4`` may be used to tune the rules. ``test`` to ``test71`` were held out when first
scored and are tuning sets since (see
benchmarks/entities/GUIDELINES.md for their history).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from datetime import datetime
from functools import cache
from pathlib import Path

from graphify.countries import country_forms
from graphify.extract import Extractor
from graphify.graph import GraphBuilder
from graphify.model import RawCable, SourceMetadata
from graphify.nlp.components import NAME_SUFFIXES
from graphify.nlp.patterns import ministry_phrases
from graphify.parse import parse_raw
from graphify.posts import canonical_post

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = ROOT / "benchmarks" / "entities"
TYPES = ("people", "ministries", "countries", "posts")
SETS = (
    "seeds", "dev", "dev2", "dev3", "dev4",
    "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12",
    "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23",
    "test24", "test25", "test26", "test27", "test28", "test29", "test30",
    "test31", "test32", "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40",
    "test41", "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49",
    "test50", "test51", "test52", "test53", "test54", "test55", "test56", "test57", "test58", "test59", "test60", "test61",
    "test62", "test63", "test64", "test65", "test66", "test67", "test68", "test69",
    "test70", "test71",
)


def load_set(name: str) -> list[tuple[RawCable, dict]]:
    """The cables of one annotated set, as readers give them, with their answers."""
    catalogue = json.loads((ENTITIES / "cables.json").read_text(encoding="utf-8"))
    items = []
    for path in sorted((ENTITIES / name).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if name == "seeds":
            source = ROOT / gold["source"]
            raw = RawCable(text=source.read_text(encoding="utf-8"), source=gold["source"], format="text")
        else:
            entry = catalogue[gold["cable_id"]]
            meta = entry["metadata"]
            metadata = SourceMetadata(
                cable_id=meta["cable_id"],
                date=datetime.fromisoformat(meta["date"]) if meta["date"] else None,
                origin=meta["origin"],
                classification=meta["classification"],
                references=tuple(meta["references"]),
            )
            text = (ENTITIES / "texts" / name / f"{gold['cable_id']}.txt").read_text(encoding="utf-8")
            raw = RawCable(text=text, source=entry["source"], format=entry["format"], metadata=metadata)
        items.append((raw, gold))
    return items


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _person_key(name: str) -> tuple[str, list[str]]:
    words = [w.strip(".,") for w in _plain(name).replace("'s", "").split() if w.strip(".,")]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()  # "Robert O. Blake, Jr." is "Robert O. Blake"
    surname = re.sub(r"^(?:al|el)-", "", words[-1]) if words else ""
    return surname, words[:-1]


def _same_person(a: str, b: str) -> bool:
    (sa, ga), (sb, gb) = _person_key(a), _person_key(b)
    if sa != sb:
        return False
    if not ga or not gb:
        return True
    return ga[0][0] == gb[0][0] if min(len(ga[0]), len(gb[0])) == 1 else ga[0] == gb[0]


def _match_people(gold: list[str], found: list[str]) -> tuple[int, list[str], list[str]]:
    """One-to-one matching; returns (matched, gold missed, found wrongly)."""
    left = list(found)
    missed = []
    for name in sorted(gold, key=lambda n: -len(n.split())):
        match = next((f for f in left if _same_person(name, f)), None)
        if match is None:
            missed.append(name)
        else:
            left.remove(match)
    return len(gold) - len(missed), missed, left


def _canonical_ministry() -> dict[str, str]:
    table = {}
    for phrase, name, _ in ministry_phrases():
        table[phrase.lower()] = name
        table[name.lower()] = name
    return table


@cache
def _country_forms_longest_first() -> list[str]:
    return sorted(country_forms(), key=len, reverse=True)


def _ministry_name(name: str, canonical: dict[str, str]) -> str:
    """The canonical name of a ministry the answers give; a name the table does not know loses
    a leading country's name or adjective, as the guidelines ask ("Spanish Data Protection
    Agency", "New Zealand Customs Service"), and an article after "Ministry of", as graphify names
    ministries ("Ministry of the Environment"); a typographic apostrophe is a plain one."""
    name = name.replace("\u2019", "'")  # "Prime Minister’s Office"
    if name.lower() in canonical:
        return canonical[name.lower()]
    for form in _country_forms_longest_first():  # "New Zealand Customs Service"
        rest = name[len(form) + 1 :]
        if name.startswith(form + " ") and len(rest.split()) > 1:
            name = rest
            break
    return re.sub(r"^Ministry of the ", "Ministry of ", name)


def gold_sets(gold: dict) -> dict[str, list]:
    canonical = _canonical_ministry()
    return {
        "people": [p["name"] for p in gold["people"]],
        "ministries": sorted({(m["country"], _ministry_name(m["name"], canonical)) for m in gold["ministries"]}),
        "countries": sorted(set(gold["countries"])),
        "posts": sorted({canonical_post(p) for p in gold["posts"]}),
    }


def found_sets(graph, cable_id: str) -> dict[str, list]:
    people, ministries, countries, posts = [], set(), set(), set()
    for _, target, relation in graph.out_edges(cable_id, data="relation"):
        node = graph.nodes[target]
        kind = node.get("type")
        if kind == "person" and target not in people:
            people.append(target)
        elif kind == "ministry" and relation == "mentions":
            ministries.add((node.get("country"), node.get("name")))
        elif kind == "country" and relation in ("mentions", "tagged"):
            countries.add(node["iso"])
        elif kind == "post" and relation in ("from", "to", "info"):
            posts.add(node["label"])
    return {
        "people": [graph.nodes[p]["label"] for p in people],
        "ministries": sorted(ministries, key=str),
        "countries": sorted(countries),
        "posts": sorted(posts),
    }


def evaluate(name: str, *, upper: bool, extractor: Extractor, errors: bool) -> dict[str, Counter]:
    items = load_set(name)
    builder = GraphBuilder()
    cables = []
    for raw, _ in items:
        if upper:
            raw = RawCable(text=raw.text.upper(), source=raw.source, format=raw.format, metadata=raw.metadata)
        cables.append(parse_raw(raw))
    for cable, extraction in zip(cables, extractor.extract_many(cables)):
        builder.add_cable(cable, extraction)
    graph = builder.finish()
    scores = {t: Counter() for t in TYPES}
    for cable, (_, gold) in zip(cables, items):
        for kind, (missed, wrong) in count(scores, compare(gold_sets(gold), found_sets(graph, cable.cable_id))).items():
            if errors and (missed or wrong):
                print(f"  {name} {cable.cable_id} {kind}: missed {missed} wrong {wrong}")
    return scores


def compare(expected: dict[str, list], found: dict[str, list]) -> dict[str, tuple[int, list, list]]:
    """Per type: how many things were found right, what was missed, what was found wrongly."""
    result = {}
    for kind in TYPES:
        if kind == "people":
            result[kind] = _match_people(expected[kind], found[kind])
        else:
            e, f = ({tuple(x) if kind == "ministries" else x for x in side[kind]} for side in (expected, found))
            result[kind] = (len(e & f), sorted(e - f, key=str), sorted(f - e, key=str))
    return result


def count(scores: dict[str, Counter], comparison: dict[str, tuple[int, list, list]]) -> dict[str, tuple[list, list]]:
    """Add one cable's comparison to ``scores``; return its misses and wrong finds per type."""
    for kind, (matched, missed, wrong) in comparison.items():
        scores[kind]["tp"] += matched
        scores[kind]["fn"] += len(missed)
        scores[kind]["fp"] += len(wrong)
    return {kind: (missed, wrong) for kind, (_, missed, wrong) in comparison.items()}


def prf(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", choices=SETS, help="default: all")
    parser.add_argument("--upper", action="store_true", help="put every cable in capitals first")
    parser.add_argument("--no-truecase", action="store_true", help="do not truecase cables in capitals")
    parser.add_argument("--model", help="spaCy model (default: graphify's default)")
    parser.add_argument("--errors", action="store_true", help="print what was missed and what was wrong")
    args = parser.parse_args(argv)
    extractor = Extractor(args.model, truecase_capitals=not args.no_truecase)
    started = time.perf_counter()
    print("| set | type | precision | recall | F1 | found right | found wrong | missed |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name in args.set or SETS:
        scores = evaluate(name, upper=args.upper, extractor=extractor, errors=args.errors)
        for kind in TYPES:
            p, r, f = prf(scores[kind])
            c = scores[kind]
            variant = (" (capitals)" if args.upper else "") + (" (no truecasing)" if args.no_truecase else "")
            print(f"| {name}{variant} | {kind} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp']} | {c['fp']} | {c['fn']} |")
    print(f"\n{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
