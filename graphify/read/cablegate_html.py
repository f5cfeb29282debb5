"""WikiLeaks cable-viewer pages (``cablegate-html/2006/03/06PARIS2069.html``): a metadata table
(reference id, created, released, classification, origin), then two ``<pre>`` blocks, the
transmission header and the body, with HTML entities and tag links.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import lxml.html

from graphify.model import RawCable, Skipped, SourceMetadata


def _metadata(page) -> SourceMetadata:
    table = page.find(".//table[@class='cable']")
    if table is None:
        return SourceMetadata()
    rows = table.findall(".//tr")
    if len(rows) < 2:
        return SourceMetadata()
    names = [" ".join(th.text_content().split()).lower() for th in rows[0].findall("th")]
    values = [" ".join(td.text_content().split()) for td in rows[1].findall("td")]
    fields = dict(zip(names, values))
    created = None
    if fields.get("created"):
        try:
            created = datetime.strptime(fields["created"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
        except ValueError:
            created = None
    return SourceMetadata(
        cable_id=fields.get("reference id") or None,
        date=created,
        origin=fields.get("origin") or None,
        classification=fields.get("classification") or None,
    )


def read_html_cable(path: str, text: str) -> Iterator[RawCable | Skipped]:
    """The cable in a cable-viewer page, or a Skipped record when the page holds none."""
    try:
        page = lxml.html.document_fromstring(text.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError) as error:
        yield Skipped(path, "", f"HTML that cannot be parsed: {error}")
        return
    blocks = [pre.text_content() for pre in page.iter("pre")]
    blocks = [block for block in blocks if block.strip()]
    if not blocks:
        yield Skipped(path, "", "HTML page without a cable (no <pre> block)")
        return
    yield RawCable(text="\n\n".join(blocks), source=path, format="html", metadata=_metadata(page))
