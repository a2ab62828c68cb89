"""Which rules run: the defaults, then the config's select/ignore and per-rule overrides, then the
command line's. Overrides are decoded as strictly as rule files (file, line and key on error)."""

from __future__ import annotations

from dataclasses import replace

from laylint import yamlpos
from laylint.diagnostics import SEVERITIES
from laylint.errors import UsageError, did_you_mean
from laylint.ruleset import options as decoding
from laylint.ruleset.loading import RuleSet
from laylint.ruleset.rule import Rule

OVERRIDE_KEYS = {"severity", "enabled"}  # everything else under rules.<id> is an option


def matches(rule_id: str, selector: str) -> bool:
    return selector in ("all", "ALL") or rule_id == selector or rule_id.startswith(selector.rstrip("/") + "/")


def known_selectors(ruleset: RuleSet) -> set[str]:
    """Every rule id and family: what a selector may name."""
    return set(ruleset.rules) | {rule_id.split("/", 1)[0] for rule_id in ruleset.rules}


def check_selectors(selectors, ruleset: RuleSet, where: str, line=None, key: str = "select") -> None:
    for selector in selectors or []:
        if not any(matches(rule_id, selector) for rule_id in ruleset.rules):
            hint = did_you_mean(selector, known_selectors(ruleset))
            raise UsageError(f"unknown rule or family {selector!r} in {key}{hint}", where, line, key)


def resolve_rules(config, ruleset: RuleSet, select=None, ignore=None) -> list[Rule]:
    """The rules that run for this config (a laylint.config.Config)."""
    where = str(config.path) if config.path else "command line"
    check_selectors(config.select, ruleset, where, config.line_of("select"), "select")
    check_selectors(config.ignore, ruleset, where, config.line_of("ignore"), "ignore")
    check_selectors(select, ruleset, "command line", None, "--select")
    check_selectors(ignore, ruleset, "command line", None, "--ignore")
    for rule_id in config.rules:
        if rule_id not in ruleset.rules:
            raise UsageError(f"unknown rule id {rule_id!r} in rules{did_you_mean(rule_id, ruleset.rules)}", where,
                             config.line_of("rules", rule_id, "__key__"),
                             f"rules.{rule_id}")
    chosen = select if select else config.select
    result = []
    for rule_id, rule in sorted(ruleset.rules.items()):
        override = config.rules.get(rule_id, {})
        enabled = override.get("enabled", rule.enabled)
        if chosen is not None:
            enabled = any(matches(rule_id, s) for s in chosen) and override.get("enabled", True)
        if any(matches(rule_id, s) for s in list(config.ignore) + list(ignore or [])):
            enabled = False
        configured = apply_override(rule, override, config)  # decoded even when off: a bad value is refused now
        if enabled:
            result.append(configured)
    return result


def apply_override(rule: Rule, override: dict, config) -> Rule:
    if not override:
        return rule
    where = str(config.path)
    severity = override.get("severity", rule.severity)
    if severity not in SEVERITIES:
        raise UsageError(f"severity must be one of {', '.join(SEVERITIES)}", where,
                         config.line_of("rules", rule.id, "severity"), f"rules.{rule.id}.severity")
    if "enabled" in override and not isinstance(override["enabled"], bool):
        raise UsageError("enabled must be true or false", where, config.line_of("rules", rule.id, "enabled"),
                         f"rules.{rule.id}.enabled")
    given = {k: v for k, v in override.items() if k not in OVERRIDE_KEYS}
    for key in given:
        if key not in decoding.option_types(rule.kind_spec().options) and did_you_mean(str(key), OVERRIDE_KEYS):
            raise UsageError(f"unknown key {key!r} for rules.{rule.id}{did_you_mean(str(key), OVERRIDE_KEYS)}", where,
                             config.line_of("rules", rule.id, key), f"rules.{rule.id}.{key}")
    return with_settings(replace(rule, severity=severity), given, where, config.positions, ("rules", rule.id), user=True)


def with_settings(rule: Rule, given: dict, where: str = "options", positions=None, base: tuple = (),
                  user: bool = False) -> Rule:
    """The rule with some options set again (on top of its own), decoded and validated.
    `user`: they come from a config file, which may not set a kind's internal options."""
    if not given:
        return rule
    kind = rule.kind_spec()
    decoding.check_names(kind, given, where, positions or yamlpos.Positions({}), base, user)
    settings = {**rule.settings, **given}
    options = decoding.decode(kind, settings, where, positions or yamlpos.Positions({}), base)
    return replace(rule, options=options, settings=settings, severities=decoding.severities(kind, options))
