"""laylint explain RULE-ID: the rule's docs (what it does, why, examples), like `ruff rule`."""

from __future__ import annotations

from pathlib import Path

from laylint import config as configuration
from laylint.errors import UsageError
from laylint.rules import load_ruleset



def add_arguments(parser) -> None:
    parser.add_argument("rule_id")
    parser.add_argument("--config", type=Path)


def render(rule) -> str:
    lines = [f"# {rule.id} ({rule.severity}{'' if rule.enabled else ', off by default'})", "",
             "## What it does", rule.description.strip(), ""]
    if rule.rationale:
        lines += ["## Why it matters", rule.rationale.strip(), ""]
    for label, key in (("## Example (flagged)", "fail"), ("## Use instead (passes)", "pass")):
        if rule.examples.get(key):
            lines.append(label)
            lines += [f"    {line}" for example in rule.examples[key] for line in example.strip().splitlines() + [""]]
    if rule.options:
        lines += ["## Options (set under `rules:` in .laylint.yaml)"]
        lines += [f"- {key}: {value if not isinstance(value, (list, dict)) else type(value).__name__ + ' of ' + str(len(value))}"
                  for key, value in sorted(rule.options.items())]
    return "\n".join(lines).rstrip() + "\n"


def run(args) -> int:
    config = configuration.load(args.config or configuration.discover(Path.cwd()))
    ruleset = load_ruleset(config.rule_paths)
    rule = ruleset.rules.get(args.rule_id)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule_id!r} (see `laylint rules`)")
    print(render(rule), end="")
    return 0
