"""Sanity figure for the README: jargon/term and jargon/acronym findings per 100 words on the bundled corpora.

    python bench/jargon_rate.py            # all 1,174 lay summaries in tests/data/corpus, per corpus and overall
    python bench/jargon_rate.py --limit 200 # the first 200 only
    python bench/jargon_rate.py --timing    # CPU cost of the jargon rules on the 891 Cochrane summaries
Times are for the four jargon rules, including parsing, spaCy tokenisation and (for the first corpus)
importing spaCy and building the matcher; CPU time is the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from laylint import config as configuration
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import load_ruleset, resolve_rules
from laylint.text import WORD

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
RULES = ("jargon/term", "jargon/acronym", "jargon/rare-word", "jargon/density")


def summaries(limit: int | None = None):
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            found += [(path.stem, json.loads(line)["summary"]) for line in lines if line.strip()]
    return found[:limit]


def measure(texts) -> dict:
    ruleset = load_ruleset([])
    rules = resolve_rules(configuration.Config(), ruleset, list(RULES), None)
    counts, words, terms = Counter(), 0, Counter()
    started, cpu = time.perf_counter(), time.process_time()
    for _, text in texts:
        words += len(WORD.findall(text))
        data = text.encode("utf-8")
        for diagnostic in lint(Input("summary.txt", data, len(data)), Setup(rules, ruleset)).diagnostics:
            counts[diagnostic.rule] += 1
            if diagnostic.rule == "jargon/term":
                terms[diagnostic.message.split("'")[1].lower()] += 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"summaries": len(texts), "words": words, "seconds": seconds, "cpu": cpu, "counts": counts,
            "top_terms": terms.most_common(15)}


def baseline_cpu(texts) -> float:
    """CPU seconds to parse the texts and run spaCy over them, which every check shares."""
    from laylint import document, nlp
    from laylint.analysis import Analysis

    nlp.load(None)
    started = time.process_time()
    for _, text in texts:
        Analysis(document.parse("summary.txt", text)).sentences
    return time.process_time() - started


def timing(texts) -> None:
    base = baseline_cpu(texts)
    cold, warm = measure(texts)["cpu"], measure(texts)["cpu"]
    print(f"{len(texts)} summaries: parsing + spaCy {base:.2f} s CPU; jargon rules on top: {warm - base:.2f} s "
          f"(warm), plus {cold - warm:.2f} s once per process (lexicon, matcher, wordfreq list)")


def report(title: str, result: dict) -> None:
    words = result["words"]
    print(f"{title}: {result['summaries']} summaries, {words:,} words, {result['seconds']:.2f} s wall, "
          f"{result['cpu']:.2f} s CPU")
    for rule in RULES:
        count = result["counts"][rule]
        unit = "summaries flagged" if rule == "jargon/density" else f"findings, {100 * count / words:.2f} per 100 words"
        print(f"  {rule:18} {count:6d} {unit}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--timing", action="store_true", help="CPU cost of the jargon rules on the Cochrane corpus")
    args = parser.parse_args()
    texts = summaries(args.limit)
    if args.timing:
        return timing([t for t in texts if t[0].startswith("cochrane")])
    for corpus in sorted({name for name, _ in texts}):
        report(corpus, measure([t for t in texts if t[0] == corpus]))
    result = measure(texts)
    report("all", result)
    print("  most reported terms:", ", ".join(f"{t} ({n})" for t, n in result["top_terms"]))


if __name__ == "__main__":
    main()
