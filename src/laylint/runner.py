"""Lint a list of files: replay cache hits, lint the misses (in worker processes when there are
enough of them), store fresh results. Results come back in the order of the input paths."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from laylint import cache as caching
from laylint import engine
from laylint.rules import Rule, RuleSet

MAX_DEFAULT_JOBS = 8
MIN_FILES_FOR_WORKERS = 8  # below this, starting processes costs more than it saves


@dataclass
class Setup:
    """What linting a file under one configuration needs; plain data, so it can go to a worker."""

    rules: list[Rule]
    ruleset: RuleSet
    nlp: str | None
    fingerprint: str = ""


@dataclass
class FileJob:
    display: str
    data: bytes
    sidecar_path: str | None
    sidecar_text: str | None
    setup: str  # key into the run's setups
    cache_key: str = ""  # empty: not cached
    read_error: str | None = None  # the file could not be read: reported as io/unreadable
    size: int | None = None  # bytes on disk, when data holds only the start of a too-large file


@dataclass
class RunStats:
    files: int = 0
    cache_hits: int = 0
    workers: int = 0
    cache_problem: str | None = None


@dataclass
class Run:
    results: list[engine.FileResult]
    jobs: list[FileJob]
    stats: RunStats = field(default_factory=RunStats)


def default_jobs() -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_DEFAULT_JOBS))


def lint_job(job: FileJob, setup: Setup) -> engine.FileResult:
    if job.read_error:
        return engine.unreadable(job.display, job.read_error, setup.rules)
    return engine.lint_bytes(job.display, job.data, setup.rules, setup.ruleset, setup.nlp,
                             job.sidecar_path, job.sidecar_text, size=job.size)


class Runner:
    def __init__(self, linter: engine.Linter, cache: caching.Cache | None = None, jobs: int | None = None):
        self.linter, self.cache = linter, cache
        self.jobs = jobs or default_jobs()
        self.setups: dict[str, Setup] = {}

    def prepare(self, path: Path) -> FileJob:
        config = self.linter.config_for(path)
        key = str(config.path)
        if key not in self.setups:
            ruleset, rules = self.linter.rules_for(config)
            fingerprint = caching.rules_fingerprint(config, ruleset, rules) if self.cache else ""
            self.setups[key] = Setup(rules, ruleset, config.nlp, fingerprint)
        try:
            (data, size), read_error = engine.read_input(path, engine.size_limit(self.setups[key].rules)), None
        except OSError as exc:  # a diagnostic, and the run goes on with the other files
            data, size, read_error = b"", 0, f"could not be read ({exc.strerror or exc})"
        sidecar_path, sidecar_text = engine.read_sidecar(str(path))
        job = FileJob(str(path), data, sidecar_path, sidecar_text, key, read_error=read_error, size=size)
        if self.cache and read_error is None and size == len(data):  # a file read in part is not cached
            job.cache_key = caching.entry_key(job.display, data, sidecar_path, sidecar_text, self.setups[key].fingerprint)
        return job

    def run(self, paths: list[Path]) -> Run:
        jobs = [self.prepare(path) for path in paths]
        results: list[engine.FileResult | None] = [self._cached(job) for job in jobs]
        stats = RunStats(files=len(jobs), cache_hits=sum(r is not None for r in results))
        missing = [i for i, result in enumerate(results) if result is None]
        fresh, stats.workers = self._lint([jobs[i] for i in missing])
        for index, result in zip(missing, fresh):
            results[index] = result
            if self.cache:
                if jobs[index].cache_key:
                    self.cache.put(self.setups[jobs[index].setup].fingerprint, jobs[index].cache_key, result)
        if self.cache:
            self.cache.save()
            stats.cache_problem = self.cache.problem
        return Run(results, jobs, stats)

    def _cached(self, job: FileJob) -> engine.FileResult | None:
        return self.cache.get(self.setups[job.setup].fingerprint, job.cache_key) if self.cache and job.cache_key else None

    def _lint(self, jobs: list[FileJob]) -> tuple[list[engine.FileResult], int]:
        if self.jobs > 1 and len(jobs) >= MIN_FILES_FOR_WORKERS:
            from laylint import parallel

            return parallel.lint_in_workers(jobs, self.setups, self.jobs)
        return [lint_job(job, self.setups[job.setup]) for job in jobs], 0
