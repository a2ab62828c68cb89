"""The engine: file -> document -> metadata -> analysis -> checks -> diagnostics.

`lint_source` is a pure function of the file's text, its sidecar and the resolved rules, which is
what makes results cacheable and files lintable in any process.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from laylint import config as configuration
from laylint import document as documents
from laylint import metadata as metadatas
from laylint import yamlpos
from laylint.analysis import Analysis
from laylint.diagnostics import Diagnostic
from laylint.errors import UsageError
from laylint.rules import Rule, RuleSet, load_ruleset
from laylint.suppression import Suppressions

BINARY_SNIFF = 8000
DEFAULT_MAX_BYTES = 2_000_000  # io/too-large's default; a lay summary is a few KB


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    timings: dict = field(default_factory=lambda: defaultdict(float))
    source: str | None = None  # the decoded text, for --fix
    analysis: Analysis | None = field(default=None, repr=False)  # kept only when asked (the review page)


def decode(data: bytes) -> tuple[str | None, int | None, str]:
    """(text, bad_byte_offset, reason). NUL bytes near the start mean a binary file."""
    if b"\0" in data[:BINARY_SNIFF]:
        return None, data.index(b"\0"), "looks like a binary file (NUL byte)"
    try:
        return data.decode("utf-8"), None, ""
    except UnicodeDecodeError as exc:
        return None, exc.start, f"is not valid UTF-8 ({exc.reason})"


def _engine_diagnostic(rule: Rule, path: str, message: str, line: int = 1, column: int = 1) -> Diagnostic:
    return Diagnostic(path, line, column, line, column + 1, rule.id, rule.severity, message, scope="document")


def load_metadata(document: documents.Document, sidecar_text: str | None, sidecar_path: str | None):
    """(metadata, problems, file_ignores) from the front matter and/or the sidecar."""
    problems: list[metadatas.Problem] = []
    front, file_ignores = document.front_matter, []
    meta = None
    if front is not None:
        if not front.closed:
            problems.append(metadatas.Problem("front matter starts with --- but is never closed", 1, 1))
        try:
            data, positions = yamlpos.load_lazy(front.text, line_offset=front.start_line - 1)
        except yamlpos.YamlError as exc:
            problems.append(metadatas.Problem(f"invalid YAML in front matter: {exc.message}", exc.line, exc.column))
            data, positions = None, None
        if data is not None and not isinstance(data, dict):
            problems.append(metadatas.Problem(f"front matter must be a mapping, got {type(data).__name__}", front.start_line, 1))
        elif isinstance(data, dict):
            controls = data.get("laylint")
            if controls is not None:
                ignore = controls.get("ignore") if isinstance(controls, dict) else None
                if not isinstance(controls, dict) or set(controls) - {"ignore"} or not isinstance(ignore, list):
                    line, column = positions.at(("laylint",))
                    problems.append(metadatas.Problem("front matter key laylint must be {ignore: [rule ids]}", line, column))
                else:
                    file_ignores = [str(i) for i in ignore]
            if "source" in data:
                meta, more = metadatas.from_mapping(data["source"], positions, ("source",))
                problems.extend(more)
    if meta is None and sidecar_text is not None:
        meta, more = metadatas.load_sidecar(Path(sidecar_path), sidecar_text)
        problems.extend(more)
    return meta, problems, file_ignores


def lint_source(path: str, source: str, rules: list[Rule], ruleset: RuleSet, nlp_name: str | None = None,
                sidecar_text: str | None = None, sidecar_path: str | None = None, keep_analysis: bool = False) -> FileResult:
    result = FileResult(path=path, source=source)
    started = time.perf_counter()
    document = documents.parse(path, source.replace("\0", " "))
    meta, problems, file_ignores = load_metadata(document, sidecar_text, sidecar_path)
    analysis = Analysis(document, meta, problems, ruleset, nlp_name)
    analysis.rule_ids = frozenset(rule.id for rule in rules)
    result.timings["parse"] += time.perf_counter() - started
    diagnostics = []
    for rule in rules:
        if "metadata" in rule.needs and meta is None:
            continue
        if "trained" in rule.needs and not analysis.trained:
            result.notices.append(f"{rule.id} needs a trained spaCy pipeline (config `nlp:`); skipped")
            continue
        started, shared = time.perf_counter(), sum(analysis.timings.values())
        diagnostics.extend(rule.module().check(rule, analysis))
        shared_cost = sum(analysis.timings.values()) - shared  # the pipeline, if this rule built it
        result.timings[rule.kind] += time.perf_counter() - started - shared_cost
    for key, seconds in analysis.timings.items():
        result.timings[key] += seconds
    suppressions = Suppressions(document, file_ignores)
    result.diagnostics = sorted((d for d in diagnostics if not suppressions.suppressed(d)), key=Diagnostic.sort_key)
    if keep_analysis:
        result.analysis = analysis
    return result


def size_limit(rules: list[Rule]) -> int:
    """Bytes above which a file is not checked (io/too-large's max_bytes)."""
    too_large = next((rule for rule in rules if rule.id == "io/too-large"), None)
    return too_large.options.get("max_bytes", DEFAULT_MAX_BYTES) if too_large else DEFAULT_MAX_BYTES


def read_input(path: Path, limit: int) -> tuple[bytes, int]:
    """(bytes, size on disk). Past `limit` only limit + 1 bytes are read: a 5 GB export is refused
    without being loaded."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
        size = len(data) if len(data) <= limit else max(os.fstat(handle.fileno()).st_size, len(data))
    return data, size


def lint_bytes(path: str, data: bytes, rules: list[Rule], ruleset: RuleSet, nlp_name: str | None = None,
               sidecar_path: str | None = None, sidecar_text: str | None = None, size: int | None = None) -> FileResult:
    """`size`: the file's size when `data` was read only in part (see read_input)."""
    limit, size = size_limit(rules), len(data) if size is None else size
    if size > limit:
        result = FileResult(path=path)
        too_large = next((rule for rule in rules if rule.id == "io/too-large"), None)
        if too_large:
            result.diagnostics.append(_engine_diagnostic(
                too_large, path, too_large.format(size=f"{size:,}", limit=f"{limit:,}")))
        return result
    text, bad_offset, reason = decode(data)
    if text is None:
        return unreadable(path, f"{reason} at byte {bad_offset}", rules)
    return lint_source(path, text, rules, ruleset, nlp_name, sidecar_text, sidecar_path)


def unreadable(path: str, reason: str, rules: list[Rule]) -> FileResult:
    """The result for a file that cannot be read or decoded: an io/unreadable diagnostic, if selected."""
    result = FileResult(path=path)
    rule = next((r for r in rules if r.id == "io/unreadable"), None)
    if rule:
        result.diagnostics.append(_engine_diagnostic(rule, path, rule.format(reason=reason)))
    return result


def read_sidecar(summary: str | None) -> tuple[str | None, str | None]:
    """(path, text) of the summary's sidecar metadata, if it has one."""
    sidecar = metadatas.sidecar_for(summary) if summary else None
    if sidecar is None:
        return None, None
    try:
        text, _, _ = decode(sidecar.read_bytes())
    except OSError:
        return None, None
    return str(sidecar), text if text is not None else ""



class Linter:
    """Resolves configuration per folder and lints files. One per run; caches per config file."""

    def __init__(self, select=None, ignore=None, config_file: Path | None = None):
        self.select, self.ignore, self.config_file = select, ignore, config_file
        self._configs: dict = {}
        self._rules: dict = {}
        self._config_paths: dict = {}  # folder -> its config file: one upward search per folder

    def config_for(self, path: Path) -> configuration.Config:
        folder = path if path.is_dir() else path.parent
        if self.config_file:
            config_path = self.config_file
        elif folder in self._config_paths:
            config_path = self._config_paths[folder]
        else:
            config_path = self._config_paths[folder] = configuration.discover(folder)
        if config_path not in self._configs:
            self._configs[config_path] = configuration.load(config_path)
        return self._configs[config_path]

    def rules_for(self, config: configuration.Config) -> tuple[RuleSet, list[Rule]]:
        key = config.path
        if key not in self._rules:
            ruleset = load_ruleset(config.rule_paths)
            self._rules[key] = (ruleset, configuration.resolve_rules(config, ruleset, self.select, self.ignore))
        return self._rules[key]

    def rules_used(self) -> list[Rule]:
        """Every rule that ran under any configuration of this run, by id (for the reports' rule lists)."""
        used = {rule.id: rule for _, rules in self._rules.values() for rule in rules}
        return sorted(used.values(), key=lambda rule: rule.id)

    def lint_file(self, path: Path, display: str | None = None) -> FileResult:
        config = self.config_for(path)
        ruleset, rules = self.rules_for(config)
        try:
            data, size = read_input(path, size_limit(rules))
        except OSError as exc:  # a diagnostic, and the run goes on with the other files
            return unreadable(display or str(path), f"could not be read ({exc.strerror or exc})", rules)
        return lint_bytes(display or str(path), data, rules, ruleset, config.nlp, *read_sidecar(str(path)), size=size)

    def lint_stdin(self, data: bytes, filename: str | None) -> FileResult:
        config = self.config_for(Path(filename) if filename else Path.cwd())
        ruleset, rules = self.rules_for(config)
        name = filename or "-"
        return lint_bytes(name, data, rules, ruleset, config.nlp, *read_sidecar(filename))


SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", "__pycache__", ".laylint_cache", ".tox", ".mypy_cache"}


def discover_files(paths: list[str], linter: Linter, force_exclude: bool = False) -> list[Path]:
    """Summary files under the given paths, sorted; folders are walked without following symlinks.
    A file named on the command line is taken as given, unless `force_exclude` (pre-commit names
    every file, and the config's `exclude` must still apply there, as ruff's --force-exclude)."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"no such file or folder: {raw}")
        if path.is_file():
            if not (force_exclude and linter.config_for(path).is_excluded(path)):
                found.add(path)
            continue
        config = linter.config_for(path)
        for candidate in _walk(path):
            if candidate.suffix.lower() in documents.SUMMARY_SUFFIXES and config.is_included(candidate) \
                    and not config.is_excluded(candidate):
                found.add(candidate)
    return sorted(found)


def _is_tool_folder(folder: Path) -> bool:
    """A virtual environment, or a cache tagged per bford.info/cachedir (.pytest_cache holds a README.md)."""
    return (folder / "pyvenv.cfg").exists() or (folder / "CACHEDIR.TAG").exists()


def _walk(root: Path):
    import os

    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _is_tool_folder(Path(folder) / d))
        for name in files:
            path = Path(folder) / name
            if path.is_file():  # not a dangling symlink, FIFO or socket (reading a FIFO would block)
                yield path
