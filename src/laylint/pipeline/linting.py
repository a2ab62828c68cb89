"""Linting one input: document -> metadata -> analysis -> checks -> diagnostics.

`lint` is a pure function of the input and the setup (rules and pipeline name), which is what
makes results cacheable and inputs lintable in any process.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from laylint import document as documents
from laylint import metadata as metadatas
from laylint import yamlpos
from laylint.analysis import Analysis
from laylint.checks.io import DEFAULT_MAX_BYTES
from laylint.diagnostics import Diagnostic
from laylint.pipeline import fingerprints
from laylint.pipeline.reading import Input, decode
from laylint.ruleset import Rule, RuleSet
from laylint.ruleset.suppression import Suppressions


class FileIgnores(list):
    """The front matter's `laylint: {ignore: [...]}` ids, with the (line, column) of each."""

    positions: list = []


@dataclass
class Setup:
    """What linting a file under one configuration needs; plain data, so it can go to a worker."""

    rules: list[Rule]
    ruleset: RuleSet
    nlp: str | None = None
    fingerprint: str = ""  # of everything the results depend on (set when a cache is used)
    may_raise_limit: bool = False  # only a config named on the command line may raise the size limit
    abstract_backing: bool = True  # config `abstract_backing`: an abstract sidecar backs hand-written metadata

    @cached_property
    def input_limit(self) -> int:
        """Bytes above which a file is not checked (the smallest limit a selected rule sets). A
        repository's own config may lower the default, not raise it: the repository is untrusted.
        Computed once: it is asked per file."""
        limits = [kind.input_limit(rule.options) for rule, kind in self._kinds() if kind.input_limit]
        limit = min(limits, default=DEFAULT_MAX_BYTES)
        return limit if self.may_raise_limit else min(limit, DEFAULT_MAX_BYTES)

    def reporters_of(self, problem: str) -> list[Rule]:
        """The selected rules that report a read problem ("too-large", "unreadable")."""
        return [rule for rule, kind in self._kinds() if kind.reports == problem]

    def _kinds(self):
        return self.rule_kinds

    @cached_property
    def rule_kinds(self) -> list[tuple[Rule, object]]:
        """(rule, its kind) of every rule, looked up once: asked for every file (not copied by
        dataclasses.replace, so spawned workers look them up again)."""
        return [(rule, rule.kind_spec()) for rule in self.rules]


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    timings: dict = field(default_factory=lambda: defaultdict(float))
    analysis: Analysis | None = field(default=None, repr=False)  # kept only when asked (review page, claims, stats)


def lint(source: Input, setup: Setup, keep_analysis: bool = False, run_checks: bool = True) -> FileResult:
    """The diagnostics of one input. `run_checks=False` only opens its analysis (for `claims`, `stats`)."""
    text, problem = _text(source, setup)
    if text is None:
        result = _read_problem(source.display, setup, *problem)
        result.notices.extend(setup.ruleset.notices)
        return result
    result = FileResult(path=source.display, notices=list(setup.ruleset.notices))
    started = time.perf_counter()
    document = documents.parse(source.display, text.replace("\0", " "))
    meta, problems, file_ignores = load_metadata(document, source.sidecar_text, source.sidecar_path, source, setup.ruleset)
    analysis = Analysis(document, meta, problems, setup.ruleset, setup.nlp, rules=tuple(setup.rules))
    if setup.abstract_backing:
        from laylint.pipeline.backing import attach

        attach(analysis, source)
    result.timings["parse"] += time.perf_counter() - started
    if run_checks:
        diagnostics = _run_checks(setup.rule_kinds, analysis, result)
        suppressions = Suppressions(document, file_ignores)
        diagnostics += _unknown_ids(suppressions, document, setup)
        kept = [d for d in diagnostics if not suppressions.suppressed(d)]
        texts = {document.path: document.source, source.sidecar_path: source.sidecar_text}
        result.diagnostics = sorted(fingerprints.assign(kept, texts), key=Diagnostic.sort_key)
    if keep_analysis or not run_checks:
        result.analysis = analysis
    return result


