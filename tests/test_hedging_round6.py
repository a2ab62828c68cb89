"""Issue #16, round 6: hedging/certainty precise enough to switch on (sentences written here, varied fields)."""

import pytest

from laylint.api import lint_text


def hits(rule, text, source):
    return [d for d in lint_text(text, select=[rule], source=source) if d.rule == rule]


# A review whose findings range from high to low certainty (document level: low, the most common).
MIXED = {"certainty": "low",
         "drugs": {"short sling": ["short slings"], "groin sling": ["groin slings"], "long sling": ["long slings"]},
         "outcomes": {"cure": ["cured"], "groin pain": [], "mesh problems": []},
         "findings": [
             {"drug": "short sling", "comparator": "groin sling", "outcome": "cure", "certainty": "high", "measure": "risk-ratio", "value": 0.9},
             {"drug": "short sling", "comparator": "groin sling", "outcome": "groin pain", "certainty": "moderate", "measure": "risk-ratio", "value": 0.9},
             {"drug": "short sling", "comparator": "long sling", "outcome": "cure", "certainty": "low", "measure": "risk-ratio", "value": 0.9},
             {"drug": "short sling", "comparator": "long sling", "outcome": "mesh problems", "certainty": "low", "measure": "risk-ratio", "value": 0.9}]}


@pytest.mark.parametrize("text", [
    # obstetrics / urogynaecology: the outcome in lay words no alias names, the comparison graded high/moderate
    "Leakage after one year: short slings make little to no difference compared with groin slings.",
    "Short slings and groin slings worked about the same for bladder control.",
])
def test_a_sentence_whose_finding_is_unclear_is_held_to_the_surest_finding_it_could_mean(text):
    assert hits("hedging/certainty", text, MIXED) == []


def test_a_comparison_graded_low_throughout_is_still_held_to_low():
    text = "Leakage after one year: short slings make little to no difference compared with long slings."
    assert len(hits("hedging/certainty", text, MIXED)) == 1


MALARIA = {"certainty": "low", "drugs": {"skin repellent": ["skin repellents", "repellents"]},
           "outcomes": {"malaria": ["malaria cases"], "skin reactions": []},
           "findings": [{"drug": "skin repellent", "outcome": "malaria", "certainty": "low", "measure": "risk-ratio", "value": 0.7}]}


@pytest.mark.parametrize("text", [
    # infectious disease: a bullet elaborating on the hedged bullet before it
    "- Skin repellents may slightly reduce malaria cases.\n- This small benefit of skin repellents was mainly seen in "
    "refugees at high risk of malaria.",
    # paediatrics
    "Skin repellents may slightly reduce malaria cases in children.\n\nThe small benefits of skin repellents were "
    "mostly seen in camps where children were at high risk of malaria.",
    # a doubt bullet after a list of findings points back to all of them
    "- Skin repellents reduced malaria cases.\n- Skin reactions were rare.\n"
    "- We do not have enough good-quality evidence to be certain about these findings.",
])
def test_a_hedge_nearby_in_the_same_section_covers_a_back_reference_or_a_list(text):
    assert hits("hedging/certainty", text, MALARIA) == []


def test_a_back_reference_after_a_heading_is_not_covered_by_the_section_before():
    text = ("Skin repellents may slightly reduce malaria cases.\n\n## In camps\n\n"
            "This benefit of skin repellents was mainly seen in refugees at high risk of malaria.")
    assert len(hits("hedging/certainty", text, MALARIA)) == 1


@pytest.mark.parametrize("closing", [
    "- We are confident in these findings.",  # no doubt
    "- These findings come from 12 studies.",
])
def test_a_closing_sentence_without_doubt_covers_nothing(closing):
    text = f"- Skin repellents reduced malaria cases.\n{closing}"
    assert len(hits("hedging/certainty", text, MALARIA)) == 1


def test_an_unrelated_unhedged_finding_after_a_hedged_one_is_still_reported():
    text = "- Skin repellents may slightly reduce malaria cases.\n- Skin repellents reduced malaria cases in camps."
    assert len(hits("hedging/certainty", text, MALARIA)) == 1


