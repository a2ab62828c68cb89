#!/usr/bin/env python3
"""Precision of each rule on real lay summaries, judged by hand (the dev corpus, or Devaraj or CELLS pairs).

    python bench/precision.py --table                         # hits, judged hits, precision per rule
    python bench/precision.py --table --json out.json         # the same numbers as JSON
    python bench/precision.py --show jargon/term --sample 30 --seed 1   # unjudged hits to judge

The dev corpus (462 summaries: 77 reviews, Cochrane's own plain language summary and five LLM
summaries each) is NOT redistributable and is not in this repository: --corpus, or
$LAYLINT_DEV_CORPUS, or ../devcorpus/tsar-dev.jsonl beside the repository root. Without it the
script says so in one line and exits 0. `--corpus tests/data/corpus/cochrane-devaraj2021.jsonl` (Cochrane results
paragraphs) or `--corpus ../shared/corpus/cells-validated.jsonl` (CELLS authors' lay summaries, writer "lay") judge
text no round of the dev corpus has shown; `--exclude FILE` (a JSON list of review ids) keeps held-out reviews out,
and `--writer NAME` (repeatable) keeps only those writers' summaries ("--writer cochrane": Cochrane's own).

Every summary is written as <review>__<writer>.md into a temporary folder, with a
<stem>.source.yaml sidecar copied from --metadata-dir (bench/data/claims-real/<REVIEW>.source.yaml)
when one exists for its review. `python -m laylint check --no-cache --format json --select all
--exit-zero DIR` runs once on the folder (with this interpreter, so PYTHONPATH chooses which laylint
is measured); --table also runs the default selection (without --select) for the per-writer message
counts. Each diagnostic is mapped back to a character offset in its summary.

Labels (bench/data/precision/labels.yaml) are a list of
    {rule, doc: "REVIEW:writer", start, end, quote, verdict: true|false|debatable, reason, round}
with offsets into the summary text (end exclusive) and a quote of at most 8 words from the hit or
its sentence (the corpus is not ours to copy), and an optional `message` (a few words of the message)
where several hits share one span (hedging/limitations warns once per limitation). A label applies to
a current hit of the same rule and summary when the spans overlap, or when its quote, found near the
labelled place, overlaps the hit; each label applies to one hit at most. Precision = true / (true +
false) over the judged current hits; debatable verdicts are counted separately.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from envpath import absolute_pythonpath  # noqa: E402
from corpus_rows import read_rows  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "devcorpus" / "tsar-dev.jsonl"
DEFAULT_METADATA = REPO / "bench" / "data" / "claims-real"
DEFAULT_LABELS = REPO / "bench" / "data" / "precision" / "labels.yaml"
VERDICTS = ("true", "false", "debatable")
MAX_QUOTE_WORDS = 8
NEARBY = 500  # characters: how far from its labelled offset a label's quote is searched
LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line breaks laylint counts (not str.splitlines' extras)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n\s*")


# ---------------------------------------------------------------- the corpus and the laylint run

@dataclass
class Summary:
    doc: str  # "REVIEW:writer"
    review: str
    writer: str
    text: str

    @property
    def stem(self) -> str:
        return f"{self.review}__{self.writer}"


@dataclass
class Hit:
    rule: str
    doc: str
    start: int  # offset into the summary text (or into the sidecar, when in_sidecar)
    end: int
    severity: str
    message: str
    suggestion: str | None = None
    line: int = 0
    column: int = 0
    in_sidecar: bool = False
    label: dict | None = field(default=None, repr=False)  # the label that applies, if any


HUMAN_WRITERS = ("cochrane", "lay")  # Cochrane's own summaries; CELLS authors' lay summaries


def corpus_path(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    if os.environ.get("LAYLINT_DEV_CORPUS"):
        return Path(os.environ["LAYLINT_DEV_CORPUS"])
    return DEFAULT_CORPUS


def read_exclude(path: str | None) -> set[str]:
    """The review ids of an --exclude file (a JSON list; held-out sets), upper-cased; none without a file."""
    return {review.upper() for review in json.loads(Path(path).read_text())} if path else set()


def load_corpus(path: Path, exclude: set[str] = frozenset(), writers: set[str] | None = None) -> list[Summary]:
    """The dev corpus, or a Devaraj or CELLS file read through corpus_rows; reviews in `exclude` left out, and
    only the summaries of `writers` when given."""
    return [Summary(row["id"], row["review"], row["writer"], row["summary"])
            for row in read_rows(path)
            if row["review"].upper() not in exclude and (not writers or row["writer"] in writers)]


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def to_offset(starts: list[int], text: str, line: int, column: int) -> int:
    """1-based line and column (columns count code points) -> offset into text."""
    line = max(1, min(line, len(starts)))
    return min(starts[line - 1] + max(column, 1) - 1, len(text))


def laylint_command(select_all: bool) -> list[str]:
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json"]
    if select_all:
        command += ["--select", "all"]
    return command + ["--exit-zero", "."]


def shown_command(select_all: bool) -> str:
    words = ["python", "-m", "laylint"] + laylint_command(select_all)[3:-1] + ["DIR"]
    path = os.environ.get("PYTHONPATH")
    return (f"PYTHONPATH={shlex.quote(path)} " if path else "") + " ".join(words)


def run_laylint(summaries: list[Summary], metadata_dir: Path, passes: tuple[bool, ...]):
    """Write the corpus to a temporary folder and lint it once per pass (True: --select all).

    Returns ({select_all: [Hit]}, {doc: sidecar text}).
    """
    by_stem = {s.stem: s for s in summaries}
    sidecars: dict[str, str] = {}
    results = {}
    with tempfile.TemporaryDirectory(prefix="laylint-precision-") as folder:
        for summary in summaries:
            with open(os.path.join(folder, summary.stem + ".md"), "w", encoding="utf-8", newline="") as out:
                out.write(summary.text)
            source = metadata_dir / f"{summary.review}.source.yaml"
            if source.is_file():
                target = os.path.join(folder, summary.stem + ".source.yaml")
                shutil.copyfile(source, target)
                sidecars[summary.doc] = Path(target).read_text(encoding="utf-8")
        for select_all in passes:
            done = subprocess.run(laylint_command(select_all), cwd=folder, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"laylint failed (exit {done.returncode}): {done.stderr.strip()[:2000]}")
            results[select_all] = to_hits(json.loads(done.stdout), by_stem, sidecars)
    return results, sidecars


def to_hits(diagnostics: list[dict], by_stem: dict[str, Summary], sidecars: dict[str, str]) -> list[Hit]:
    starts_cache: dict[tuple[str, bool], list[int]] = {}
    hits = []
    for d in diagnostics:
        name = os.path.basename(d["path"])
        in_sidecar = name.endswith((".source.yaml", ".source.yml"))
        stem = re.sub(r"\.source\.ya?ml$", "", name) if in_sidecar else name.rsplit(".", 1)[0]
        summary = by_stem.get(stem)
        if summary is None:
            continue
        text = sidecars.get(summary.doc, "") if in_sidecar else summary.text
        starts = starts_cache.setdefault((summary.doc, in_sidecar), line_starts(text))
        start = to_offset(starts, text, d["line"], d["column"])
        end = to_offset(starts, text, d.get("end_line", d["line"]), d.get("end_column", d["column"]))
        hits.append(Hit(d["rule"], summary.doc, start, max(end, start), d["severity"], d["message"],
                        d.get("suggestion"), d["line"], d["column"], in_sidecar))
    hits.sort(key=lambda h: (h.rule, h.doc, h.in_sidecar, h.start, h.end, h.message))
    return hits


# ---------------------------------------------------------------- labels

def load_labels(path: Path, round_name: str | None) -> list[dict]:
    if not path.is_file():
        return []
    labels = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(labels, list):
        sys.exit(f"{path}: expected a list of labels")
    for number, label in enumerate(labels, 1):
        missing = {"rule", "doc", "start", "end", "quote", "verdict"} - set(label)
        if missing:
            sys.exit(f"{path}: label {number} lacks {', '.join(sorted(missing))}")
        label["verdict"] = str(label["verdict"]).lower()  # YAML reads a bare true/false as a boolean
        if label["verdict"] not in VERDICTS:
            sys.exit(f"{path}: label {number}: verdict must be one of {', '.join(VERDICTS)}")
        for key in ("quote", "message"):
            if len(str(label.get(key, "")).split()) > MAX_QUOTE_WORDS:
                sys.exit(f"{path}: label {number}: {key} longer than {MAX_QUOTE_WORDS} words")
    return [label for label in labels if round_name is None or str(label.get("round")) == round_name]


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Half-open spans; an empty span counts as its one character."""
    return a0 < max(b1, b0 + 1) and b0 < max(a1, a0 + 1)


