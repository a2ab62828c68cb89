#!/usr/bin/env python3
"""Recall of the artifacts rules (chat-leftover, template-leftover) against hand marks on LLM-written summaries.

    python bench/leftover_recall.py                 # recall per kind of leftover
    python bench/leftover_recall.py --verbose       # also every mark, caught or missed
    python bench/leftover_recall.py --draw          # the sample the marks were made on (ids only)

bench/data/recall/leftovers-35.yaml marks every leftover found by reading 40 LLM summaries of the dev corpus
(drawn with --draw: both corpus files, every writer but cochrane, minus the held-out reviews, sorted by id,
random.Random(3540).sample(rows, 40)). The texts are not redistributable: they are read from ../devcorpus, each
written unchanged as a .md file, and `python -m laylint check --select artifacts` runs once on the folder with
this interpreter (PYTHONPATH chooses the laylint measured). A mark is caught when an artifacts diagnostic
overlaps it. Without the corpus the script prints one line and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "devcorpus" / "tsar-dev.jsonl", ROOT.parent / "devcorpus" / "tsar-extra.jsonl"]
MARKS = ROOT / "bench" / "data" / "recall" / "leftovers-35.yaml"
HELD_OUT = {"CD006127.PUB3", "CD006606.PUB5", "CD010637.PUB3", "CD012718.PUB2", "CD003218.PUB3", "CD013293.PUB2"}
SEED, SIZE = 3540, 40


def draw(rows: list[dict]) -> list[dict]:
    pool = sorted((row for row in rows if row["writer"] != "cochrane" and row["review"] not in HELD_OUT),
                  key=lambda row: row["id"])
    return random.Random(SEED).sample(pool, SIZE)


def diagnostics(summaries: dict[str, str]) -> dict[str, list[tuple[int, int, str]]]:
    """Summary id -> [(start, end, rule)] of the artifacts diagnostics, as character offsets."""
    folder = tempfile.mkdtemp(prefix="leftover-recall-")
    names = {}
    try:
        for number, (key, text) in enumerate(summaries.items()):
            names[f"s{number:02d}.md"] = key
            Path(folder, f"s{number:02d}.md").write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json", "--exit-zero",
                   "--select", "artifacts", folder]
        data = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    found = collections.defaultdict(list)
    for item in data["diagnostics"] if isinstance(data, dict) else data:
        key = names[Path(item["path"]).name]
        lines = summaries[key].split("\n")
        line_start = lambda line: sum(len(text) + 1 for text in lines[:line - 1])  # noqa: E731
        start = line_start(item["line"]) + item["column"] - 1
        end = line_start(item["end_line"]) + item["end_column"] - 1
        found[key].append((start, end, item["rule"]))
    return found


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus_rows import read_rows

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--draw", action="store_true", help="list the drawn sample's ids and stop")
    args = parser.parse_args(argv)
    if not all(path.exists() for path in CORPORA):
        print(f"no corpus at {CORPORA[0].parent} (not redistributable)")
        return 0
    rows = [row for path in CORPORA for row in read_rows(path)]
    if args.draw:
        print("\n".join(row["id"] for row in draw(rows)))
        return 0
    marked = yaml.safe_load(MARKS.read_text(encoding="utf-8"))
    by_id = {row["id"]: row["summary"] for row in rows}
    summaries = {f"{item['review']}:{item['writer']}": by_id[f"{item['review']}:{item['writer']}"]
                 for item in marked["summaries"]}
    found = diagnostics(summaries)
    caught, total = collections.Counter(), collections.Counter()
    for mark in marked["marks"]:
        key = f"{mark['review']}:{mark['writer']}"
        hit = any(start < mark["end"] and mark["start"] < end for start, end, _ in found[key])
        total[mark["kind"]] += 1
        caught[mark["kind"]] += hit
        if args.verbose:
            print(f"{'caught' if hit else 'MISSED'}\t{key}\t{mark['kind']}\t{mark['quote']}")
    print("| kind | marks | caught | recall |")
    print("|---|---:|---:|---:|")
    for kind in sorted(total):
        print(f"| {kind} | {total[kind]} | {caught[kind]} | {caught[kind] / total[kind]:.0%} |")
    all_caught, all_total = sum(caught.values()), sum(total.values())
    print(f"| all | {all_total} | {all_caught} | {all_caught / all_total:.0%} |")
    hits = sum(len(items) for items in found.values())
    print(f"\n{hits} artifacts diagnostics on the {len(summaries)} summaries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
