"""Render the seeds' graph.html in headless Chromium and save docs/screenshot.png.

    python scripts/screenshot.py            # builds seeds into a temporary folder first

The page is shown as a user sees it after typing "Nazarbayev" into the search box and pressing
Enter: the node selected and focused, its details panel open with the cables that mention him.
Needs Debian's chromium at /usr/bin/chromium and the playwright Python package.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graphify import build, write_html

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshot.png"
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
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
            search = page.locator("#search")
            search.press_sequentially("Nazarbayev")
            search.press("Enter")
            page.wait_for_selector("#details:not([hidden])", timeout=5_000)
            selected = page.evaluate("window.network.getSelectedNodes()")
            if selected != ["person:nazarbayev"]:
                raise SystemExit(f"search did not select Nazarbayev: {selected}")
            page.mouse.move(700, 890)  # no tooltip over the drawing
            page.wait_for_timeout(800)  # the focus animation
            page.screenshot(path=str(OUT))
            browser.close()
            if errors:
                raise SystemExit(f"the page reported errors: {errors}")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
