"""hedging/certainty: low-certainty findings must be hedged (finding sentences come from laylint.claims)."""

from pathlib import Path

import pytest

from laylint.api import lint_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"


def source(certainty):
    return {"certainty": certainty, "drugs": {"montelukast": ["Singulair"], "placebo": []},
            "outcomes": {"asthma attack": ["asthma attacks", "attacks"], "sleep problems": []},
            "findings": [{"drug": "montelukast", "outcome": "asthma attack", "value": "12%"}]}


def certainty(text, level):
    return [d for d in lint_text(text, select=["hedging/certainty"], source=source(level)) if d.rule == "hedging/certainty"]


UNHEDGED_FINDINGS = [
    "About 12% of children on montelukast had asthma attacks.",
    "Montelukast lowered asthma attacks.",
    "Montelukast can lead to sleep problems.",
    "Children taking Singulair had fewer asthma attacks than children on placebo.",
]
HEDGED_FINDINGS = [
    "About 12% of children on montelukast may have had asthma attacks.",
    "Montelukast probably lowers asthma attacks.",
    "We are very uncertain whether montelukast changes sleep problems.",
    "Montelukast might lead to sleep problems.",
]
NOT_FINDINGS = [
    "Montelukast is a tablet taken once a day.",
    "Asthma attacks are frightening for children and parents.",
    "The review included 14 trials with 2,100 children.",
]


@pytest.mark.parametrize("text", UNHEDGED_FINDINGS)
@pytest.mark.parametrize("level", ["low", "very-low"])
def test_unhedged_findings_are_flagged_at_low_certainty(text, level):
    hits = certainty(text, level)
    assert [d.severity for d in hits] == ["warning"]
    assert level in hits[0].message and hits[0].suggestion


@pytest.mark.parametrize("text", UNHEDGED_FINDINGS)
@pytest.mark.parametrize("level", ["high", "moderate"])
def test_nothing_required_at_higher_certainty(text, level):
    assert certainty(text, level) == []


@pytest.mark.parametrize("text", HEDGED_FINDINGS + NOT_FINDINGS)
def test_hedged_findings_and_other_sentences_pass(text):
    assert certainty(text, "low") == []


def test_very_low_advice_differs_from_low():
    low, very_low = certainty(UNHEDGED_FINDINGS[0], "low"), certainty(UNHEDGED_FINDINGS[0], "very-low")
    assert low[0].suggestion != very_low[0].suggestion
    assert "uncertain" in very_low[0].suggestion


def test_reported_on_each_unhedged_finding_sentence():
    text = "Montelukast lowered asthma attacks. It may cause sleep problems. Singulair lowered attacks by 12%."
    hits = certainty(text, "low")
    assert [(d.column, d.end_column) for d in hits] == [(1, 36), (66, 99)]


def test_seed_example_findings_are_flagged():
    hits = [d for d in lint_text(EXAMPLE.read_text(encoding="utf-8"), select=["hedging/certainty"]) if d.rule == "hedging/certainty"]
    flagged = {d.line for d in hits}
    text = EXAMPLE.read_text(encoding="utf-8").splitlines()
    assert flagged and all("rituximab" in text[line - 1] for line in flagged)


