"""Rule loading: one YAML file per rule, under the built-in `rules/` folder and the user's rule paths.

Rules are data; code is the kinds (laylint.checks). Every key and type is checked on load, and a
problem is a UsageError naming the file, line and key (exit 2).
"""

from __future__ import annotations

import hashlib
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path

from laylint import checks, yamlpos
from laylint.diagnostics import SEVERITIES
from laylint.errors import UsageError

RULE_ID = re.compile(r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$")
LEXICON_DIR = "lexicons"
RULE_KEYS = {
    "id": str, "kind": str, "severity": str, "message": str, "description": str, "rationale": str,
    "options": dict, "examples": dict, "enabled": bool, "scope": str, "needs": list,
}
REQUIRED_KEYS = ("id", "kind", "severity", "message", "description")
EXAMPLE_KEYS = {"fail": list, "pass": list, "source": dict, "options": dict, "select": list}
NEEDS = ("metadata", "trained")
_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false", list: "a list", dict: "a mapping"}


def builtin_rules_dir() -> Path:
    """The packaged rules (inside the wheel), or the checkout's top-level rules/ folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if candidate.is_dir():
            return candidate
    raise UsageError("laylint's built-in rules folder is missing (broken install)")


def type_ok(value, expected) -> bool:
    """`list` means a list of text, numbers or true/false (nested lists and mappings crash kinds
    that put items in sets); `list[dict]` or `dict[str, str]` say more."""
    origin, item_types = typing.get_origin(expected), typing.get_args(expected)
    if origin is list:
        return isinstance(value, list) and all(type_ok(item, item_types[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(type_ok(v, item_types[1]) for v in value.values())
    if expected is list:
        return isinstance(value, list) and all(isinstance(item, (str, int, float, bool)) for item in value)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def type_name(expected) -> str:
    if typing.get_origin(expected) in (list, dict):
        return f"{_TYPE_NAMES[typing.get_origin(expected)]} of {type_name(typing.get_args(expected)[-1])}"
    if expected is list:
        return "a list of text or numbers"
    return _TYPE_NAMES.get(expected, getattr(expected, "__name__", str(expected)))


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    message: str
    description: str
    rationale: str = ""
    options: dict = field(default_factory=dict)
    examples: dict = field(default_factory=dict)
    enabled: bool = True
    scope: str = "line"
    needs: tuple = ()
    path: str = ""

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def summary(self) -> str:
        first = self.description.strip().split("\n\n", 1)[0].replace("\n", " ")
        sentence = first.split(". ", 1)[0].rstrip(".")
        return re.sub(r"\s*\([^()]*\)", "", sentence) + "."  # asides belong to the full description

    def format(self, **fields) -> str:
        """The message with its {placeholders} filled; unknown placeholders stay as written."""
        return _SafeFormatter().format(self.message, **fields)

    def module(self):
        return checks.load(self.kind)


class _SafeFormatter:
    def format(self, template: str, **fields) -> str:
        def replace(match):
            key = match.group(1)
            return str(fields[key]) if key in fields else match.group(0)

        return re.sub(r"\{([a-z_][a-z0-9_]*)\}", replace, template)


def validate_options(kind_module, options: dict, where: str, positions: yamlpos.Positions, base: tuple) -> None:
    spec = getattr(kind_module, "OPTIONS", {})
    for key, value in options.items():
        line = positions.at(base + (key,))[0]
        if key not in spec:
            known = ", ".join(sorted(spec)) or "none"
            raise UsageError(f"unknown option {key!r} for kind {kind_module.__name__.rsplit('.', 1)[-1]} (known: {known})", where, line, key)
        if not type_ok(value, spec[key]):
            raise UsageError(f"option {key!r} must be {type_name(spec[key])}, got {value!r}", where, line, key)
    validate = getattr(kind_module, "validate", None)
    if validate:
        for key, message in validate(options):
            raise UsageError(f"option {key!r}: {message}", where, positions.at(base + (key,))[0], key)


def parse_rule(text: str, where: str) -> Rule:
    try:
        data, positions = yamlpos.load_lazy(text)
    except yamlpos.YamlError as exc:
        raise UsageError(f"invalid YAML: {exc.message}", where, exc.line) from None
    if not isinstance(data, dict):
        raise UsageError("a rule file must be a mapping", where, 1)
    for key, value in data.items():
        line = positions.at((key, "__key__"))[0]
        if key not in RULE_KEYS:
            raise UsageError(f"unknown key {key!r} (known: {', '.join(sorted(RULE_KEYS))})", where, line, str(key))
        if not type_ok(value, RULE_KEYS[key]):
            raise UsageError(f"key {key!r} must be {type_name(RULE_KEYS[key])}", where, line, key)
    for key in REQUIRED_KEYS:
        if key not in data:
            raise UsageError(f"missing required key {key!r}", where, 1, key)
    line = lambda key: positions.at((key,))[0]  # noqa: E731
    if not RULE_ID.match(data["id"]):
        raise UsageError(f"rule id {data['id']!r} must look like family/name (lowercase)", where, line("id"), "id")
    if data["severity"] not in SEVERITIES:
        raise UsageError(f"severity must be one of {', '.join(SEVERITIES)}", where, line("severity"), "severity")
    if data.get("scope", "line") not in ("line", "document"):
        raise UsageError("scope must be line or document", where, line("scope"), "scope")
    for need in data.get("needs", []):
        if need not in NEEDS:
            raise UsageError(f"needs must list only {', '.join(NEEDS)}", where, line("needs"), "needs")
    if not checks.exists(data["kind"]):
        raise UsageError(f"unknown kind {data['kind']!r}", where, line("kind"), "kind")
    examples = data.get("examples", {})
    for key, value in examples.items():
        if key not in EXAMPLE_KEYS or not type_ok(value, EXAMPLE_KEYS[key]):
            raise UsageError(f"examples.{key} is not allowed here (fail and pass are lists of text)", where, positions.at(("examples", key))[0], f"examples.{key}")
    for key in ("fail", "pass"):
        if not all(isinstance(item, str) for item in examples.get(key, [])):
            raise UsageError(f"examples.{key} must be a list of text", where, positions.at(("examples", key))[0], f"examples.{key}")
    kind_module = checks.load(data["kind"])
    options = data.get("options", {})
    validate_options(kind_module, options, where, positions, ("options",))
    scope = data.get("scope") or ("document" if getattr(kind_module, "DOCUMENT_SCOPE", False) else "line")
    return Rule(
        id=data["id"], kind=data["kind"], severity=data["severity"], message=data["message"],
        description=data["description"], rationale=data.get("rationale", ""), options=options,
        examples=examples, enabled=data.get("enabled", True), scope=scope,
        needs=tuple(data.get("needs", [])), path=where,
    )


def rule_files(folder: Path) -> list[Path]:
    files = [p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(p for p in files if LEXICON_DIR not in p.relative_to(folder).parts)


def load_folder(folder: Path) -> list[Rule]:
    rules = []
    for path in rule_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read rule file: {exc}", str(path)) from None
        rules.append(parse_rule(text, str(path)))
    return rules


@dataclass
class RuleSet:
    """All rules known for one configuration (built-in + user folders), with their lexicon folders."""

    rules: dict[str, Rule]
    folders: list[Path]
    fingerprint: str = ""
    _memo: dict = field(default_factory=dict, repr=False)

    def memo(self, key, factory):
        """Per-process cache of things built from the rules (matchers, merged lexicons)."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]

    def lexicon(self, name: str) -> list[dict]:
        """The lexicon files named `<name>.yaml` in each rules folder's lexicons/, built-in first."""
        return self.memo(("lexicon", name), lambda: _load_lexicons(name, self.folders))


def _load_lexicons(name: str, folders: list[Path]) -> list[dict]:
    found = []
    for folder in folders:
        for suffix in (".yaml", ".yml"):
            path = folder / LEXICON_DIR / f"{name}{suffix}"
            if path.is_file():
                try:
                    data = yamlpos.load_data(path.read_text(encoding="utf-8"))
                except yamlpos.YamlError as exc:
                    raise UsageError(f"invalid YAML: {exc.message}", str(path), exc.line) from None
                if not isinstance(data, dict):
                    raise UsageError("a lexicon file must be a mapping", str(path), 1)
                found.append(data | {"__path__": str(path)})
    return found


def load_ruleset(rule_paths: list[Path]) -> RuleSet:
    folders = [builtin_rules_dir()] + [Path(p) for p in rule_paths]
    rules: dict[str, Rule] = {}
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(f"rule path {str(folder)!r} is not a folder")
        for rule in load_folder(folder):
            if rule.id in rules:
                raise UsageError(f"duplicate rule id {rule.id!r} (also in {rules[rule.id].path})", rule.path, 1, "id")
            rules[rule.id] = rule
        for path in sorted(folder.rglob("*.y*ml")):
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return RuleSet(rules=rules, folders=folders, fingerprint=digest.hexdigest())
