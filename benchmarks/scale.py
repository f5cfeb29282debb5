"""Scale benchmark: cables per second end to end, scaling with local processes, a warm rerun from
the extraction cache, peak memory, and the ratio to plain spaCy over the same texts, all measured
in one run on this machine.

    python benchmarks/scale.py ../shared/corpus --cables 2000            # a sample of the corpus
    python benchmarks/scale.py /tmp/synthetic --cables 100000 --jobs 2 --only-build   # the big build

Each build runs in a fresh child process (``graphify.build`` + GraphML, GEXF and HTML, as
``graphify build`` writes them) so that its peak memory (the larger ru_maxrss of the child and
of its biggest worker) is its own. Results are printed as a Markdown table; benchmarks/README.md has the
numbers and the machine they were measured on.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path


def child(paths: list[str], limit: int | None, jobs: int, cache: str | None, out: str) -> dict:
    """One build and its exports, as ``graphify build`` writes them, in this (child) process."""
    from graphify.export.gexf import write_gexf
    from graphify.export.graphml import write_graphml
    from graphify.export.html import write_html
    from graphify.model import RawCable
    from graphify.pipeline import build_from_records
    from graphify.read import read_cables

    records = read_cables(paths)
    if limit:
        records = islice((r for r in records if isinstance(r, RawCable)), limit)
    started = time.perf_counter()
    graph, report = build_from_records(records, jobs=jobs, cache=cache)
    built = time.perf_counter() - started
    write_graphml(graph, Path(out) / "graph.graphml", viz=True)
    write_gexf(graph, Path(out) / "graph.gexf")
    write_html(graph, Path(out) / "graph.html")  # the 5,000 most connected nodes
    return {
        "cables": report.in_graph,
        "build_seconds": built,
        "total_seconds": time.perf_counter() - started,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "cache_hits": report.cache_hits,
        # The peak resident memory of this process and of the largest of its workers.
        "peak_rss_mb": max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        )
        / 1024,
    }


def run(paths: list[str], limit: int | None, jobs: int, cache: str | None) -> dict:
    """One build in a child process: its result and its peak memory."""
    with tempfile.TemporaryDirectory() as out:
        code = (
            "import json, sys; sys.path.insert(0, %r); from scale import child; "
            "print(json.dumps(child(%r, %r, %r, %r, %r)))" % (str(Path(__file__).parent), paths, limit, jobs, cache, out)
        )
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = wall
    return result


def baseline(paths: list[str], limit: int | None) -> dict:
    """Plain spaCy, full default pipeline, nlp.pipe over the same cables' texts."""
    import spacy

    from graphify.model import RawCable
    from graphify.nlp import default_model
    from graphify.read import read_cables

    texts = [r.text for r in islice((r for r in read_cables(paths) if isinstance(r, RawCable)), limit)]
    nlp = spacy.load(default_model())
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return {"cables": len(texts), "seconds": time.perf_counter() - started}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--cables", type=int, help="use the first N cables")
    parser.add_argument("--jobs", type=int, default=2, help="the most local processes to try")
    parser.add_argument("--only-build", action="store_true", help="one build with --jobs, nothing else")
    args = parser.parse_args(argv)
    rows = []
    cache_dir = tempfile.mkdtemp(prefix="graphify-cache-")
    try:
        if args.only_build:
            result = run(args.paths, args.cables, args.jobs, None)
            rows.append((f"build, {args.jobs} processes", result))
        else:
            for jobs in sorted({1, args.jobs}):
                rows.append((f"build, {jobs} process{'es' if jobs > 1 else ''}", run(args.paths, args.cables, jobs, None)))
            cache = os.path.join(cache_dir, "cache.sqlite")
            rows.append(("cold build with cache", run(args.paths, args.cables, args.jobs, cache)))
            rows.append(("warm rerun from cache", run(args.paths, args.cables, args.jobs, cache)))
            spacy_run = baseline(args.paths, args.cables)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
    print("| run | cables | wall s | of which exports s | cables/s | peak RSS MB | per 10,000 cables MB | nodes | edges |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['cables']:,} | {r['wall_seconds']:.1f} | {r['total_seconds'] - r['build_seconds']:.1f} "
            f"| {r['cables'] / r['wall_seconds']:.1f} | {r['peak_rss_mb']:,.0f} "
            f"| {r['peak_rss_mb'] / r['cables'] * 10_000:,.0f} | {r['nodes']:,} | {r['edges']:,} |"
        )
    if not args.only_build:
        one = rows[0][1]
        print(
            f"\nplain spaCy nlp.pipe (full pipeline, 1 process) over the same {spacy_run['cables']} cables: "
            f"{spacy_run['seconds']:.1f} s; ratio graphify build (1 process, wall, with exports) / spaCy: "
            f"{one['wall_seconds'] / spacy_run['seconds']:.2f}"
        )
        if len(rows) >= 4:
            print(f"warm rerun / cold build: {rows[3][1]['wall_seconds'] / rows[2][1]['wall_seconds']:.2f}")
    per_cable = rows[-1][1]["wall_seconds"] / rows[-1][1]["cables"] if args.only_build else rows[1][1]["wall_seconds"] / rows[1][1]["cables"]
    print(f"projection for 251,287 cables at this rate: {per_cable * 251_287 / 3600:.1f} h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
