#!/usr/bin/env python3
"""The CPU time of one kind's own work, without the shared scans it reads (issue #19).

    python bench/kind_rerun.py /tmp/speedE-corpus/copy-1 acronym [--profile]
    PYTHONPATH=/other/checkout/src python bench/kind_rerun.py /tmp/speedE-corpus/copy-1 acronym

Every file is linted once (so the spaCy docs, the jargon scan and the other per-document memos exist), then the
kind's check runs again over the kept analyses and only that second pass is timed: `--timing` charges a shared scan
to whichever rule asks first, this does not. Run old and new alternately; the load of other processes still shows.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("kind", help="a check kind, e.g. acronym, metadata-missing")
    parser.add_argument("--profile", action="store_true", help="also print the top of a cProfile of the rerun")
    args = parser.parse_args()
    from laylint import pipeline

    project = pipeline.Project(["all"], [], None)
    files = sorted(args.folder.glob("*.md"))
    analyses = [project.lint_file(path, keep_analysis=True).analysis for path in files]
    rules = [(rule, kind) for rule, kind in project.setup_for(files[0]).rule_kinds if rule.kind == args.kind]

    def rerun() -> int:
        return sum(len(list(kind.check(rule, analysis))) for analysis in analyses for rule, kind in rules)

    started = time.process_time()
    found = rerun()
    print(f"{args.kind}: {(time.process_time() - started) * 1000:.0f} ms CPU over {len(files)} files, {found} diagnostics")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(rerun)
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
