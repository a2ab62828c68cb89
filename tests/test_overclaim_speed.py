"""hedging/overclaim skips its causal wording when none of it could be reported (issue #19): the same diagnostics as
judging every causal match. Sentences written for this test, in varied fields; and 150 Devaraj summaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.api import lint_text
from laylint.checks import overclaim

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

TEXTS = [
    "Statins lead to fewer heart attacks in people with diabetes.",  # cardiology
    "Adding immunotherapy may lead to longer survival in advanced melanoma.",  # oncology
    "Zinc causes a shorter cold, and vitamin C can reduce how long symptoms last.",  # infectious disease
    "Exercise clearly improves depression and prevents relapse in older adults.",  # mental health
    "Kangaroo care reduces deaths in small babies; it probably causes no harm.",  # paediatrics
    "Varenicline helps people quit smoking and results in fewer relapses at one year.",  # smoking cessation
    "Lowering salt intake may slow kidney damage and prevents dialysis in some people.",  # renal
    "Why does obesity cause knee pain? Weight loss reduced pain in the trials.",  # a question, then a result
]

SOURCES = [
    None,
    {"design": "randomized-trial"},
    {"design": "randomized-trial", "certainty": "low"},
    {"design": "cohort", "observational": True},
]

OPTIONS = [{}, {"report_hedged": True}, {"trial_causal": True}, {"report_hedged": True, "trial_causal": True}]


def _overclaims(text, source=None, options=None):
    return [(d.line, d.column, d.end_column, d.severity, d.message) for d in
            lint_text(text, select=["hedging/overclaim"], source=source, options=options or {})
            if d.rule == "hedging/overclaim"]


def _judging_every_match(monkeypatch, *args):
    monkeypatch.setattr(overclaim, "causal_reportable", lambda options, trials_left: True)
    try:
        return _overclaims(*args)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("options", OPTIONS)
def test_skipping_causal_wording_reports_what_judging_every_match_does(monkeypatch, text, source, options):
    assert _overclaims(text, source, options) == _judging_every_match(monkeypatch, text, source, options)


def test_the_table_exercises_both_answers():
    assert _overclaims(TEXTS[0], SOURCES[3])  # observational evidence: causal wording reported
    assert not overclaim.causal_reportable(overclaim.Options(), trials_left=True)
    assert overclaim.causal_reportable(overclaim.Options(report_hedged=True), trials_left=True)
    assert overclaim.causal_reportable(overclaim.Options(), trials_left=False)


def test_devaraj_summaries_get_the_diagnostics_of_judging_every_match(monkeypatch):
    summaries = [json.loads(line)["summary"] for line in CORPUS.open(encoding="utf-8")][::6][:150]
    for summary in summaries:
        assert _overclaims(summary) == _judging_every_match(monkeypatch, summary)