TRIALS = {"certainty": "low",
          "drugs": {"aspirin": [], "placebo": [], "nicotine patches": ["patches"], "cognitive therapy": ["CBT"]},
          "outcomes": {"stroke": ["strokes"], "quitting": ["quit smoking"], "depression": ["depressive symptoms"]},
          "findings": [
              {"drug": "aspirin", "comparator": "placebo", "outcome": "stroke", "certainty": "low", "measure": "risk-ratio", "value": 0.8},
              {"drug": "nicotine patches", "comparator": "placebo", "outcome": "quitting", "certainty": "low", "measure": "risk-ratio", "value": 0.8},
              {"drug": "cognitive therapy", "outcome": "depression", "certainty": "very-low", "measure": "risk-ratio", "value": 0.8}]}


@pytest.mark.parametrize("text", [
    "Aspirin reduced strokes in one small study, but the results are not reliable.",  # cardiology
    "We found weak evidence that aspirin reduced strokes.",
    "Nicotine patches helped people quit smoking, but the evidence is not conclusive.",  # smoking cessation
    "Cognitive therapy improved depressive symptoms, but the evidence is inconclusive.",  # mental health
])
def test_explicit_statements_of_weak_evidence_count_as_its_certainty(text):
    assert hits("hedging/certainty", text, TRIALS) == []


# Only the document's level: every sentence that names a drug with an outcome is held to it.
DOCUMENT_ONLY = {**TRIALS, "findings": [{k: v for k, v in f.items() if k != "certainty"} for f in TRIALS["findings"]]}


@pytest.mark.parametrize("text", [
    "Researchers compared aspirin with placebo for preventing strokes.",  # methods
    "Doctors often prescribe aspirin after a stroke.",  # everyday practice
    "Depression affects about one in six adults.",  # background: how common the condition is
    "Stroke affects around 15 million people around the world each year.",
    "A transient ischaemic attack is a specific type of stroke, which can include weakness and slurred speech.",
    "We did not find any study that assessed whether aspirin prevents strokes in pregnancy.",  # obstetrics
    "Other outcomes: we did not find information about aspirin and strokes in children.",  # paediatrics
    "Men joined the studies after a stroke; the most common comparison was aspirin (75 mg) versus placebo.",
    "Smokers often like patches, even though other research shows patches help few people quit smoking.",
])
def test_methods_practice_and_prevalence_are_not_results(text):
    assert hits("hedging/certainty", text, TRIALS) == []
    assert hits("hedging/certainty", text, DOCUMENT_ONLY) == []


@pytest.mark.parametrize("text", [
    "Aspirin reduced strokes compared with placebo.",
    "Nicotine patches helped more people quit smoking.",
    "Cognitive therapy improved depressive symptoms.",
    "There were fewer strokes with aspirin than with placebo.",
    "The review found that aspirin lowers the risk of stroke.",
])
def test_plain_low_certainty_results_are_still_reported(text):
    assert len(hits("hedging/certainty", text, TRIALS)) == 1
    assert len(hits("hedging/certainty", text, DOCUMENT_ONLY)) == 1


@pytest.mark.parametrize("text", [
    "For specific side effects, aspirin:",  # a list's lead-in, not a finding
    "Compared with placebo, aspirin reduced:",  # the items that follow state the findings
    "Seven studies looked at aspirin for people who had had a stroke.",  # cardiology: methods
    "The comparison groups usually received placebo or usual care for depression.",  # mental health
    "The percentage of smokers who used patches in the studies ranged from 48% to 100%.",
    "A stroke can be due to a blocked artery or to bleeding in the brain.",  # background
    "People with depression experience a heavy disease burden that includes poor sleep and strokes.",
])
def test_lead_ins_methods_and_background_seen_in_a_stress_run_are_not_results(text):
    assert hits("hedging/certainty", text, DOCUMENT_ONLY) == []


def test_probably_for_an_outcome_named_alone_whose_every_finding_is_low_is_too_sure():
    # renal-style wording, no arm named: every stroke finding it could mean is of low certainty
    [hit] = hits("hedging/certainty", "Strokes were probably reduced.", TRIALS)
    assert "moderate-certainty wording" in hit.message
