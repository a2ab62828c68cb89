#!/usr/bin/env python3
"""Which summaries with a hedging/limitations label get the 'missing passage' error from the laylint on PYTHONPATH.

    PYTHONPATH=OLD/src python bench/limitations_fires.py > before.json
    PYTHONPATH=src python bench/limitations_fires.py --compare before.json   # labels whose hit came or went

Reads the Devaraj, CELLS and dev-corpus rows that carry a label (never a review of --exclude), so a change to the
rule can be checked for TRUE-labelled hits it loses without reading any unlabelled hit."""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_rows import read_rows  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "tests/data/corpus/cochrane-devaraj2021.jsonl", REPO.parent / "shared/corpus/cells-validated.jsonl",
           REPO.parent / "devcorpus/tsar-dev.jsonl", REPO.parent / "devcorpus/tsar-extra.jsonl"]
RULE = "hedging/limitations"


def missing_labels(labels):
    return [x for x in labels if x["rule"] == RULE and "imitations passage" in str(x.get("message", "No limitations passage"))]


def main() -> int:
    from laylint.api import lint_text

    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, default=REPO / "bench/data/precision/labels.yaml")
    parser.add_argument("--exclude", type=Path, default=Path("/work/devaraj-held10-pick.json"))
    parser.add_argument("--compare", type=Path, help="an earlier run's JSON: print what changed, by verdict")
    args = parser.parse_args()
    held = set(json.loads(args.exclude.read_text())) if args.exclude.exists() else set()
    labels = missing_labels(yaml.safe_load(args.labels.read_text(encoding="utf-8")))
    docs, fired = {x["doc"] for x in labels}, {}
    for path in (p for p in CORPORA if p.exists()):
        for row in read_rows(path):
            if row["id"] in docs and row["review"] not in held and row["id"] not in fired:
                found = lint_text(row["summary"], select=[RULE])
                fired[row["id"]] = any(d.rule == RULE and d.severity == "error" for d in found)
    if not args.compare:
        json.dump(fired, sys.stdout, indent=0, sort_keys=True)
        return 0
    before = json.loads(args.compare.read_text())
    counts = collections.Counter()
    for label in labels:
        if label["doc"] in fired and label["doc"] in before:
            was, now = before[label["doc"]], fired[label["doc"]]
            counts[(str(label["verdict"]), "fired" if was else "quiet", "fires" if now else "quiet")] += 1
            if was != now:
                print(f"{label['doc']}: {'fired -> quiet' if was else 'quiet -> fires'} ({label['verdict']}, {label['round']})")
    for key, count in sorted(counts.items()):
        print("verdict %s: %s before, %s now: %d" % (*key, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
