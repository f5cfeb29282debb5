"""How notebooks/data/ was made: a small, fixed sample of the shared corpus for the notebooks.

Run once by hand, from the repository root, where ../shared/corpus exists (CI does not have it and
never runs this; the notebooks read only the committed copies):

    python notebooks/make_sample.py ../shared/corpus

* ``cablegate-html/``: 23 cable-viewer pages copied byte for byte, in the corpus's YYYY/MM/ layout
  (the smallest pages of the release are ~37 KB, most of it the viewer's navigation; 23 of them
  keep the folder under 1 MB): four from Embassy Rangoon (2004-2009), a pair from Brasilia (2005)
  where one cites the other, three cables of December 2009 (Tallinn, Warsaw, USNATO) that all cite
  the same State cable (not copied: it shows as a cited "stub"), two from Madrid (1986, 2007) and
  twelve small ones from other posts.
* ``cables-csv/embassy-rangoon-sample.csv``: 60 whole rows of ``embassy-rangoon.csv`` copied
  verbatim (the same bytes: no header row, backslash escapes), chosen so that many of them cite
  each other, from 1992 to 2005.

No cable of ``benchmarks/entities/cables.json`` (the hand-annotated evaluation sets) is copied.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

HTML_PAGES = [
    # Embassy Rangoon on Burma
    "2004/01/04RANGOON88",
    "2004/08/04RANGOON1100",
    "2007/01/07RANGOON105",
    "2009/11/09RANGOON732",
    # cables that cite each other, or the same cable
    "2005/05/05BRASILIA1396",
    "2005/10/05BRASILIA2767",
    "2007/03/07MADRID546",
    "2009/12/09TALLINN373",
    "2009/12/09WARSAW1228",
    "2009/12/09USNATO588",
    # more years and posts
    "1986/05/86MADRID5480",
    "2006/12/06BRIDGETOWN2164",
    "2006/03/06ISLAMABAD3705",
    "2008/07/08VLADIVOSTOK68",
    "2008/09/08MOSCOW2700",
    "2008/04/08KUALALUMPUR317",
    "2008/08/08OSLO461",
    "2009/10/09KABUL3423",
    "2009/10/09CARACAS1296",
    "2009/05/09DUSHANBE575",
    "2009/04/09BERLIN406",
    "2009/08/09LIMA1191",
    "2010/02/10TELAVIV414",
]

CSV_FILE = "embassy-rangoon.csv"
CSV_ROWS = 60
MAX_ROW_CHARS = 6000


def excluded_ids(repo: Path) -> set[str]:
    """Cable ids and sources of the entity-evaluation sets, never to be copied."""
    listed = json.loads((repo / "benchmarks/entities/cables.json").read_text(encoding="utf-8"))
    out = set(listed)
    for entry in listed.values():
        out.add(entry.get("source", ""))
        out.add(entry.get("metadata", {}).get("cable_id", ""))
    return out


def csv_rows(path: Path) -> list[tuple[int, list[str], str]]:
    """(first line number, fields, raw text) of every row of a cables.csv file."""
    text = path.read_bytes().decode("utf-8")
    lines = [line + "\n" for line in text.split("\n")]  # as the csv module counts them
    lines[-1] = lines[-1][:-1]
    reader = csv.reader(io.StringIO(text, newline=""), escapechar="\\", doublequote=False)
    rows, line = [], 0
    for fields in reader:
        start, line = line + 1, reader.line_num
        if fields:
            rows.append((start, fields, "".join(lines[start - 1 : line])))
    return rows


def pick_rows(rows, excluded: set[str], taken: set[str]):
    """Rows of small cables, first those in the biggest groups that cite each other, then one
    per year not yet covered; in file order."""
    ok = [r for r in rows if r[1][2] not in excluded and r[1][2] not in taken
          and f"cables-csv/{CSV_FILE}:line {r[0]}" not in excluded and len(r[1][7]) < MAX_ROW_CHARS]
    by_id = {r[1][2]: r for r in ok}
    cited_by: dict[str, list[str]] = {}
    for r in ok:
        for ref in r[1][5].split("|"):
            if ref in by_id:
                cited_by.setdefault(ref, []).append(r[1][2])
    chosen: list[str] = []
    for target, citers in sorted(cited_by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        for cable in [target, *citers]:
            if cable not in chosen and len(chosen) < CSV_ROWS - 6:
                chosen.append(cable)
    years = {by_id[c][1][1].split()[0].split("/")[2] for c in chosen}
    for r in ok:
        year = r[1][1].split()[0].split("/")[2]
        if year not in years and len(chosen) < CSV_ROWS:
            chosen.append(r[1][2])
            years.add(year)
    for r in ok:
        if len(chosen) >= CSV_ROWS:
            break
        if r[1][2] not in chosen:
            chosen.append(r[1][2])
    keep = set(chosen)
    return [r for r in ok if r[1][2] in keep]


def main(corpus: Path) -> None:
    repo = Path(__file__).resolve().parents[1]
    out = Path(__file__).resolve().parent / "data"
    excluded = excluded_ids(repo)
    for page in HTML_PAGES:
        cable_id = page.rsplit("/", 1)[1]
        source = f"cablegate-html/{page}.html"
        assert cable_id not in excluded and source not in excluded, page
        target = out / source
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / source, target)
    taken = {page.rsplit("/", 1)[1] for page in HTML_PAGES}
    rows = pick_rows(csv_rows(corpus / "cables-csv" / CSV_FILE), excluded, taken)
    target = out / "cables-csv" / CSV_FILE.replace(".csv", "-sample.csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n")  # the release's files start with an empty line
        for _, _, raw in rows:
            fh.write(raw if raw.endswith("\n") else raw + "\n")
    copied = [fields for _, fields, _ in csv_rows(target)]
    assert copied == [fields for _, fields, _ in rows], "the copied rows do not read back the same"
    print(f"{len(HTML_PAGES)} pages, {len(rows)} CSV rows -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"))
