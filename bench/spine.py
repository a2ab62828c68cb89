#!/usr/bin/env python3
"""The per-document spine's quick paths against the plain computations they replaced, in one process (issue #19).

Rows: sentence marks (spaCy's sentencizer), metadata-missing's order of questions, fingerprinted copies.

    python bench/spine.py            # 5 alternating rounds over the 891 Devaraj summaries, CPU ms per round

Each row times the plain way and the quick way on the same documents, in turn, so the load of a shared
machine falls on both; the tests (tests/test_text_speed.py, tests/test_metadata_missing_figures.py)
check that both give the same answers. Start-up and the first pass (cold caches) are left out.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
ROUNDS = 5


def main() -> int:
    from laylint import nlp
    from laylint.analysis import Analysis
    from laylint.api import _ruleset, lint_text
    from laylint.checks import metadata_missing as missing
    from laylint.claims import quantities
    from laylint.document import parse
    from laylint.pipeline import fingerprints

    ruleset = _ruleset(())
    texts = [f"# Plain language summary {i}\n\n{json.loads(line)['summary']}\n"
             for i, line in enumerate(CORPUS.open(encoding="utf-8"))]
    documents = [parse(f"{index:04d}.md", text) for index, text in enumerate(texts)]
    found = [d for text in texts for d in lint_text(text, select=["all"])]  # what assign() fingerprints

    built = [Analysis(document, ruleset=ruleset, rule_ids=frozenset({"claims/number-mismatch"})) for document in documents]
    for analysis in built:
        analysis.sentences  # the Doc is built by earlier checks in a real run: not timed here

    def analyses():
        for analysis in built:
            analysis._memo.clear()  # what one document's checks memoise, as for a new document
        return built

    pipeline, _ = nlp.load()
    sentencizer = pipeline.get_pipe("sentencizer")

    def fresh_docs():
        return [nlp.make_doc(pipeline, document.prose) for document in documents]

    def spacy_sentencizer(docs):
        for doc in docs:
            sentencizer(doc)

    def mark_sentences(docs):
        for doc in docs:
            nlp.mark_sentences(pipeline, doc, [])

    def missing_first_percent_first(built):
        for analysis in built:
            if quantities.find_first_percent(analysis) and missing._could_state_a_result(analysis):
                next((f for f in quantities.find(analysis) if f.unit in ("percent", "relative")
                      and missing._result(analysis, f)), None)

    def missing_first_percent_last(built):
        rule = ruleset.rules["metadata/missing"]
        for analysis in built:
            list(missing.check(rule, analysis))

    def dataclasses_replace(found):
        for d in found:
            replace(d, fingerprint="0")

    def with_fingerprint(found):
        for d in found:
            fingerprints._with_fingerprint(d, "0")

    # (name, what each run is given (made outside the timing), the plain way, the quick way)
    rows = [("sentence marks", fresh_docs, spacy_sentencizer, mark_sentences),
            ("metadata-missing", analyses, missing_first_percent_first, missing_first_percent_last),
            (f"fingerprint x{len(found)}", lambda: found, dataclasses_replace, with_fingerprint)]
    nlp.complete_all()
    for _, given, plain, quick in rows:  # the cold pass (caches, compiled patterns) is not measured
        plain(given()), quick(given())
    times: dict = {name: ([], []) for name, _, _, _ in rows}
    for _ in range(ROUNDS):
        for name, given, plain, quick in rows:
            for column, run in zip(times[name], (plain, quick)):
                argument = given()
                started = time.process_time()
                run(argument)
                column.append(1000 * (time.process_time() - started))
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}; {len(documents)} summaries; CPU ms, median of {ROUNDS}")
    for name, (plain, quick) in times.items():
        a, b = statistics.median(plain), statistics.median(quick)
        print(f"{name:22} plain {a:7.1f}  quick {b:7.1f}  ratio {b / a:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
