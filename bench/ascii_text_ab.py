#!/usr/bin/env python3
"""In-process A/B of the text layer's ASCII fast paths (issue #19, speed round U): words() and fold() of an
older checkout against this one's, alternating, CPU time, over the 891 Devaraj summaries.

    git archive main src | tar -x -C /tmp/old
    python bench/ascii_text_ab.py /tmp/old [--reps 7]

Only laylint/text/words.py and forms.py are loaded from the old checkout (forms imports words by name: the old
forms.py is given this checkout's words module, which its fold() does not use). Speed is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import statistics
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="an older checkout (its src/laylint/text is loaded)")
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    import importlib

    forms, words = (importlib.import_module(f"laylint.text.{name}") for name in ("forms", "words"))
    old_text = args.old / "src" / "laylint" / "text"
    old = {"words": _load(old_text / "words.py", "old_words"), "forms": _load(old_text / "forms.py", "old_forms")}
    new = {"words": words, "forms": forms}
    texts = [json.loads(line)["summary"] for line in CORPUS.open(encoding="utf-8")]
    parts = {"words": lambda m: [m["words"].words(t) for t in texts],
             "fold": lambda m: [m["forms"].fold(t) for t in texts]}
    times: dict[tuple[str, str], list[float]] = {}
    gc.disable()  # a collection falling in one side's run (their lists of matches are large) is noise
    for _ in range(args.reps):
        for part, run in parts.items():
            for side, modules in (("old", old), ("new", new)):
                gc.collect()
                started = time.process_time()
                run(modules)
                times.setdefault((part, side), []).append(time.process_time() - started)
    gc.enable()
    print(f"{'part':8} {'old ms':>8} {'new ms':>8} {'new/old':>8}   "
          f"(median of {args.reps}, CPU, 891 summaries, old and new alternating, no GC)")
    for part in parts:
        before, after = (statistics.median(times[(part, side)]) * 1000 for side in ("old", "new"))
        print(f"{part:8} {before:8.1f} {after:8.1f} {after / before:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
