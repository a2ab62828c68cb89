#!/usr/bin/env python3
"""The `--timing` split of one cold, uncached full check, in CPU time, A/B against another checkout (issue #19).

    git archive main src rules | tar -x -C /tmp/old
    python bench/cpu_timing.py /tmp/speedE-corpus/copy-1 --against /tmp/old/src [--runs 3]

`laylint check --timing` times each part with the wall clock, which other processes on a shared machine
stretch; here each run is a fresh process that times the same parts with time.process_time. Runs alternate
(old, new, old, new ...) and the table gives each part's median. Speed is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PARTS = ("limitations", "metadata-missing", "jargon-density", "grade", "jargon-term", "hard-sentence", "rare-word", "acronym",
         "nlp")


def one_run(folder: str) -> dict[str, float]:
    """Parts in ms of one cold pass in this process, and the pass's whole CPU time ("cpu-total")."""
    import laylint.analysis
    import laylint.pipeline.linting

    class Clock:  # the parts are timed with perf_counter: read the process's CPU time instead
        perf_counter = staticmethod(time.process_time)

    laylint.pipeline.linting.time = laylint.analysis.time = Clock
    from laylint import pipeline

    started = time.process_time()
    outcome = pipeline.check_files(pipeline.Request([folder], use_cache=False), pipeline.Project(["all"], [], None))
    parts = {"cpu-total": (time.process_time() - started) * 1000}
    for result in outcome.results:
        for part, seconds in result.timings.items():
            parts[part] = parts.get(part, 0.0) + seconds * 1000
    return parts


def child(folder: str, source: str | None) -> dict[str, float]:
    env = dict(os.environ)
    if source:
        env["PYTHONPATH"] = source  # ahead of the installed laylint
    done = subprocess.run([sys.executable, __file__, folder, "--child"], capture_output=True, text=True, env=env,
                          check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--against", help="the src/ folder of the checkout to compare with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.folder)))
        return 0
    old, new = [], []
    for _ in range(args.runs):
        if args.against:
            old.append(child(args.folder, args.against))
        new.append(child(args.folder, None))
    print(f"{'part':18} {'old ms':>9} {'new ms':>9} {'new/old':>8}   (median of {args.runs} runs each, CPU time)")
    others = sorted({part for run in old + new for part in run} - {*PARTS, "cpu-total"})  # every other kind timed
    for part in (*PARTS, *others, "cpu-total"):
        after = statistics.median(run.get(part, 0.0) for run in new)
        before = statistics.median(run.get(part, 0.0) for run in old) if old else float("nan")
        print(f"{part:18} {before:9.1f} {after:9.1f} {after / before if old and before else float('nan'):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
