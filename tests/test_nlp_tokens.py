"""The tokens laylint's pipeline gives on tricky medical strings, pinned (issue #19): start-up and per-word
shortcuts in nlp.py must not move a token boundary, because every rule reads these tokens. The expected
lists were recorded from the pipeline before those shortcuts; sentences in several fields."""

from __future__ import annotations

import pytest

from laylint import nlp

TOKENS = [
    ("Pain fell over 8-14 days (95%CI 0.61 to 0.88).",  # pain medicine: a range, CI glued to a percent
     ["Pain", "fell", "over", "8", "-", "14", "days", "(", "95%CI", "0.61", "to", "0.88", ")", "."]),
    ("Mortality was lower (RR0.73, 95% CI 0.60-0.89).",  # cardiology: a ratio glued to its name
     ["Mortality", "was", "lower", "(", "RR0.73", ",", "95", "%", "CI", "0.60", "-", "0.89", ")", "."]),
    ("Children aged ≥24 months with COVID-19 were included.",  # paediatrics, infectious disease
     ["Children", "aged", "≥24", "months", "with", "COVID-19", "were", "included", "."]),
    ("The risk was 10⁻³ per dose, e.g. rare.",
     ["The", "risk", "was", "10⁻³", "per", "dose", ",", "e.g.", "rare", "."]),
    ("See https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001234 for details.",
     ["See", "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001234", "for", "details", "."]),
    ("Trials (n=291) of nicotine patches vs. placebo, i.e. dummy patches.",  # smoking cessation
     ["Trials", "(", "n=291", ")", "of", "nicotine", "patches", "vs.", "placebo", ",", "i.e.", "dummy", "patches",
      "."]),
    ("eGFR <60 mL/min/1.73m² in 12.5% of adults; HbA1c fell by 0.4%.",  # renal, diabetes
     ["eGFR", "<", "60", "mL", "/", "min/1.73", "m²", "in", "12.5", "%", "of", "adults", ";", "HbA1c", "fell", "by",
      "0.4", "%", "."]),
    ("Depression scores (PHQ-9) improved at 6 wks; we don't know why.",  # mental health, a contraction
     ["Depression", "scores", "(", "PHQ-9", ")", "improved", "at", "6", "wks", ";", "we", "do", "n't", "know", "why",
      "."]),
    ("Tumours ≤2 cm (stage IA.) were removed; 5-year survival was 78%.",  # oncology: a code's full stop splits
     ["Tumours", "≤2", "cm", "(", "stage", "IA", ".", ")", "were", "removed", ";", "5", "-", "year", "survival",
      "was", "78", "%", "."]),
    ("Smokers who quit at 6 mo. (n = 1,093) had OR 1.5 (1.2–1.9).",
     ["Smokers", "who", "quit", "at", "6", "mo", ".", "(", "n", "=", "1,093", ")", "had", "OR", "1.5", "(",
      "1.2–1.9", ")", "."]),
    ("Babies gained 178 g. Mothers' milk rose by 12 ml.",  # a unit letter's full stop is its own token
     ["Babies", "gained", "178", "g", ".", "Mothers", "'", "milk", "rose", "by", "12", "ml", "."]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[text[:24] for text, _ in TOKENS])
def test_the_pipeline_tokenizes_tricky_strings_as_before(text, expected):
    pipeline, _ = nlp.load()
    assert [token.text for token in nlp.make_doc(pipeline, text)] == expected


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[text[:24] for text, _ in TOKENS])
def test_a_fresh_pipeline_tokenizes_each_string_alone_as_before(text, expected):
    """A new process's first text: the pipeline has added none of spaCy's exceptions yet."""
    fresh, _ = nlp._build(nlp.BLANK)
    assert [token.text for token in nlp.make_doc(fresh, text)] == expected


def test_sentences_end_after_a_unit_letter_and_not_after_vs():
    pipeline, _ = nlp.load()
    doc = nlp.mark_sentences(pipeline, nlp.make_doc(pipeline, "Weight fell by 178 g. Next, vs. placebo it rose."), [])
    assert [sentence.text for sentence in doc.sents] == ["Weight fell by 178 g.", "Next, vs. placebo it rose."]
