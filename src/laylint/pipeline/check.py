"""`laylint check` over files: discover, lint (cache and workers), keep changed lines for --diff,
apply safe fixes for --fix and re-lint what was fixed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from laylint.errors import UsageError
from laylint.pipeline import cache, files, fixes
from laylint.pipeline.run import Runner, RunStats

# --baseline, --diff and --add-ignores load their modules when asked for (and git's subprocess with --diff): a
# plain check, one file in a pre-commit hook most of all, does not pay for them


@dataclass
class Request:
    paths: list[str]
    diff: str | None = None  # git revision: only changed files and lines
    fix: bool = False
    dry_run: bool = False  # with fix: compute the fixes, write nothing
    force_exclude: bool = False
    jobs: int | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    config_file: Path | None = None
    baseline: Path | None = None  # report only problems this baseline does not list
    write_baseline: Path | None = None  # write today's problems to this baseline
    add_ignores: bool = False  # insert inline controls for today's problems


@dataclass
class Outcome:
    results: list  # FileResults, in path order
    rules: list = field(default_factory=list)  # the Rules that ran
    stats: RunStats | None = None
    edits: list = field(default_factory=list)  # FileFixes that changed a file (or would, with dry_run)
    baselined: object = None  # what --baseline hid (a baseline.Filtered)
    ignores: list = field(default_factory=list)  # ignores.Added for each file --add-ignores looked at
    sources: dict = field(default_factory=dict)  # path -> the bytes that were linted (source lines in reports)
    project: object = None  # the Project it ran under (rule URLs, docs site)
    refused: list = field(default_factory=list)  # notices: files --fix or --add-ignores left alone, and why

    @property
    def files(self) -> list[str]:
        return [result.path for result in self.results]


def check_files(request: Request, project) -> Outcome:
    paths = files.discover(request.paths, project, request.force_exclude)
    if request.diff:
        from laylint.pipeline import changes
    changed = changes.since(request.diff) if request.diff else None
    if changed:
        paths = [path for path in paths if changed.file_changed(path)]
    use_cache = request.use_cache and not os.environ.get("LAYLINT_NO_CACHE")
    store = cache.Cache(request.cache_dir or cache.default_dir(request.config_file)) if use_cache else None
    if request.baseline or request.write_baseline:
        from laylint.pipeline import baseline as baselines
    known = baselines.load(request.baseline) if request.baseline else None  # a bad baseline fails before linting
    runner = Runner(project, store, request.jobs)
    run = runner.run(paths)
    if changed:
        changed.facts_rules = frozenset(rule.id for rule in project.rules_used() if "metadata" in rule.needs)
    _keep_changed_lines(run.results, changed)
    outcome = Outcome(run.results, stats=run.stats, project=project)
    outcome.sources = {job.source.display: job.source.data for job in run.jobs}
    everything = [d for result in run.results for d in result.diagnostics]
    if known:
        outcome.baselined = known.filter(run.results)
    if request.fix:
        outcome.edits = [edit for job, result in zip(run.jobs, run.results)
                         if (edit := fixes.fix_file(Path(job.source.display), job.source.data, result.diagnostics)).changed]
    elif request.add_ignores:
        from laylint.pipeline import ignores

        outcome.ignores = [ignores.add_to_file(Path(job.source.display), job.source.data, result.diagnostics)
                           for job, result in zip(run.jobs, run.results) if result.diagnostics]
        outcome.edits = [added for added in outcome.ignores if added.changed]
    if (request.fix or request.add_ignores) and not request.dry_run and outcome.edits:
        outcome.edits = _write(outcome.edits, project, outcome)
    rounds = 0
    while (request.fix or request.add_ignores) and not request.dry_run and outcome.edits and rounds < FIX_ROUNDS:
        rounds += 1
        again = runner.run(sorted({edit.path for edit in outcome.edits}))  # report what remains
        _keep_changed_lines(again.results, changed)
        if known:
            known.filter(again.results)
        fresh = {result.path: result for result in again.results}
        outcome.results = [fresh.get(result.path, result) for result in outcome.results]
        outcome.sources.update({job.source.display: job.source.data for job in again.jobs})
        if not request.fix or rounds == FIX_ROUNDS:
            break
        # a fix can uncover another (a removed override shows the words it hid): fix again, a few times
        more = [edit for job, result in zip(again.jobs, again.results)
                if (edit := fixes.fix_file(Path(job.source.display), job.source.data, result.diagnostics)).changed]
        if not more:
            break
        written = _write(more, project, outcome)
        if not written:
            break
        outcome.edits = _merged(outcome.edits, written)
    if request.write_baseline:  # every problem of today, whatever an older baseline hid
        fixed = request.fix or request.add_ignores
        baselines.write(request.write_baseline, [d for r in outcome.results for d in r.diagnostics] if fixed else everything)
    outcome.rules = project.rules_used()
    return outcome


FIX_ROUNDS = 3  # lint-and-fix passes at most (ruff loops the same way until nothing changes)


def _write(edits: list, project, outcome) -> list:
    """Write each edit, each checked right before its rename; the ones refused become notices."""
    written = []
    for edit in edits:
        try:
            fixes.write_fixed(edit.path, edit.after, edit.before, project.roots_for(edit.path))
            written.append(edit)
        except fixes.FixRefused as refused:
            outcome.refused.append(f"{edit.path}: not fixed: the file {refused}")
        except OSError as exc:  # files fixed before this one stay fixed (each write is whole)
            raise UsageError(f"cannot write the fixes: {exc.strerror or exc}", str(edit.path)) from None
    return written


def _merged(edits: list, later: list) -> list:
    """The first round's edits with later rounds' fixes counted in (one entry per file)."""
    from dataclasses import replace

    by_path = {edit.path: edit for edit in edits}
    for edit in later:
        first = by_path.get(edit.path)
        by_path[edit.path] = replace(first, after=edit.after, applied=first.applied + edit.applied) if first else edit
    return list(by_path.values())


def check_stdin(data: bytes, filename: str | None, project, baseline: Path | None = None) -> Outcome:
    if baseline:
        from laylint.pipeline import baseline as baselines
    known = baselines.load(baseline) if baseline else None
    result = project.lint_text(data, Path(filename) if filename else None, filename or "-")
    outcome = Outcome([result], project.rules_used(), sources={result.path: data}, project=project)
    if known:
        outcome.baselined = known.filter([result])
    return outcome


def _keep_changed_lines(results, changed) -> None:
    if changed:
        for result in results:
            result.diagnostics = [d for d in result.diagnostics if changed.keeps(d)]
