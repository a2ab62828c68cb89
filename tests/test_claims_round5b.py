"""Claims round 5b (issues 14 and 16): the rules' decisions on real prose, in sentences written for
these tests across fields (made-up studies and numbers).

- claims/missing-finding: a key finding stated in words ("probably reduce weight slightly", "little or
  no difference") is stated; a finding stated with a wrong number gets one message, the mismatch
  at the number, not a second one at the metadata line; the rule is info (judged precision 2 of 40).
"""

from __future__ import annotations

import pytest

from laylint.api import lint_text


def _source(drug, comparator, outcome, aliases=(), value=1.5, measure="risk-ratio", key=True, more=()):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: list(aliases)},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": measure,
                          "value": value, "key": key}, *more]}


# -- missing-finding: stated in words ---------------------------------------------------------------

IN_WORDS = [
    # paediatrics: BMI and its z-score given as "weight", as lay summaries do
    ("school activity programmes", "usual care", "BMI", (), -0.11, "mean-difference",
     "School activity programmes probably reduce weight slightly after one year."),
    ("family diet programmes", "usual care", "zBMI", ("BMI z-score",), -0.05, "mean-difference",
     "Family diet programmes may make little or no difference to children's weight."),
    # renal: body mass index spelled out in the metadata, "weight gain" in the summary
    ("low-protein diet", "usual diet", "body mass index", (), 0.4, "mean-difference",
     "A low-protein diet may lead to slightly less weight gain."),
    # smoking cessation: a lay synonym the lexicon already has (death ~ mortality) stays stated
    ("varenicline", "placebo", "all-cause mortality", (), 1.0, "risk-ratio",
     "Varenicline probably makes no clear difference to the number of deaths."),
]


@pytest.mark.parametrize("drug, comparator, outcome, aliases, value, measure, sentence", IN_WORDS)
def test_a_key_finding_stated_in_words_is_not_missing(drug, comparator, outcome, aliases, value, measure, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome, aliases, value, measure),
                      select=["claims/missing-finding"])
    assert found == [], [d.message for d in found]


STILL_MISSING = [
    # cardiology: another outcome in words does not state this one
    ("apixaban", "warfarin", "major bleeding", "Apixaban may lower the chance of a stroke."),
    # oncology: the drug named, its finding not
    ("pembrolizumab", "chemotherapy", "overall survival", "Pembrolizumab caused more rashes than chemotherapy."),
    # infectious disease
    ("oseltamivir", "placebo", "hospital admission", "Oseltamivir shortened flu symptoms by about a day."),
]


@pytest.mark.parametrize("drug, comparator, outcome, sentence", STILL_MISSING)
def test_a_key_finding_no_statement_gives_is_still_reported_at_info(drug, comparator, outcome, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome), select=["claims/missing-finding"])
    assert [(d.rule, d.severity) for d in found] == [("claims/missing-finding", "info")]
    assert "is never stated" in found[0].message


# -- missing-finding: one message per problem --------------------------------------------------------

WRONG_NUMBER = [
    # mental health: a wrong share for the key finding
    ("sertraline", "placebo", "response", "20%", "proportion", "About 35% of people on sertraline had a response."),
    # cardiology: a wrong relative change
    ("colchicine", "placebo", "heart attack", 0.69, "risk-ratio", "Colchicine lowered the risk of a heart attack by 45%."),
    # paediatrics: a wrong mean difference
    ("oral sucrose", "water", "pain scores", -1.7, "mean-difference",
     "Oral sucrose lowered pain scores by 4.5 points compared with water."),
]


@pytest.mark.parametrize("drug, comparator, outcome, value, measure, sentence", WRONG_NUMBER)
def test_a_key_finding_stated_with_a_wrong_number_gets_one_message_at_the_number(
        drug, comparator, outcome, value, measure, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome, value=value, measure=measure),
                      select=["claims"])
    rules = [d.rule for d in found]
    assert "claims/missing-finding" not in rules, [d.message for d in found]
    assert rules and set(rules) <= {"claims/number-mismatch", "claims/wrong-pair"}, rules
