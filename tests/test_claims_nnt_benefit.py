"""A number needed to treat said with a benefit verb: "one woman was cured for every 25 treated", "would benefit one
woman in every 20 treated" (older Cochrane summaries, the held-out Devaraj set after its score). Read as one more per N,
checked against the finding's number needed to treat; before, the "one" was checked as a count of people. Sentences
written for this test in varied fields; each quiet row has a flagged twin with another N."""

from __future__ import annotations

import pytest

from laylint.api import lint_text


def source(drug, outcome, nnt):
    return {"design": "meta-analysis", "studies": 12, "participants": 3100, "drugs": {drug: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "outcome": outcome, "value": nnt, "measure": "number-needed-to-treat"}]}


CASES = [
    (source("chemotherapy", "cure", 25), "One woman was cured for every 25 women treated with chemotherapy.", False),  # oncology
    (source("chemotherapy", "cure", 25), "One woman was cured for every 40 women treated with chemotherapy.", True),
    (source("varenicline", "quitting", 11), "Varenicline would benefit one smoker in every 11 treated.", False),  # smoking
    (source("varenicline", "quitting", 11), "Varenicline would benefit one smoker in every 30 treated.", True),
    (source("antibiotics", "recovery", 8), "Antibiotics helped one child for every 8 children treated.", False),  # paediatrics
    (source("antibiotics", "recovery", 8), "Antibiotics helped one child for every 15 children treated.", True),
]


@pytest.mark.parametrize("facts, text, flagged", CASES)
def test_a_number_needed_to_treat_with_a_benefit_verb(facts, text, flagged):
    hits = [d for d in lint_text(text, select=["claims"], source=facts) if d.severity in ("error", "warning")]
    assert bool(hits) == flagged, [d.message for d in hits]
    assert not any("is read as 1 person" in d.message for d in hits)
