"""hedging/limitations, round 21: a limitation read as a general clause, not as the next wording.

A clause states a limit when a marker of insufficiency, inability, restriction or uncertainty meets an evidence
object: "only"/"just" with an amount or scope of the evidence ("involving only 90 children", "only enough data to",
"only applicable to"), an inability to know or conclude said of the review ("we are unable to comment on"), a
strong uncertainty word ("inconclusive", "preclude any firm conclusion"), a call for further research, testing or
study, and certainty stated at any level ("the quality of the trials was good", "moderate level evidence"; the doc
counts certainty said even when it is sure). Our own sentences across fields; and result paragraphs that use
"only", "not", "could not" or "need" about results, which must stay flagged."""

import pytest

from lint_support import LIMITATION_RESULTS, limitation_errors

RESULT = LIMITATION_RESULTS
errors = limitation_errors


QUIET = [
    # (1) restriction: only/just with the amount or scope of the evidence
    ("restriction", "renal", "The two trials, involving only 214 adults on dialysis, lasted six months."),
    ("restriction", "paediatrics", "Only 86 babies took part in the single trial."),
    ("restriction", "smoking", "There was only enough data to compare quit rates at six months."),
    ("restriction", "mental", "These findings are only applicable to teenagers treated in schools."),
    ("restriction", "oncology", "We found just one trial of this kind."),
    ("restriction", "cardiology", "Results were based on data from a trial that enrolled only 120 men."),
    # (2) inability to know, judge or conclude, said of the review or the evidence
    ("inability", "infection", "We are unable to comment on its use in infants, who were not included."),
    ("inability", "surgery", "We could not tell whether the operation lowered the risk of infection."),
    ("inability", "oncology", "The reviewers were not able to assess quality of life."),
    ("inability", "renal", "Firm recommendations cannot be made about the dose."),
    ("inability", "cardiology", "The effect on strokes could not be estimated."),
    ("inability", "smoking", "We could not find any trials in teenagers."),
    # (3) a strong uncertainty word with the results or the evidence
    ("uncertainty", "infection", "The effects on severe anaemia were inconclusive."),
    ("uncertainty", "renal", "Small sample sizes preclude any definitive comment on safety."),
    ("uncertainty", "mental", "The small number of trials prevented us from drawing conclusions about relapse."),
    # (4) a call for further research, testing or study
    ("need", "smoking", "Nicotine mouth spray needs further testing in pregnant women."),
    ("need", "paediatrics", "This approach requires further evaluation in other hospitals."),
    ("need", "cardiology", "Additional investigation is warranted before it is used routinely."),
    # (5) certainty stated at any level (the doc counts it even when it is sure)
    ("certainty", "surgery", "The quality of the studies was good."),
    ("certainty", "oncology", "The quality of evidence is felt to be high."),
    ("certainty", "infection", "Moderate level evidence shows that it is safe."),
    ("certainty", "mental", "Six studies of moderate to high quality gave the best evidence."),
]


@pytest.mark.parametrize("family,field,sentence", QUIET)
def test_a_limit_in_the_general_shape_is_a_passage(family, field, sentence):
    assert errors(f"{RESULT[field]} {sentence}") == [], (family, sentence)


FIRING = [
    # "only" about results, not about the evidence
    ("oncology", "Only 3% of people had serious side effects."),
    ("cardiology", "Only two people died in the aspirin group."),
    ("paediatrics", "Only 12 children in the treated group needed oxygen."),
    ("mental", "The benefit was only seen in the first month."),
    ("smoking", "Only people who used the patch for 12 weeks stayed off cigarettes."),
    # "not" and "could not" about results or people
    ("renal", "Bicarbonate did not reduce pain or tiredness."),
    ("infection", "Children who could not drink were given fluids through a drip."),
    ("surgery", "People who were unable to walk after surgery stayed longer in hospital."),
    # "need" and quality words about care, not about the evidence
    ("cardiology", "About one in ten people needed further treatment for chest pain."),
    ("oncology", "People with a positive scan need further tests."),
    ("mental", "Quality of life was good in both groups."),
    ("paediatrics", "There was no difference in the good-quality trials."),
    ("renal", "We were unable to find a difference in tiredness between the groups."),
    ("surgery", "Only trials with a long follow-up showed fewer hernias."),
    ("mental", "The short test is useful to see if more detailed testing is required."),
    ("oncology", "Seeing tumour cells was hindered by the strong glare of the dye."),
    # "prevent" as a result verb
    ("infection", "Bed nets prevented malaria in pregnant women."),
]


@pytest.mark.parametrize("field,sentence", FIRING)
def test_a_result_paragraph_with_only_or_not_still_has_no_passage(field, sentence):
    assert errors(f"{RESULT[field]} {sentence}") == ["error"], sentence


def test_a_test_that_cannot_be_used_routinely_is_not_a_limit_of_the_evidence():
    text = ("Rapid tests found most cases of malaria. A lab test needs trained staff, so this cannot be used "
            "routinely in clinics.")
    assert errors(text) == ["error"]