@pytest.mark.parametrize("kind, options, key", [
    ("certainty", "levels: [low, lowish]", "levels"),
    ("overclaim", "hedged_severity: notice", "hedged_severity"),
    ("limitations", "min_shared: 1.5", "min_shared"),
])
def test_bad_options_of_the_hedging_kinds_are_refused(tmp_path, kind, options, key):
    from laylint.errors import UsageError
    from laylint.ruleset import load_ruleset

    (tmp_path / "house").mkdir()
    (tmp_path / "house" / f"{kind}.yaml").write_text(
        f"id: house/{kind}\nkind: {kind}\nseverity: warning\nmessage: m\ndescription: d\noptions:\n  {options}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=key):
        load_ruleset([tmp_path])


def test_a_sentence_is_held_to_the_certainty_of_the_finding_it_states():
    """GRADE rates each outcome: a finding's own certainty wins over the document's."""
    facts = source("low")
    facts["outcomes"]["school days missed"] = ["missed school"]
    facts["findings"] += [
        {"drug": "montelukast", "outcome": "sleep problems", "value": "6%", "certainty": "high"},
        {"drug": "montelukast", "outcome": "school days missed", "value": -1.2, "measure": "mean-difference", "certainty": "very-low"},
    ]
    run = lambda text, src=facts: [d for d in lint_text(text, select=["hedging/certainty"], source=src)]  # noqa: E731
    assert run("About 6% of children on montelukast had sleep problems.") == []  # high certainty: plain is right
    # A figure of a finding the source does not grade, where it grades others, is an observed rate: not held.
    assert run("About 12% of children on montelukast had asthma attacks.") == []
    assert [d.message for d in run("Montelukast lowered asthma attacks.")] == [
        "The evidence is of low certainty, but this finding is stated without a hedge"]  # the document's
    [very_low] = run("Montelukast lowered missed school.")  # a drug and an outcome named, no figure
    assert "very-low certainty" in very_low.message and "very uncertain" in very_low.suggestion
    moderate = {**facts, "certainty": "moderate"}
    assert run("Montelukast lowered asthma attacks.", moderate) == []
    assert len(run("Montelukast lowered missed school.", moderate)) == 1  # very low, in a review graded moderate


# Real-style result statements across fields, each source graded low overall.
FIELDS = {
    "cardiology": {"drugs": {"cardiac rehabilitation": ["exercise programmes"], "usual care": []},
                   "outcomes": {"hospital admission": ["hospital admissions"], "death": ["deaths"]}},
    "paediatrics": {"drugs": {"zinc": ["zinc supplements"], "placebo": []},
                    "outcomes": {"diarrhoea": ["diarrhoea episodes"], "growth": []}},
    "mental health": {"drugs": {"psilocybin": [], "placebo": []}, "outcomes": {"depression": [], "anxiety": []}},
    "infectious disease": {"drugs": {"favipiravir": [], "standard care": []},
                           "outcomes": {"recovery": ["clinical recovery"], "ventilation": ["breathing machine"]}},
    "oncology": {"drugs": {"lenalidomide": [], "observation": []},
                 "outcomes": {"progression-free survival": ["time without the cancer getting worse"]}},
}


def graded(field, certainty="low", **extra):
    return {"certainty": certainty, **FIELDS[field], **extra}


def certainty_hits(text, source):
    return [d for d in lint_text(text, select=["hedging/certainty"], source=source) if d.rule == "hedging/certainty"]


@pytest.mark.parametrize("field, text, verb", [
    ("cardiology", "Exercise programmes reduced hospital admissions compared with usual care.", "may reduce"),
    ("paediatrics", "Children given zinc supplements had fewer diarrhoea episodes.", None),
    ("mental health", "Psilocybin improved depression after six weeks.", "may improve"),
    ("infectious disease", "Clinical recovery was similar with favipiravir and standard care.", "may make little or no difference"),
    ("oncology", "We found no difference in deaths between lenalidomide and observation.", None),
])
def test_unhedged_results_are_reported_with_cochrane_wording(field, text, verb):
    [hit] = certainty_hits(text, graded(field))
    assert "low certainty" in hit.message and "without a hedge" in hit.message
    if verb:
        assert verb in hit.suggestion


@pytest.mark.parametrize("field, text", [
    ("cardiology", "What are the benefits of exercise programmes for people with heart failure?"),
    ("cardiology", "We wanted to find out if exercise programmes reduce hospital admissions."),
    ("cardiology", "Heart failure leads to many hospital admissions every year."),
    ("paediatrics", "Zinc supplements may reduce diarrhoea episodes in young children."),
    ("paediatrics", "We included 12 studies of zinc supplements in 3,000 children."),
    ("mental health", "Psilocybin improved depression. However, we are very uncertain about this."),
    ("mental health", "Future studies should test whether psilocybin improves anxiety."),
    ("infectious disease", "We are uncertain whether favipiravir improves clinical recovery."),
    ("infectious disease", "No studies reported the use of a breathing machine with favipiravir."),
    ("oncology", "Lenalidomide may lengthen the time without the cancer getting worse. This means that fewer people had a relapse."),
    ("oncology", "We have moderate confidence that lenalidomide lengthens progression-free survival."),
])
def test_not_result_statements_or_hedged_ones_pass(field, text):
    assert certainty_hits(text, graded(field)) == []


def test_no_evidence_of_a_difference_is_not_a_certainty_hedge():
    [hit] = certainty_hits("There was no evidence of a difference in deaths with exercise programmes.", graded("cardiology"))
    assert "without a hedge" in hit.message


def test_probably_is_too_sure_for_a_finding_of_low_certainty():
    findings = [{"drug": "cardiac rehabilitation", "outcome": "death", "comparator": "usual care", "measure": "risk-ratio",
                 "value": 0.93, "certainty": "low"},
                {"drug": "cardiac rehabilitation", "outcome": "hospital admission", "comparator": "usual care",
                 "measure": "risk-ratio", "value": 0.69, "certainty": "moderate"}]
    source = graded("cardiology", "moderate", findings=findings)
    [hit] = certainty_hits("Exercise programmes probably make little or no difference to deaths.", source)
    assert "moderate-certainty wording" in hit.message and "low certainty" in hit.message
    assert certainty_hits("Exercise programmes probably reduce hospital admissions.", source) == []
    # The review's overall level alone does not make "probably" too sure: Cochrane words each finding to its own.
    assert certainty_hits("Exercise programmes probably reduce hospital admissions.", graded("cardiology")) == []


def test_a_next_sentence_hedges_only_when_it_states_doubt():
    """"The more likely..." uses a hedge word but doubts nothing: the finding before it is still plain."""
    text = ("Children given zinc supplements had fewer diarrhoea episodes. "
            "The longer they took it, the more likely these effects were to last.")
    assert len(certainty_hits(text, graded("paediatrics"))) == 1


# Issue 16, independent judgement 4. When an everyday outcome wording could mean several outcomes (it is part
# of another outcome's name or alias), the surest reading wins; an outcome the source gives no certainty (a
# conclusion, a design consequence) is not held to the document's level.
def _rule_hits(text, src):
    return [d for d in lint_text(text, select=["hedging/certainty"], source=src) if d.rule == "hedging/certainty"]


HEART = {"certainty": "moderate", "drugs": {"cardiac rehabilitation": ["rehabilitation", "exercise programmes"]},
         "outcomes": {"health-related quality of life": ["quality of life"],
                      "MLHFQ score": ["quality of life score", "Minnesota questionnaire"],
                      "exercise capacity": ["walking distance"]},
         "findings": [{"drug": "cardiac rehabilitation", "outcome": "health-related quality of life", "value": -0.5,
                       "measure": "mean-difference", "certainty": "very-low"},
                      {"drug": "cardiac rehabilitation", "outcome": "MLHFQ score", "value": -7.4,
                       "measure": "mean-difference", "certainty": "moderate"},
                      {"drug": "cardiac rehabilitation", "outcome": "exercise capacity", "value": 20,
                       "measure": "mean-difference", "certainty": "very-low"}]}
MOOD = {"certainty": "low", "drugs": {"behavioural activation": ["activity therapy"]},
        "outcomes": {"depression": ["depressive symptoms"], "depression remission": ["remission"],
                     "anxiety": ["worry"], "sessions attended": ["number of sessions"]},
        "findings": [{"drug": "behavioural activation", "outcome": "depression", "value": -0.3,
                      "measure": "mean-difference", "certainty": "low"},
                     {"drug": "behavioural activation", "outcome": "depression remission", "value": 1.4,
                      "measure": "risk-ratio", "certainty": "moderate"},
                     {"drug": "behavioural activation", "outcome": "anxiety", "value": -0.2,
                      "measure": "mean-difference", "certainty": "low"}]}
JAUNDICE = {"certainty": "low", "drugs": {"intermittent phototherapy": ["intermittent light therapy"]},
            "outcomes": {"infant mortality": ["deaths"], "hours of phototherapy exposure": ["total phototherapy time"]},
            "findings": [{"drug": "intermittent phototherapy", "outcome": "infant mortality", "value": 0.69,
                          "measure": "risk-ratio", "certainty": "low"}]}
QUIT = {"certainty": "low", "drugs": {"text messaging": ["text messages"]},
        "outcomes": {"quitting": ["quit rates", "stopped smoking"], "programme cost": ["cost of the programme"]},
        "findings": [{"drug": "text messaging", "outcome": "quitting", "value": 1.5, "measure": "risk-ratio",
                      "certainty": "low"}]}


@pytest.mark.parametrize("src, text", [
    (HEART, "Cardiac rehabilitation probably improves quality of life."),  # also the moderate questionnaire
    (HEART, "Exercise programmes probably improve people's quality of life and walking distance, but we are very uncertain about walking."),
    (MOOD, "Behavioural activation probably helps with depression."),  # "depression" is in "depression remission"
    (JAUNDICE, "Intermittent phototherapy is associated with a decrease in the total phototherapy time."),  # ungraded
    (JAUNDICE, "Giving light therapy with breaks reduces the total hours of exposure."),  # loosely, the ungraded one
    (QUIT, "Text messaging increased the cost of the programme."),  # the source does not grade cost
    (MOOD, "Behavioural activation increased the number of sessions people attended."),  # ungraded
])
def test_no_warning_where_a_reading_the_wording_fits_exists(src, text):
    assert _rule_hits(text, src) == []


@pytest.mark.parametrize("src, text", [
    (HEART, "Cardiac rehabilitation probably improves walking distance."),  # only the very-low outcome
    (MOOD, "Behavioural activation reduced anxiety."),  # low, and no other reading
    (JAUNDICE, "Intermittent phototherapy reduced deaths in babies."),  # graded low
    (QUIT, "Text messaging increased quit rates."),
    (QUIT, "People who got text messages stopped smoking more often."),
])
def test_a_graded_low_finding_stated_flatly_is_still_reported(src, text):
    assert [d.rule for d in _rule_hits(text, src)] == ["hedging/certainty"]
