"""Speed of a full graphify build against plain spaCy over the same cables, in one run.

    python benchmarks/speed_ner.py ../shared/corpus/cablegate-html              # 1,295 pages
    python benchmarks/speed_ner.py ../shared/corpus/cablegate-html ../shared/corpus/cables-csv --limit 2000

Both sides get the same cables, read once into memory before timing (reading is not what is
compared):

- baseline: ``spacy.load(model)`` with its default full pipeline (tok2vec, tagger, parser,
  attribute_ruler, lemmatizer, ner) and ``nlp.pipe`` over each cable's whole text;
- graphify: ``build_from_records`` (parse headers, NER over body paragraphs with only ``ner`` and
  the cable rules, resolution, the graph) and writing graph.graphml and graph.html.

The machine is shared and noisy, so each side runs ``--repeat`` times (alternating) and the best
time of each is compared. The ratio is graphify / baseline: below 1 means graphify is faster.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import spacy

from graphify.export.graphml import write_graphml
from graphify.export.html import write_html
from graphify.model import RawCable
from graphify.nlp import default_model
from graphify.pipeline import build_from_records
from graphify.read import read_cables


def run_baseline(nlp, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def run_graphify(records: list[RawCable], model: str) -> float:
    started = time.perf_counter()
    graph, _ = build_from_records(records, model=model)
    with tempfile.TemporaryDirectory() as out:
        write_graphml(graph, Path(out) / "graph.graphml")
        write_html(graph, Path(out) / "graph.html")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, help="use the first N cables")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    model = args.model or default_model()
    records = [r for r in read_cables(args.paths) if isinstance(r, RawCable)]
    records = list(islice(records, args.limit)) if args.limit else records
    texts = [r.text for r in records]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    nlp = spacy.load(model)  # the full default pipeline
    print(f"{len(records)} cables, {megabytes:.1f} MB of text, model {model} ({', '.join(nlp.pipe_names)})")
    graphify_times, baseline_times = [], []
    for _ in range(args.repeat):
        graphify_times.append(run_graphify(records, model))
        baseline_times.append(run_baseline(nlp, texts))
    g, b = min(graphify_times), min(baseline_times)
    print(f"graphify build (parse, NER, resolve, graph, GraphML + HTML): {g:.1f} s, {len(records) / g:.1f} cables/s")
    print(f"plain spaCy nlp.pipe, full pipeline:                     {b:.1f} s, {len(records) / b:.1f} cables/s")
    print(f"ratio graphify / baseline: {g / b:.2f}  (runs: graphify {graphify_times}, baseline {baseline_times})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
