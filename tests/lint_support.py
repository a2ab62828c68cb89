"""Lint bytes with given rules through the pipeline (what `laylint check` does for one file)."""

from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input


def lint_bytes(path: str, data: bytes, rules, ruleset, sidecar_path: str | None = None, sidecar_text: str | None = None):
    return lint(Input(path, data, len(data), sidecar_path, sidecar_text), Setup(rules, ruleset))