def _text(source: Input, setup: Setup) -> tuple[str | None, tuple]:
    """(text, None) or (None, (problem, fields)) for an input that cannot be checked."""
    if source.read_error:
        return None, ("unreadable", {"reason": source.read_error})
    limit = setup.input_limit
    if source.size > limit:
        return None, ("too-large", {"size": f"{source.size:,}", "limit": f"{limit:,}"})
    text, bad_offset, reason = decode(source.data)
    if text is None:
        return None, ("unreadable", {"reason": f"{reason} at byte {bad_offset}"})
    return text, ()


def _read_problem(path: str, setup: Setup, problem: str, fields: dict) -> FileResult:
    """A file that was not checked: one diagnostic from each selected rule that reports the problem."""
    return FileResult(path=path, diagnostics=fingerprints.assign([
        Diagnostic(path, 1, 1, 1, 2, rule.id, rule.severity, rule.format(**fields), scope="document")
        for rule in setup.reporters_of(problem)], {}))


def _unknown_ids(suppressions: Suppressions, document, setup: Setup) -> list[Diagnostic]:
    """laylint/unknown-rule: controls that name no known rule or family, with a suggestion."""
    reporters = setup.reporters_of("unknown-rule")
    if not reporters or not suppressions.named:
        return []
    from laylint.errors import did_you_mean
    from laylint.ruleset.selection import known_selectors

    found = []
    for named in suppressions.unknown(setup.ruleset.rules):
        if named.offset is not None:
            line, column = document.location(named.offset)
            place = "an inline control"
        else:
            line, column, place = named.line, named.column, "the front matter's ignore list"
        end_column = column + len(named.id) if named.offset is not None else column + 1
        hint = did_you_mean(named.id, known_selectors(setup.ruleset))
        found += [Diagnostic(document.path, line, column, line, end_column, rule.id, rule.severity,
                             rule.format(id=named.id, place=place, hint=hint)) for rule in reporters]
    return found


def _run_checks(rule_kinds: list, analysis: Analysis, result: FileResult) -> list[Diagnostic]:
    diagnostics = []
    for rule, kind in rule_kinds:
        if "metadata" in rule.needs and analysis.metadata is None:
            continue
        if "trained" in rule.needs and not analysis.trained:
            result.notices.append(f"{rule.id} needs a trained spaCy pipeline (config `nlp:`); skipped")
            continue
        started, shared = time.perf_counter(), sum(analysis.timings.values())
        diagnostics.extend(kind.check(rule, analysis))
        shared_cost = sum(analysis.timings.values()) - shared  # the pipeline, if this rule built it
        result.timings[rule.kind] += time.perf_counter() - started - shared_cost
    for key, seconds in analysis.timings.items():
        result.timings[key] += seconds
    return diagnostics


def load_metadata(document: documents.Document, sidecar_text: str | None, sidecar_path: str | None,
                  source: Input | None = None, ruleset: RuleSet | None = None):
    """(metadata, problems, file_ignores) from the front matter and/or the sidecar, else facts
    drafted from the abstract sidecar."""
    problems: list[metadatas.Problem] = []
    front, file_ignores = document.front_matter, []
    meta = None
    front_source = False
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
                    file_ignores = FileIgnores(str(i) for i in ignore)
                    file_ignores.positions = [positions.at(("laylint", "ignore", index)) for index in range(len(ignore))]
            if "source" in data:
                front_source = True
                meta, more = metadatas.from_mapping(data["source"], positions, ("source",))
                problems.extend(more)
    sidecar_problem = getattr(source, "sidecar_problem", None)
    if meta is None and sidecar_problem:
        problems.append(metadatas.Problem(sidecar_problem, 1, 1, sidecar_path))
    elif meta is None and sidecar_text is not None:
        meta, more = metadatas.load_sidecar(Path(sidecar_path), sidecar_text)
        problems.extend(more)
    elif meta is None and not front_source and sidecar_text is None and source is not None and source.abstract_path \
            and not sidecar_problem:
        from laylint.pipeline.drafting import metadata_from_abstract

        meta, more = metadata_from_abstract(source.abstract_path, source.abstract_text, source.abstract_problem, ruleset)
        problems.extend(more)
    return meta, problems, file_ignores
