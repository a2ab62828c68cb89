"""The sentences' offsets read from the Doc's token columns are those of doc.sents (issue #19, speed round M)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

TEXTS = [
    "Statins lowered LDL cholesterol by 1.1 mmol/L. Deaths from heart disease fell (RR 0.86).",
    "Chemotherapy plus immunotherapy? Probably longer survival in non-small-cell lung cancer!!! We are unsure.",
    "Children with malaria took artesunate... Fewer died. Fig. 2 shows the results vs. quinine.",
    "People on haemodialysis had less itching.\n\nWhat is depression? It is a low mood that lasts.",
    "Nicotine patches helped 1 in 20 smokers stop for 6 months \u2013 e-cigarettes may help more. ",
    "  Babies born preterm (before 37 weeks) needed less oxygen.  ",
    "One.", "x", ".", "?!",
]


def _sentences(text: str, blocks: list[int]):
    pipeline, _ = nlp.load(None)
    doc = nlp.make_doc(pipeline, text)
    starts = [span.start for char in blocks if (span := doc.char_span(char, char + 1, alignment_mode="expand"))]
    return nlp.mark_sentences(pipeline, doc, starts)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_offsets_are_those_of_doc_sents(text):
    doc = _sentences(text, [text.find("What")] if "What" in text else [])
    assert nlp.sentence_spans(doc) == [(span.start_char, span.end_char) for span in doc.sents]


def test_an_empty_doc_has_the_sentences_doc_sents_gives():
    doc = _sentences("", [])
    try:
        expected = [(span.start_char, span.end_char) for span in doc.sents]
    except ValueError:
        with pytest.raises(ValueError):
            nlp.sentence_spans(doc)
    else:
        assert nlp.sentence_spans(doc) == expected


def test_sentence_offsets_of_the_devaraj_summaries_are_those_of_doc_sents():
    texts = [json.loads(line)["summary"] for line in CORPUS.open(encoding="utf-8")][::3]
    differ = []
    for text in texts:
        doc = _sentences(text, [index + 2 for index in range(len(text)) if text.startswith("\n\n", index)])
        if nlp.sentence_spans(doc) != [(span.start_char, span.end_char) for span in doc.sents]:
            differ.append(text[:40])
    assert len(texts) > 250 and differ == []
