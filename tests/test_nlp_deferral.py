"""When the tokenizer stops adding spaCy's English exceptions text by text (issue #19, speed round K).

Each exception added empties spaCy's token cache, so a full check completes them after a few summaries;
a pre-commit run on one summary still adds only the exceptions it contains."""

from __future__ import annotations

import json
from pathlib import Path

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def _summaries() -> list[str]:
    return [json.loads(line)["summary"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_one_long_summary_keeps_the_exceptions_deferred():
    longest = max(_summaries(), key=len)  # the longest Devaraj summary, ~3,700 characters
    deferred, _ = nlp._build(nlp.BLANK)
    pending = len(deferred.tokenizer._pending)
    nlp.make_doc(deferred, longest)
    assert len(longest) < nlp.SCAN_CHARS
    assert 0 < pending - len(deferred.tokenizer._pending) < 100  # only those it contains


def test_a_full_check_adds_every_exception_within_its_first_ten_summaries():
    deferred, _ = nlp._build(nlp.BLANK)
    for count, summary in enumerate(_summaries()[:20], 1):
        nlp.make_doc(deferred, summary)
        if not deferred.tokenizer._pending:
            break
    assert not deferred.tokenizer._pending
    assert count > 1  # the first summary alone was scanned, not completed
