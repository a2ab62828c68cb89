#!/usr/bin/env python3
"""jargon/acronym against its judged labels: which labelled hits still fire, per corpus (issue #16, round 27).

    python bench/acronym_labels.py --corpus ../shared/corpus/cells-validated.jsonl
    python bench/acronym_labels.py --corpus tests/data/corpus/cochrane-devaraj2021.jsonl --exclude ../devaraj9-pick.json
    python bench/acronym_labels.py --save /tmp/before.json          # the hits, to compare another checkout with
    python bench/acronym_labels.py --compare /tmp/before.json       # hits gone and new since that run

Runs laylint once on the corpus as bench/precision.py does (`--select all`, with this interpreter, so PYTHONPATH
chooses the laylint measured) and prints the rule's hits (errors, warnings) and, for each verdict of the labels in
bench/data/precision/labels.yaml that belong to the corpus's summaries, how many still meet a hit:

    fires   the label's span (or its quote near it) overlaps a hit of the rule
    named   no hit there, but a lab-codes message of the same summary names the labelled code (the codes of a
            summary share one warning at the first, so a label on a later code meets no hit, yet the code is reported)
    gone    neither: a true label gone is a lost right message, a false one a cleared false message

Nothing of the corpus is written out but the hits' offsets and messages (--save; keep the file outside the checkout).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from envpath import absolute_pythonpath  # noqa: E402
from precision import (DEFAULT_LABELS, DEFAULT_METADATA, VERDICTS, Hit, corpus_path, load_corpus, read_exclude,  # noqa: E402
                       load_labels, overlaps, quote_near, run_laylint)

RULE = "jargon/acronym"


def _meets(hit: Hit, label: dict, text: str) -> bool:
    start, end = int(label["start"]), int(label["end"])
    if overlaps(hit.start, hit.end, start, end):
        return True
    moved = quote_near(text, label["quote"], start)
    return moved is not None and overlaps(hit.start, hit.end, *moved)


def _named(hits: list[Hit], label: dict, text: str) -> bool:
    """A lab-codes message of the summary names the labelled code ("'RcdA' and 1 other code (ClpXP)")."""
    code = text[int(label["start"]):int(label["end"])].strip() or str(label["quote"])
    pattern = re.compile(rf"(?<![\w]){re.escape(code)}(?![\w])")
    return any(" other code" in hit.message or "is a code" in hit.message for hit in hits) and any(
        pattern.search(hit.message.split(" are not explained")[0].split(" is a code")[0]) for hit in hits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="a corpus file (default: the dev corpus, as bench/precision.py)")
    parser.add_argument("--exclude", metavar="FILE", help="a JSON list of review ids to leave out (held-out sets)")
    parser.add_argument("--labels", default=str(DEFAULT_LABELS))
    parser.add_argument("--metadata-dir", default=str(DEFAULT_METADATA))
    parser.add_argument("--save", metavar="FILE", help="write the rule's hits (doc, offsets, message) as JSON")
    parser.add_argument("--compare", metavar="FILE", help="a --save file: list the hits gone and new since then")
    parser.add_argument("--verbose", action="store_true", help="list every label and what became of it")
    args = parser.parse_args()
    absolute_pythonpath()  # laylint runs in a temporary folder

    path = corpus_path(args.corpus)
    if not path.is_file():
        print(f"corpus missing: {path}")
        return 0
    exclude = read_exclude(args.exclude)
    summaries = load_corpus(path, exclude)
    texts = {s.doc: s.text for s in summaries}
    results, _ = run_laylint(summaries, Path(args.metadata_dir), (True,))
    hits = [h for h in results[True] if h.rule == RULE and not h.in_sidecar]
    by_doc: dict[str, list[Hit]] = {}
    for hit in hits:
        by_doc.setdefault(hit.doc, []).append(hit)

    severities = Counter(h.severity for h in hits)
    grouped = sum(" other code" in h.message or "is a code" in h.message for h in hits)
    print(f"{path.name}: {len(summaries)} summaries; {RULE}: {len(hits)} hits "
          f"({severities['error']} errors, {severities['warning']} warnings, of them {grouped} lab-code messages)")

    labels = [label for label in load_labels(Path(args.labels), None) if label["rule"] == RULE and label["doc"] in texts]
    table = {verdict: Counter() for verdict in VERDICTS}
    for label in labels:
        text, mine = texts[label["doc"]], by_doc.get(label["doc"], [])
        fate = "fires" if any(_meets(h, label, text) for h in mine) else "named" if _named(mine, label, text) else "gone"
        table[label["verdict"]][fate] += 1
        if args.verbose:
            print(f"  {label['verdict']:9} {fate:5} {label['doc']} {label['start']} {label['quote']!r}")
    print("labels   fires  named  gone  (of)")
    for verdict in VERDICTS:
        counts = table[verdict]
        print(f"{verdict:9} {counts['fires']:5} {counts['named']:6} {counts['gone']:5}  ({sum(counts.values())})")

    records = [{"doc": h.doc, "start": h.start, "end": h.end, "severity": h.severity, "message": h.message} for h in hits]
    if args.save:
        Path(args.save).write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        key = lambda r: (r["doc"], r["start"], r["end"], r["severity"], r["message"])  # noqa: E731
        old, new = {key(r) for r in before}, {key(r) for r in records}
        for sign, group in (("-", sorted(old - new)), ("+", sorted(new - old))):
            for doc, start, end, severity, message in group:
                text = texts.get(doc, "")
                print(f"{sign} {doc} {start} {severity}: {text[start:end]!r} | {message[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
