"""A rule's documentation, made from its YAML and its kind: for `laylint explain`, SARIF help, the
language server's hover, and the generated pages under docs/rules/ (one per rule)."""

from __future__ import annotations

from laylint.ruleset import options as decoding


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
