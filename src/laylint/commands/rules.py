"""laylint rules: list every rule with its id, severity and one line."""

from __future__ import annotations

import json
from pathlib import Path

from laylint import pipeline


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", type=Path, help="config file whose rule_paths to include")


def run(args) -> int:
    ruleset = pipeline.Project(config_file=args.config).setup_for(Path.cwd()).ruleset
    rules = sorted(ruleset.rules.values(), key=lambda r: r.id)
    if args.format == "json":
        print(json.dumps([{"id": r.id, "severity": r.severity, "enabled": r.enabled, "kind": r.kind,
                           "summary": r.summary} for r in rules], indent=2))
        return 0
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        state = "" if rule.enabled else " (off by default)"
        print(f"{rule.id:{width}}  {rule.severity:7}  {rule.summary}{state}")
    return 0
