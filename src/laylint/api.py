"""A small Python API: lint a string as if it were a file."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import yaml

from laylint import config as configuration
from laylint import engine
from laylint.rules import load_ruleset


@lru_cache(maxsize=8)
def _ruleset(rule_paths: tuple[str, ...]):
    """Rule files are read once per process for each set of rule folders, like the pipeline, so that
    matchers built on the RuleSet are reused across calls."""
    return load_ruleset([Path(p) for p in rule_paths])


def lint_text(text: str, path: str = "summary.md", select=None, ignore=None, source: dict | None = None,
              options: dict | None = None, rule_paths=(), nlp: str | None = None):
    """Diagnostics for `text`. `source` is study metadata (as a sidecar would hold it);
    `options` overrides rule options for every selected rule (used by the examples meta-test)."""
    ruleset = _ruleset(tuple(str(p) for p in rule_paths))
    rules = configuration.resolve_rules(configuration.Config(), ruleset, select, ignore)
    if options:
        rules = [replace(rule, options={**rule.options, **options}) for rule in rules]
    sidecar_text = yaml.safe_dump({"source": source}, sort_keys=False) if source is not None else None
    sidecar_path = "summary.source.yaml" if source is not None else None
    return engine.lint_bytes(path, text.encode("utf-8"), rules, ruleset, nlp, sidecar_path, sidecar_text).diagnostics
