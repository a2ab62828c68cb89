"""A rule's documentation, made from its YAML and its kind: for `laylint explain`, SARIF help, the
language server's hover, and the generated pages under docs/rules/ (one per rule)."""

from __future__ import annotations

from pathlib import Path

from laylint.ruleset import options as decoding


def page_path(rule) -> str:
    """Where the rule's page is on the documentation site (MkDocs, use_directory_urls off)."""
    return f"rules/{rule.id}.html"


def is_builtin(rule) -> bool:
    from laylint.ruleset.loading import builtin_rules_dir

    try:
        return Path(rule.path).resolve().is_relative_to(builtin_rules_dir())
    except (OSError, ValueError):
        return False


def url(rule, base: str) -> str | None:
    """The rule's page under the documentation site `base`; None for a house rule (no page)."""
    if not base or not is_builtin(rule):
        return None
    return base.rstrip("/") + "/" + page_path(rule)


def user_options(rule) -> list[tuple[str, str, object]]:
    """(name, type, value for this rule) of every option a user may set."""
    kind = rule.kind_spec()
    types = decoding.option_types(kind.options)
    return [(name, decoding.type_name(types[name]), getattr(rule.options, name))
            for name in types if name not in kind.internal]


def _value(value) -> str:
    if isinstance(value, (list, dict)):
        return f"{type(value).__name__} of {len(value)}"
    return "none" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def render(rule) -> str:
    """The rule's docs in Markdown (`laylint explain`)."""
    lines = [f"# {rule.id} ({rule.severity}{'' if rule.enabled else ', off by default'})", "",
             "## What it does", rule.description.strip(), ""]
    if rule.rationale:
        lines += ["## Why it matters", rule.rationale.strip(), ""]
    for label, key in (("## Example (flagged)", "fail"), ("## Use instead (passes)", "pass")):
        if rule.examples.get(key):
            lines.append(label)
            lines += [f"    {line}" for example in rule.examples[key] for line in example.strip().splitlines() + [""]]
    options = user_options(rule)
    if options:
        lines += ["## Options (set under `rules:` in .laylint.yaml)"]
        lines += [f"- {name}: {_value(value)}" for name, _, value in options]
    return "\n".join(lines).rstrip() + "\n"


def _yaml_value(value) -> str:
    import json

    if isinstance(value, bool):
        return str(value).lower()
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return json.dumps(value, ensure_ascii=False)


def page(rule) -> str:
    """The rule's page under docs/rules/<family>/<name>.md, like ruff's generated rule pages."""
    state = "on by default" if rule.enabled else "off by default (enable it in the config or select it by id)"
    facts = [f"**Severity:** {rule.severity}", f"**Status:** {rule.status}", f"**Default:** {state}",
             f"**Kind:** `{rule.kind}`"]
    if rule.since:
        facts.append(f"**Added in:** {rule.since}")
    if rule.needs:
        facts.append(f"**Needs:** {', '.join(rule.needs)}")
    if rule.severities:
        facts.append("**Severity by case:** " + ", ".join(f"{case}: {level}" for case, level in sorted(rule.severities.items())))
    lines = [f"# {rule.id}", "", rule.summary, "", " · ".join(facts), "",
             "## What it does", "", rule.description.strip(), ""]
    if rule.rationale:
        lines += ["## Why it matters", "", rule.rationale.strip(), ""]
    for label, key in (("## Flagged", "fail"), ("## Passes", "pass")):
        if rule.examples.get(key):
            lines += [label, ""]
            for example in rule.examples[key]:
                lines += ["```text", example.strip(), "```", ""]
    options = user_options(rule)
    if options:
        lines += ["## Options", "", "| option | type | default |", "|---|---|---|"]
        lines += [f"| `{name}` | {kind} | `{_yaml_value(value)}` |" for name, kind, value in options]
        name, _, value = options[0]
        lines += ["", "Set them in `.laylint.yaml` (or `[tool.laylint]` in pyproject.toml):", "", "```yaml",
                  "rules:", f"  {rule.id}:", f"    {name}: {_yaml_value(value)}", "```", ""]
    lines += ["## Turn it off", "", "```yaml", "ignore: [" + rule.id + "]", "```", "",
              f"or for one line: `<!-- laylint-disable-next-line {rule.id} -->`.", ""]
    return "\n".join(lines).rstrip() + "\n"


def table(rules) -> str:
    """The README's table of rules: id (linked to its page), severity, one line."""
    rows = ["| rule | severity | what it reports |", "|---|---|---|"]
    for rule in sorted(rules, key=lambda r: r.id):
        off = " (off by default)" if not rule.enabled else ""
        rows.append(f"| [`{rule.id}`](docs/rules/{rule.id}.md) | {rule.severity} | {rule.summary}{off} |")
    return "\n".join(rows) + "\n"


def index(rules) -> str:
    """docs/rules/index.md: every rule by family."""
    lines = ["# Rules", "", "Every rule laylint ships, by family. Each page is generated from the rule's YAML file.", ""]
    family = None
    for rule in sorted(rules, key=lambda r: r.id):
        if rule.family != family:
            family = rule.family
            lines += ["", f"## {family}", "", "| rule | severity | what it reports |", "|---|---|---|"]
        lines.append(f"| [{rule.id}]({rule.id}.md) | {rule.severity} | {rule.summary} |")
    return "\n".join(lines).strip() + "\n"
