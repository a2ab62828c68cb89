#!/usr/bin/env python3
"""Time the claims figure patterns' build in a fresh process (issue #19); prints seconds on stderr.

    python bench/patterns_build.py all       # every pattern compiled, as a claims check needs
    python bench/patterns_build.py percent   # only the four percentage forms and the anchors
    python bench/patterns_build.py none      # the vocabulary only: the baseline to subtract

Run it with two venvs (main's and a branch's) in turn, e.g. under farm-bench --vs.
"""
import sys
import time

from laylint.analysis import Analysis
from laylint.api import _ruleset
from laylint.claims import patterns as figure_patterns
from laylint.claims.vocabulary import vocabulary
from laylint.document import parse

vocab = vocabulary(Analysis(parse("s.md", "# S\n\nAbout 12% of people.\n"), ruleset=_ruleset(())))
mode = sys.argv[1] if len(sys.argv) > 1 else "all"
started = time.perf_counter()
if mode != "none":
    built = figure_patterns.build(vocab)
    used = [c for form, c in built.patterns if mode == "all" or form in ("ci", "range", "relative", "percent")]
    used += [built.anchor, built.prefix]
    if mode == "all":
        used += list(built.after.values()) + list(built.before.values()) + [built.frame, built.search]
    for compiled in used:
        compiled.search("x")  # a lazily built pattern compiles here
print(f"{mode} {time.perf_counter() - started:.3f} s", file=sys.stderr)
