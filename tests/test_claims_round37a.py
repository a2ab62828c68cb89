"""Claims round 37, part A (issues 14 and 16): which outcome a figure belongs to.
(1) Distinctive words: an outcome mention made only of the review's title words and words several outcomes share
    ("intubation attempts" in a review of intubation) that follows a distinctive outcome in one phrase ("airway trauma
    during intubation attempts") modifies it: the figures are the distinctive outcome's. Alone, it names its outcome.
(2) Inside a results bracket a figure takes the outcome before it, not the noun of a later count in the bracket
    ("(NNTB 7; 8 studies; 759 intubation attempts)").
(3) A run-in label naming an outcome ("- Airway trauma: ...", "**Weight gain**: ...") heads its paragraph or list
    item: a figure whose clause names no outcome, or only a weak one, is the label's.
Sentences written for these tests (made-up reviews and numbers) across fields. Look-alikes stay quiet and real
errors of the same shapes are still caught.
"""

from __future__ import annotations

import pytest

from laylint.claims.distinctive import common_words, words
from laylint.metadata import Metadata
from lint_support import claim_rules_at, pair_review


def _review(title, drug, comparator, outcomes, findings):
    return pair_review(drug, comparator, findings, outcomes) | {"title": title}


SOURCES = {
    "intubation": _review(
        "Videolaryngoscopy versus direct laryngoscopy for tracheal intubation in neonates",
        "videolaryngoscopy", "direct laryngoscopy",
        {"number of intubation attempts": ["intubation attempts"],
         "successful intubation at first attempt": ["success at the first attempt", "first-attempt success"],
         "airway trauma": ["airway injury"]},
        [{"outcome": "number of intubation attempts", "measure": "mean-difference", "value": -0.08, "ci": [-0.15, 0.0]},
         {"outcome": "successful intubation at first attempt", "measure": "risk-ratio", "value": 1.24, "ci": [1.13, 1.37]},
         {"outcome": "successful intubation at first attempt", "measure": "number-needed-to-treat", "value": 7, "ci": [5, 13]},
         {"outcome": "successful intubation at first attempt", "measure": "count", "value": 8, "population": "studies"},
         {"outcome": "successful intubation at first attempt", "measure": "count", "value": 759, "population": "intubation attempts"},
         {"outcome": "airway trauma", "measure": "risk-ratio", "value": 0.21, "ci": [0.05, 0.79]}]),
    "smoking": _review(
        "Exercise for smoking cessation", "exercise", "usual care",
        {"smoking abstinence at 6 months": ["abstinence", "smoking cessation"], "weight gain": ["gained weight"]},
        [{"outcome": "smoking abstinence at 6 months", "measure": "risk-ratio", "value": 1.08, "ci": [0.96, 1.21]},
         {"outcome": "weight gain", "measure": "risk-ratio", "value": 0.80, "ci": [0.70, 0.91]}]),
    "dialysis": _review(
        "Cool dialysate for people on dialysis", "cool dialysate", "standard dialysate",
        {"dialysis adequacy": ["dialysis"], "death": ["mortality"]},
        [{"outcome": "dialysis adequacy", "measure": "mean-difference", "value": 0.05, "ci": [-0.02, 0.12]},
         {"outcome": "death", "measure": "risk-ratio", "value": 0.70, "ci": [0.55, 0.89]}]),
    "oncology": _review(
        "Adjuvant chemotherapy for early breast cancer", "chemotherapy", "no chemotherapy",
        {"overall survival": ["survival"], "breast cancer recurrence": ["breast cancer", "recurrence"]},
        [{"outcome": "overall survival", "measure": "hazard-ratio", "value": 0.80, "ci": [0.72, 0.89]},
         {"outcome": "breast cancer recurrence", "measure": "hazard-ratio", "value": 0.65, "ci": [0.58, 0.73]}]),
    "paediatrics": _review(
        "Zinc for pneumonia in children", "zinc", "placebo",
        {"treatment failure": [], "pneumonia duration": ["pneumonia"]},
        [{"outcome": "treatment failure", "measure": "risk-ratio", "value": 0.95, "ci": [0.80, 1.12]},
         {"outcome": "pneumonia duration", "measure": "mean-difference", "value": -0.5, "ci": [-1.1, 0.1]}]),
    "mental": _review(
        "Antidepressants for depression in primary care", "sertraline", "placebo",
        {"response": ["depression response"], "dropouts due to side effects": ["dropouts", "dropped out"]},
        [{"outcome": "response", "measure": "risk-ratio", "value": 1.35, "ci": [1.15, 1.58]},
         {"outcome": "dropouts due to side effects", "measure": "risk-ratio", "value": 2.10, "ci": [1.40, 3.15]}]),
}


