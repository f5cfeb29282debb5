"""Bytes to text: BOMs, UTF-8, UTF-16, and the cp1252 / latin-1 that old files are in."""

from __future__ import annotations

import codecs


class NotText(ValueError):
    """The bytes are not text (binary data)."""


def decode(data: bytes) -> str:
    """Decode the bytes of a text file, whatever common encoding it is in.

    >>> decode("¶1. (C) Café".encode("utf-8-sig")), decode("¶1. (C) Café".encode("cp1252"))
    ('¶1. (C) Café', '¶1. (C) Café')
    >>> decode("REF: STATE 4865".encode("utf-16"))
    'REF: STATE 4865'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a BOM: every other byte is zero in ASCII text.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    if b"\x00" in sample:
        raise NotText("binary data (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 is a superset of latin-1's printable range; undefined bytes fall back to latin-1.
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        text = data.decode("latin-1")
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > len(text[:4096]) // 10:
        raise NotText("binary data (control bytes)")
    return text
