"""The README's Python example runs as written (in a folder holding ``seeds/``) and gives what
its comments say."""

from __future__ import annotations

import ast
import os
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def python_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.S)


def test_readme_python_example_runs(tmp_path, monkeypatch):
    [block] = python_blocks()
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)
    # The values the comments promise.
    for line in block.splitlines():
        code, _, comment = line.partition("#")
        if comment.strip().startswith("("):
            assert eval(code.strip(), namespace) == ast.literal_eval(comment.strip()), line
    assert sorted(os.listdir(tmp_path / "out")) == ["graph.gexf", "graph.graphml", "neo4j"]
    assert (tmp_path / "nazarbayev.html").stat().st_size > 100_000
