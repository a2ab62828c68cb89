"""Lint bytes with given rules through the pipeline (what `laylint check` does for one file)."""

from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input


def lint_bytes(path: str, data: bytes, rules, ruleset, sidecar_path: str | None = None, sidecar_text: str | None = None):
    return lint(Input(path, data, len(data), sidecar_path, sidecar_text), Setup(rules, ruleset))


def flagged_words(text: str, rule: str) -> list[str]:
    """The words `rule` flags in `text` (alone), lowercased: what table tests of word rules compare."""
    from laylint.api import lint_text

    lines = text.splitlines()
    return [lines[d.line - 1][d.column - 1:d.end_column - 1].lower() for d in lint_text(text, select=[rule])]
