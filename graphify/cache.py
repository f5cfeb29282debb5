"""A cache of per-cable extraction results, so that a rerun does not redo NER.

Results are stored in SQLite, keyed by the cable's content (its text, id and the posts that
decide its host country) and by a fingerprint of everything extraction depends on: graphify's
extractor version, the spaCy model and its version, the data files of cable rules and the
options. Changing any of these makes old entries miss (they are replaced as cables are seen
again).

>>> import tempfile, os
>>> from graphify.extract import Extraction
>>> path = os.path.join(tempfile.mkdtemp(), "cache.sqlite")
>>> with ExtractionCache(path, fingerprint="test") as cache:
...     cache.put_many({"k1": Extraction("08ASTANA392", "KZ")})
...     cache.get_many(["k1", "k2"])
{'k1': Extraction(cable_id='08ASTANA392', host_country='KZ', mentions=(), error=None)}
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable
from importlib import resources

from graphify.extract import EXTRACTOR_VERSION, Extraction
from graphify.model import Cable


def cable_key(cable: Cable) -> str:
    """The content key of a cable: what its extraction depends on."""
    digest = hashlib.sha256()
    for part in (cable.cable_id or "", cable.origin.name if cable.origin else "", *(p.name for p in cable.to), cable.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def extractor_fingerprint(model_name: str, model_version: str, options: str = "") -> str:
    """A digest of everything an extraction result depends on besides the cable."""
    digest = hashlib.sha256()
    for part in (EXTRACTOR_VERSION, model_name, model_version, options):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    data = resources.files("graphify.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith(".py"):
            digest.update(entry.name.encode("utf-8"))
            digest.update(entry.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """SQLite file of extraction results for one extractor fingerprint."""

    def __init__(self, path: str | os.PathLike, fingerprint: str) -> None:
        self.path = os.fspath(path)
        self.fingerprint = fingerprint
        self.connection = sqlite3.connect(self.path)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, data BLOB NOT NULL)"
        )

    def get_many(self, keys: Iterable[str]) -> dict[str, Extraction]:
        """The cached extractions of those ``keys`` that have one for this fingerprint."""
        keys = list(keys)
        found: dict[str, Extraction] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.connection.execute(
                f"SELECT key, data FROM extractions WHERE fingerprint = ? AND key IN ({marks})",
                [self.fingerprint, *chunk],
            )
            for key, data in rows:
                found[key] = pickle.loads(zlib.decompress(data))
        return found

    def put_many(self, items: dict[str, Extraction]) -> None:
        """Store extractions (replacing older ones under the same keys)."""
        rows = [
            (key, self.fingerprint, zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
            for key, value in items.items()
        ]
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
