"""Make a synthetic corpus in the cables.csv format: the shared corpus's CSV rows replicated with
fresh ids until there are N cables, so that a benchmark can project a build of the whole release.

    python benchmarks/make_synthetic.py ../shared/corpus/cables-csv /tmp/synthetic --cables 100000

Each copy keeps the text of the original row (so the work per cable is real) and gets a new id
in the refid column (``93SYNTH1234567``): every copy is a cable node of its own. Rows are written
verbatim otherwise, with the release's escaping (backslash escapes, every field quoted), into
files of 10,000 rows.
"""

from __future__ import annotations

import argparse
import csv
import sys
from itertools import cycle
from pathlib import Path

from graphify.read import iter_files
from graphify.read.cables_csv import COLUMNS

ROWS_PER_FILE = 10_000


def source_rows(folder: str) -> list[list[str]]:
    rows = []
    for path in iter_files([folder]):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, escapechar="\\", doublequote=False):
                if len(row) == len(COLUMNS):
                    rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="a folder of cables.csv files")
    parser.add_argument("out", help="the folder to write the synthetic corpus into")
    parser.add_argument("--cables", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = source_rows(args.source)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    handle = writer = None
    for serial, row in zip(range(args.cables), cycle(rows)):
        if serial % ROWS_PER_FILE == 0:
            if handle:
                handle.close()
            handle = open(out / f"synthetic-{serial // ROWS_PER_FILE:03d}.csv", "w", encoding="utf-8", newline="")
            writer = csv.writer(handle, escapechar="\\", doublequote=False, quoting=csv.QUOTE_ALL, lineterminator="\n")
        year = row[2][:2] if row[2][:2].isdigit() else "99"
        fresh = list(row)
        fresh[0] = str(serial + 1)
        fresh[2] = f"{year}SYNTH{serial + 1}"
        writer.writerow(fresh)
        written += 1
    if handle:
        handle.close()
    print(f"wrote {written} cables from {len(rows)} rows into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
