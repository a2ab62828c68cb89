"""Issue #16, round 7: hedging/certainty-strict, the narrow certainty check that is on by default.

Every firing row has a quiet twin: the same finding worded or placed so that a careful medical editor
would leave it alone. Sentences written here, in varied fields."""

import pytest

from laylint.api import lint_text

RULE = "hedging/certainty-strict"


def hits(text, source, select=(RULE,)):
    return [d for d in lint_text(text, select=list(select) if select else None, source=source) if d.rule == RULE]


def finding(drug, comparator, outcome, certainty):
    return {"drug": drug, "comparator": comparator, "outcome": outcome, "certainty": certainty,
            "measure": "risk-ratio", "value": 0.8}


CARDIOLOGY = {"certainty": "moderate", "drugs": {"exercise training": [], "usual care": []},
              "outcomes": {"death": ["deaths"], "hospital admission": ["hospital admissions"]},
              "findings": [finding("exercise training", "usual care", "death", "low"),
                           finding("exercise training", "usual care", "hospital admission", "moderate")]}
ONCOLOGY = {"certainty": "very-low", "drugs": {"nivolumab": [], "chemotherapy": []},
            "outcomes": {"survival": ["overall survival"], "serious side effects": []},
            "findings": [finding("nivolumab", "chemotherapy", "survival", "very-low"),
                         finding("nivolumab", "chemotherapy", "serious side effects", "moderate")]}
INFECTION = {"certainty": "low", "drugs": {"antibiotics": [], "placebo": []},
             "outcomes": {"wound infection": ["wound infections"]},
             "findings": [finding("antibiotics", "placebo", "wound infection", "low")]}
MENTAL_HEALTH = {"certainty": "low", "drugs": {"psychological therapy": [], "usual care": []},
                 "outcomes": {"depression": ["depressive symptoms"]},
                 "findings": [finding("psychological therapy", "usual care", "depression", "low")]}
PAEDIATRICS = {"certainty": "very-low", "drugs": {"zinc": ["zinc supplements"], "placebo": []},
               "outcomes": {"diarrhoea": ["diarrhea"]},
               "findings": [finding("zinc", "placebo", "diarrhoea", "very-low")]}
# Two comparisons of quitting: which one a sentence means decides whether the strict form may speak.
SMOKING = {"certainty": "low", "drugs": {"nicotine patches": ["patches"], "placebo": [], "varenicline": []},
           "outcomes": {"quitting": ["quit smoking", "stop smoking"]},
           "findings": [finding("nicotine patches", "placebo", "quitting", "low"),
                        finding("nicotine patches", "varenicline", "quitting", "moderate")]}
RENAL = {"certainty": "low", "drugs": {"home dialysis": [], "hospital dialysis": []},
         "outcomes": {"quality of life": []},
         "findings": [finding("home dialysis", "hospital dialysis", "quality of life", "low")]}


# (field, metadata, fires, quiet twin)
PAIRS = [
    ("cardiology", CARDIOLOGY,
     "Exercise training reduced deaths compared with usual care.",
     "Exercise training may reduce deaths compared with usual care."),
    ("cardiology: another outcome of the same review is moderate", CARDIOLOGY,
     "There was no evidence of a difference in deaths between exercise training and usual care.",
     "Exercise training probably reduced hospital admissions compared with usual care."),
    ("oncology: very low, moderate wording", ONCOLOGY,
     "Nivolumab probably improves overall survival compared with chemotherapy.",
     "We are very uncertain whether nivolumab improves overall survival compared with chemotherapy."),
    ("oncology: a figure alone is not a result verb", ONCOLOGY,
     "Nivolumab made little or no difference to survival.",
     "Survival at two years was 30% with nivolumab and 28% with chemotherapy."),
    ("infectious disease: plain doubt is a hedge", INFECTION,
     "Antibiotics prevented wound infections compared with placebo.",
     "We did not find clear evidence that antibiotics prevented wound infections."),
    ("infectious disease: hedged by the next sentence", INFECTION,
     "There was no difference in wound infections between antibiotics and placebo.",
     "Antibiotics reduced wound infections. However, we are very uncertain about this."),
    ("mental health: an aim is not a result", MENTAL_HEALTH,
     "Psychological therapy improved depressive symptoms compared with usual care.",
     "We wanted to find out if psychological therapy improved depressive symptoms."),
    ("mental health: 'not very sure'", MENTAL_HEALTH,
     "Psychological therapy works better than usual care for depression.",
     "However, we are not very sure how well psychological therapy works for depression."),
    ("paediatrics: a list item under a hedged lead-in", PAEDIATRICS,
     "- Zinc supplements reduced diarrhoea in young children.",
     "We are very uncertain whether zinc supplements reduce:\n\n- diarrhoea in young children (3 fewer per 100)."),
    ("paediatrics: advice", PAEDIATRICS,
     "Zinc supplements made no difference to diarrhea in children.",
     "It is important to talk to your doctor about whether zinc supplements reduce diarrhoea."),
    ("smoking cessation: both arms named pick the low comparison", SMOKING,
     "Compared with placebo, nicotine patches helped more people quit smoking.",
     "Nicotine patches helped more people quit smoking."),  # could mean the comparison with varenicline (moderate)
    ("smoking cessation: low, moderate wording is left to the broad rule", SMOKING,
     "Nicotine patches did not differ from placebo for people trying to stop smoking.",
     "Compared with placebo, nicotine patches probably help more people quit smoking."),
    ("renal", RENAL,
     "Home dialysis improved quality of life compared with hospital dialysis.",
     "Home dialysis may improve quality of life compared with hospital dialysis."),
    ("renal: an outcome in words the metadata does not name", RENAL,
     "Home dialysis had similar rates of quality of life problems as hospital dialysis.",
     "People on home dialysis felt better than people on hospital dialysis."),
]


