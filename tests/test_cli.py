"""The command line, run as a user runs it: ``python -m graphify ...`` in a subprocess.

Exit codes, what is written where, the summary on stderr, one-line errors without a traceback,
mixed input folders and a C locale.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_TXT = SEEDS / "000_9feede66ac886c36.txt"  # 08ASTANA392
# A real WikiLeaks cable-viewer page, copied from ../shared/corpus/cablegate-html/2010/01/.
CABLEGATE_HTML = REPO / "tests" / "fixtures" / "cablegate-html" / "10MADRID49.html"
OUTPUTS = ["graph.gexf", "graph.graphml", "graph.html", "skipped.csv"]
CACHE = "cache.sqlite"  # the extraction cache, by default in the output folder


def graphify(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "graphify", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip("\n").splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("graphify: error: "), lines[0]
    return lines[0]


def read_skipped(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def parse_summary(stderr: str) -> dict:
    """The numbers of the summary the CLI prints on stderr."""
    read = re.search(r"^read (\d+) cables in (\d+(?:\.\d+)?) s\b", stderr, re.M)
    assert read, stderr
    in_graph = re.search(r"^\s+in graph: (\d+)", stderr, re.M)
    skipped = re.search(r"^\s+skipped:\s+(\d+)", stderr, re.M)
    nodes = re.search(r"^nodes: (\d+)\n((?:[ \t]+\S.*\n?)*)", stderr, re.M)
    edges = re.search(r"^edges: (\d+)\n((?:[ \t]+\S.*\n?)*)", stderr, re.M)
    assert in_graph and skipped and nodes and edges, stderr

    def by_kind(block: str) -> Counter:
        return Counter({m.group(1): int(m.group(2)) for m in re.finditer(r"^\s+(\S+)\s+(\d+)", block, re.M)})

    return {
        "read": int(read.group(1)),
        "seconds": float(read.group(2)),
        "in_graph": int(in_graph.group(1)),
        "skipped": int(skipped.group(1)),
        "nodes": int(nodes.group(1)),
        "nodes_by_type": by_kind(nodes.group(2)),
        "edges": int(edges.group(1)),
        "edges_by_relation": by_kind(edges.group(2)),
    }


def read_graph(out: Path) -> nx.MultiDiGraph:
    return nx.read_graphml(out / "graph.graphml", force_multigraph=True)


def clean_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIOENCODING", "PYTHONCOERCECLOCALE"))}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"  # does not exist yet: the CLI creates it
    proc = graphify("build", "seeds", "--out", str(out))
    return proc, out


# ----------------------------------------------------------------------------------------------
# build on the seeds


def test_build_seeds_writes_the_three_files(seeds_run):
    proc, out = seeds_run
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS + [CACHE])  # no temporary files left
    assert read_skipped(out / "skipped.csv") == [["source", "location", "reason"]]
    assert (out / "graph.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    G = read_graph(out)
    cables = {n for n, d in G.nodes(data=True) if d["type"] == "cable" and not d["stub"]}
    assert cables == {"08ASTANA392", "08BAKU64", "08ASTANA2267", "09ASTANA2051", "06ALMATY1946"}
    # Relative input paths are recorded as given.
    assert G.nodes["08ASTANA392"]["source"] == "seeds/000_9feede66ac886c36.txt"


def test_build_seeds_summary(seeds_run):
    proc, out = seeds_run
    summary = parse_summary(proc.stderr)
    assert (summary["read"], summary["in_graph"], summary["skipped"]) == (5, 5, 0)
    assert 0 <= summary["seconds"] < 60
    assert re.search(r"^\s+in graph: 5 \(5 text\)$", proc.stderr, re.M), proc.stderr
    G = read_graph(out)
    assert summary["nodes"] == G.number_of_nodes() and summary["edges"] == G.number_of_edges()
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    relations = Counter(d["relation"] for _, _, d in G.edges(data=True))
    assert summary["nodes_by_type"] == types
    assert summary["edges_by_relation"] == relations
    assert set(types) == {"cable", "post", "person", "country", "ministry"}
    stubs = sum(1 for _, d in G.nodes(data=True) if d.get("stub"))
    assert re.search(rf"^\s+cable\s+{types['cable']} \({stubs} cited, not in corpus\)$", proc.stderr, re.M)
    assert "wrote " in proc.stderr and str(out / "graph.graphml") in proc.stderr
    assert proc.stdout == ""


def test_quiet_and_no_html(tmp_path):
    out = tmp_path / "out"
    proc = graphify("build", "seeds", "--out", str(out), "--quiet", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and proc.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["cache.sqlite", "graph.gexf", "graph.graphml", "skipped.csv"]


def test_build_is_deterministic(seeds_run, tmp_path):
    _, first = seeds_run
    proc = graphify("build", "seeds", "--out", str(tmp_path), "--quiet")
    assert proc.returncode == 0, proc.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


# ----------------------------------------------------------------------------------------------
# help


def test_help_top_level():
    proc = graphify("--help")
    assert proc.returncode == 0, proc.stderr
    assert "usage: graphify" in proc.stdout
    assert "build" in proc.stdout and "--version" in proc.stdout
    assert proc.stderr == ""


def test_help_build_mentions_every_option():
    proc = graphify("build", "--help")
    assert proc.returncode == 0, proc.stderr
    for option in ("--out", "--no-html", "--quiet", "--no-ner", "--model", "PATH"):
        assert option in proc.stdout, option
    assert "graph.graphml" in proc.stdout and "skipped.csv" in proc.stdout


def test_help_top_level_mentions_build_options():
    proc = graphify("--help")
    assert proc.returncode == 0
    for option in ("--out", "--no-html", "--quiet"):
        assert option in proc.stdout, option


def test_version():
    import graphify as package

    proc = graphify("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"graphify {package.__version__}"


# ----------------------------------------------------------------------------------------------
# errors: exit 2, one line, no traceback, nothing written


@pytest.mark.parametrize("paths", [["no-such-folder"], ["seeds", "no-such-file.txt"]])
def test_missing_path(tmp_path, paths):
    out = tmp_path / "out"
    proc = graphify("build", *[str(tmp_path / p) if p.startswith("no-") else p for p in paths],
                    "--out", str(out))
    line = assert_one_line_error(proc)
    assert "no-such-" in line
    assert not out.exists(), "nothing may be written when an input is missing"
    assert list(tmp_path.iterdir()) == []


def test_out_under_a_regular_file(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    proc = graphify("build", "seeds", "--out", str(blocker / "out"))
    line = assert_one_line_error(proc)
    assert "--out" in line and str(blocker / "out") in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_out_is_a_regular_file(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    proc = graphify("build", "seeds", "--out", str(blocker))
    assert_one_line_error(proc)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_out_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: a read-only folder is still writable")
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        proc = graphify("build", "seeds", "--out", str(out))
        line = assert_one_line_error(proc)
        assert "--out" in line
        assert list(out.iterdir()) == []
    finally:
        out.chmod(stat.S_IRWXU)


def test_output_file_is_a_folder(tmp_path):
    (tmp_path / "graph.graphml").mkdir()
    proc = graphify("build", "seeds", "--out", str(tmp_path), "--quiet")
    assert_one_line_error(proc)


# ----------------------------------------------------------------------------------------------
# a folder that mixes formats


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "html").mkdir(parents=True)
    shutil.copy(SEED_TXT, folder / "cable.txt")
    shutil.copy(CABLEGATE_HTML, folder / "html" / "10MADRID49.html")
    (folder / "empty.txt").write_bytes(b"")
    # A binary file (a PNG signature and header, then every byte value).
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return folder


def test_mixed_folder(mixed_folder, tmp_path):
    assert CABLEGATE_HTML.is_file(), "fixture tests/fixtures/cablegate-html/10MADRID49.html is missing"
    out = tmp_path / "out"
    proc = graphify("build", str(mixed_folder), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr

    G = read_graph(out)
    cables = {n for n, d in G.nodes(data=True) if d["type"] == "cable" and not d["stub"]}
    assert cables == {"08ASTANA392", "10MADRID49"}
    assert G.nodes["10MADRID49"]["classification"] == "CONFIDENTIAL"
    assert G.nodes["10MADRID49"]["date"] == "2010-01-19T17:34:00+00:00"
    assert G.nodes["10MADRID49"]["origin"] == "AMEMBASSY MADRID"
    assert Path(G.nodes["10MADRID49"]["source"]).name == "10MADRID49.html"
    assert Path(G.nodes["08ASTANA392"]["source"]).name == "cable.txt"

    rows = read_skipped(out / "skipped.csv")
    assert rows[0] == ["source", "location", "reason"]
    reasons = {Path(row[0]).name: row[2] for row in rows[1:]}
    assert len(rows) == 3 and set(reasons) == {"empty.txt", "picture.png"}, rows
    assert "empty" in reasons["empty.txt"].lower()
    assert "binary" in reasons["picture.png"].lower() or "not a text" in reasons["picture.png"].lower()

    summary = parse_summary(proc.stderr)
    assert summary["read"] == 4
    assert summary["in_graph"] == 2 and summary["skipped"] == 2
    assert summary["read"] == summary["in_graph"] + summary["skipped"]
    assert re.search(r"^\s+in graph: 2 \(1 html, 1 text\)$", proc.stderr, re.M), proc.stderr
    for reason in reasons.values():
        assert reason in proc.stderr


def test_single_files_as_arguments(tmp_path):
    out = tmp_path / "out"
    proc = graphify("build", str(SEED_TXT), str(CABLEGATE_HTML), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    G = read_graph(out)
    assert {"08ASTANA392", "10MADRID49"} <= set(G)


# ----------------------------------------------------------------------------------------------
# locale


def test_build_under_lc_all_c(seeds_run, tmp_path):
    env = clean_env(LC_ALL="C")
    proc = graphify("build", "seeds", "--out", str(tmp_path), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert parse_summary(proc.stderr)["in_graph"] == 5
    _, first = seeds_run
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_build_under_strict_c_locale(seeds_run, tmp_path):
    """LC_ALL=C without Python's automatic UTF-8 mode: ASCII stdio and file-system encoding."""
    env = clean_env(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    probe = subprocess.run([sys.executable, "-c", "import sys; print(sys.getfilesystemencoding())"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert "utf" not in probe.stdout.lower(), f"locale was not C: {probe.stdout}"
    proc = graphify("build", "seeds", "--out", str(tmp_path), env=env)
    assert proc.returncode == 0, proc.stderr
    assert parse_summary(proc.stderr)["in_graph"] == 5
    _, first = seeds_run
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def _latin1_name(folder: Path, name: bytes) -> Path:
    """A path under ``folder`` whose file name is not UTF-8 (as unzip makes from old archives)."""
    return Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in names")
def test_non_utf8_file_name_in_skipped_csv(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_TXT, folder / "cable.txt")
    _latin1_name(folder, b"caf\xe9.txt").write_bytes(b"")
    out = tmp_path / "out"
    proc = graphify("build", str(folder), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    rows = read_skipped(out / "skipped.csv")
    assert len(rows) == 2 and rows[1][2] == "empty file"
    assert rows[1][0].endswith(".txt") and "caf" in rows[1][0]


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in names")
def test_non_utf8_folder_name(tmp_path):
    folder = _latin1_name(tmp_path, b"Ast\xe1na")
    folder.mkdir()
    shutil.copy(SEED_TXT, folder / "cable.txt")
    out = tmp_path / "out"
    proc = graphify("build", str(folder), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS + [CACHE])
    source = read_graph(out).nodes["08ASTANA392"]["source"]
    assert source.startswith(str(tmp_path)) and source.endswith("cable.txt")
    assert re.search(r"/Ast.na/cable\.txt$", source), source  # one character for the \xe1 byte, not none


def test_no_ner_gives_the_header_graph(tmp_path):
    proc = graphify("build", "seeds", "--out", str(tmp_path), "--no-ner", "--quiet", "--no-html")
    assert proc.returncode == 0, proc.stderr
    G = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    relations = Counter(d["relation"] for _, _, d in G.edges(data=True))
    assert relations["mentions"] == 0 and relations["member_of"] == 0
    assert relations["from"] == 5 and relations["classified_by"] == 4
    assert not any(d["type"] == "ministry" for _, d in G.nodes(data=True))


def test_unknown_model_is_a_one_line_error(tmp_path):
    out = tmp_path / "out"
    proc = graphify("build", "seeds", "--out", str(out), "--model", "no_such_model_xyz")
    message = assert_one_line_error(proc)
    assert "no_such_model_xyz" in message
    assert not (out / "graph.graphml").exists()


def test_rerun_reuses_the_extraction_cache(tmp_path):
    out = tmp_path / "out"
    first = graphify("build", "seeds", "--out", str(out))
    assert "extraction cache: 0 reused, 5 extracted" in first.stderr, first.stderr
    graph = (out / "graph.graphml").read_bytes()
    second = graphify("build", "seeds", "--out", str(out), "--jobs", "1")
    assert "extraction cache: 5 reused, 0 extracted" in second.stderr, second.stderr
    assert (out / "graph.graphml").read_bytes() == graph
    third = graphify("build", "seeds", "--out", str(tmp_path / "other"), "--no-cache", "--quiet")
    assert third.returncode == 0 and not (tmp_path / "other" / CACHE).exists()
