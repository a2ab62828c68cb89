"""Check kinds: one module per kind (like Vale's extension points), listed in an explicit registry.

A rule's `kind: hard-sentence` runs the `KIND` of `laylint.checks.hard_sentence` (a checks.kind.Kind:
its options with types and defaults, its message fields, its check function). A user's rule pack
can add kinds through the `laylint.kinds` entry point group (name = kind, value = "module:KIND").
Kind modules must not import spaCy at import time: a fully cached run never loads it.
"""

from __future__ import annotations

import importlib

from laylint.checks.kind import Kind

ENTRY_POINT_GROUP = "laylint.kinds"
BUILTIN = {  # kind -> module under laylint.checks
    "acronym": "acronym",
    "certainty": "certainty",
    "claim-verdict": "claim_verdict",
    "escaped-text": "escaped_text",
    "existence": "existence",
    "grade": "grade",
    "hard-sentence": "hard_sentence",
    "hidden-characters": "hidden_characters",
    "jargon-density": "jargon_density",
    "jargon-term": "jargon_term",
    "leftover": "leftover",
    "limitations": "limitations",
    "metadata-invalid": "metadata_invalid",
    "metadata-missing": "metadata_missing",
    "missing-finding": "missing_finding",
    "overclaim": "overclaim",
    "rare-word": "rare_word",
    "search-date": "search_date",
    "sentence-length": "sentence_length",
    "substitution": "substitution",
    "too-large": "io",
    "unknown-pair": "unknown_pair",
    "unknown-rule": "control",
    "unreadable": "io",
    "word-count": "word_count",
}
_loaded: dict[str, Kind] = {}


def exists(name: str) -> bool:
    return isinstance(name, str) and (name in BUILTIN or name in _plugins())


def get(name: str) -> Kind:
    if name not in _loaded:
        if name in BUILTIN:
            module = importlib.import_module(f"{__name__}.{BUILTIN[name]}")
            kind = next(k for k in _kinds_of(module) if k.name == name)
        else:
            kind = _plugins()[name].load()
        if not isinstance(kind, Kind) or kind.name != name:
            raise TypeError(f"entry point for kind {name!r} is not a laylint.checks.kind.Kind named {name!r}")
        _loaded[name] = kind
    return _loaded[name]


def _kinds_of(module) -> list[Kind]:
    return [value for value in vars(module).values() if isinstance(value, Kind)]


_plugin_cache: dict | None = None


def _plugins() -> dict:
    """Kinds from installed rule packs; looked up only for a kind that is not built in."""
    global _plugin_cache
    if _plugin_cache is None:
        from importlib.metadata import entry_points

        _plugin_cache = {point.name: point for point in entry_points(group=ENTRY_POINT_GROUP)}
    return _plugin_cache
