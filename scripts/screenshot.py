"""Render the seeds' graph.html in headless Chromium and save docs/screenshot.png.

    python scripts/screenshot.py            # builds seeds into a temporary folder first

Needs Debian's chromium at /usr/bin/chromium and the playwright Python package.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graphify import build, write_html

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def main() -> int:
    graph, _ = build([ROOT / "seeds"])
    with tempfile.TemporaryDirectory() as tmp:
        page_path = write_html(graph, Path(tmp) / "graph.html", title="graphify: the five seed cables")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=30_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
            browser.close()
    print(f"wrote {ROOT / 'docs' / 'screenshot.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