def quote_near(text: str, quote: str, offset: int) -> tuple[int, int] | None:
    """The occurrence of quote nearest to offset, within NEARBY characters (whitespace-insensitive)."""
    words = str(quote).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo, hi = max(0, offset - NEARBY), min(len(text), offset + NEARBY)
    found = [m.span() for m in pattern.finditer(text, lo, hi)]
    return min(found, key=lambda span: abs(span[0] - offset)) if found else None


def message_key(message: str) -> str:
    """A short part of a message that tells apart hits on the same span: its first quoted part, else
    its start, at most MAX_QUOTE_WORDS words."""
    quoted = re.search(r"'([^']+)'", message)
    return " ".join((quoted.group(1) if quoted else message).split()[:MAX_QUOTE_WORDS])


def attach_labels(hits: list[Hit], labels: list[dict], texts: dict[str, str], sidecars: dict[str, str]) -> None:
    """Give hits their labels, one label per hit and one hit per label.

    A label fits a hit of the same rule and summary (and, when the label has `message`, whose
    message contains it) when their spans overlap, or when the label's quote, found near the
    labelled offset, overlaps the hit. Pairs sharing the most characters are matched first."""
    by_key = defaultdict(list)
    for number, label in enumerate(labels):
        by_key[(label["rule"], label["doc"])].append((number, label))
    pairs = []
    for index, hit in enumerate(hits):
        hit.label = None
        text = sidecars.get(hit.doc, "") if hit.in_sidecar else texts.get(hit.doc, "")
        for number, label in by_key.get((hit.rule, hit.doc), ()):
            if bool(label.get("sidecar", False)) != hit.in_sidecar:
                continue
            wanted = label.get("message")
            if wanted and " ".join(str(wanted).split()) not in " ".join(hit.message.split()):
                continue
            start, end = int(label["start"]), int(label["end"])
            exact = (start, end) == (hit.start, hit.end)
            if not overlaps(hit.start, hit.end, start, end):
                moved = quote_near(text, label["quote"], start)
                if moved is None or not overlaps(hit.start, hit.end, *moved):
                    continue
                start, end = moved
            shared = min(hit.end, end) - max(hit.start, start)
            pairs.append((-exact, -shared, number, index, label))
    used_labels, used_hits = set(), set()
    for _, _, number, index, label in sorted(pairs, key=lambda p: p[:4]):
        if number not in used_labels and index not in used_hits:
            hits[index].label = label
            used_labels.add(number)
            used_hits.add(index)


