"""hedging/limitations, round 18 (README-independent-18.md): lay wordings of a limitations passage it missed on
Cochrane results paragraphs, each as a general wording. Our own sentences, across fields; each must be a passage
(no error), and near misses and summaries without a word on the evidence must still get the error."""

import pytest

from laylint.api import lint_text

RESULT = {  # a result sentence per field, before the sentence under test
    "cardiology": "Statins lowered the number of heart attacks in people with diabetes.",
    "oncology": "Radiotherapy after surgery lowered the number of breast cancers that came back.",
    "infection": "Zinc shortened diarrhoea in children by about a day.",
    "mental": "Talking therapy eased low mood in older adults.",
    "paediatrics": "Melatonin helped children with ADHD fall asleep sooner.",
    "smoking": "Nicotine patches helped more people stop smoking than dummy patches.",
    "renal": "A low-salt diet lowered blood pressure in people on dialysis.",
}


def errors(text):
    return [d.severity for d in lint_text(text, select=["hedging/limitations"]) if d.rule == "hedging/limitations"]


@pytest.mark.parametrize("field, sentence", [
    # no conclusions could be drawn (CD010323's pattern)
    ("mental", "No conclusions can be drawn from these two trials."),
    ("renal", "We could not draw any firm conclusions about blood pressure in children."),
    ("cardiology", "It is not clear whether statins also prevent strokes in these people."),
    ("oncology", "We were not able to judge the quality of the studies."),
    # only part of the data could be used (CD001402)
    ("infection", "We were only able to analyse data from one of the three trials."),
    ("smoking", "We could only use results from two small trials."),
    ("paediatrics", "We found only one trial, with 80 children."),
    ("renal", "There was only one trial in children on dialysis."),
    ("oncology", "These results come from only two trials."),
    # outcomes measured or reported differently between studies (CD004415)
    ("mental", "Low mood was measured differently from one study to another."),
    ("cardiology", "The trials reported heart attacks in different ways."),
    ("renal", "Blood pressure was defined differently in each trial."),
    # a gap stated plainly (CD002181)
    ("renal", "We found no data on quality of life or costs."),
    ("oncology", "There was no information about side effects."),
    ("smoking", "No data were available on weight gain after quitting."),
    # no trial could be included: the emptiness is the limitation (CD006011, CD009546, CD006312)
    ("oncology", "We looked at 23 reports, but no trial could be included."),
    ("mental", "We found four possible studies, but none could be included."),
    ("infection", "Our searches found no randomised controlled trials of this treatment."),
    ("cardiology", "There is no evidence from randomized trials for or against this treatment."),
    ("paediatrics", "We did not find any studies that met our criteria."),
    # how sure the evidence is, stated even when it is sure (CD009170)
    ("smoking", "This is high-certainty evidence."),
    ("cardiology", "We concluded that there is high quality evidence that statins work."),
    ("infection", "It is unlikely that future research will change this conclusion."),
    ("renal", "We are moderately confident in these results."),
    ("oncology", "The certainty of the evidence was rated as high."),
    # more wordings of the same patterns (read on 10 unlabelled Devaraj hits, seed 18)
    ("mental", "At best, the evidence was of moderate quality."),
    ("renal", "The results of the trials were conflicting."),
    ("cardiology", "A link between statins and memory problems is possible but not proven."),
    ("oncology", "Outcome measures differed between trials."),
    ("smoking", "There are still many unanswered questions about weight gain."),
    ("infection", "It is not possible to determine whether zinc works in adults."),
    ("paediatrics", "Stronger studies with more children are required."),
    ("mental", "We were unable to use much of the data on quality of life."),
    ("renal", "It was difficult to make valid overall conclusions."),
    # calls for research in other words
    ("mental", "This question needs to be investigated in well-designed trials."),
    ("paediatrics", "Treating children this way cannot be justified without further study."),
])
def test_round18_lay_wordings_are_limitation_passages(field, sentence):
    assert errors(f"{RESULT[field]}\n\n{sentence}") == []


@pytest.mark.parametrize("text", [
    # results only, in several fields: nothing about the evidence
    "Statins lowered the number of heart attacks. Fewer people died of heart disease. Muscle pain was rare.",
    "Zinc shortened diarrhoea by a day. No children had serious side effects. Vomiting was more common with zinc.",
    # near misses of the new wordings: results, not limitations
    "Talking therapy eased low mood. None of the participants reported serious harm.",
    "Radiotherapy lowered the number of cancers that came back. Only one woman had a serious burn.",
    "Dialysis patients on the diet were only able to walk short distances at first, but walked further after a month.",
    "Nicotine patches helped people stop smoking. High-dose patches worked no better than standard ones.",
    "Melatonin helped children sleep. Children responded in different ways to the dose.",
    "Statins lowered cholesterol. The 95% confidence interval was narrow, and the benefit is likely to last.",
    "A low-salt diet lowered blood pressure, and it was unlikely to change kidney function.",
    "Zinc shortened diarrhoea. More children in both studies had fever with placebo.",
    "Talking therapy eased low mood. People who were unable to use the app got phone calls instead.",
    # an apology is not about the evidence
    "I apologize for the limitations of this summary. Statins lowered the number of heart attacks.",
    "I apologize that no conclusions can be drawn from this summary. Zinc shortened diarrhoea.",
])
def test_summaries_with_no_word_on_the_evidence_are_still_flagged(text):
    assert errors(text) == ["error"]


def test_a_longer_summary_with_no_limitation_wording_is_flagged_on_its_last_line():
    text = ("# Exercise for people with heart failure\n\n"
            "We looked at 20 trials of exercise programmes for people with heart failure.\n\n"
            "Exercise lowered the number of hospital stays.\n\n"
            "People who exercised said their quality of life was better.\n")
    found = [d for d in lint_text(text, select=["hedging/limitations"]) if d.rule == "hedging/limitations"]
    assert [(d.severity, d.line) for d in found] == [("error", 7)]


@pytest.mark.parametrize("text", [
    # results that share words with the new wordings, with nothing on the evidence
    "Statins lowered cholesterol. We identified no new safety concerns.",
    "Zinc shortened diarrhoea. There was no evidence from the trials that zinc caused vomiting.",
    "A low-salt diet lowered blood pressure. People could only use salt substitutes at home.",
])
def test_results_sharing_words_with_the_new_wordings_are_not_passages(text):
    assert errors(text) == ["error"]
