"""Lint a list of files: replay cache hits, lint the misses (in worker processes when there are
enough of them), store fresh results. Results come back in the order of the input paths."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from laylint import heap
from laylint.pipeline import cache as caching
from laylint.pipeline.linting import FileResult, lint
from laylint.pipeline.reading import Input

MAX_DEFAULT_JOBS = 8
MIN_FILES_FOR_WORKERS = 8  # below this, starting processes costs more than it saves
# Without --jobs, one worker per this many bytes to lint (about 4 s of work on one core): less than that
# and forking, warming up and sending results back cost more than a second core saves.
BYTES_PER_DEFAULT_WORKER = 1_500_000


@dataclass
class Job:
    source: Input
    setup: str  # key into the run's setups
    cache_key: str = ""  # empty: not cached


@dataclass
class RunStats:
    files: int = 0
    cache_hits: int = 0
    workers: int = 0
    cache_problem: str | None = None


@dataclass
class Run:
    results: list[FileResult]
    jobs: list[Job]
    stats: RunStats = field(default_factory=RunStats)


def default_jobs() -> int:
    """The CPUs this process may use that other work is not already using (by the load average)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    try:
        busy = int(os.getloadavg()[0])
    except (AttributeError, OSError):  # no load average here (Windows)
        busy = 0
    return max(1, min(cpus - busy, MAX_DEFAULT_JOBS))


def jobs_for_work(size: int) -> int:
    """Worker processes worth starting for `size` bytes to lint when --jobs does not say."""
    return max(1, min(default_jobs(), size // BYTES_PER_DEFAULT_WORKER))


class Runner:
    def __init__(self, project, cache: caching.Cache | None = None, jobs: int | None = None):
        self.project, self.cache = project, cache
        self.jobs = jobs  # None: chosen by the size of the work and the free CPUs
        self.setups: dict = {}  # config path -> Setup (with its cache fingerprint)

    def prepare(self, path: Path) -> Job:
        config = self.project.config_for(path)
        key = str(config.path)
        if key not in self.setups:
            setup = self.project.setup_for(path)
            if self.cache:
                setup.fingerprint = caching.rules_fingerprint(config, setup)
            self.setups[key] = setup
        job = Job(self.project.read(path), key)
        if self.cache and job.source.whole:  # a file read in part, or not at all, is not cached
            job.cache_key = caching.entry_key(job.source, self.setups[key].fingerprint)
        return job

    def run(self, paths: list[Path]) -> Run:
        jobs = [self.prepare(path) for path in paths]
        results: list[FileResult | None] = [self._cached(job) for job in jobs]
        stats = RunStats(files=len(jobs), cache_hits=sum(r is not None for r in results))
        missing = [i for i, result in enumerate(results) if result is None]
        fresh, stats.workers = self._lint([jobs[i] for i in missing])
        for index, result in zip(missing, fresh):
            results[index] = result
            if self.cache and jobs[index].cache_key:
                self.cache.put(self.setups[jobs[index].setup].fingerprint, jobs[index].cache_key, result)
        if self.cache:
            self.cache.save()
            stats.cache_problem = self.cache.problem
        return Run(results, jobs, stats)

    def _cached(self, job: Job) -> FileResult | None:
        return self.cache.get(self.setups[job.setup].fingerprint, job.cache_key) if self.cache and job.cache_key else None

    def _lint(self, jobs: list[Job]) -> tuple[list[FileResult], int]:
        count = self.jobs or jobs_for_work(sum(len(job.source.data) for job in jobs))
        if count > 1 and len(jobs) >= MIN_FILES_FOR_WORKERS:
            from laylint.pipeline import workers  # multiprocessing only when it is used

            return workers.lint_in_workers(jobs, self.setups, count)
        results = []
        for job in jobs:
            results.append(lint(job.source, self.setups[job.setup]))
            if len(results) == 1:
                heap.settle()  # the pipeline, rules and matchers are built: keep them out of later collections
        return results, 0
