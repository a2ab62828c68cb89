"""Recall of laylint's jargon, acronym and overclaim rules against hand marks on real summaries.

    python bench/recall.py                      # the table
    python bench/recall.py --verbose            # also every marked problem laylint missed
    python bench/recall.py --corpus PATH        # the dev corpus (default: $LAYLINT_DEV_CORPUS, else
                                                #   ../devcorpus/tsar-dev.jsonl beside the repository)

bench/data/recall/marks.yaml holds a careful editor's marks on 20 summaries of the dev corpus (10 Cochrane plain
language summaries and 10 written by LLMs, from 10 reviews), made by reading them before laylint was run on them:
every unexplained acronym and jargon term at its first use, and every overclaim. The corpus texts are not
redistributable, so this script reads them from the corpus, writes each summary unchanged as a .md file (with the
review's metadata from bench/data/claims-real/<REVIEW>.source.yaml as a sidecar when there is one), runs
`python -m laylint check` once on the folder with the default rules, and counts a mark as caught when:

    acronym    jargon/acronym overlaps it
    jargon     jargon/term or jargon/rare-word (or jargon/acronym) overlaps it
    overclaim  hedging/overclaim, hedging/certainty or hedging/certainty-strict overlaps it or lies in the same sentence

The laylint that runs is the one `sys.executable -m laylint` imports, so a frozen copy is measured with
PYTHONPATH=/path/to/src. Without the corpus the script prints one line and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from envpath import absolute_pythonpath  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MARKS = ROOT / "bench" / "data" / "recall" / "marks.yaml"
SIDECARS = ROOT / "bench" / "data" / "claims-real"
CATEGORIES = ("acronym", "jargon", "overclaim")
CATCHERS = {
    "acronym": {"jargon/acronym"},
    "jargon": {"jargon/term", "jargon/rare-word", "jargon/acronym"},
    "overclaim": {"hedging/overclaim", "hedging/certainty", "hedging/certainty-strict"},
}
NEWLINE = re.compile(r"\r\n|\r|\n")  # laylint's own line breaks (columns count characters within a line)
# A sentence ends at a line break, before a bullet (Cochrane runs "...;• ...;• ..." lists on one line), or at
# . ! ? followed by a space, unless the full stop ends e.g./i.e./vs.
SENTENCE_END = re.compile(r"\r\n|\r|\n|(?=•)|(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.!?](?=\s)")


def default_corpus() -> Path:
    env = os.environ.get("LAYLINT_DEV_CORPUS")
    return Path(env) if env else ROOT.parent / "devcorpus" / "tsar-dev.jsonl"


def file_stem(doc_id: str) -> str:
    """'CD015003.PUB2:baseline_gpt_5' -> 'CD015003-PUB2--baseline_gpt_5' (no dots: the sidecar is <stem>.source.yaml)."""
    review, writer = doc_id.split(":")
    return f"{review.replace('.', '-')}--{writer}"


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in NEWLINE.finditer(text)]


def to_offset(starts: list[int], text: str, line: int, column: int) -> int:
    """1-based line and column (Unicode characters) -> str index."""
    line = max(1, min(line, len(starts)))
    return max(0, min(starts[line - 1] + column - 1, len(text)))


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.end() > offset:
            return start, m.end()
        start = m.end()
    return start, len(text)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_laylint(folder: Path) -> tuple[list[str], list[dict]]:
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json", "--exit-zero", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=folder)
    if done.returncode != 0:
        sys.exit(f"laylint failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return command, json.loads(done.stdout or "[]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="the dev corpus JSONL")
    parser.add_argument("--marks", type=Path, default=MARKS, help="the hand marks (default: %(default)s)")
    parser.add_argument("--keep", type=Path, default=None, help="write the summaries to this folder and keep them")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mark laylint missed")
    args = parser.parse_args(argv)
    absolute_pythonpath()  # laylint runs in a temporary folder

    corpus = args.corpus or default_corpus()
    if not corpus.is_file():
        print(f"dev corpus missing: {corpus}")
        return 0
    marks = yaml.safe_load(args.marks.read_text(encoding="utf-8"))
    wanted = {d["doc"] for d in marks["documents"]}
    texts = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                if row["id"] in wanted:
                    texts[row["id"]] = row["summary"]
    absent = sorted(wanted - set(texts))
    if absent:
        print(f"dev corpus missing: {len(absent)} marked summaries are not in {corpus} ({', '.join(absent[:3])}...)")
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="laylint-recall-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with_sidecar = 0
        for doc in sorted(wanted):
            stem = file_stem(doc)
            (folder / f"{stem}.md").write_text(texts[doc], encoding="utf-8", newline="")
            sidecar = SIDECARS / f"{doc.split(':')[0]}.source.yaml"
            if sidecar.is_file():
                shutil.copyfile(sidecar, folder / f"{stem}.source.yaml")
                with_sidecar += 1
        command, diagnostics = run_laylint(folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)

    # Diagnostics per summary, as (rule, start, end, message) in str offsets of the summary.
    by_stem: dict[str, list[tuple[str, int, int, str]]] = {}
    starts = {file_stem(doc): (line_starts(texts[doc]), texts[doc]) for doc in texts}
    for d in diagnostics:
        stem = Path(d["path"]).stem
        if stem not in starts:
            continue  # a problem reported in a sidecar
        ls, text = starts[stem]
        start = to_offset(ls, text, d["line"], d["column"])
        end = to_offset(ls, text, d.get("end_line") or d["line"], d.get("end_column") or d["column"] + 1)
        by_stem.setdefault(stem, []).append((d["rule"], start, max(end, start + 1), d["message"]))

    counts = {(group, cat): [0, 0] for group in ("Cochrane", "LLM", "all") for cat in CATEGORIES + ("total",)}
    misses, caught_by = [], {}
    for entry in marks["documents"]:
        doc = entry["doc"]
        text, found = texts[doc], by_stem.get(file_stem(doc), [])
        group = "Cochrane" if doc.endswith(":cochrane") else "LLM"
        for mark in entry["marks"]:
            cat, span = mark["category"], (mark["start"], mark["end"])
            if text[span[0]:span[1]] != mark["text"]:
                sys.exit(f"{args.marks}: {doc} mark {mark['text']!r} at {span} does not match the corpus text "
                         f"({text[span[0]:span[1]]!r})")
            region = [span]
            if cat == "overclaim":
                region.append(sentence_span(text, span[0]))
            hits = [f for f in found if f[0] in CATCHERS[cat] and any(overlaps((f[1], f[2]), r) for r in region)]
            for key in (group, "all"):
                for c in (cat, "total"):
                    counts[key, c][0] += 1
                    counts[key, c][1] += bool(hits)
            if hits:
                caught_by[hits[0][0]] = caught_by.get(hits[0][0], 0) + 1
            else:
                misses.append((doc, mark, found))

    shown = " ".join(shlex.quote(part) for part in command[:-1]) + " DIR"
    if os.environ.get("PYTHONPATH"):
        shown = f"PYTHONPATH={shlex.quote(os.environ['PYTHONPATH'])} {shown}"
    print(f"command: {shown}")
    print(f"summaries: {len(texts)} ({sum(d['doc'].endswith(':cochrane') for d in marks['documents'])} Cochrane), "
          f"{with_sidecar} with a source.yaml sidecar from {SIDECARS.relative_to(ROOT)}; marks: {args.marks.name}")
    print()
    print(f"{'group':<9} | {'category':<9} | {'marked':>6} | {'caught':>6} | {'recall':>6}")
    print(f"{'-' * 9}-+-{'-' * 9}-+-{'-' * 6}-+-{'-' * 6}-+-{'-' * 6}")
    for group in ("Cochrane", "LLM", "all"):
        for cat in CATEGORIES + ("total",):
            marked, caught = counts[group, cat]
            recall = f"{caught / marked:.2f}" if marked else "-"
            print(f"{group:<9} | {cat:<9} | {marked:>6} | {caught:>6} | {recall:>6}")
    print()
    print("caught by: " + ", ".join(f"{rule} {n}" for rule, n in sorted(caught_by.items())))
    if args.verbose:
        print()
        print(f"misses ({len(misses)}):")
        for doc, mark, found in misses:
            print(f"  {doc} {mark['category']:<9} {mark['start']:>5} {mark['text']!r}: {mark['reason']}")
            near = [f for f in found if f[0].split("/")[0] in ("jargon", "hedging")
                    and overlaps((f[1], f[2]), sentence_span(texts[doc], mark["start"]))]
            for rule, start, _, message in near:
                print(f"      same sentence: {rule} at {start}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
