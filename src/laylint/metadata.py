"""Source metadata: the study facts a summary is checked against (front matter `source` or a sidecar).

The schema is a public contract, documented in the README. Problems are returned, never raised,
each with the line and column in the YAML it came from, and become `metadata/invalid` diagnostics.
"""

from __future__ import annotations

from pathlib import Path

from laylint import yamlpos
# the schema and the validator live in their own modules; their public names stay importable from here
from laylint.metadata_schema import (CERTAINTIES, DESIGNS, FINDING_KEYS, MEASURES, MONTHS,  # noqa: F401
                                     PLAIN_MEASURES, PROPORTION_MEASURES, SIGNED_MEASURES, SOURCE_KEYS,
                                     TOTAL_QUALIFIERS, Finding, Metadata, Problem, Quantity, SearchDate,
                                     parse_quantity)
from laylint.metadata_validation import Validator


def from_mapping(data, positions: yamlpos.Positions, base: tuple = (), path: str | None = None):
    """Validate a `source` mapping; return (Metadata or None, problems)."""
    validator = Validator(positions, base, path)
    meta = validator.source(data)
    if meta is not None:
        meta.origin = path
    return meta, validator.problems


def sidecar_for(path: str) -> Path | None:
    """`<stem>.source.yaml` (or `.yml`) beside the summary."""
    if not path or path == "-":
        return None
    summary = Path(path)
    for suffix in (".source.yaml", ".source.yml"):
        candidate = summary.with_name(summary.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def load_sidecar(sidecar: Path, text: str):
    """Parse a sidecar: either the mapping itself or `source: {...}`."""
    try:
        data, positions = yamlpos.load_lazy(text)
    except yamlpos.YamlError as exc:
        return None, [Problem(f"invalid YAML: {exc.message}", exc.line, exc.column, str(sidecar))]
    base = ()
    if isinstance(data, dict) and set(data) == {"source"}:
        data, base = data["source"], ("source",)
    return from_mapping(data, positions, base, str(sidecar))
