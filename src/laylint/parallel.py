"""Lint files in worker processes. Each worker gets the resolved rules once (initializer) and loads
the spaCy pipeline once; tasks are chunks of files so per-task overhead stays small."""

from __future__ import annotations

import math
from concurrent.futures import ProcessPoolExecutor

from laylint.rules import RuleSet

CHUNKS_PER_WORKER = 4  # a few chunks each so a slow chunk does not leave the other workers idle

_setups: dict = {}  # set in each worker by _start_worker


def _start_worker(setups: dict) -> None:
    global _setups
    _setups = setups


def _lint_chunk(jobs: list) -> list:
    from laylint.runner import lint_job

    results = []
    for job in jobs:
        result = lint_job(job, _setups[job.setup])
        result.source = None  # the parent has the bytes; do not send the text back
        results.append(result)
    return results


def _portable(setups: dict) -> dict:
    """The setups without per-process memos (compiled matchers are rebuilt in each worker)."""
    from dataclasses import replace

    return {key: replace(s, ruleset=RuleSet(s.ruleset.rules, s.ruleset.folders, s.ruleset.fingerprint))
            for key, s in setups.items()}


def chunked(items: list, workers: int) -> list[list]:
    size = max(1, math.ceil(len(items) / (workers * CHUNKS_PER_WORKER)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _preload_for_fork(setups: dict) -> None:
    """With fork, workers inherit what the parent loaded: load spaCy once here, not once per worker."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) == "fork":
        from laylint import nlp

        for name in sorted({setup.nlp or "" for setup in setups.values()}):
            nlp.load(name or None)


def lint_in_workers(jobs: list, setups: dict, workers: int) -> list:
    """FileResults in the order of `jobs`."""
    chunks = chunked(jobs, workers)
    _preload_for_fork(setups)
    try:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_start_worker,
                                   initargs=(_portable(setups),))
    except (OSError, NotImplementedError):  # no process support here (e.g. no /dev/shm): one process
        from laylint.runner import lint_job

        return [lint_job(job, setups[job.setup]) for job in jobs]
    with pool:
        return [result for chunk in pool.map(_lint_chunk, chunks) for result in chunk]
