"""hedging/overclaim and the kind of evidence: a qualitative evidence synthesis reports what people said and
the themes found in it ("stigma can lead to delays"), not effects, so its causal wording is not an overclaim
(round 13 judge: 4 of 4 false on one such review). Sentences written for this test, in varied fields."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

QUALITATIVE = {"design": "qualitative", "observational": False,
               "outcomes": {"experiences of care": ["views"]}}
COHORT = {"design": "cohort", "observational": True, "outcomes": {"experiences of care": ["views"]}}

SENTENCES = [
    "Parents told us that long waits can lead to anger and mistrust of the clinic.",  # paediatrics
    "Fear of being judged caused some women to skip antenatal visits.",  # obstetrics
    "Health workers said that heavy workloads lead to burnout.",  # occupational mental health
    "Stigma about HIV prevents some men from collecting their medicines.",  # infectious disease
]


def overclaims(text, source):
    return [d for d in lint_text(text, select=["hedging/overclaim"], source=source) if d.rule == "hedging/overclaim"]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_qualitative_synthesis_reports_themes_not_effects(text):
    assert overclaims(text, QUALITATIVE) == []


@pytest.mark.parametrize("text", SENTENCES[1:])
def test_the_same_wording_from_a_cohort_study_is_still_an_overclaim(text):
    assert overclaims(text, COHORT)


def test_a_project_can_ask_for_qualitative_reviews_to_be_read_too():
    text = SENTENCES[1]
    hits = [d for d in lint_text(text, select=["hedging/overclaim"], source=QUALITATIVE,
                                 options={"theme_designs": []}) if d.rule == "hedging/overclaim"]
    assert hits
