"""nlp.make_doc on texts past spaCy's limits (issue #19: tokenize a 2 MB file whole, not in joined pieces)."""

from __future__ import annotations

import itertools
import re

from laylint import nlp

SENTENCES = (
    "Statins lowered the risk of a heart attack in adults with diabetes.",
    "Children given zinc had fewer days of diarrhoea than those given placebo.",
    "Nicotine patches helped about 1 in 20 smokers to stop for six months.",
    "People on dialysis who exercised reported less fatigue.",
    "Chemotherapy before surgery did not lengthen survival in early breast cancer.",
    "Talking therapy reduced symptoms of depression after 12 weeks.",
)


def _sentences(text: str) -> list[str]:
    pipeline, _ = nlp.load()
    doc = nlp.make_doc(pipeline, text)
    for _, component in pipeline.pipeline:
        doc = component(doc)
    assert doc.text == text
    return [span.text.strip() for span in doc.sents]


def test_a_text_over_spacys_length_limit_is_split_only_at_sentence_ends():
    # 1.1 million characters: over nlp.max_length, and crossing every 100,000-character mark
    # mid-sentence somewhere. Before, the text was cut there and each cut started a new sentence.
    text = " ".join(itertools.islice(itertools.cycle(SENTENCES), 16_500))
    assert len(text) > 1_000_000
    found = _sentences(text)
    assert len(found) == 16_500
    assert set(found) == set(SENTENCES)


def test_long_runs_without_spaces_stay_one_token_each():
    run = "(" * 500
    text = f"Aspirin {run} lowered fever. {'x' * 300} Ibuprofen did too."
    pipeline, _ = nlp.load()
    doc = nlp.make_doc(pipeline, text)
    assert doc.text == text
    assert run in [token.text for token in doc] and "x" * 300 in [token.text for token in doc]


def test_the_long_run_check_agrees_with_the_pattern_it_replaced():
    """has_long_run(text) == bool(_LONG_RUN.search(text)): every character that is a blank to one is a blank
    to the other, and texts with runs just under, at and over the limit."""
    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    assert [c for c in characters if (c.split() == []) != bool(re.fullmatch(r"\s", c))] == []
    limit = nlp.MAX_RUN_CHARS
    texts = ["", " ", "a", "x" * limit, "x" * (limit + 1), f"{'y' * limit} {'z' * limit}", "a\u2003" + "b" * (limit + 1),
             "b" * limit + "\u00a0" + "c" * 5, "\u00a0".join(["d" * limit] * 3), "e" * (limit - 1) + "\u200b" + "f" * 3,
             *SENTENCES]
    for text in texts:
        assert nlp.has_long_run(text) == bool(nlp._LONG_RUN.search(text)), text[:20]
