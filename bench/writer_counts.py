#!/usr/bin/env python3
"""Messages per writer and rule on a summary corpus: did a change add or remove messages, and for whom?

    python bench/writer_counts.py --select artifacts                        # the dev corpus
    python bench/writer_counts.py --corpus ../devcorpus/tsar-extra.jsonl --metadata-dir ../judge-sidecars-all
    python bench/writer_counts.py --select artifacts --show                 # also each message, one a line

Each summary is written as <review>__<writer>.md into a temporary folder (with <REVIEW>.source.yaml from
--metadata-dir as its sidecar, like bench/precision.py), and `python -m laylint check --no-cache --format json
--exit-zero [--select ...] DIR` runs once, with this interpreter (PYTHONPATH chooses the laylint measured).
--show prints the summary id, rule, line and message of each hit: never the summary's text.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "devcorpus" / "tsar-dev.jsonl"


def counts(rows: list[dict], metadata_dir: Path | None, select: str | None) -> tuple[dict, list]:
    """({rule: Counter(writer)}, [(id, rule, line, message)]) from one laylint run over the rows."""
    folder = tempfile.mkdtemp(prefix="writer-counts-")
    try:
        for row in rows:
            stem = f"{row['review']}__{row['writer']}"
            Path(folder, stem + ".md").write_text(row["summary"], encoding="utf-8")
            sidecar = metadata_dir / f"{row['review']}.source.yaml" if metadata_dir else None
            if sidecar and sidecar.exists():
                shutil.copy(sidecar, Path(folder, stem + ".source.yaml"))
        command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json", "--exit-zero"]
        command += ["--select", select] if select else []
        output = subprocess.run(command + [folder], capture_output=True, text=True, check=True).stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data = json.loads(output)
    table, hits = collections.defaultdict(collections.Counter), []
    for diagnostic in data["diagnostics"] if isinstance(data, dict) else data:
        name = os.path.basename(diagnostic["path"])  # the summary's .md, or its sidecar (metadata, missing findings)
        review, writer = name.removesuffix(".source.yaml").removesuffix(".md").split("__")
        table[diagnostic["rule"]][writer] += 1
        hits.append((f"{review}:{writer}", diagnostic["rule"], diagnostic["line"], diagnostic["message"]))
    return table, hits


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus_rows import read_rows

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.environ.get("LAYLINT_DEV_CORPUS", str(DEFAULT_CORPUS)))
    parser.add_argument("--metadata-dir", help="folder of <REVIEW>.source.yaml sidecars")
    parser.add_argument("--select", help="rules or families, as laylint check --select (default: the default rules)")
    parser.add_argument("--show", action="store_true", help="print every message (id, rule, line, message)")
    args = parser.parse_args(argv)
    if not Path(args.corpus).exists():
        print(f"no corpus at {args.corpus} (not redistributable; see bench/precision.py)")
        return 0
    rows = read_rows(Path(args.corpus))
    table, hits = counts(rows, Path(args.metadata_dir) if args.metadata_dir else None, args.select)
    if args.show:
        for hit in sorted(hits):
            print("\t".join(map(str, hit)))
    writers = list(dict.fromkeys(row["writer"] for row in rows))
    rules = sorted(table)
    print("| writer | summaries | " + " | ".join(rules) + " |")
    print("|---|---:|" + "---:|" * len(rules))
    for writer in writers:
        summaries = sum(row["writer"] == writer for row in rows)
        print(f"| {writer} | {summaries} | " + " | ".join(str(table[rule][writer]) for rule in rules) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
