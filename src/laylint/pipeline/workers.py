"""Lint files in worker processes. Each worker gets the resolved rules once (initializer) and loads
the spaCy pipeline once; tasks are chunks of files so per-task overhead stays small.

Where processes are forked, the parent first lints one file per configuration itself: that loads
spaCy and builds the rules' matchers once, and every worker inherits them instead of rebuilding."""

from __future__ import annotations

import math
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from laylint import heap
from laylint.pipeline.linting import lint

CHUNKS_PER_WORKER = 4  # a few chunks each so a slow chunk does not leave the other workers idle
START_METHOD: str | None = None  # None: the platform's default (fork on Linux, spawn on macOS/Windows)

_setups: dict = {}  # set in each worker by _start_worker


def _start_worker(setups: dict, parent: int | None = None) -> None:
    global _setups
    from laylint.cli import _fewer_collections  # a forked worker inherits it; a spawned one does not

    _fewer_collections()
    _setups = setups
    exit_with_parent(parent)


def exit_with_parent(parent: int | None) -> None:
    """A worker must not outlive its run: on Linux the kernel kills it when the parent dies
    (PR_SET_PDEATHSIG); elsewhere a thread watches the parent's pid."""
    import os
    import signal
    import sys
    import threading

    if parent is None:
        return
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # 1 = PR_SET_PDEATHSIG
                if os.getppid() != parent:  # the parent died before the call
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch():
        import time

        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _lint_chunk(jobs: list) -> list:
    return [lint(job.source, _setups[job.setup]) for job in jobs]


def _portable(setups: dict) -> dict:
    """The setups without per-process memos (for spawned workers, which rebuild them)."""
    from dataclasses import replace

    return {key: replace(s, ruleset=s.ruleset.portable()) for key, s in setups.items()}


def chunked(items: list, workers: int) -> list[list]:
    size = max(1, math.ceil(len(items) / (workers * CHUNKS_PER_WORKER)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _lint_here(jobs: list, setups: dict) -> list:
    global _setups
    _setups = setups
    return _lint_chunk(jobs)


def lint_in_workers(jobs: list, setups: dict, workers: int) -> tuple[list, int]:
    """(FileResults in the order of `jobs`, worker processes used)."""
    import gc

    context = multiprocessing.get_context(START_METHOD)
    forked = context.get_start_method() == "fork"
    done = _warm_up(jobs, setups) if forked else {}
    heap.settle()  # workers collect as usual (a forked one would inherit a paused collector)
    rest = [index for index in range(len(jobs)) if index not in done]
    chunks = chunked(rest, workers)
    count = max(1, min(workers, len(chunks)))
    try:
        import os

        pool = ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_start_worker,
                                   initargs=(setups if forked else _portable(setups), os.getpid()))
    except (OSError, NotImplementedError):  # no process support here (e.g. no /dev/shm): one process
        done.update(zip(rest, _lint_here([jobs[i] for i in rest], setups)))
        return [done[index] for index in range(len(jobs))], 0
    if forked:
        gc.freeze()  # keep the inherited objects out of the workers' collections (fewer copied pages)
    try:
        with pool:
            batches = pool.map(_lint_chunk, [[jobs[i] for i in chunk] for chunk in chunks])
            for chunk, results in zip(chunks, batches):
                done.update(zip(chunk, results))
    finally:
        if forked:
            gc.unfreeze()
    return [done[index] for index in range(len(jobs))], count


def _warm_up(jobs: list, setups: dict) -> dict:
    """Lint the first file of each configuration here, so forked workers inherit a loaded pipeline
    and built matchers. {job index: FileResult}"""
    from laylint import nlp

    firsts = {}
    for index, job in enumerate(jobs):
        firsts.setdefault(job.setup, index)
    done = {index: _lint_here([jobs[index]], setups)[0] for index in sorted(firsts.values())}
    nlp.complete_all()  # the tokenizer's deferred exceptions, added once here rather than in each worker
    for setup in setups.values():
        setup.ruleset.complete()  # and the matchers' forms
    return done
