#!/usr/bin/env python3
"""In-process A/B of the parts speed round R changed (issue #19): another checkout's code against this one's, CPU
time, alternating order, on a folder of summaries.

    git archive <commit> src | tar -x -C /tmp/old     # the code to compare against
    python bench/speed_r_ab.py /tmp/speedE-corpus/copy-1 --against /tmp/old/src [--part passages|hard] [--reps 4]

passages: the limitations passage search as a yes/no (has_limitation_passage, or bool(limitation_passages) in a
checkout from before round R), each document's Tokens built afresh each pass. hard: readability.hard._judge with the built-in options, the jargon
scan and the counts warm (shared with other kinds). Every file is linted first (untimed); the garbage collector is
frozen after loading. Only the named module is loaded from the other checkout. Speed is measured, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import time
from pathlib import Path

MODULES = {"passages": "hedging/passages.py", "hard": "readability/hard.py"}


def _load(src: Path, part: str):
    spec = importlib.util.spec_from_file_location(f"old_{part}", src / "laylint" / MODULES[part])
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up while the class is built)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="the src/ folder of the checkout to compare with")
    parser.add_argument("--part", choices=sorted(MODULES), default="passages")
    parser.add_argument("--reps", type=int, default=4)
    args = parser.parse_args()
    from laylint import pipeline
    from laylint.hedging import lexicon
    from laylint.hedging import passages
    from laylint.readability import hard
    from laylint.readability.formulas import GRADE_FORMULAS

    old = _load(args.against, args.part)
    project = pipeline.Project(["all"], [], None)
    files = sorted(args.folder.glob("*.md"))
    analyses = [project.lint_file(path, keep_analysis=True).analysis for path in files]
    gc.freeze()
    if args.part == "passages":
        def one(module):
            # a checkout from before round R has no has_limitation_passage: its limitations check asked for them all
            ask = getattr(module, "has_limitation_passage", None) or (lambda lex, a: bool(module.limitation_passages(lex, a)))

            def run():
                answers = []
                for analysis in analyses:
                    analysis._memo.pop("hedging.tokens", None)
                    answers.append(ask(lexicon.of(analysis), analysis))
                return answers
            return run
        new_module = passages
    else:
        rule = next(rule for rule, _ in project.setup_for(files[0]).rule_kinds if rule.kind == "hard-sentence")
        formula = GRADE_FORMULAS[rule.options.formula]

        def one(module):
            def run():
                return [[(v.item.sentence.start, v.grade, v.long, v.rare) for v in module._judge(a, formula, rule.options)]
                        for a in analyses]
            return run
        new_module = hard
    order = [("old", one(old)), ("new", one(new_module))]
    times: dict[str, list[float]] = {"old": [], "new": []}
    answers = {}
    for rep in range(args.reps):
        for name, run in order[rep % 2:] + order[:rep % 2]:
            started = time.process_time()
            answers[name] = run()
            times[name].append((time.process_time() - started) * 1000)
    print(f"{args.part}: same answers: {answers['old'] == answers['new']} ({len(analyses)} files)")
    for name, values in times.items():
        print(f"{name}: {' '.join(f'{v:.0f}' for v in values)} ms CPU")
    print(f"new/old: {sum(times['new']) / sum(times['old']):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
