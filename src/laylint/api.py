"""A small Python API: lint a string as if it were a file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from laylint import config as configuration
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import load_ruleset, resolve_rules
from laylint.ruleset.selection import with_settings


@lru_cache(maxsize=8)
def _ruleset(rule_paths: tuple[str, ...]):
    """Rule files are read once per process for each set of rule folders, like the pipeline, so that
    matchers built on the RuleSet are reused across calls."""
    return load_ruleset([Path(p) for p in rule_paths])


def lint_text(text: str, path: str = "summary.md", select=None, ignore=None, source: dict | None = None,
              options: dict | None = None, rule_paths=(), nlp: str | None = None):
    """Diagnostics for `text`. `source` is study metadata (as a sidecar would hold it); `options`
    overrides rule options, for every selected rule whose kind has them (the examples meta-test)."""
    ruleset = _ruleset(tuple(str(p) for p in rule_paths))
    rules = resolve_rules(configuration.Config(), ruleset, select, ignore)
    if options:
        rules = [with_settings(rule, _known(rule, options)) for rule in rules]
    sidecar_text = yaml.safe_dump({"source": source}, sort_keys=False) if source is not None else None
    sidecar_path = "summary.source.yaml" if source is not None else None
    data = text.encode("utf-8")
    source_input = Input(path, data, len(data), sidecar_path, sidecar_text)
    return lint(source_input, Setup(rules, ruleset, nlp)).diagnostics


def _known(rule, options: dict) -> dict:
    from laylint.ruleset.options import option_types

    known = option_types(rule.kind_spec().options)
    return {key: value for key, value in options.items() if key in known}