# -- (1) distinctive words -----------------------------------------------------------------------------------------

def test_title_words_and_words_of_several_outcomes_are_common():
    meta = Metadata(title="Videolaryngoscopy for tracheal intubation in neonates",
                    outcomes={"number of intubation attempts": ["attempts"], "success at the first attempt": [],
                              "airway trauma": ["airway injury"]})
    common = common_words(meta)
    assert {"intubation", "attempt", "neonate"} <= common
    assert not {"airway", "trauma", "success", "first"} & common
    assert words("Number of the intubation attempts") == {"intubation", "attempt"}  # generic words and plurals


MODIFIED = [  # a weak outcome mention after a distinctive outcome in one phrase: the figure is the first one's
    ("intubation", "Videolaryngoscopy reduced airway trauma during intubation attempts (RR 0.21, 95% CI 0.05 to 0.79).",
     "0.21"),
    ("smoking", "Exercise made weight gain after smoking cessation less likely (RR 0.80, 95% CI 0.70 to 0.91).", "0.80"),
    ("dialysis", "Cool dialysate lowered the risk of death during dialysis (RR 0.70, 95% CI 0.55 to 0.89).", "0.70"),
    ("oncology", "Chemotherapy improved overall survival in breast cancer (HR 0.80, 95% CI 0.72 to 0.89).", "0.80"),
    ("paediatrics", "Zinc made no difference to treatment failure in pneumonia (RR 0.95, 95% CI 0.80 to 1.12).", "0.95"),
    ("mental", "Dropouts among people with depression were more common with sertraline (RR 2.10, 95% CI 1.40 to 3.15).",
     "2.10"),
]


