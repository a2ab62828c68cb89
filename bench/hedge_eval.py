"""Measure laylint's sentence hedge detector on BioScope (Szeged uncertainty corpus, bio_bmc + fly).

    python bench/hedge_eval.py            # precision, recall, F1 per part and overall
    python bench/hedge_eval.py --errors   # also print the misclassified sentences of each part

Which cues count was decided on bio_bmc only; bio_fly is the held-out part.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from laylint.hedging import detector, lexicon
from laylint.ruleset import load_ruleset

DATA = Path(__file__).resolve().parents[1] / "tests/data/hedging/bioscope-uncertainty/sentences_bio_bmc_fly.jsonl"
PARTS = {"bio_bmc.xml": "bio_bmc (tuning)", "bio_fly.xml": "bio_fly (held out)"}


def load(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def scores(rows: list[dict], lex) -> dict:
    tp = fp = fn = tn = 0
    errors = []
    for row in rows:
        predicted, gold = detector.is_hedged(lex, row["text"]), bool(row["uncertain"])
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        tn += not predicted and not gold
        if predicted != gold:
            errors.append((gold, row["text"]))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentences": len(rows), "uncertain": tp + fn, "precision": precision, "recall": recall, "f1": f1,
            "errors": errors}


def evaluate(rows: list[dict] | None = None, lex=None) -> dict:
    rows = load() if rows is None else rows
    lex = lexicon.build(load_ruleset([]).lexicon(lexicon.NAME)) if lex is None else lex
    result = {label: scores([r for r in rows if r["file"] == part], lex) for part, label in PARTS.items()}
    result["all"] = scores(rows, lex)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print misclassified sentences")
    args = parser.parse_args(argv)
    result = evaluate()
    print(f"{'part':<20} {'sentences':>9} {'uncertain':>9} {'precision':>9} {'recall':>7} {'F1':>6}")
    for label, s in result.items():
        print(f"{label:<20} {s['sentences']:>9} {s['uncertain']:>9} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    if args.errors:
        for label, s in result.items():
            if label == "all":
                continue
            print(f"\n== {label}: {len(s['errors'])} errors (FN = missed uncertain, FP = flagged certain)")
            for gold, text in s["errors"]:
                print(("FN " if gold else "FP ") + text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
