#!/usr/bin/env python3
"""CPU time of the figure patterns that are scanned over every character (anchor, frame, date, ci, ratio), the
cheap build against the plain reference build, alternated in one process (issue #19).

    python bench/claims_scans.py [--dev N]   # the 891 Devaraj summaries (+ N dev-corpus summaries)

Both builds must find the same spans and groups; the plain build differs only by the first-character lookahead.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=int, default=0, help="also this many summaries of ../devcorpus/tsar-dev.jsonl")
    args = parser.parse_args()
    from laylint.analysis import Analysis
    from laylint.api import _ruleset
    from laylint.claims import patterns as figure_patterns
    from laylint.claims.vocabulary import vocabulary
    from laylint.document import parse

    rows = (REPO / "tests/data/corpus/cochrane-devaraj2021.jsonl").read_text(encoding="utf-8").splitlines()
    if args.dev:
        rows += (REPO.parent / "devcorpus/tsar-dev.jsonl").read_text(encoding="utf-8").splitlines()[:args.dev]
    texts = [json.loads(row)["summary"] for row in rows]
    vocab = vocabulary(Analysis(parse("s.md", "12%"), ruleset=_ruleset(())))
    plain, cheap = figure_patterns.build(vocab, plain=True), figure_patterns.build(vocab)
    for name in ("anchor", "frame", "date", "ci", "ratio"):
        old, new = ((getattr(p, name) if name in ("anchor", "frame") else dict(p.patterns)[name]) for p in (plain, cheap))
        spent = {"plain": 0.0, "cheap": 0.0}
        for _ in range(3):
            for label, pattern in (("plain", old), ("cheap", new)):
                started = time.process_time()
                found = [[(m.span(), m.groups()) for m in pattern.finditer(text)] for text in texts]
                spent[label] += time.process_time() - started
                if label == "plain":
                    expected = found
                assert found == expected, name
        print(f"{name:7s} plain {spent['plain'] / 3 * 1000:5.0f} ms  cheap {spent['cheap'] / 3 * 1000:5.0f} ms  "
              f"ratio {spent['cheap'] / spent['plain']:.2f}  ({sum(map(len, expected))} matches, {len(texts)} texts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
