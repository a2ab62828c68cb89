"""laylint config [PATH]: print the resolved configuration for a path."""

from __future__ import annotations

import json
from pathlib import Path

from laylint import config as configuration
from laylint.errors import UsageError
from laylint.rules import load_ruleset



def add_arguments(parser) -> None:
    parser.add_argument("path", nargs="?", default=".")
    parser.add_argument("--config", type=Path)


def run(args) -> int:
    path = Path(args.path)
    if not path.exists():
        raise UsageError(f"no such file or folder: {args.path}")
    config_path = args.config or configuration.discover(path if path.is_dir() else path.parent)
    config = configuration.load(config_path)
    rules = configuration.resolve_rules(config, load_ruleset(config.rule_paths))
    data = config.to_json() | {"enabled_rules": {r.id: {"severity": r.severity, "options": r.options} for r in rules}}
    print(json.dumps(data, indent=2, default=str))
    return 0
