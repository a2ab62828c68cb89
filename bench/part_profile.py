#!/usr/bin/env python3
"""Where each check kind's CPU goes in one full uncached run: a cProfile per kind (issue #19).

    python bench/part_profile.py DIR [--kinds acronym,limitations] [--top 12] [--save PREFIX]

Every kind's checks run under that kind's own profiler, as `laylint check --timing` charges them: a shared scan (the
jargon scan, the hedging tokens, the sentences and the spaCy Doc) counts for whichever kind asks first, so read a
kind's top functions for what it builds for others too. The profiles' times are wall clock, and profiling slows
Python code more than C code: compare shares and self times, not speeds (bench/cpu_timing.py measures CPU time).
`--save PREFIX` writes PREFIX-KIND.prof for pstats.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict


class _Profiled:
    """A kind whose checks run under its own profiler (every other attribute is the kind's)."""

    def __init__(self, kind, profile: cProfile.Profile, seconds: dict):
        self._kind, self._profile, self._seconds = kind, profile, seconds

    def __getattr__(self, name):
        return getattr(self._kind, name)

    def check(self, rule, analysis):
        started = time.process_time()
        self._profile.enable()
        try:
            found = list(self._kind.check(rule, analysis))  # the generator runs here, inside the profile
        finally:
            self._profile.disable()
            self._seconds[rule.kind] += time.process_time() - started
        return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--kinds", default="", help="kinds to list the top functions of (comma-separated; default all)")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--save", help="write PREFIX-KIND.prof for each kind listed")
    args = parser.parse_args()
    from laylint import pipeline
    from laylint.pipeline import linting

    profiles: dict = defaultdict(cProfile.Profile)
    seconds: dict = defaultdict(float)
    run_checks = linting._run_checks

    def profiled(rule_kinds, analysis, result):
        return run_checks([(rule, _Profiled(kind, profiles[rule.kind], seconds)) for rule, kind in rule_kinds],
                          analysis, result)

    linting._run_checks = profiled
    try:
        pipeline.check_files(pipeline.Request([args.folder], use_cache=False), pipeline.Project(["all"], [], None))
    finally:
        linting._run_checks = run_checks
    print("CPU of each kind under its profiler (shared scans included where first asked):")
    for kind, spent in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"  {kind:20} {spent * 1000:8.0f} ms")
    for kind in [k for k in args.kinds.split(",") if k] or sorted(seconds, key=lambda k: -seconds[k]):
        if kind not in profiles:
            print(f"\n{kind}: no checks ran")
            continue
        print(f"\n== {kind}: top {args.top} functions by self time")
        stats = pstats.Stats(profiles[kind])
        stats.sort_stats("tottime").print_stats(args.top)
        if args.save:
            stats.dump_stats(f"{args.save}-{kind}.prof")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
