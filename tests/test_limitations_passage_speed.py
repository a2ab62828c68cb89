"""limitations without metadata limitations asks only whether a passage exists, and reads the blocks last first
(issue #19): the answer is bool(limitation_passages) on every text of the table and on 300 Devaraj summaries, and
limitation_passages still finds the passages the plain block-by-block loop found."""

from __future__ import annotations

import json
from pathlib import Path

from lint_support import LIMITATION_RESULTS

from laylint.hedging import lexicon, passages, tokens_of

# Written for these tests, across fields: the passage first, last, under a heading, in a list, or none at all
TEXTS = [
    "## Key messages\n\nThe trials were small, so we are uncertain.\n\n## What did we find?\n\n"
    + LIMITATION_RESULTS["cardiology"],
    LIMITATION_RESULTS["oncology"] + "\n\nThe evidence is of low quality because only two small trials were found.",
    "## Limitations of the evidence\n\nPeople knew which treatment they had.\n\n" + LIMITATION_RESULTS["infection"],
    LIMITATION_RESULTS["mental"] + " Therapists were trained for two days.\n\nThe studies had some problems:\n\n"
    "- few teenagers took part\n- most studies were short",
    LIMITATION_RESULTS["paediatrics"] + "\n\nMothers liked holding their babies.",
    LIMITATION_RESULTS["smoking"] + " Nicotine patches helped too.\n\nA limitation of this review is that few trials "
    "followed people for a year.\n\n" + LIMITATION_RESULTS["renal"],
    "## What did we find?\n\n" + LIMITATION_RESULTS["surgery"] + "\n\n## What next?\n\nMore research is needed.",
    "## Background\n\nKidney stones are painful.\n\n## Results\n\n" + LIMITATION_RESULTS["renal"],
]


def _analyses(corpus_rows: int = 300):
    from laylint import config as configuration
    from laylint.api import _ruleset
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    with corpus.open(encoding="utf-8") as lines:
        texts = [f"# Summary\n\n{t}\n" for t in TEXTS] + [json.loads(line)["summary"] for line, _ in zip(lines, range(corpus_rows))]
    for text in texts:
        data = text.encode()
        yield lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis


def _plain_passages(lex, analysis) -> list[passages.Passage]:
    """limitation_passages as it was: one loop over the blocks, in order."""
    text, blocks, tokens = analysis.text, analysis.document.blocks, tokens_of(analysis)
    found = []
    for index, block in enumerate(blocks):
        block_start, block_end = block.prose_start, block.prose_start + len(block.text)
        if block.kind == "heading":
            if passages.is_cued(lex, tokens, block_start, block_end):
                following = next((b for b in blocks[index + 1:] if b.kind == "heading"), None)
                found.append(passages.Passage(block_start, following.prose_start if following else len(text),
                                              block_start, block_end))
            continue
        inside = [s for s in analysis.sentences if block_start <= s.start < block_end]
        cued = next((s for s in inside if passages.is_cued(lex, tokens, s.start, s.end)), None)
        if cued is not None:
            found.append(passages.Passage(block_start, passages._list_end(blocks, index), cued.start, cued.end))
    return found


def test_any_passage_and_the_passages_equal_the_plain_loop():
    answers = []
    for analysis in _analyses():
        lex = lexicon.of(analysis)
        plain = _plain_passages(lex, analysis)
        assert passages.limitation_passages(lex, analysis) == plain, analysis.text[:80]
        assert passages.has_limitation_passage(lex, analysis) == bool(plain), analysis.text[:80]
        answers.append(bool(plain))
    assert answers[:len(TEXTS)] == [True, True, True, True, False, True, True, False]
    assert len(answers) == len(TEXTS) + 300 and 10 < answers.count(False) < 290  # both answers, many times


def test_a_summary_without_metadata_limitations_is_judged_as_before():
    from laylint.api import lint_text

    for text, missing in ((TEXTS[0], False), (TEXTS[1], False), (TEXTS[4], True), (TEXTS[7], True)):
        found = [d for d in lint_text(f"# Summary\n\n{text}\n", select=["hedging/limitations"])
                 if d.rule == "hedging/limitations"]
        assert bool(found) == missing, text[:60]
