"""Configuration: `.laylint.yaml` or `[tool.laylint]` in pyproject.toml, found upward from each file.

Every key is validated; an unknown key or rule id is a UsageError naming the file, line and key.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from laylint import yamlpos
from laylint.errors import UsageError
from laylint.rules import Rule, RuleSet, type_name, type_ok, validate_options

CONFIG_NAMES = (".laylint.yaml", ".laylint.yml", "pyproject.toml")
CONFIG_KEYS = {
    "select": list, "ignore": list, "rules": dict, "rule_paths": list, "include": list,
    "exclude": list, "nlp": str,
}
RULE_OVERRIDE_KEYS = {"severity", "enabled"}
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt"]


@dataclass
class Config:
    path: Path | None = None  # the config file, if any
    root: Path = field(default_factory=Path.cwd)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    rules: dict[str, dict] = field(default_factory=dict)
    rule_paths: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    nlp: str | None = None
    _positions: yamlpos.Positions = field(default_factory=lambda: yamlpos.Positions({}), repr=False)

    def line_of(self, *path) -> int | None:
        return self._positions.at(path)[0] if self.path else None

    def to_json(self) -> dict:
        return {
            "config_file": str(self.path) if self.path else None,
            "root": str(self.root), "select": self.select, "ignore": self.ignore, "rules": self.rules,
            "rule_paths": [str(p) for p in self.rule_paths], "include": self.include,
            "exclude": self.exclude, "nlp": self.nlp,
        }

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def is_excluded(self, path: Path) -> bool:
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        return any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)
                   or relative.startswith(pattern.rstrip("/") + "/") for pattern in self.exclude)

    def is_included(self, path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(path.as_posix(), pattern) for pattern in self.include)


def discover(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a folder)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "laylint" in tomllib.loads(path.read_text(encoding="utf-8-sig")).get("tool", {})
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read pyproject.toml: {exc}", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"invalid TOML: {exc}", str(path)) from None


_TOML_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_/-]+)\s*=""")


def _toml_positions(text: str) -> yamlpos.Positions:
    """Lines of the [tool.laylint] keys (tomllib gives none), so errors can name them."""
    by_path: dict = {}
    table = None  # the key path under tool.laylint, or None outside it
    for number, line in enumerate(text.splitlines(), 1):
        header = _TOML_TABLE.match(line)
        if header:
            parts = tuple(part.strip().strip("\"'") for part in header.group(1).split("."))
            table = parts[2:] if parts[:2] == ("tool", "laylint") else None
            if table:
                by_path.setdefault(table, (number, 1))
                by_path.setdefault(table + ("__key__",), (number, 1))
            continue
        key = _TOML_KEY.match(line)
        if key and table is not None:
            path = table + (key.group(1).strip("\"'"),)
            by_path.setdefault(path, (number, key.start(1) + 1))
            by_path.setdefault(path + ("__key__",), (number, key.start(1) + 1))
    return yamlpos.Positions(by_path)


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read config: {exc}", str(path)) from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("laylint", {})
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"invalid TOML: {exc}", str(path)) from None
        positions = _toml_positions(text)
    else:
        try:
            data, positions = yamlpos.load_lazy(text)
        except yamlpos.YamlError as exc:
            raise UsageError(f"invalid YAML: {exc.message}", str(path), exc.line) from None
    return from_mapping(data or {}, path, positions)


def from_mapping(data, path: Path, positions: yamlpos.Positions) -> Config:
    where = str(path)
    if not isinstance(data, dict):
        raise UsageError("the configuration must be a mapping", where, 1)
    for key, value in data.items():
        line = positions.at((key, "__key__"))[0] if positions.by_path else None
        if key not in CONFIG_KEYS:
            raise UsageError(f"unknown config key {key!r} (known: {', '.join(sorted(CONFIG_KEYS))})", where, line, str(key))
        if not type_ok(value, CONFIG_KEYS[key]):
            raise UsageError(f"config key {key!r} must be {type_name(CONFIG_KEYS[key])}", where, line, key)
    for key in ("select", "ignore", "include", "exclude", "rule_paths"):
        if not all(isinstance(item, str) for item in data.get(key, [])):
            raise UsageError(f"config key {key!r} must be a list of text", where, positions.at((key,))[0] if positions.by_path else None, key)
    for rule_id, override in data.get("rules", {}).items():
        if not isinstance(override, dict):
            raise UsageError(f"rules.{rule_id} must be a mapping (severity, enabled, options)", where, positions.at(("rules", rule_id))[0] if positions.by_path else None, f"rules.{rule_id}")
    config = Config(path=path, root=path.parent, _positions=positions)
    config.select = data.get("select")
    config.ignore = data.get("ignore", [])
    config.rules = data.get("rules", {})
    config.rule_paths = [(path.parent / p).resolve() for p in data.get("rule_paths", [])]
    config.include = data.get("include", list(DEFAULT_INCLUDE))
    config.exclude = data.get("exclude", [])
    config.nlp = data.get("nlp")
    return config


def matches(rule_id: str, selector: str) -> bool:
    return selector in ("all", "ALL") or rule_id == selector or rule_id.startswith(selector.rstrip("/") + "/")


def check_selectors(selectors, ruleset: RuleSet, where: str, line=None, key: str = "select") -> None:
    for selector in selectors or []:
        if not any(matches(rule_id, selector) for rule_id in ruleset.rules):
            raise UsageError(f"unknown rule or family {selector!r} in {key}", where, line, key)


def resolve_rules(config: Config, ruleset: RuleSet, select=None, ignore=None) -> list[Rule]:
    """The rules that run for this config: defaults, then config select/ignore/rules, then the CLI's."""
    where = str(config.path) if config.path else "command line"
    check_selectors(config.select, ruleset, where, config.line_of("select"), "select")
    check_selectors(config.ignore, ruleset, where, config.line_of("ignore"), "ignore")
    check_selectors(select, ruleset, "command line", None, "--select")
    check_selectors(ignore, ruleset, "command line", None, "--ignore")
    chosen = select if select else config.select
    result = []
    for rule_id, rule in sorted(ruleset.rules.items()):
        override = config.rules.get(rule_id, {})
        enabled = override.get("enabled", rule.enabled)
        if chosen is not None:
            enabled = any(matches(rule_id, s) for s in chosen) and override.get("enabled", True)
        if any(matches(rule_id, s) for s in list(config.ignore) + list(ignore or [])):
            enabled = False
        if enabled:
            result.append(apply_override(rule, override, config))
    for rule_id in config.rules:
        if rule_id not in ruleset.rules:
            raise UsageError(f"unknown rule id {rule_id!r} in rules", where, config.line_of("rules", rule_id, "__key__"), f"rules.{rule_id}")
    return result


def apply_override(rule: Rule, override: dict, config: Config) -> Rule:
    if not override:
        return rule
    where = str(config.path)
    options = {k: v for k, v in override.items() if k not in RULE_OVERRIDE_KEYS}
    severity = override.get("severity", rule.severity)
    if severity not in ("error", "warning", "info"):
        raise UsageError("severity must be error, warning or info", where, config.line_of("rules", rule.id, "severity"), f"rules.{rule.id}.severity")
    if "enabled" in override and not isinstance(override["enabled"], bool):
        raise UsageError("enabled must be true or false", where, config.line_of("rules", rule.id, "enabled"), f"rules.{rule.id}.enabled")
    validate_options(rule.module(), options, where, config._positions, ("rules", rule.id))
    return replace(rule, severity=severity, options={**rule.options, **options})
