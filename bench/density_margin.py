#!/usr/bin/env python3
"""Which jargon/density hits would a stricter cut-off keep? Every judged density label, every corpus (round 18).

    PYTHONPATH=SRC python bench/density_margin.py

SRC: the laylint source whose hits are judged (a checkout before min_count, e.g. `git archive 82164ec src rules`,
to see what min_count costs). Corpora: the dev corpus, Devaraj results paragraphs without the held-out reviews
(/work/devaraj-held10-pick.json) and CELLS lay summaries; labels: bench/data/precision/labels.yaml. These are
seen labels: the cut-offs below were chosen on them, not on a held-out set.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import precision as P

RUNS = [("dev", None, None, str(P.DEFAULT_METADATA)),
        ("devaraj", "tests/data/corpus/cochrane-devaraj2021.jsonl", "/work/devaraj-held10-pick.json",
         "/work/judge-sidecars-devaraj"),
        ("cells", "/work/shared/corpus/cells-validated.jsonl", None, str(P.DEFAULT_METADATA))]
COUNT = re.compile(r"(\d+) different .*? in (\d+) words")
CUTS = {
    "every current hit (share > 2)": lambda c, w: True,
    "share > 2.5 in 100": lambda c, w: c / w > 0.025,
    "share > 3 in 100": lambda c, w: c / w > 0.03,
    "one word more than the limit": lambda c, w: c > 0.02 * w + 1,
    "at least 4 words (min_count 4)": lambda c, w: c >= 4,
    "at least 5 words": lambda c, w: c >= 5,
}


def judged() -> list[tuple[str, int, int, str]]:
    labels = P.load_labels(Path(P.DEFAULT_LABELS), None)
    rows = []
    for name, corpus, exclude, metadata in RUNS:
        path = P.corpus_path(corpus)
        if not path.is_file():
            print(f"skipped {name}: {path} missing", file=sys.stderr)
            continue
        left_out = {r.upper() for r in json.loads(Path(exclude).read_text())} if exclude else set()
        summaries = P.load_corpus(path, left_out)
        results, sidecars = P.run_laylint(summaries, Path(metadata), (True,))
        hits = [h for h in results[True] if h.rule == "jargon/density"]
        P.attach_labels(hits, labels, {s.doc: s.text for s in summaries}, sidecars)
        for hit in hits:
            found = COUNT.match(hit.message)
            if hit.label and found:
                rows.append((name, int(found[1]), int(found[2]), str(hit.label["verdict"])))
    return rows


def main() -> int:
    rows = judged()
    for cut, keep in CUTS.items():
        kept = [r for r in rows if keep(r[1], r[2])]
        parts = []
        for corpus in ("all", "dev", "devaraj", "cells"):
            mine = [r for r in kept if corpus in ("all", r[0])]
            true, false = sum(r[3] == "true" for r in mine), sum(r[3] == "false" for r in mine)
            parts.append(f"{corpus} {true}/{false}" + (f" {true / (true + false):.0%}" if true + false else ""))
        print(f"{cut:32s} true/false: " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
