"""Parse the text of a cable into a :class:`~graphify.model.Cable`.

``parse_cable`` never raises on odd text: what it cannot find is ``None`` or empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphify.model import Cable, Post, RawCable, SourceMetadata
from graphify.parse.body import find_signature, split_paragraphs
from graphify.parse.fields import (
    classification_level,
    find_caveat_lines,
    find_classification_line,
    find_classified_by,
    find_declassify,
    find_subject,
    find_tags,
)
from graphify.cabletext import Line, split_lines
from graphify.parse.references import find_references, parse_reference_items
from graphify.parse.routing import Routing, parse_routing
from graphify.posts import canonical_cable_id, normalize_cable_id, post_country, post_from_origin

__all__ = ["parse_cable", "parse_raw", "why_no_id"]

# A date-time group line followed by an FM line, wherever it is in the text.
LATE_ROUTING = re.compile(r"^[ \t]*[ZOPR][ \t]+\d{6}Z[ \t]+[A-Z]{3}[ \t]+\d{2}[ \t]*\n[ \t]*FM[ \t]", re.M)
# A line of addressees: "INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY", "TO SECSTATE WASHDC".
ADDRESS_LINE = re.compile(r"[ \t]*(?:TO|INFO)[ \t]+[A-Z]")
# Control characters other than tab, newline and form feed: stray bytes of old files, dropped.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Lines after which a header region with no classification line is taken to end.
_HEADER_END_FIELDS = ("TAGS", "SUBJ", "E.O.", "EO 1", "E. O.")


def _addressees_after_classification(lines: list[Line], first: int) -> dict[str, tuple[Post, ...]]:
    """The TO and INFO addressees a partial extract writes between its classification line and
    its first field ("INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY" / "AMEMBASSY BOGOTA PRIORITY"
    before "E.O. 12958"), from a line that starts with TO or INFO, up to a blank line. None when
    no field follows within a few lines, or when one addressee is no post ("STATE PASS TO INL/LP
    KBROWN")."""
    near = range(first, min(first + 25, len(lines)))  # "for" lines may stand between: 04PRETORIA5344
    end = next((i for i in near if lines[i].text.lstrip().upper().startswith(_HEADER_END_FIELDS)), None)
    start = next((i for i in near[:15] if ADDRESS_LINE.match(lines[i].text)), None)
    if end is None or start is None or start > end:
        return {}
    found = parse_routing("\n".join(line.text for line in lines[start:end]))
    posts = found.to + found.info
    if not all(post_country(post.name) is not None or "COLLECTIVE" in post.name.split() for post in posts):
        return {}
    return {"to": found.to, "info": found.info}


def parse_cable(text: str, metadata: SourceMetadata | None = None) -> Cable:
    """Parse a cable's text. ``metadata`` (from the HTML table or CSV columns) fills what the
    text lacks: the id, date, origin, classification and references of partial extracts.

    >>> cable = parse_cable(open("seeds/000_9feede66ac886c36.txt", encoding="utf-8").read())
    >>> cable.cable_id, cable.date.isoformat(), cable.origin.name, cable.references
    ('08ASTANA392', '2008-02-28T06:34:00+00:00', 'AMEMBASSY ASTANA', ('08STATE4865',))
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    text = CONTROL_CHARACTERS.sub("", text)
    metadata = metadata or SourceMetadata()
    lines = split_lines(text)
    class_line = find_classification_line(lines)

    # The transmission header is everything before the classification line.
    if class_line is not None:
        header_end = lines[class_line.index].start
        fields_from = class_line.index + 1
    else:
        header_end, fields_from = len(text), 0
        for index, line in enumerate(lines):
            if line.text.lstrip().upper().startswith(_HEADER_END_FIELDS):
                header_end, fields_from = line.start, index
                break
    routing = parse_routing(text[:header_end]) if header_end else Routing()
    if routing.origin is None:
        # Pages printed from a mail system may carry the transmission header further down.
        later = LATE_ROUTING.search(text, header_end)
        if later:
            routing = parse_routing(text[later.start() : later.start() + 4000])
    if class_line is not None and not (routing.origin or routing.to or routing.info):
        routing = replace(routing, **_addressees_after_classification(lines, fields_from))

    date = routing.date or metadata.date
    year = date.year if date else None

    found = {
        "tags": find_tags(lines, fields_from),
        "subject": find_subject(lines, fields_from),
        "references": find_references(lines, fields_from),
        "classified_by": find_classified_by(lines, fields_from),
        "declassify": find_declassify(lines, fields_from),
    }
    # A Classified By line that is paragraph 1 of the body does not end the header.
    header_lines = [
        value[1] for key, value in found.items() if value is not None and not (key == "classified_by" and value[2])
    ]
    if class_line is not None:
        header_lines.append(class_line.index)
    header_last = max(header_lines, default=-1)
    caveats, caveat_last = find_caveat_lines(lines, fields_from, header_last + 1 if header_last >= 0 else 12)
    if caveat_last is not None:
        header_last = max(header_last, caveat_last)

    cable_id = None
    if class_line is not None and year is not None:
        cable_id = canonical_cable_id(year, class_line.station, class_line.serial)
    if metadata.cable_id:
        cable_id = normalize_cable_id(metadata.cable_id) or cable_id

    references: list[str] = []
    notal: list[str] = []
    if found["references"] is not None:
        for reference in parse_reference_items(found["references"][0], year):
            if reference.cable_id != cable_id:
                references.append(reference.cable_id)
                if reference.notal:
                    notal.append(reference.cable_id)
    for written in metadata.references:
        normalized = normalize_cable_id(written)
        if normalized and normalized != cable_id and normalized not in references and not found["references"]:
            references.append(normalized)

    body_start = lines[header_last].end if header_last >= 0 else 0
    body_end = len(text)
    signature = find_signature(text, body_start, body_end)
    if signature is not None:
        body_end = signature[1]

    classification = class_line.classification if class_line else None
    if classification is None and metadata.classification:
        classification = classification_level(metadata.classification)
    caveats = (class_line.caveats if class_line else ()) + tuple(
        c for c in caveats if not class_line or c not in class_line.caveats
    )
    if metadata.classification and "//" in metadata.classification:
        extra = tuple(c.strip() for c in metadata.classification.split("//")[1:] if c.strip())
        caveats += tuple(c for c in extra if c not in caveats)

    origin = routing.origin
    if origin is None and metadata.origin:
        post = post_from_origin(metadata.origin)
        origin = Post(post) if post else None

    return Cable(
        text=text,
        cable_id=cable_id,
        station=class_line.station if class_line else None,
        serial=class_line.serial if class_line else None,
        date=date,
        precedence=routing.precedence,
        classification=classification,
        caveats=caveats,
        origin=origin,
        to=routing.to,
        info=routing.info,
        tags=found["tags"][0] if found["tags"] else (),
        subject=found["subject"][0] if found["subject"] else None,
        references=tuple(references),
        references_notal=tuple(notal),
        classified_by=found["classified_by"][0] if found["classified_by"] else None,
        classified_by_span=_line_span(lines, found["classified_by"]),
        signed_by=signature[0] if signature else None,
        declassify_on=found["declassify"][0] if found["declassify"] else None,
        paragraphs=split_paragraphs(text, body_start, body_end),
    )


def _line_span(lines: list[Line], classified_by: tuple | None) -> tuple[int, int] | None:
    """Where a Classified By line of the header is in the text (None when there is none, or when
    it is paragraph 1 of the body)."""
    if classified_by is None or classified_by[2]:
        return None
    return lines[classified_by[3]].start + classified_by[4], lines[classified_by[1]].end


def parse_raw(raw: RawCable) -> Cable:
    """Parse a cable as read by a reader, with its metadata and source."""
    return replace(parse_cable(raw.text, raw.metadata), source=raw.where)


def why_no_id(cable: Cable) -> str:
    """Why a parsed cable has no ``cable_id``, in words for the skipped report.

    >>> why_no_id(parse_cable("C O N F I D E N T I A L MADRID 001731\\n\\n1. (C) DCM met Leon."))
    'no cable id: the classification line names MADRID 1731 but no date gives its year (no date-time group, no date in the metadata)'
    """
    if not cable.text.strip():
        return "empty cable text"
    class_line = find_classification_line(split_lines(cable.text))
    if class_line is not None and cable.date is None:
        return (f"no cable id: the classification line names {class_line.station} {class_line.serial} "
                "but no date gives its year (no date-time group, no date in the metadata)")
    return "no cable id: no classification line with station and serial, and no id in the metadata"

