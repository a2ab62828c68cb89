"""Rule loading: one YAML file per rule, under the built-in `rules/` folder and the user's rule paths.

Rules are data; code is the kinds (laylint.checks). Every key, type and message placeholder is
checked on load, and a problem is a UsageError naming the file, line and key (exit 2).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from laylint import checks, safe_files, yamlpos
from laylint.diagnostics import SEVERITIES
from laylint.errors import UsageError
from laylint.ruleset import options as decoding
from laylint.ruleset.rule import Rule, placeholders

RULE_ID = re.compile(r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$")
LEXICON_DIR = "lexicons"
RULE_KEYS = {
    "id": str, "kind": str, "severity": str, "message": str, "description": str, "rationale": str,
    "options": dict, "examples": dict, "enabled": bool, "scope": str, "needs": list, "status": str, "since": str,
}
REQUIRED_KEYS = ("id", "kind", "severity", "message", "description")
EXAMPLE_KEYS = {"fail": list, "pass": list, "source": dict, "options": dict, "select": list}
NEEDS = ("metadata", "trained")
STATUSES = ("stable", "preview")


def builtin_rules_dir() -> Path:
    """The packaged rules (inside the wheel), or the checkout's top-level rules/ folder."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if candidate.is_dir():
            return candidate
    raise UsageError("laylint's built-in rules folder is missing (broken install)")


def parse_rule(text: str, where: str) -> Rule:
    try:
        data, positions = yamlpos.load_lazy(text)
    except yamlpos.YamlError as exc:
        raise UsageError(f"invalid YAML: {exc.message}", where, exc.line) from None
    if not isinstance(data, dict):
        raise UsageError("a rule file must be a mapping", where, 1)
    _check_keys(data, where, positions)
    line = lambda key: positions.at((key,))[0]  # noqa: E731
    if not RULE_ID.match(data["id"]):
        raise UsageError(f"rule id {data['id']!r} must look like family/name (lowercase)", where, line("id"), "id")
    for key, allowed in (("severity", SEVERITIES), ("scope", ("line", "document")), ("status", STATUSES)):
        if key in data and data[key] not in allowed:
            raise UsageError(f"{key} must be one of {', '.join(allowed)}", where, line(key), key)
    for need in data.get("needs", []):
        if need not in NEEDS:
            raise UsageError(f"needs must list only {', '.join(NEEDS)}", where, line("needs"), "needs")
    if not checks.exists(data["kind"]):
        raise UsageError(f"unknown kind {data['kind']!r}", where, line("kind"), "kind")
    kind = checks.get(data["kind"])
    unknown = [name for name in placeholders(data["message"]) if name not in kind.fields]
    if unknown:
        raise UsageError(f"message names the unknown field {{{unknown[0]}}} (kind {kind.name} gives: "
                         f"{', '.join(kind.fields) or 'none'})", where, line("message"), "message")
    _check_examples(data.get("examples", {}), where, positions)
    settings = data.get("options", {})
    options = decoding.decode(kind, settings, where, positions, ("options",))
    scope = data.get("scope") or ("document" if kind.document_scope else "line")
    return Rule(
        id=data["id"], kind=data["kind"], severity=data["severity"], message=data["message"],
        description=data["description"], rationale=data.get("rationale", ""), options=options, settings=settings,
        severities=decoding.severities(kind, options), examples=data.get("examples", {}),
        enabled=data.get("enabled", True), scope=scope, needs=tuple(data.get("needs", [])),
        status=data.get("status", "stable"), since=str(data.get("since", "")), path=where,
    )


def _check_keys(data: dict, where: str, positions) -> None:
    line = lambda key: positions.at((key, "__key__"))[0]  # noqa: E731 (only on a problem: positions parse the YAML again)
    for key, value in data.items():
        if key not in RULE_KEYS:
            raise UsageError(f"unknown key {key!r} (known: {', '.join(sorted(RULE_KEYS))})", where, line(key), str(key))
        if not decoding.type_ok(value, RULE_KEYS[key]):
            raise UsageError(f"key {key!r} must be {decoding.type_name(RULE_KEYS[key])}", where, line(key), key)
    for key in REQUIRED_KEYS:
        if key not in data:
            raise UsageError(f"missing required key {key!r}", where, 1, key)


def _check_examples(examples: dict, where: str, positions) -> None:
    for key, value in examples.items():
        if key not in EXAMPLE_KEYS or not decoding.type_ok(value, EXAMPLE_KEYS[key]):
            raise UsageError(f"examples.{key} is not allowed here (fail and pass are lists of text)", where,
                             positions.at(("examples", key))[0], f"examples.{key}")
    for key in ("fail", "pass"):
        if not all(isinstance(item, str) for item in examples.get(key, [])):
            raise UsageError(f"examples.{key} must be a list of text", where, positions.at(("examples", key))[0],
                             f"examples.{key}")


def rule_files(folder: Path) -> list[Path]:
    """Every `*.yaml`/`*.yml` under the folder (not following symlinked folders), lexicons apart."""
    files = [p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and os.path.lexists(p)]
    return sorted(p for p in files if LEXICON_DIR not in p.relative_to(folder).parts)


