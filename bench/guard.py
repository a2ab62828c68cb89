#!/usr/bin/env python3
"""Speed must not cost accuracy: check that laylint's output stays byte-identical (issue #19).

    python bench/guard.py save  DIR     # write the corpus and the reference output under DIR
    python bench/guard.py check DIR     # run again on the same corpus; diff against the reference

The corpus is the Devaraj set (891 summaries) plus about 100 summaries of the dev corpus
($LAYLINT_DEV_CORPUS or ../devcorpus/tsar-dev.jsonl), each with its abstract as a sidecar so the
claim checks run too. The dev corpus is not licensed for redistribution: DIR must be outside
the checkout, and nothing here is committed but this script.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from envpath import absolute_pythonpath  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEVARAJ = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
DEV_SAMPLE = 100


def dev_corpus() -> Path:
    return Path(os.environ.get("LAYLINT_DEV_CORPUS", REPO.parent / "devcorpus" / "tsar-dev.jsonl"))


def write_corpus(folder: Path) -> None:
    devaraj = folder / "devaraj"
    devaraj.mkdir(parents=True)
    for index, line in enumerate(DEVARAJ.open(encoding="utf-8")):
        summary = json.loads(line)["summary"]
        (devaraj / f"{index:04d}.md").write_text(f"# Plain language summary {index}\n\n{summary}\n", encoding="utf-8")
    dev = folder / "dev"
    dev.mkdir()
    rows = [json.loads(line) for line in dev_corpus().open(encoding="utf-8") if line.strip()]
    step = max(1, len(rows) // DEV_SAMPLE)
    for index, row in enumerate(rows[::step][:DEV_SAMPLE]):
        stem = dev / f"{index:03d}-{row['writer']}"
        stem.with_suffix(".md").write_text(f"# {row['title']}\n\n{row['summary']}\n", encoding="utf-8")
        Path(f"{stem}.abstract.txt").write_text(row["abstract"], encoding="utf-8")


def run_laylint(corpus: Path) -> bytes:
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json",
               "--select", "all", "--exit-zero", str(corpus)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, cwd=corpus)
    print(f"laylint ran in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if done.returncode != 0:
        sys.exit(f"laylint failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    absolute_pythonpath()  # laylint runs in the corpus folder: PYTHONPATH=src must not fall back to the installed one
    folder = args.folder.resolve()
    if folder.is_relative_to(REPO):
        sys.exit("keep the guard folder outside the checkout")
    corpus, reference = folder / "corpus", folder / "reference.json"
    if args.action == "save":
        if not corpus.exists():
            write_corpus(corpus)
        reference.write_bytes(run_laylint(corpus))
        print(f"saved {reference} ({reference.stat().st_size} bytes)")
        return 0
    now = run_laylint(corpus)
    (folder / "latest.json").write_bytes(now)
    if now == reference.read_bytes():
        print("identical")
        return 0
    before = reference.read_text(encoding="utf-8").splitlines()
    after = now.decode("utf-8").splitlines()
    sys.stdout.writelines(line + "\n" for line in list(difflib.unified_diff(before, after, lineterm=""))[:80])
    return 1


if __name__ == "__main__":
    sys.exit(main())
