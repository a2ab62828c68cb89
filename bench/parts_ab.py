#!/usr/bin/env python3
"""In-process A/B of the parts speed round G changed (issue #19): an older checkout's code against this one's,
alternating, CPU time, on the 891 Devaraj summaries.

    git archive main | tar -x -C /tmp/old      # the code to compare against
    python bench/parts_ab.py /tmp/old [--reps 7]

Parts: readability's facts of every distinct chunk and frequency's word_zipf of every distinct word, both from
empty per-process caches (what the first files of a run pay; word_zipf is unchanged in round G, so its row shows
the noise of the machine); jargon's rare words and jargon/density's check per summary, with warm caches (what
every later file pays). Only the named modules are loaded from the old checkout;
everything they import is this checkout's. Speed is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
clock = time.process_time


def load(name: str, path: Path, package: str, replace: tuple = ()) -> types.ModuleType:
    """A module from the old checkout, under its own name (its imports resolve to this checkout)."""
    source = path.read_text(encoding="utf-8")
    for old, new in replace:
        source = source.replace(old, new)
    module = types.ModuleType(name)
    module.__file__, module.__package__ = str(path), package
    sys.modules[name] = module
    exec(compile(source, str(path), "exec"), module.__dict__)
    return module


def clear(*functions) -> None:
    from laylint.text import forms
    from laylint.text import words as _  # noqa: F401  (the module, for is_counted below)

    for function in functions:
        function.cache_clear()
    for name in dir(forms):
        if hasattr(getattr(forms, name), "cache_clear"):
            getattr(forms, name).cache_clear()
    sys.modules["laylint.text.words"].is_counted.cache_clear()


def alternate(results: dict, reps: int, sides: dict, run) -> None:
    for rep in range(reps):
        for tag in (("old", "new") if rep % 2 else ("new", "old")):
            results.setdefault(tag, []).append(run(sides[tag]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="an older checkout (its src/laylint is read)")
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    old = args.old / "src" / "laylint"
    from laylint.jargon import frequency
    from laylint.readability import counts, syllables
    from laylint.text.words import chunks, words

    summaries = [json.loads(line)["summary"] for line in CORPUS.open(encoding="utf-8")]
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}; {len(summaries)} summaries; "
          f"old code {args.old}; CPU time, medians of {args.reps} alternating repetitions")
    old_syllables = load("old_syllables", old / "readability/syllables.py", "laylint.readability")
    old_counts = load("old_counts", old / "readability/counts.py", "laylint.readability", (
        ("from laylint.readability.syllables import", "from old_syllables import"),))
    old_frequency = load("old_frequency", old / "jargon/frequency.py", "laylint.jargon")
    distinct_chunks = list(dict.fromkeys(c for s in summaries for c in chunks(s)))
    distinct_words = list(dict.fromkeys(w for s in summaries for _, _, w in words(s)))

    def readability(side):
        module, syllable_module = side
        module.familiar_words()
        clear(module._counted_facts, module._chunk_facts, module._facts, module.is_familiar, module._familiar,
              syllable_module._count, syllable_module._by_rules)
        started = clock()
        for chunk in distinct_chunks:
            module._counted_facts(chunk)
        return clock() - started

    def word_zipf(module):
        clear(module.zipf, module.word_zipf, module._bucket_zipf, module._buckets)
        if hasattr(module, "_JUDGED"):
            module._JUDGED.clear()
        module._buckets()  # reading wordfreq's list is the same on both sides: not timed
        started = clock()
        for word in distinct_words:
            module.word_zipf(word, 3, 2.75)
        return clock() - started

    report = []
    for name, sides, run in (
            (f"readability facts of {len(distinct_chunks):,} distinct chunks, empty caches",
             {"old": (old_counts, old_syllables), "new": (counts, syllables)}, readability),
            (f"word_zipf of {len(distinct_words):,} distinct words, empty caches",
             {"old": old_frequency, "new": frequency}, word_zipf)):
        results: dict = {}
        alternate(results, args.reps, sides, run)
        report.append((name, results))
    report += per_summary(old, summaries)
    for name, results in report:
        before, after = statistics.median(results["old"]), statistics.median(results["new"])
        print(f"{name}: old {1000 * before:.0f} ms, new {1000 * after:.0f} ms, new/old {after / before:.2f}")
    print(f"load average at the end {Path('/proc/loadavg').read_text().split()[0]}")
    return 0


def per_summary(old: Path, summaries: list[str]) -> list:
    """jargon._rare and jargon/density's check, each summary timed old and new in turn (warm caches)."""
    from laylint import config as configuration
    from laylint import jargon
    from laylint.api import _ruleset
    from laylint.checks import jargon_density
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    old_jargon = load("old_jargon", old / "jargon/__init__.py", "laylint.jargon")
    for name in ("same_word", "_openings", "_long_words", "families", "_glued"):  # the same warm caches
        setattr(old_jargon, name, getattr(jargon, name))
    old_density = load("old_density", old / "checks/jargon_density.py", "laylint.checks")
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    rule = next(r for r in setup.rules if r.kind == "jargon-density")
    inputs = []
    for index, summary in enumerate(summaries):
        data = f"# Plain language summary {index}\n\n{summary}\n".encode()
        inputs.append(Input(f"{index:04d}.md", data, len(data), None, None))
    for source in inputs:
        lint(source, setup)  # warm every per-process cache, as after the first files of a run
    rare: dict = {"old": [0.0], "new": [0.0]}
    density: dict = {"old": [0.0], "new": [0.0]}
    for number, source in enumerate(inputs):
        analysis = lint(source, setup, keep_analysis=True, run_checks=False).analysis
        found = jargon.scan(analysis)
        order = (("old", old_jargon, old_density), ("new", jargon, jargon_density))
        for tag, module, density_module in (order if number % 2 else order[::-1]):
            started = clock()
            module._rare(found, 2.75, 3)
            rare[tag][0] += clock() - started
            found._explained.clear()  # density asking first, as in a run (jargon/term and rare-word ask later)
            analysis._memo = {k: v for k, v in analysis._memo.items() if not (isinstance(k, tuple) and k[:2] == ("jargon", "rare"))}
            started = clock()
            list(density_module.check(rule, analysis))
            density[tag][0] += clock() - started
    return [("jargon rare words, 891 summaries, warm caches", rare),
            ("jargon/density check (rare words and explanations included), 891 summaries, warm caches", density)]


if __name__ == "__main__":
    raise SystemExit(main())