@pytest.mark.parametrize("source, text, figure", MODIFIED)
def test_weak_mention_modifying_a_distinctive_outcome_takes_no_figure(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


ALONE = [  # the weak mention is the only outcome of its clause: it names its outcome
    ("intubation", "Videolaryngoscopy led to fewer intubation attempts (MD -0.08, 95% CI -0.15 to 0.00).", "-0.08"),
    ("smoking", "Exercise may not help smoking cessation (RR 1.08, 95% CI 0.96 to 1.21).", "1.08"),
    ("oncology", "Chemotherapy lowered the risk of breast cancer coming back (HR 0.65, 95% CI 0.58 to 0.73).", "0.65"),
    ("paediatrics", "With zinc, pneumonia lasted about as long (MD -0.5 days, 95% CI -1.1 to 0.1).", "-0.5"),
]


@pytest.mark.parametrize("source, text, figure", ALONE)
def test_weak_mention_alone_names_its_outcome(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


MODIFIED_ERRORS = [  # the same shapes with a figure the distinctive outcome does not have: still caught
    ("intubation", "Videolaryngoscopy reduced airway trauma during intubation attempts (RR 0.51, 95% CI 0.05 to 0.79).",
     "0.51"),
    ("smoking", "Exercise made weight gain after smoking cessation less likely (RR 0.60, 95% CI 0.50 to 0.71).", "0.60"),
    ("dialysis", "Cool dialysate lowered the risk of death during dialysis (RR 0.50, 95% CI 0.35 to 0.69).", "0.50"),
    ("oncology", "Chemotherapy improved overall survival in breast cancer (HR 0.50, 95% CI 0.42 to 0.59).", "0.50"),
]


@pytest.mark.parametrize("source, text, figure", MODIFIED_ERRORS)
def test_wrong_figure_of_the_distinctive_outcome_is_still_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure)


# -- (2) the noun of a later count in a results bracket --------------------------------------------------------------

BRACKETED = [
    ("intubation", "Videolaryngoscopy may increase first-attempt success (RR 1.24, 95% CI 1.13 to 1.37; NNTB 7, 95% CI "
                   "5 to 13; 8 studies; 759 intubation attempts).", "7"),
    ("intubation", "Videolaryngoscopy may increase first-attempt success (RR 1.24, 95% CI 1.13 to 1.37; NNTB 7, 95% CI "
                   "5 to 13; 8 studies; 759 intubation attempts).", "759"),
    ("intubation", "Videolaryngoscopy may increase first-attempt success (RR 1.24, 95% CI 1.13 to 1.37; NNTB 7, 95% CI "
                   "5 to 13; 8 studies; 759 intubation attempts).", "8"),
]


@pytest.mark.parametrize("source, text, figure", BRACKETED)
def test_figures_of_a_results_bracket_keep_the_outcome_before_it(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


def test_a_wrong_figure_in_the_bracket_is_still_flagged():
    text = ("Videolaryngoscopy may increase first-attempt success (RR 1.24, 95% CI 1.13 to 1.37; NNTB 12, 95% CI "
            "5 to 13; 8 studies; 759 intubation attempts).")
    assert claim_rules_at(text, SOURCES["intubation"], "12")


def test_a_count_noun_alone_after_its_outcome_still_names_it():
    # no outcome before the figure in its clause: the count's noun is the only candidate, as before
    text = "Across 6 studies and 659 intubation attempts, the difference was small (MD -0.08, 95% CI -0.15 to 0.00)."
    assert claim_rules_at(text, SOURCES["intubation"], "-0.08") == []


# -- (3) run-in labels ---------------------------------------------------------------------------------------------

LABELLED = [
    ("intubation", "- Airway trauma: Fewer babies were hurt during intubation attempts (RR 0.21, 95% CI 0.05 to 0.79).",
     "0.21"),
    ("intubation", "- **Airway trauma**: Videolaryngoscopy probably helps. Fewer babies were hurt during intubation "
                   "attempts (RR 0.21, 95% CI 0.05 to 0.79).", "0.21"),
    ("smoking", "**Weight gain**: People who exercised gained less. The gain after smoking cessation was smaller "
                "(RR 0.80, 95% CI 0.70 to 0.91).", "0.80"),
    ("dialysis", "* Mortality: Fewer people on cool dialysate did badly on dialysis (RR 0.70, 95% CI 0.55 to 0.89).",
     "0.70"),
]


@pytest.mark.parametrize("source, text, figure", LABELLED)
def test_run_in_label_names_the_outcome_of_its_item(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


LABEL_LOOK_ALIKES = [  # the clause names a distinctive outcome of its own: that one, not the label, and it fits
    ("intubation", "- Airway trauma: Success at the first attempt was also higher (RR 1.24, 95% CI 1.13 to 1.37).", "1.24"),
    ("oncology", "- Overall survival: Breast cancer recurrence was also lower (HR 0.65, 95% CI 0.58 to 0.73).", "0.65"),
]


@pytest.mark.parametrize("source, text, figure", LABEL_LOOK_ALIKES)
def test_a_distinctive_outcome_in_the_clause_wins_over_the_label(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


LABEL_ERRORS = [  # a figure of another outcome stated for the clause's own distinctive outcome: still flagged
    ("intubation", "- Airway trauma: Success at the first attempt was also higher (RR 0.21, 95% CI 0.05 to 0.79).", "0.21"),
    ("smoking", "**Weight gain**: Abstinence did not differ (RR 0.80, 95% CI 0.70 to 0.91).", "0.80"),
    ("dialysis", "* Mortality: Fewer people on cool dialysate did badly on dialysis (RR 0.40, 95% CI 0.25 to 0.59).",
     "0.40"),
]


@pytest.mark.parametrize("source, text, figure", LABEL_ERRORS)
def test_wrong_figures_under_a_label_are_still_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure)


# -- (4) a wrong pair needs a sentence that does not name the figure's own outcome ---------------------------------

PAIRS = {
    "cardiology": pair_review("apixaban", "warfarin", [
        {"outcome": "stroke", "measure": "risk-ratio", "value": 0.79, "ci": [0.66, 0.95]},
        {"outcome": "major bleeding", "measure": "risk-ratio", "value": 0.69, "ci": [0.60, 0.80]}],
        {"stroke": [], "major bleeding": []}) | {"title": "Apixaban versus warfarin for atrial fibrillation"},
    "infection": pair_review("antibiotic prophylaxis", "no prophylaxis", [
        {"outcome": "surgical site infection", "measure": "risk-ratio", "value": 0.55, "ci": [0.40, 0.76]},
        {"outcome": "wound healing time", "measure": "mean-difference", "value": -1.2, "ci": [-2.0, -0.4]}],
        {"surgical site infection": ["wound infection"], "wound healing time": ["healing time"]})
    | {"title": "Antibiotic prophylaxis for hernia repair"},
    "dialysis": SOURCES["dialysis"],
    "smoking": SOURCES["smoking"],
}

NAMED_IN_SENTENCE = [  # the figure is exactly the finding of an outcome its sentence names: not a wrong pair
    ("cardiology", "Major bleeding, like stroke, was less common with apixaban (RR 0.69, 95% CI 0.60 to 0.80).", "0.69"),
    ("infection", "Wound infection, unlike healing time, was less common with antibiotic prophylaxis (RR 0.55, 95% CI "
                  "0.40 to 0.76).", "0.55"),
    ("dialysis", "Mortality rather than dialysis adequacy changed with cool dialysate (RR 0.70, 95% CI 0.55 to 0.89).",
     "0.70"),
]


@pytest.mark.parametrize("source, text, figure", NAMED_IN_SENTENCE)
def test_figure_of_an_outcome_its_sentence_names_is_no_wrong_pair(source, text, figure):
    assert claim_rules_at(text, PAIRS[source], figure) == []


STILL_WRONG_PAIRS = [
    # swapped: each outcome holds the other's figure
    ("cardiology", "Apixaban lowered stroke (RR 0.69, 95% CI 0.60 to 0.80) and major bleeding (RR 0.79, 95% CI 0.66 to "
                   "0.95).", "0.69"),
    # the other outcome is not named in the sentence
    ("cardiology", "Apixaban lowered the risk of stroke (RR 0.69, 95% CI 0.60 to 0.80).", "0.69"),
    ("infection", "Antibiotic prophylaxis shortened healing time (RR 0.55, 95% CI 0.40 to 0.76).", "0.55"),
    # named only by topic words or words several outcomes share ("smoking cessation")
    ("smoking", "Weight gain after smoking cessation was less likely with exercise (RR 1.08, 95% CI 0.96 to 1.21).",
     "1.08"),
]


@pytest.mark.parametrize("source, text, figure", STILL_WRONG_PAIRS)
def test_wrong_pairs_without_that_evidence_are_still_flagged(source, text, figure):
    assert "claims/wrong-pair" in claim_rules_at(text, PAIRS[source], figure)


OTHER_CLAUSE = [  # the figure's outcome is named, but in another clause of the sentence: the writer's pairing stands
    ("cardiology", "Apixaban lowered stroke (RR 0.69, 95% CI 0.60 to 0.80), and major bleeding was also less common.",
     "0.69"),
    ("infection", "Antibiotic prophylaxis shortened healing time (RR 0.55, 95% CI 0.40 to 0.76), but wound infection "
                  "did not change.", "0.55"),
]


@pytest.mark.parametrize("source, text, figure", OTHER_CLAUSE)
def test_outcome_named_in_another_clause_leaves_the_wrong_pair(source, text, figure):
    assert "claims/wrong-pair" in claim_rules_at(text, PAIRS[source], figure)
