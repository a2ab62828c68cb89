#!/usr/bin/env python3
"""CPU time a full check spends compiling regular expressions, by the module that asked (issue #19).

    python bench/regex_compile_cost.py DIR      # DIR: a folder of summaries, e.g. the 891 Devaraj .md files

Every compile that misses Python's own pattern cache goes through re._compiler.compile (parse + code generation in
pure Python); it is wrapped with a CPU clock for one in-process check (no cache, every rule). What a per-process
cache of compiled pattern code could save at most. Speed is measured here, never asserted.
"""

from __future__ import annotations

import collections
import re._compiler as compiler
import sys
import time


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    original, spent, total = compiler.compile, collections.Counter(), [0.0]

    def timed(pattern, flags=0):
        started = time.process_time()
        compiled = original(pattern, flags)
        cost = time.process_time() - started
        total[0] += cost
        frame = sys._getframe(1)
        while frame and ("/re/" in frame.f_code.co_filename or "functools" in frame.f_code.co_filename):
            frame = frame.f_back
        where = frame.f_code.co_filename if frame else "?"
        spent[where.split("/src/")[-1].split("site-packages/")[-1]] += cost
        return compiled

    compiler.compile = timed
    started = time.process_time()
    from laylint import pipeline

    pipeline.check_files(pipeline.Request([sys.argv[1]], use_cache=False), pipeline.Project(["all"], [], None))
    print(f"check CPU {time.process_time() - started:.2f} s, "
          f"of which compiling regular expressions {total[0] * 1000:.0f} ms")
    for where, cost in spent.most_common(12):
        print(f"{cost * 1000:7.0f} ms  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
