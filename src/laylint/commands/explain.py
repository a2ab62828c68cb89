"""laylint explain RULE-ID: the rule's docs (what it does, why, examples), like `ruff rule`."""

from __future__ import annotations

from pathlib import Path

from laylint import pipeline
from laylint.errors import UsageError, did_you_mean
from laylint.ruleset.docs import render


def add_arguments(parser) -> None:
    parser.add_argument("rule_id")
    parser.add_argument("--config", type=Path)


def run(args) -> int:
    ruleset = pipeline.Project(config_file=args.config).setup_for(Path.cwd()).ruleset
    rule = ruleset.rules.get(args.rule_id)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule_id!r}{did_you_mean(args.rule_id, ruleset.rules)} (see `laylint rules`)")
    print(render(rule), end="")
    from laylint.ruleset.docs import url

    link = url(rule, pipeline.Project(config_file=args.config).docs_url())
    if link:
        print(f"\nDocs: {link}")
    return 0
