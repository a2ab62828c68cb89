"""The project a run lints: the configuration that applies to each folder, and the setup (selected
rules, rule set, pipeline name) of each configuration. Every entry point opens files through it."""

from __future__ import annotations

from pathlib import Path

from laylint import config as configuration
from laylint import safe_files
from laylint.pipeline import reading
from laylint.pipeline.linting import FileResult, Setup, lint
from laylint.ruleset import Rule, load_ruleset, resolve_rules


class Project:
    """One per run (or per language-server session until a config changes); caches per config file."""

    def __init__(self, select=None, ignore=None, config_file: Path | None = None):
        self.select, self.ignore, self.config_file = select, ignore, config_file
        self._configs: dict = {}
        self._setups: dict = {}
        self._config_paths: dict = {}  # folder -> its config file: one upward search per folder
        self.folders: list[Path] = []  # folders named on the command line: symlinks may lead into them
        self._repositories: dict = {}  # folder -> its repository root: one upward search per folder

    def config_for(self, path: Path) -> configuration.Config:
        folder = path if path.is_dir() else path.parent
        if self.config_file:
            config_path = self.config_file
        elif folder in self._config_paths:
            config_path = self._config_paths[folder]
        else:
            config_path = self._config_paths[folder] = configuration.discover(folder)
        if config_path not in self._configs:
            self._configs[config_path] = configuration.load(config_path, trusted=config_path == self.config_file)
        return self._configs[config_path]

    def setup_for(self, path: Path) -> Setup:
        config = self.config_for(path)
        if config.path not in self._setups:
            confine = None if config.trusted or config.path is None else safe_files.repository_root(config.path)
            ruleset = load_ruleset(config.rule_paths, confine)
            rules = resolve_rules(config, ruleset, self.select, self.ignore)
            self._setups[config.path] = Setup(rules, ruleset, config.nlp, may_raise_limit=config.trusted,
                                           abstract_backing=config.abstract_backing)
        return self._setups[config.path]

    def rules_used(self) -> list[Rule]:
        """Every rule that ran under any configuration of this run, by id (for the reports' rule lists)."""
        used = {rule.id: rule for setup in self._setups.values() for rule in setup.rules}
        return sorted(used.values(), key=lambda rule: rule.id)

    def docs_url(self, override: str | None = None) -> str:
        """The documentation site rule URLs point at: the flag, else the config's `docs_url` (from the
        current folder), else laylint's own."""
        from laylint import DOCS_URL

        return override or self.config_for(Path.cwd()).docs_url or DOCS_URL

    def rule_urls(self, override: str | None = None) -> dict[str, str]:
        """Rule id -> its documentation page, for every rule that ran and has one."""
        from laylint.ruleset.docs import url

        base = self.docs_url(override)
        return {rule.id: link for rule in self.rules_used() if (link := url(rule, base))}

    # -- one document, for the commands that look inside it (claims, stats, report), the language
    #    server and the API; `laylint check` lints many files through pipeline.run

    def roots_for(self, path: Path) -> list[Path]:
        """Where a symlinked summary or sidecar may lead: its repository, or a folder named on the command line."""
        folder = path.parent
        if path.is_dir() and not path.is_symlink():  # as repository_root decides
            return [safe_files.repository_root(path), *self.folders]
        if folder not in self._repositories:
            self._repositories[folder] = safe_files.repository_root(path)
        return [self._repositories[folder], *self.folders]

    def read(self, path: Path, display: str | None = None) -> reading.Input:
        return reading.read_file(path, self.setup_for(path).input_limit, display, self.roots_for(path))

    def lint_file(self, path: Path, keep_analysis: bool = False) -> FileResult:
        return lint(self.read(path), self.setup_for(path), keep_analysis)

    def open_file(self, path: Path) -> FileResult:
        """The file's analysis (`.analysis`, None with a read diagnostic when it cannot be read); no checks run."""
        return lint(self.read(path), self.setup_for(path), run_checks=False)

    def lint_text(self, data: bytes, path: Path | None, display: str | None = None, run_checks: bool = True) -> FileResult:
        """Text that is not a file on disk (standard input, an editor's buffer); config and sidecar
        come from `path`, as for the saved file."""
        where = path or Path.cwd() / "-"
        source = reading.from_bytes(display or (str(path) if path else "-"), data, str(path) if path else None)
        return lint(source, self.setup_for(where), run_checks=run_checks)
