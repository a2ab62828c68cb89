#!/usr/bin/env python3
"""In-process A/B of the limitations passage search (issue #19, round R): another checkout's
limitation_passages (as a yes/no) against this one's has_limitation_passage, CPU time, rotated order.

    git archive HEAD~1 src | tar -x -C /tmp/old
    python bench/passage_ab.py /tmp/speedE-corpus/copy-1 --against /tmp/old/src [--reps 3]

Every file is linted first (untimed); each timed pass builds each document's Tokens afresh, so no per-document memo
is reused; the garbage collector is frozen after loading. Only hedging/passages.py is loaded from the other checkout.
Speed is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="the src/ folder of the checkout to compare with")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from laylint import pipeline
    from laylint.hedging import lexicon
    from laylint.hedging import passages as new

    spec = importlib.util.spec_from_file_location("old_passages", args.against / "laylint" / "hedging" / "passages.py")
    old = importlib.util.module_from_spec(spec)
    sys.modules["old_passages"] = old
    spec.loader.exec_module(old)
    project = pipeline.Project(["all"], [], None)
    analyses = [project.lint_file(path, keep_analysis=True).analysis for path in sorted(args.folder.glob("*.md"))]
    gc.freeze()

    def run(ask):
        answers = []
        for analysis in analyses:
            analysis._memo.pop("hedging.tokens", None)
            answers.append(bool(ask(lexicon.of(analysis), analysis)))
        return answers

    order = [("old", old.limitation_passages), ("new", getattr(new, "has_limitation_passage", new.limitation_passages))]
    times: dict[str, list[float]] = {"old": [], "new": []}
    answers = {}
    for rep in range(args.reps):
        for name, ask in order[rep % 2:] + order[:rep % 2]:
            started = time.process_time()
            answers[name] = run(ask)
            times[name].append((time.process_time() - started) * 1000)
    print(f"same answers: {answers['old'] == answers['new']}; files with a passage: {sum(answers['new'])} of {len(analyses)}")
    for name, values in times.items():
        print(f"{name}: {' '.join(f'{v:.0f}' for v in values)} ms CPU")
    print(f"new/old: {sum(times['new']) / sum(times['old']):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
