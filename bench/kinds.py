#!/usr/bin/env python3
"""Where a full check's CPU time goes, per rule kind, in one process (issue #19).

    python bench/kinds.py            # 2 passes over the 891 Devaraj summaries: cold caches, then warm
    python bench/kinds.py --passes 3

Every rule is selected, as in bench/run.py. The pipeline is loaded before the first pass, so start-up
is left out; pass 1 pays for the per-process caches (syllables, frequencies, word forms), later passes
do not. A pass's total is CPU time (`time.process_time`: the load of a shared machine matters less);
the per-kind split is the pipeline's own, in wall time (as `laylint check --timing`): timing each rule
with a CPU clock would cost a system call a rule and distort the split. The summaries are read from the
test corpus and never written to disk.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--top", type=int, default=14, help="kinds shown per pass")
    args = parser.parse_args()
    from laylint import config as configuration
    from laylint.api import _ruleset
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    inputs = []
    for index, line in enumerate(CORPUS.open(encoding="utf-8")):
        data = f"# Plain language summary {index}\n\n{json.loads(line)['summary']}\n".encode()
        inputs.append(Input(f"devaraj/{index:04d}.md", data, len(data), None, None))
    lint(inputs[0], setup)  # load the pipeline (start-up is not measured here)
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}; {len(inputs)} summaries")
    for number in range(1, args.passes + 1):
        kinds: dict = defaultdict(float)
        started = time.process_time()
        for source in inputs:
            for kind, seconds in lint(source, setup).timings.items():
                kinds[kind] += seconds
        spent = time.process_time() - started
        top = sorted(kinds.items(), key=lambda item: -item[1])[:args.top]
        print(f"pass {number}: {spent:.2f} s CPU; " + ", ".join(f"{kind} {1000 * s:.0f}" for kind, s in top) + " (ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
