"""laylint config [PATH]: print the resolved configuration for a path."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from laylint import pipeline
from laylint.errors import UsageError


def add_arguments(parser) -> None:
    parser.add_argument("path", nargs="?", default=".")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--schema", action="store_true",
                        help="print the JSON schema of the configuration (with the house rules of PATH's config)")


def run(args) -> int:
    path = Path(args.path)
    if not path.exists():
        raise UsageError(f"no such file or folder: {args.path}")
    project = pipeline.Project(config_file=args.config)
    config, setup = project.config_for(path), project.setup_for(path)
    if args.schema:
        from laylint import schema

        print(schema.render(setup.ruleset), end="")
        return 0
    enabled = {r.id: {"severity": r.severity, "options": asdict(r.options)} for r in setup.rules}
    print(json.dumps(config.to_json() | {"enabled_rules": enabled}, indent=2, default=str))
    return 0
