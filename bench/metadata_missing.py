#!/usr/bin/env python3
"""CPU time of metadata-missing's check alone on the 891 Devaraj summaries (issue #19).

    python bench/metadata_missing.py
    PYTHONPATH=/other/checkout/src python bench/metadata_missing.py   # A/B against another checkout's code

Each summary gets a fresh Analysis, parsed outside the clock; the figure patterns are built in a
first, untimed pass, so only the check's own reading is measured (CPU, `time.process_time`), as the
mean of 3 passes. The reported count must match between A and B.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def main() -> int:
    from laylint.analysis import Analysis
    from laylint.api import _ruleset
    from laylint.checks import metadata_missing
    from laylint.document import parse

    ruleset = _ruleset(())
    texts = [f"# Plain language summary {i}\n\n{json.loads(line)['summary']}\n"
             for i, line in enumerate(CORPUS.open(encoding="utf-8"))]

    def one_pass() -> tuple[int, float]:
        reported, spent = 0, 0.0
        for text in texts:
            analysis = Analysis(parse("summary.md", text), ruleset=ruleset)
            analysis.__dict__["rule_ids"] = ["claims/verdict", "metadata/missing"]  # a claims rule runs
            analysis.diagnostic = lambda *args, **fields: 1  # counted, not built
            analysis.sentences  # parsed outside the clock
            started = time.process_time()
            reported += sum(1 for _ in metadata_missing.check(None, analysis))
            spent += time.process_time() - started
        return reported, spent

    one_pass()  # patterns and vocabularies built
    runs = [one_pass() for _ in range(3)]
    print(f"{runs[0][0]} reported; {1000 * sum(s for _, s in runs) / 3:.0f} ms CPU a pass in metadata-missing's check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
