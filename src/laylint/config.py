"""Configuration: `.laylint.yaml` or `[tool.laylint]` in pyproject.toml, found upward from each file.

This module only reads config files; which rules they select is laylint.ruleset.selection's job.
Every key is validated; an unknown key is a UsageError naming the file, line and key.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from laylint import safe_files, yamlpos
from laylint.errors import UsageError, did_you_mean
from laylint.ruleset.options import type_name, type_ok

CONFIG_NAMES = (".laylint.yaml", ".laylint.yml", "pyproject.toml")
CONFIG_KEYS = {
    "select": list, "ignore": list, "rules": dict, "rule_paths": list, "include": list,
    "exclude": list, "extend_exclude": list, "nlp": str, "docs_url": str, "abstract_backing": bool,
}
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt"]
# A content repository's own pages are not summaries. `exclude` replaces this list (as in ruff);
# `extend_exclude` adds to it. Folder walks apply it; files named on the command line only with
# --force-exclude (which the pre-commit hook passes).
DEFAULT_EXCLUDE = ["README.md", "README.markdown", "README.txt", "CHANGELOG.md", "CHANGES.md",
                   "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "LICENSE*", "LICENCE*", "COPYING*", "docs/"]


@dataclass
class Config:
    path: Path | None = None  # the config file, if any
    root: Path = field(default_factory=Path.cwd)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    rules: dict[str, dict] = field(default_factory=dict)
    rule_paths: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    nlp: str | None = None
    docs_url: str | None = None  # the documentation site rule URLs point at (default: laylint.DOCS_URL)
    # A `<stem>.abstract.txt` beside hand-written metadata backs the figures the metadata does not
    # list (laylint.claims.backing); false: the metadata alone, as before.
    abstract_backing: bool = True
    positions: yamlpos.Positions = field(default_factory=lambda: yamlpos.Positions({}), repr=False)
    trusted: bool = False  # named on the command line (--config), not found in the repository
    _root_resolved: Path | None = field(default=None, repr=False, compare=False)
    # Built once per config: the exclude test per spared folder, and resolved parent folders (a
    # check of 891 files spent half its cached run matching patterns one by one and resolving paths).
    _excluders: dict = field(default_factory=dict, repr=False, compare=False)
    _folders: dict = field(default_factory=dict, repr=False, compare=False)

    def line_of(self, *path) -> int | None:
        return self.positions.at(path)[0] if self.path else None

    def to_json(self) -> dict:
        return {
            "config_file": str(self.path) if self.path else None,
            "root": str(self.root), "select": self.select, "ignore": self.ignore, "rules": self.rules,
            "rule_paths": [str(p) for p in self.rule_paths], "include": self.include,
            "exclude": self.exclude, "nlp": self.nlp, "docs_url": self.docs_url,
            "abstract_backing": self.abstract_backing,
        }

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def is_excluded(self, path: Path, spare: Path | None = None) -> bool:
        """`path` matches an `exclude` pattern. `spare`: a folder named on the command line; the
        patterns that exclude it are not applied under it (`laylint check docs/` checks docs/,
        although docs/ is excluded from walks by default)."""
        if spare not in self._excluders:
            patterns = self.exclude
            if spare is not None:
                spared = self._relative(spare)
                patterns = [p for p in patterns if not _matches(spare, spared, p)]
            self._excluders[spare] = _Excluder(patterns)
        return self._excluders[spare].matches(path, self._relative(path))

    def _relative(self, path: Path) -> str:
        """The path relative to the config's folder (resolved once per config, not once per pattern)."""
        if self._root_resolved is None:
            self._root_resolved = self.root.resolve()
        try:
            return self._resolve(path).relative_to(self._root_resolved).as_posix()
        except ValueError:
            return path.as_posix()

    def _resolve(self, path: Path) -> Path:
        """path.resolve(), resolving each folder once: a file that is no symlink resolves to its
        resolved folder plus its name."""
        if path.name in ("", ".", "..") or path.is_symlink():
            return path.resolve()
        folder = path.parent
        if folder not in self._folders:
            self._folders[folder] = folder.resolve()
        return self._folders[folder] / path.name

    def is_included(self, path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(path.as_posix(), pattern) for pattern in self.include)


