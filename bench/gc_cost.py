#!/usr/bin/env python3
"""What the cyclic garbage collector costs a `laylint` command-line process (issue #19, laylint.heap).

    python bench/gc_cost.py check --no-cache --select ALL --exit-zero --jobs 1 DIR > /dev/null
    PYTHONPATH=/other/checkout/src python bench/gc_cost.py ...      # the same for another checkout

Runs `cli.main()` as the `laylint` command does (its arguments from this script's) and prints to stderr each
collection (when, which generation, how long, how many objects it freed) and their total, the interpreter's
last one at exit included. Wall-clock times: on a shared machine compare runs made one after the other.
Speed is measured here, never asserted.
"""

from __future__ import annotations

import gc
import sys
import time

_START = time.perf_counter()
_began = [0.0]
_total = [0.0]


def _record(phase: str, info: dict) -> None:
    if phase == "start":
        _began[0] = time.perf_counter()
        return
    took = time.perf_counter() - _began[0]
    _total[0] += took
    print(f"at {_began[0] - _START:6.2f} s: generation {info['generation']}, {took * 1000:6.1f} ms, "
          f"{info['collected']} objects freed (total so far {_total[0] * 1000:.0f} ms)", file=sys.stderr)


if __name__ == "__main__":
    gc.callbacks.append(_record)
    from laylint.cli import main

    sys.argv[1:] = sys.argv[1:]
    try:
        code = main()
    finally:
        print(f"main returned at {time.perf_counter() - _START:.2f} s; the exit's collection, if any, is the next line",
              file=sys.stderr)
    raise SystemExit(code)
