"""Header coverage: per format, how many cables contain FM, TO, SUBJECT, TAGS and REF lines, and
for how many the parser got them; and how often the id and references from the text agree with
the metadata the release ships (HTML table, CSV columns).

    python benchmarks/header_coverage.py ../shared/corpus/cablegate-html ../shared/corpus/cables-csv

The "contains" counts use plain line regexes, independent of the parser. The parser is given only
the metadata's date (the year of partial extracts), so what it finds comes from the text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict

from graphify.model import RawCable, SourceMetadata
from graphify.parse import parse_cable
from graphify.posts import normalize_cable_id
from graphify.read import read_cables

CONTAINS = {
    "FM": re.compile(r"^[ \t]*FM[ \t]+[A-Z]|ZDK FM [A-Z]", re.M),
    # A TO line is an addressee line when it follows the FM line.
    "TO": re.compile(r"^[ \t]*FM[ \t]+[A-Z][^\n]*\n[ \t]*TO[ \t]+[A-Z]|ZDK FM [^\n]* TO [A-Z]", re.M),
    "SUBJECT": re.compile(r"^\s*SUBJ(?:ECT)?\b", re.M | re.I),
    "TAGS": re.compile(r"^\s*TAGS\b", re.M | re.I),
    "REF": re.compile(r"^\s*REF(?:S|TEL|TELS|ERENCES?)?\b\s*[:.]?\s*\S", re.M | re.I),
}


def header_part(raw: RawCable) -> str:
    """The text before the first numbered paragraph: where header lines are."""
    match = re.search(r"^\s*(?:\u00b6|-\s*)?1\s?\.\s", raw.text, re.M)
    return raw.text[: match.start()] if match else raw.text[:3000]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", type=int, default=0, help="print N misses per field")
    args = parser.parse_args(argv)

    contains: dict[str, Counter] = defaultdict(Counter)
    parsed: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    agree: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    started = time.perf_counter()
    for raw in read_cables(args.paths):
        if not isinstance(raw, RawCable):
            totals["skipped"] += 1
            continue
        fmt = raw.format
        totals[fmt] += 1
        cable = parse_cable(raw.text, SourceMetadata(date=raw.metadata.date))
        head = header_part(raw)
        got = {
            "FM": cable.origin is not None,
            "TO": bool(cable.to),
            "SUBJECT": bool(cable.subject),
            "TAGS": bool(cable.tags),
            "REF": bool(cable.references),
        }
        for field, pattern in CONTAINS.items():
            has = pattern.search(head) is not None
            contains[fmt][field] += has
            parsed[fmt][field] += has and got[field]
            if has and not got[field] and len(misses[field]) < args.show:
                misses[field].append(f"{raw.where}: {pattern.search(head).group(0)!r}")
        if raw.metadata.cable_id:
            expected = normalize_cable_id(raw.metadata.cable_id)
            agree[fmt]["id known"] += 1
            agree[fmt]["id equal"] += cable.cable_id == expected
            if cable.cable_id != expected and len(misses["id"]) < args.show:
                misses["id"].append(f"{raw.where}: text {cable.cable_id} metadata {expected}")
        if raw.metadata.references:
            expected_refs = {normalize_cable_id(r) for r in raw.metadata.references} - {None}
            if expected_refs:
                found = set(cable.references)
                agree[fmt]["ref metadata"] += len(expected_refs)
                agree[fmt]["ref found"] += len(expected_refs & found)
                agree[fmt]["ref extra"] += len(found - expected_refs)
                if expected_refs - found and len(misses["refs"]) < args.show:
                    misses["refs"].append(f"{raw.where}: missing {sorted(expected_refs - found)} got {sorted(found)}")
    seconds = time.perf_counter() - started
    cables = sum(v for k, v in totals.items() if k != "skipped")
    print(f"{cables} cables ({dict(totals)}) in {seconds:.1f} s: {cables / seconds:.0f} cables/s (read + parse)")
    print()
    print("| format | field | contain the line | parsed | share |")
    print("|---|---|---:|---:|---:|")
    for fmt in sorted(contains):
        for field in CONTAINS:
            c, p = contains[fmt][field], parsed[fmt][field]
            share = f"{100 * p / c:.1f}%" if c else "-"
            print(f"| {fmt} | {field} | {c} | {p} | {share} |")
    print()
    for fmt, counts in sorted(agree.items()):
        if counts["id known"]:
            print(f"{fmt}: id from text equals metadata id: {counts['id equal']}/{counts['id known']}")
        if counts["ref metadata"]:
            print(
                f"{fmt}: references in metadata found in text: {counts['ref found']}/{counts['ref metadata']}, "
                f"found beyond metadata: {counts['ref extra']}"
            )
    for field, lines in misses.items():
        print(f"\nmisses: {field}")
        for line in lines:
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