@pytest.mark.parametrize("field, source, fires, quiet", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_flat_low_certainty_result_fires_and_its_twin_is_quiet(field, source, fires, quiet):
    assert len(hits(fires, source)) == 1, fires
    assert hits(quiet, source) == [], quiet


@pytest.mark.parametrize("text", [
    "Paraprofessional support is defined as help from workers who improved depression care.",  # a definition
    "What are the benefits of psychological therapy for depression?",  # a question
    "We looked at studies that compared psychological therapy with usual care for depression.",  # methods
    "People in the therapy group rated their depressive symptoms as 13 points.",  # a score, no result verb
    "Future studies should find out whether psychological therapy improves depression.",  # research
])
def test_what_is_not_a_result_is_quiet(text):
    assert hits(text, MENTAL_HEALTH) == []


def test_findings_without_their_own_certainty_are_left_to_the_broad_rule():
    source = {"certainty": "low", "drugs": {"antibiotics": [], "placebo": []},
              "outcomes": {"wound infection": ["wound infections"]},
              "findings": [{"drug": "antibiotics", "comparator": "placebo", "outcome": "wound infection",
                            "measure": "risk-ratio", "value": 0.8}]}
    text = "Antibiotics reduced wound infections compared with placebo."
    assert hits(text, source) == []
    assert len([d for d in lint_text(text, select=["hedging/certainty"], source=source)]) == 1


def test_the_strict_rule_is_on_by_default_and_the_broad_rule_is_not():
    text = "Exercise training reduced deaths compared with usual care."
    found = lint_text(text, source=CARDIOLOGY)
    assert [d.rule for d in found if d.rule.startswith("hedging/certainty")] == [RULE]


def test_the_suggestion_gives_the_wording_of_the_level():
    low, = hits("Exercise training reduced deaths compared with usual care.", CARDIOLOGY)
    very_low, = hits("Zinc supplements reduced diarrhoea in young children.", PAEDIATRICS)
    assert "may reduce" in low.suggestion
    assert "very uncertain" in very_low.suggestion


# Fertility: plain hormone therapy (low) and hormone therapy with an extra medicine (moderate).
FERTILITY = {"certainty": "low",
             "drugs": {"natural cycle": ["natural cycles"], "hormone therapy": [],
                       "hormone therapy plus GnRH agonist": ["hormone therapy with GnRH agonist"]},
             "outcomes": {"miscarriage": ["miscarriages"]},
             "findings": [finding("natural cycle", "hormone therapy", "miscarriage", "low"),
                          finding("natural cycle", "hormone therapy plus GnRH agonist", "miscarriage", "moderate")]}


def test_a_drug_name_running_on_into_a_variant_arm_picks_no_comparison():
    assert len(hits("Compared with hormone therapy, natural cycles reduced miscarriages.", FERTILITY)) == 1
    # "hormone therapy with extra medicines" may be the moderate comparison, in words the metadata lacks
    assert hits("Compared with hormone therapy with extra medicines, natural cycles reduced miscarriages.",
                FERTILITY) == []


def test_a_comparison_given_without_a_level_leaves_the_sentence_alone():
    source = dict(RENAL, drugs={**RENAL["drugs"], "peritoneal dialysis": []},
                  findings=RENAL["findings"] + [{"drug": "home dialysis", "comparator": "peritoneal dialysis",
                                                 "outcome": "quality of life", "measure": "risk-ratio", "value": 1.1}])
    assert len(hits("Home dialysis improved quality of life compared with hospital dialysis.", source)) == 1
    assert hits("Home dialysis improved quality of life.", source) == []  # may mean the ungraded comparison


def test_an_unknown_level_in_strict_too_sure_is_a_config_error(tmp_path):
    import subprocess
    import sys

    config = tmp_path / ".laylint.yaml"
    config.write_text("rules:\n  hedging/certainty-strict:\n    strict_too_sure: [lowish]\n", encoding="utf-8")
    (tmp_path / "summary.md").write_text("Zinc reduced diarrhoea.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "laylint", "check", "--config", str(config), str(tmp_path / "summary.md")],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "strict_too_sure" in done.stderr and "lowish" in done.stderr
