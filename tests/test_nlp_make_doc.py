"""nlp.make_doc on texts past spaCy's limits (issue #19: tokenize a 2 MB file whole, not in joined pieces)."""

from __future__ import annotations

import itertools

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