def load_folder(folder: Path, roots=None, notices: list | None = None, digest=None) -> list[Rule]:
    """The folder's rules. A rule "file" that is no regular file, leads out of `roots` or is too
    large is skipped with a notice (a repository must not hang, exhaust or steer the run)."""
    rules = []
    for path in rule_files(folder):
        try:
            data = safe_files.read_capped(path, safe_files.MAX_SETUP_BYTES, roots)
        except safe_files.Refused as exc:
            if notices is not None:
                notices.append(f"{path}: rule file {exc.reason}; skipped")
            if digest is not None:
                digest.update(f"{path}\0skipped\0".encode())
            continue
        if digest is not None:
            digest.update(str(path).encode() + b"\0" + data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"cannot read rule file: {exc}", str(path)) from None
        rules.append(parse_rule(text, str(path)))
    return rules


@dataclass
class RuleSet:
    """All rules known for one configuration (built-in + user folders), with their lexicon folders."""

    rules: dict[str, Rule]
    folders: list[Path]
    fingerprint: str = ""
    notices: list = field(default_factory=list)  # rule or lexicon files skipped, said once per run
    roots: dict = field(default_factory=dict)  # folder -> the folders its symlinks may lead into
    _memo: dict = field(default_factory=dict, repr=False)

    def memo(self, key, factory):
        """Per-process cache of things built from the rules (matchers, merged lexicons)."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]

    def complete(self) -> None:
        """Finish what was built a little at a time (the jargon matcher's forms): before forking workers,
        so that they inherit it whole instead of each finishing it."""
        for built in list(self._memo.values()):
            finish = getattr(built, "complete", None)
            if callable(finish):
                finish()

    def lexicon(self, name: str) -> list[dict]:
        """The lexicon files named `<name>.yaml` in each rules folder's lexicons/, built-in first."""
        return self.memo(("lexicon", name), lambda: _load_lexicons(name, self.folders, self.roots))

    def portable(self) -> "RuleSet":
        """The same rules without per-process memos (for a spawned worker, which rebuilds them)."""
        return RuleSet(self.rules, self.folders, self.fingerprint, self.notices, self.roots)


def _load_lexicons(name: str, folders: list[Path], roots: dict) -> list[dict]:
    """Lexicons go through the same YAML loader as front matter and rules (aliases capped)."""
    found = []
    for folder in folders:
        for suffix in (".yaml", ".yml"):
            path = folder / LEXICON_DIR / f"{name}{suffix}"
            if os.path.lexists(path):
                try:
                    text = safe_files.read_text(path, safe_files.MAX_SETUP_BYTES, roots.get(str(folder)))
                    data, _ = yamlpos.load_lazy(text)
                except safe_files.Refused as exc:
                    _skipped_lexicon(path, exc.reason)
                    continue
                except UnicodeDecodeError as exc:
                    raise UsageError(f"cannot read lexicon: {exc}", str(path)) from None
                except yamlpos.YamlError as exc:
                    raise UsageError(f"invalid YAML: {exc.message}", str(path), exc.line) from None
                if not isinstance(data, dict):
                    raise UsageError("a lexicon file must be a mapping", str(path), 1)
                found.append(data | {"__path__": str(path)})
    return found


def _skipped_lexicon(path: Path, reason: str) -> None:
    """Lexicons load lazily, inside a lint: the notice goes straight to standard error, once."""
    import sys

    if str(path) not in _SKIPPED_LEXICONS:
        _SKIPPED_LEXICONS.add(str(path))
        print(f"laylint: notice: {path}: lexicon {reason}; skipped", file=sys.stderr)


_SKIPPED_LEXICONS: set = set()


def load_ruleset(rule_paths: list[Path], confine_to: Path | None = None) -> RuleSet:
    """The built-in rules plus each rule path's. `confine_to`: the repository whose config named the
    rule paths; symlinked rule and lexicon files must then lead inside it."""
    folders = [builtin_rules_dir()] + [Path(p) for p in rule_paths]
    rules: dict[str, Rule] = {}
    digest, notices, roots = hashlib.sha256(), [], {}
    for index, folder in enumerate(folders):
        if not folder.is_dir():
            raise UsageError(f"rule path {str(folder)!r} is not a folder")
        roots[str(folder)] = [confine_to] if index and confine_to is not None else None
        for rule in load_folder(folder, roots[str(folder)], notices, digest):
            if rule.id in rules:
                raise UsageError(f"duplicate rule id {rule.id!r} (also in {rules[rule.id].path})", rule.path, 1, "id")
            rules[rule.id] = rule
        lexicons = folder / LEXICON_DIR
        for path in sorted(lexicons.glob("*.y*ml")) if lexicons.is_dir() else []:
            try:  # the lexicons' bytes are part of the fingerprint (a cached result depends on them)
                digest.update(str(path).encode() + b"\0" + safe_files.read_capped(path, safe_files.MAX_SETUP_BYTES, roots[str(folder)]))
            except safe_files.Refused:
                digest.update(f"{path}\0skipped\0".encode())
    return RuleSet(rules=rules, folders=folders, fingerprint=digest.hexdigest(), notices=notices, roots=roots)