# ---------------------------------------------------------------- showing hits to judge

def sentence_around(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The sentence(s) holding [start, end), cut to `reach` characters either side."""
    lo = max(0, start - reach)
    before = [m.end() for m in SENTENCE_END.finditer(text, lo, start)]
    left = before[-1] if before else lo
    after = SENTENCE_END.search(text, max(end, start + 1), min(len(text), end + reach))
    right = after.start() if after else min(len(text), end + reach)
    return left, max(right, end)


def quote_for(text: str, start: int, end: int) -> str:
    """At most MAX_QUOTE_WORDS words of the hit; for an empty or one-character span (document rules
    report on the first character), the words from the start of the word it is in."""
    words = text[start:end].split()
    if end - start < 2 or not words:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        words = text[start:].split()
    return " ".join(words[:MAX_QUOTE_WORDS])


def show(hits: list[Hit], rule: str, sample: int, seed: int, texts: dict[str, str], sidecars: dict[str, str],
         round_name: str, full: bool) -> None:
    pool = [h for h in hits if h.rule == rule and h.label is None]
    judged = sum(1 for h in hits if h.rule == rule and h.label is not None)
    total = sum(1 for h in hits if h.rule == rule)
    chosen = random.Random(seed).sample(pool, min(sample, len(pool)))
    print(f"# {rule}: {total} hits, {judged} judged, {len(pool)} not judged; showing {len(chosen)} (seed {seed})")
    for number, hit in enumerate(chosen, 1):
        text = sidecars.get(hit.doc, "") if hit.in_sidecar else texts[hit.doc]
        left, right = (0, len(text)) if full else sentence_around(text, hit.start, hit.end)
        shown = (text[left:hit.start] + "[[" + text[hit.start:hit.end] + "]]" + text[hit.end:right])
        where = "sidecar " if hit.in_sidecar else ""
        print(f"\n## {number}. {hit.doc} {where}{hit.line}:{hit.column} [{hit.start}:{hit.end}] {hit.severity}")
        print(f"message: {hit.message}")
        if hit.suggestion:
            print(f"suggestion: {hit.suggestion}")
        print("text: " + " ".join(shown.split()))
        quote = quote_for(text, hit.start, hit.end).replace('"', "'")
        extra = ", sidecar: true" if hit.in_sidecar else ""
        if sum(1 for h in hits if h.rule == hit.rule and h.doc == hit.doc and h.in_sidecar == hit.in_sidecar
               and overlaps(h.start, h.end, hit.start, hit.end)) > 1:
            extra += ', message: "' + message_key(hit.message).replace('"', "'") + '"'
        print(f'label: - {{rule: {hit.rule}, doc: "{hit.doc}", start: {hit.start}, end: {hit.end}, '
              f'quote: "{quote}"{extra}, verdict: , reason: "", round: {round_name}}}')


# ---------------------------------------------------------------- the table

def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    if n == 0:
        return None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def rule_rows(hits: list[Hit], labels: list[dict]) -> list[dict]:
    sample_sizes = Counter(label["rule"] for label in labels)
    rows = []
    for rule in sorted({h.rule for h in hits} | set(sample_sizes)):
        mine = [h for h in hits if h.rule == rule]
        verdicts = Counter(h.label["verdict"] for h in mine if h.label is not None)
        decided = verdicts["true"] + verdicts["false"]
        interval = wilson(verdicts["true"], decided)
        rows.append({
            "rule": rule,
            "hits": len(mine),
            "summaries": len({h.doc for h in mine}),
            "judged": sum(verdicts.values()),
            "true": verdicts["true"],
            "false": verdicts["false"],
            "debatable": verdicts["debatable"],
            "precision": round(verdicts["true"] / decided, 3) if decided else None,
            "precision_95ci": [round(x, 3) for x in interval] if interval else None,
            "sample": sample_sizes[rule],
        })
    return rows


def writer_rows(summaries: list[Summary], default_hits: list[Hit], all_hits: list[Hit]) -> list[dict]:
    default_counts, all_counts = Counter(h.doc for h in default_hits), Counter(h.doc for h in all_hits)
    groups = defaultdict(list)
    for summary in summaries:
        groups[summary.writer].append(summary.doc)
    order = sorted(groups, key=lambda w: (w != "cochrane", w))
    llm = [doc for writer in order if writer not in HUMAN_WRITERS for doc in groups[writer]]
    rows = []
    for writer, docs in [(w, groups[w]) for w in order] + ([("all LLM writers", llm)] if llm else []):
        rows.append({
            "writer": writer,
            "summaries": len(docs),
            "median_messages": statistics.median(default_counts[d] for d in docs),
            "no_message_share": round(sum(1 for d in docs if default_counts[d] == 0) / len(docs), 3),
            "median_messages_select_all": statistics.median(all_counts[d] for d in docs),
        })
    return rows


def percent(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def print_table(rules: list[dict], writers: list[dict], header: list[str]) -> None:
    for line in header:
        print(line)
    print()
    print("| rule | hits | summaries | judged | true | false | debatable | precision | 95% CI | labels |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in rules:
        ci = r["precision_95ci"]
        ci_text = f"{percent(ci[0])}-{percent(ci[1])}" if ci else "-"
        print(f"| {r['rule']} | {r['hits']} | {r['summaries']} | {r['judged']} | {r['true']} | {r['false']} | "
              f"{r['debatable']} | {percent(r['precision'])} | {ci_text} | {r['sample']} |")
    print()
    print("| writer | summaries | median messages (default rules) | share with no message | median messages (--select all) |")
    print("|---|---:|---:|---:|---:|")
    for w in writers:
        print(f"| {w['writer']} | {w['summaries']} | {w['median_messages']:g} | {percent(w['no_message_share'])} | "
              f"{w['median_messages_select_all']:g} |")


# ---------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="the dev corpus (default $LAYLINT_DEV_CORPUS or ../devcorpus/tsar-dev.jsonl)")
    parser.add_argument("--metadata-dir", default=str(DEFAULT_METADATA), help="folder of <REVIEW>.source.yaml sidecars")
    parser.add_argument("--labels", default=str(DEFAULT_LABELS), help="the label file")
    parser.add_argument("--round", help="use only labels of this round, e.g. baseline (default: every round)")
    parser.add_argument("--table", action="store_true", help="precision per rule, messages per writer group")
    parser.add_argument("--json", metavar="FILE", help="with --table: also write the numbers to FILE")
    parser.add_argument("--show", metavar="RULE", help="print a random sample of this rule's unjudged hits")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--full", action="store_true", help="with --show: print the whole summary, not the sentence")
    parser.add_argument("--label-round", default="baseline", help="with --show: the round written in label stubs")
    parser.add_argument("--exclude", metavar="FILE", help="a JSON list of review ids to leave out (held-out sets)")
    parser.add_argument("--writer", action="append", metavar="NAME",
                        help="only this writer's summaries, e.g. cochrane (repeatable; default every writer)")
    args = parser.parse_args()
    absolute_pythonpath()  # laylint runs in a temporary folder
    if not (args.table or args.show):
        parser.error("give --table or --show RULE")

    path = corpus_path(args.corpus)
    if not path.is_file():
        print(f"dev corpus missing: {path} (set --corpus or LAYLINT_DEV_CORPUS)")
        return 0
    exclude = read_exclude(args.exclude)
    summaries = load_corpus(path, exclude, set(args.writer or ()))
    texts = {s.doc: s.text for s in summaries}
    labels = load_labels(Path(args.labels), args.round)
    passes = (True, False) if args.table else (True,)
    results, sidecars = run_laylint(summaries, Path(args.metadata_dir), passes)
    hits = results[True]
    attach_labels(hits, labels, texts, sidecars)

    if args.show:
        show(hits, args.show, args.sample, args.seed, texts, sidecars, args.label_round, args.full)
    if args.table:
        rules, writers = rule_rows(hits, labels), writer_rows(summaries, results[False], hits)
        reviews_with_metadata = len({s.review for s in summaries if s.doc in sidecars})
        header = [
            f"Command (on {len(summaries)} summaries, one .md file each, in a temporary DIR): "
            f"`{shown_command(True)}`; per-writer messages also with `{shown_command(False)}`",
            f"Corpus: {path}; {reviews_with_metadata} of {len({s.review for s in summaries})} reviews have a "
            f"metadata sidecar from {args.metadata_dir}; labels: {args.labels}"
            + (f" (round {args.round})" if args.round else ""),
            "precision = true / (true + false) over current hits that have a label; labels = labels of the rule",
        ]
        print_table(rules, writers, header)
        if args.json:
            Path(args.json).write_text(json.dumps({
                "command": shown_command(True), "default_command": shown_command(False),
                "summaries": len(summaries), "reviews_with_metadata": reviews_with_metadata,
                "round": args.round, "rules": rules, "writers": writers}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
