"""hedging/certainty, round 4 (issue 16): hold a sentence to a level only when we know which finding it states.

The patterns of README-independent-6: multi-comparison reviews held to the least sure comparison, list
fragments / scope / background / "could not estimate" read as results, a high-certainty subgroup held to
the document's level, an observed count held to a hedge. Sentences are our own, across fields.
"""

import pytest

from laylint.api import lint_text


def hits(text, source):
    return [d for d in lint_text(text, select=["hedging/certainty"], source=source) if d.rule == "hedging/certainty"]


# Cardiology, three comparisons: the combination against each single drug, and against nothing.
LIPIDS = {
    "certainty": "low",
    "drugs": {"statin plus ezetimibe": ["statin with ezetimibe", "statin and ezetimibe"],
              "statin alone": ["statins alone", "a statin alone"], "ezetimibe alone": ["ezetimibe"],
              "no treatment": ["placebo"]},
    "outcomes": {"heart attack": ["heart attacks"], "death": ["deaths"], "muscle pain": ["muscle aches"]},
    "findings": [
        {"drug": "statin plus ezetimibe", "comparator": "statin alone", "outcome": "heart attack", "measure": "risk-ratio",
         "value": 0.87, "certainty": "moderate"},
        {"drug": "statin plus ezetimibe", "comparator": "ezetimibe alone", "outcome": "heart attack", "measure": "risk-ratio",
         "value": 0.70, "certainty": "very-low"},
        {"drug": "statin plus ezetimibe", "comparator": "no treatment", "outcome": "heart attack", "measure": "risk-ratio",
         "value": 0.60, "certainty": "low"},
        {"drug": "statin plus ezetimibe", "comparator": "statin alone", "outcome": "death", "measure": "risk-ratio",
         "value": 0.99, "certainty": "low"},
        {"drug": "statin plus ezetimibe", "comparator": "ezetimibe alone", "outcome": "death", "measure": "risk-ratio",
         "value": 1.02, "certainty": "very-low"},
    ],
}


@pytest.mark.parametrize("text", [
    # The writer's own words for the comparison: "ezetimibe" could mean any arm that contains it.
    "Adding ezetimibe to a statin probably reduces heart attacks.",
    "Taking ezetimibe as well probably lowers the number of heart attacks.",
    "Heart attacks are probably reduced when people take both medicines.",  # no drug named: surest comparison
])
def test_names_that_could_mean_several_comparisons_take_the_surest(text):
    assert hits(text, LIPIDS) == []


@pytest.mark.parametrize("text, level", [
    # Both arms named by the metadata's names: one comparison, held to its own level.
    ("Statin with ezetimibe, compared with ezetimibe alone, probably reduces heart attacks.", "very-low"),
    ("A statin and ezetimibe probably reduce heart attacks compared with placebo.", "low"),
    # Every comparison of deaths is low or very low: a flat statement is too sure whichever is meant.
    ("Adding ezetimibe to a statin made no difference to deaths.", "low"),
])
def test_one_comparison_or_only_unsure_ones_still_flagged(text, level):
    [hit] = hits(text, LIPIDS)
    assert f"of {level} certainty" in hit.message


# Obstetrics: an all-studies result of low certainty, and the better-run studies' result of high certainty.
MISCARRIAGE = {
    "certainty": "very-low",
    "drugs": {"prophylactic antibiotics": ["antibiotics", "preventive antibiotics"], "placebo": ["dummy pill"]},
    "outcomes": {"womb infection": ["infection of the womb"], "need for antibiotic treatment": ["antibiotic treatment"]},
    "findings": [
        {"drug": "prophylactic antibiotics", "comparator": "placebo", "outcome": "womb infection", "measure": "risk-ratio",
         "value": 0.78, "certainty": "low"},
        {"drug": "prophylactic antibiotics", "comparator": "placebo", "outcome": "womb infection", "measure": "risk-ratio",
         "value": 0.57, "certainty": "high", "population": "studies at low risk of bias"},
        {"drug": "prophylactic antibiotics", "comparator": "placebo", "outcome": "need for antibiotic treatment",
         "measure": "risk-ratio", "value": 0.94, "certainty": "very-low"},
    ],
}


