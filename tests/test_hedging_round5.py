"""Issue #16, round 5: hedging false positives of the eighth independent judgement (sentences written here)."""

import pytest

from laylint.api import lint_text

COHORT = {"design": "cohort", "observational": True, "certainty": "low",
          "drugs": {"bedside examination": [], "brain scan": []},
          "outcomes": {"stroke": ["brain cause"], "chest pain": [], "dizziness": []}}


def hits(rule, text, source):  # the limitations hint is off by default: these tests are about its wording
    options = {"report_unreflected": True}
    return [d for d in lint_text(text, select=[rule], source=source, options=options) if d.rule == rule]


@pytest.mark.parametrize("text", [
    "The bedside examination looked for causes in the brain of sudden dizziness.",  # neurology
    "Out of 100 people who truly have a brain cause, the examination finds about 90.",
    "Doctors found the cause of the chest pain in most children.",  # paediatrics
    "The examination was accurate for central causes of dizziness.",
    "Infection was the most frequent cause, and heart failure the next.",  # infectious disease
    "Smoking is a known cause.",
])
def test_the_noun_cause_is_not_a_causal_verb_even_for_observational_evidence(text):
    assert hits("hedging/overclaim", text, COHORT) == []


def test_a_title_naming_causes_is_skipped():
    text = "# Bedside examination for causes in the brain\n\nThe examination found most strokes."
    assert hits("hedging/overclaim", text, COHORT) == []


@pytest.mark.parametrize("text", [
    "Heavy drinking causes liver damage.",  # the verb still counts
    "Long shifts cause more back pain in nurses.",
])
def test_the_verb_cause_still_counts(text):
    assert [d.severity for d in hits("hedging/overclaim", text, COHORT)] == ["error"]


TRIALS = {"certainty": "low", "drugs": {"talking therapy": ["brief talking therapies"], "usual care": []},
          "outcomes": {"self-harm": [], "depression": [], "dizziness": ["central causes"]},
          "findings": [{"drug": "talking therapy", "outcome": "self-harm", "certainty": "low"}]}


@pytest.mark.parametrize("text", [
    "All studies assessed brief talking therapies, from one session to five sessions.",  # mental health
    "In total, 1200 people (1800 kidneys) had kidney function measured.",  # renal
    "Overall, 640 smokers had their carbon monoxide level measured.",  # smoking cessation
])
def test_methods_and_counts_measured_are_not_results(text):
    assert hits("hedging/certainty", text, TRIALS) == []


@pytest.mark.parametrize("text", [
    "We did not find enough good-quality evidence to know whether talking therapy reduces self-harm.",
    "Talking therapy can reduce depression, but the evidence is not very strong.",
    "Talking therapy lowered self-harm, but the evidence was weak.",  # cardiology-style wording, same shape
])
def test_sentences_saying_the_evidence_is_weak_state_its_certainty(text):
    assert hits("hedging/certainty", text, TRIALS) == []


def test_the_suggestion_does_not_read_the_noun_causes_as_a_verb():
    [hit] = hits("hedging/certainty", "Talking therapy was 90% accurate for central causes of self-harm.", TRIALS)
    assert "lead to" not in hit.suggestion


def test_a_plain_result_is_still_reported():
    [hit] = hits("hedging/certainty", "Talking therapy reduced self-harm compared with usual care.", TRIALS)
    assert "may reduce" in hit.suggestion


@pytest.mark.parametrize("limitation, passage", [
    ("poorly reported recruitment of participants", "The studies did not clearly explain how they chose the people."),
    ("cohort studies with methodological limitations", "The studies did not place women into groups by chance."),
])
def test_lay_restatements_of_a_limitation_are_reflected(limitation, passage):
    text = f"Screening found most cancers.\n\n## How reliable is this?\n\nThe evidence is uncertain. {passage}"
    assert hits("hedging/limitations", text, {"limitations": [limitation]}) == []


def test_a_vague_reporting_gap_gives_no_message_even_on_a_sign_off():
    text = ("Single-incision slings may work as well as other slings.\n\n## How reliable is this?\n\n"
            "The evidence is of low certainty.\n\nPlease note that this is a manual translation.")
    assert hits("hedging/limitations", text, {"limitations": ["several outcomes were not reported for some comparisons"]}) == []


def test_a_reporting_gap_naming_an_outcome_is_still_a_hint():
    text = "Dialysis at home may help.\n\n## How reliable is this?\n\nThe evidence is of low certainty."
    found = hits("hedging/limitations", text, {"limitations": ["quality of life was not reported"]})
    assert [d.severity for d in found] == ["info"]


def test_a_hint_never_lands_on_a_sign_off_line():
    text = ("Home dialysis may help.\n\nThe evidence is of low certainty because the studies were small.\n\n"
            "Please note that this is a manual translation.")
    found = hits("hedging/limitations", text, {"limitations": ["quality of life was not reported"]})
    assert [d.line for d in found] == [3]