class _Excluder:
    """_matches for a list of patterns at once: one regex for the globs, one startswith for the folders."""

    def __init__(self, patterns: list[str]):
        globs = "|".join(f"(?:{fnmatch.translate(os.path.normcase(p))})" for p in patterns)
        self.glob = re.compile(globs).match if patterns else None
        self.prefixes = tuple(p.rstrip("/") + "/" for p in patterns)
        self.folders = {p.rstrip("/") for p in patterns if p.endswith("/")}

    def matches(self, path: Path, relative: str) -> bool:
        if self.glob is None:
            return False
        return bool(self.glob(os.path.normcase(relative)) or self.glob(os.path.normcase(path.name))) \
            or relative.startswith(self.prefixes) or relative in self.folders


def _matches(path: Path, relative: str, pattern: str) -> bool:
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern) \
        or relative.startswith(pattern.rstrip("/") + "/") or (pattern.endswith("/") and relative == pattern.rstrip("/"))


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
    import tomllib  # only where a pyproject.toml is found (~5 ms of a cold start otherwise)

    try:
        return "laylint" in tomllib.loads(safe_files.read_text(path, encoding="utf-8-sig")).get("tool", {})
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read pyproject.toml: {exc}", str(path)) from None
    except ValueError as exc:  # TOMLDecodeError, or an integer over 4,300 digits
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


def load(path: Path | None, trusted: bool = False) -> Config:
    """`trusted`: the user named this config on the command line. A config found in the linted
    repository is not: its rule paths must stay inside the repository."""
    if path is None:
        return Config()
    try:
        text = safe_files.read_text(path, encoding="utf-8-sig", roots=None if trusted else [safe_files.repository_root(path)])
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read config: {exc}", str(path)) from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("laylint", {})
        except ValueError as exc:  # TOMLDecodeError, or an integer over 4,300 digits
            raise UsageError(f"invalid TOML: {exc}", str(path)) from None
        positions = _toml_positions(text)
    else:
        try:
            data, positions = yamlpos.load_lazy(text)
        except yamlpos.YamlError as exc:
            raise UsageError(f"invalid YAML: {exc.message}", str(path), exc.line) from None
    config = from_mapping(data or {}, path, positions)
    config.trusted = trusted
    if not trusted:
        root = safe_files.repository_root(path)
        for folder in config.rule_paths:
            if not safe_files.within(folder, root):
                raise UsageError(f"rule path {str(folder)!r} is outside the repository ({root}); a repository's "
                                 "config may name only its own folders (pass --config to use another)", str(path),
                                 config.line_of("rule_paths"), "rule_paths")
    return config


def from_mapping(data, path: Path, positions: yamlpos.Positions) -> Config:
    where = str(path)
    if not isinstance(data, dict):
        raise UsageError("the configuration must be a mapping", where, 1)
    for key, value in data.items():
        line = positions.at((key, "__key__"))[0] if positions.by_path else None
        if key not in CONFIG_KEYS:
            raise UsageError(f"unknown config key {key!r}{did_you_mean(str(key), CONFIG_KEYS)} "
                             f"(known: {', '.join(sorted(CONFIG_KEYS))})", where, line, str(key))
        if not type_ok(value, CONFIG_KEYS[key]):
            raise UsageError(f"config key {key!r} must be {type_name(CONFIG_KEYS[key])}", where, line, key)
    for key in ("select", "ignore", "include", "exclude", "extend_exclude", "rule_paths"):
        if not all(isinstance(item, str) for item in data.get(key, [])):
            raise UsageError(f"config key {key!r} must be a list of text", where, positions.at((key,))[0] if positions.by_path else None, key)
    for rule_id, override in data.get("rules", {}).items():
        if not isinstance(override, dict):
            raise UsageError(f"rules.{rule_id} must be a mapping (severity, enabled, options)", where, positions.at(("rules", rule_id))[0] if positions.by_path else None, f"rules.{rule_id}")
    config = Config(path=path, root=path.parent, positions=positions)
    config.select = data.get("select")
    config.ignore = data.get("ignore", [])
    config.rules = data.get("rules", {})
    config.rule_paths = [(path.parent / p).resolve() for p in data.get("rule_paths", [])]
    config.include = data.get("include", list(DEFAULT_INCLUDE))
    config.exclude = list(data.get("exclude", DEFAULT_EXCLUDE)) + list(data.get("extend_exclude", []))
    config.nlp = data.get("nlp")
    config.docs_url = data.get("docs_url")
    config.abstract_backing = data.get("abstract_backing", True)
    return config