def test_words_of_the_drug_name_do_not_pick_the_outcome():
    # "antibiotics" names the treatment; "infections" comes closest to womb infection, of high certainty somewhere.
    assert hits("In the better-run studies, antibiotics caused a big drop in infections.", MISCARRIAGE) == []


# Malaria prevention: graded benefits; side effects only counted (a rate in one arm, no GRADE).
REPELLENTS = {
    "certainty": "low",
    "drugs": {"topical repellents": ["repellents", "repellent"], "no repellent": ["placebo"],
              "bed nets": ["insecticide-treated nets"]},
    "outcomes": {"clinical malaria": ["malaria illness"], "side effects": ["skin reactions", "skin irritation"]},
    "findings": [
        {"drug": "topical repellents", "comparator": "no repellent", "outcome": "clinical malaria", "measure": "risk-ratio",
         "value": 0.66, "certainty": "low"},
        {"drug": "topical repellents", "outcome": "side effects", "measure": "proportion", "value": "0.6%"},
    ],
}


@pytest.mark.parametrize("text", [
    "Out of every 1000 people using repellents, about 6 (0.6%) had skin irritation.",  # an observed rate
    "Repellents are considered safe, with very low rates of skin reactions.",  # a rate, not a change
])
def test_an_observed_rate_the_source_does_not_grade_is_not_held(text):
    assert hits(text, REPELLENTS) == []


def test_a_change_in_an_ungraded_outcome_is_still_held_to_the_document():
    [hit] = hits("Repellents increased skin reactions compared with placebo.", REPELLENTS)
    assert "of low certainty" in hit.message and "may increase" in hit.suggestion


NOT_RESULTS = [
    # list fragments cut at their numbers (paediatrics, renal)
    ("Key messages 1.", REPELLENTS),
    ("2.", REPELLENTS),
    ("malaria illness in children (fever with parasites); and\u20283.", REPELLENTS),
    # scope and methods
    ("We looked at studies where people used repellents with or without insecticide-treated nets.", REPELLENTS),
    ("We only included cases of malaria illness confirmed by a blood test.", REPELLENTS),
    ("This review evaluated the benefits and harms of statin with ezetimibe in adults after a stroke.", LIPIDS),
    # background: everyday practice, with a treatment named
    ("To prevent malaria, people most commonly use insecticide-treated nets.", REPELLENTS),
    # nothing could be said
    ("We could not estimate the effect of ezetimibe on deaths because there were none.", LIPIDS),
    ("None of the studies we found reported how antibiotics affected need for antibiotic treatment.", MISCARRIAGE),
]


@pytest.mark.parametrize("text, source", NOT_RESULTS)
def test_sentences_that_are_not_results_are_left_alone(text, source):
    assert hits(text, source) == []


# Mental health, smoking cessation, renal: low-certainty results stated flatly are still reported.
FLAT = {
    "certainty": "very-low",
    "drugs": {"psychological therapy": ["talking therapy"], "varenicline": [], "dialysis": []},
    "outcomes": {"depression": ["depressive symptoms"], "quitting": ["stopping smoking"], "kidney failure": []},
    "findings": [
        {"drug": "psychological therapy", "outcome": "depression", "measure": "mean-difference", "value": -0.3,
         "certainty": "very-low"},
        {"drug": "varenicline", "outcome": "quitting", "measure": "risk-ratio", "value": 1.2, "certainty": "low"},
        {"drug": "dialysis", "outcome": "kidney failure", "measure": "risk-ratio", "value": 0.9, "certainty": "very-low"},
    ],
}


@pytest.mark.parametrize("text", [
    "Talking therapy reduced depressive symptoms.",
    "Varenicline increased stopping smoking at six months.",
    "Dialysis made little or no difference to kidney failure.",
    "We found no difference in kidney failure between the groups.",
    "Talking therapy lowered depressive symptoms by 1 or 2.",  # ends in a number, but not a list number
])
def test_flat_low_certainty_results_still_flagged(text):
    [hit] = hits(text, FLAT)
    assert "certainty" in hit.message and hit.suggestion
