"""Claims round 5a (issue 14): what a number in a summary IS, so that numbers that are not results
stay silent. Sentences written for these tests across fields (made-up studies and numbers); each
pattern has quiet rows (the number is no result, or the right one) and loud rows (a wrong result
in the same shape is still reported).

- group sizes ("(N = 291)", "6 studies, 581 participants", "the group of 290 people") after a
  denominator are sizes, not shares of it;
- an estimate with its CI per 1,000 ("113 (57 to 221) out of 1,000");
- worked examples ("imagine a group of 100 people", "a hypothetical group of 1,000 people") and
  the counts they assume;
- doses that name an arm ("150 international units", "300 or 450 IU", "200/225 IU");
- scale ranges ("measured from -5 to +5", "a 0-10 scale") and time points ("at 30 and 60 seconds");
- spelled numbers ("One hundred forty-six");
- "(20% higher)" that states an absolute difference;
- shares per procedure ("For every 100 procedures, about 30 ...");
- a summary that pastes its results twice gets the same verdicts twice.
"""

from __future__ import annotations

import pytest

from laylint.api import lint_text
from lint_support import claims_at

STUDIES = {
    "drain": {  # a chest drain after heart surgery (cardiology): per-arm sizes, per-1,000 risks with CIs
        "design": "meta-analysis", "studies": 8, "participants": 739,
        "drugs": {"chest drain": ["drain", "a drain", "drains", "drain group"],
                  "no drain": ["no-drain group", "without a drain"]},
        "outcomes": {"wound infection": ["infection", "infections", "got an infection"],
                     "death": ["deaths", "died", "mortality"]},
        "findings": [
            {"drug": "chest drain", "outcome": "wound infection", "measure": "risk", "value": "11.3%", "ci": ["5.7%", "22.1%"]},
            {"drug": "no drain", "outcome": "wound infection", "measure": "risk", "value": "10.4%"},
            {"drug": "chest drain", "comparator": "no drain", "outcome": "death", "measure": "odds-ratio", "value": 4.88,
             "ci": [1.18, 20.09]},
            {"drug": "chest drain", "comparator": "no drain", "outcome": "death", "measure": "count", "value": 6,
             "population": "studies"},
            {"drug": "chest drain", "comparator": "no drain", "outcome": "death", "measure": "count", "value": 581,
             "population": "participants"},
            {"drug": "chest drain", "outcome": "death", "measure": "count", "value": 7, "population": "deaths"},
            {"drug": "chest drain", "outcome": "death", "measure": "count", "value": 291, "population": "participants"},
            {"drug": "no drain", "outcome": "death", "measure": "count", "value": 1, "population": "deaths"},
            {"drug": "no drain", "outcome": "death", "measure": "count", "value": 290, "population": "participants"},
        ]},
    "tbtest": {  # a rapid blood test for tuberculosis (infectious disease): accuracy, worked examples
        "design": "meta-analysis", "studies": 30,
        "drugs": {"rapid test": ["the rapid test", "the test"], "culture": ["sputum culture"]},
        "outcomes": {"sensitivity": ["correctly found"], "specificity": ["correctly cleared"], "tuberculosis": ["TB"]},
        "findings": [
            {"drug": "rapid test", "comparator": "culture", "outcome": "sensitivity", "measure": "proportion", "value": "54%"},
            {"drug": "rapid test", "comparator": "culture", "outcome": "specificity", "measure": "proportion", "value": "83%"},
        ]},
    "statin": {  # statins for people at risk of heart disease (cardiology): a worked example with a result
        "design": "meta-analysis", "studies": 20, "participants": 60000,
        "drugs": {"statins": ["statin", "a statin"], "placebo": ["dummy pill"]},
        "outcomes": {"heart attack": ["heart attacks", "have a heart attack"]},
        "findings": [
            {"drug": "statins", "outcome": "heart attack", "measure": "risk", "value": "6%"},
            {"drug": "placebo", "outcome": "heart attack", "measure": "risk", "value": "8%"},
        ]},
    "ivf": {  # doses of a fertility hormone (obstetrics): doses name the arms
        "design": "meta-analysis", "studies": 12, "participants": 4000,
        "drugs": {"higher dose": ["a higher dose"], "standard dose": ["the standard dose"]},
        "outcomes": {"live birth": ["having a baby", "a live birth"]},
        "findings": [
            {"drug": "standard dose", "outcome": "live birth", "measure": "risk", "value": "16%"},
            {"drug": "higher dose", "outcome": "live birth", "measure": "risk", "value": "19%", "ci": ["13%", "26%"]},
        ]},
    "therapy": {  # talking therapy for depression (mental health): scales and score differences
        "design": "meta-analysis", "studies": 9, "participants": 1200,
        "drugs": {"talking therapy": ["therapy"], "usual care": []},
        "outcomes": {"depression": ["depression scores", "mood"], "treatment success": []},
        "findings": [
            {"drug": "talking therapy", "comparator": "usual care", "outcome": "depression", "measure": "mean-difference",
             "value": -1.6},
            {"drug": "talking therapy", "comparator": "usual care", "outcome": "treatment success",
             "measure": "mean-difference", "value": 1.56},
        ]},
    "sucrose": {  # sugar water for heel pricks in newborns (paediatrics): time points
        "design": "meta-analysis", "studies": 40, "participants": 3500,
        "drugs": {"sucrose": ["sugar water"], "water": []},
        "outcomes": {"pain scores": ["pain"]},
        "findings": [
            {"drug": "sucrose", "comparator": "water", "outcome": "pain scores", "measure": "mean-difference", "value": -1.7},
        ]},
    "schools": {  # school programmes against childhood obesity (paediatrics): spelled counts
        "design": "meta-analysis", "studies": 172, "participants": 205,
        "drugs": {"school programmes": []}, "outcomes": {"body mass index": ["BMI"]},
        "findings": [
            {"measure": "count", "value": 146, "population": "studies in high-income countries"},
        ]},
    "eoe": {  # steroids for a swallowing disorder (gastro/immunology): "(20% higher)" as an absolute difference
        "design": "meta-analysis", "studies": 41, "participants": 3253,
        "drugs": {"steroids": ["corticosteroids"], "placebo": []},
        "outcomes": {"symptom improvement": ["improvement in symptoms", "symptoms"]},
        "findings": [
            {"drug": "steroids", "comparator": "placebo", "outcome": "symptom improvement", "measure": "risk-ratio",
             "value": 1.74},
            {"drug": "steroids", "comparator": "placebo", "outcome": "symptom improvement", "measure": "risk-difference",
             "value": "20%"},
        ]},
    "scope": {  # a camera test of the lungs in children (respiratory): harms per procedure
        "design": "meta-analysis", "studies": 2, "participants": 200,
        "drugs": {"bronchoscopy": ["the camera test"]},
        "outcomes": {"worse cough": ["a temporary worsening of cough", "worsening of cough"]},
        "findings": [
            {"drug": "bronchoscopy", "outcome": "worse cough", "measure": "proportion", "value": "29%"},
        ]},
    "smoking": {  # nicotine patches (smoking cessation): a dose group, group sizes
        "design": "meta-analysis", "studies": 10, "participants": 5000,
        "drugs": {"nicotine patch": ["patch", "the patch"], "placebo": ["dummy patch"]},
        "outcomes": {"quitting": ["quit", "stopped smoking"]},
        "findings": [
            {"drug": "nicotine patch", "outcome": "quitting", "measure": "risk", "value": "17%"},
            {"drug": "placebo", "outcome": "quitting", "measure": "risk", "value": "10%"},
            {"drug": "nicotine patch", "comparator": "placebo", "measure": "count", "value": 211, "population": "athletes"},
        ]},
    "rehab": {  # home-based cardiac rehabilitation (cardiology): counts of studies by what they did
        "design": "meta-analysis", "studies": 24, "participants": 3046,
        "drugs": {"home-based rehabilitation": ["home programmes"], "centre-based rehabilitation": []},
        "outcomes": {"death": []},
        "findings": [
            {"drug": "home-based rehabilitation", "comparator": "centre-based rehabilitation", "measure": "count", "value": 3,
             "population": "studies reporting outcomes beyond 12 months"},
        ]},
}

# (study, text, figure as written, 1-based occurrence of that text, flagged?)
TABLE = [
    # --- group sizes after a denominator ---------------------------------------------------------------
    ("drain", "About 113 out of 1,000 people with a drain got an infection. There were seven deaths in the drain group "
              "(N = 291) compared with one in the no-drain group (N = 290).", "291", 1, False),
    ("drain", "About 113 out of 1,000 people with a drain got an infection. There were seven deaths in the drain group "
              "(N = 291) compared with one in the no-drain group (N = 290).", "290", 1, False),
    ("drain", "About 113 out of 1,000 people with a drain got an infection. The drain probably increases mortality "
              "(odds ratio 4.88; 6 studies, 581 participants).", "581", 1, False),
    ("drain", "About 113 out of 1,000 people with a drain got an infection. The drain probably increases mortality "
              "(odds ratio 4.88; 6 studies, 981 participants).", "981", 1, True),
    ("drain", "Out of 1,000 people with a drain, about 113 got an infection. There were 7 deaths in the group of 291 "
              "people who had a drain.", "291", 1, False),
    ("drain", "Out of 1,000 people with a drain, about 113 got an infection. Out of 1,000 people with a drain, about "
              "213 got an infection.", "213", 1, True),
    ("drain", "Out of 1,000 people with a drain, about 113 got an infection. The drain increased deaths (OR 4.88, 95% CI "
              "1.18 to 20.09; 581 participants; 6 studies).", "581", 1, False),
    ("drain", "Out of 1,000 people with a drain, about 113 got an infection. The drain increased deaths (OR 4.88, 95% CI "
              "1.18 to 20.09; 981 participants; 6 studies).", "981", 1, True),
    # --- an estimate with its CI per 1,000 -------------------------------------------------------------
    ("drain", "Approximately 113 (57 to 221 participants) out of 1000 participants in the drain group got an infection.",
     "113", 1, False),
    ("drain", "Approximately 113 (57 to 221 participants) out of 1000 participants in the drain group got an infection.",
     "57 to 221", 1, False),
    ("drain", "About 113 (57 to 221) out of 1,000 people with a drain got an infection.", "57 to 221", 1, False),
    ("drain", "About 113 (157 to 321) out of 1,000 people with a drain got an infection.", "157 to 321", 1, True),
    ("drain", "About 213 (57 to 221) out of 1,000 people with a drain got an infection.", "213", 1, True),
    ("drain", "About 113 per 1,000 people with a drain got an infection (95% CI 57 to 221).", "57 to 221", 1, False),
    ("drain", "About 113 per 1,000 people with a drain got an infection (95% CI 157 to 321).", "157 to 321", 1, True),
    ("drain", "About 113 per 1000 (from 57 to 221) people with a drain got an infection.", "57 to 221", 1, False),
    ("drain", "About 113 per 1000 (from 157 to 321) people with a drain got an infection.", "157 to 321", 1, True),
    # --- worked examples -------------------------------------------------------------------------------
    ("tbtest", "To explain what this means, imagine a group of 100 people are tested, and 20 of them really have TB.",
     "100", 1, False),
    ("tbtest", "To explain what this means, imagine a group of 100 people are tested, and 20 of them really have TB.",
     "20", 1, False),
    ("tbtest", "Imagine 100 people are tested and 20 of them have TB:\n- Of the 20 people who have TB, the test would "
               "correctly find 11.\n- Of the 80 people who do not have TB, the test would correctly clear 66.",
     "80", 1, False),
    ("tbtest", "The results below are based on a hypothetical group of 1000 people.", "1000", 1, False),
    ("statin", "Imagine 1,000 people like you take a statin for five years: about 60 would have a heart attack.",
     "about 60", 1, False),
    ("statin", "Imagine 1,000 people like you take a statin for five years: about 90 would have a heart attack.",
     "about 90", 1, True),
    ("statin", "Think of 1,000 people like you: about 60 of those taking a statin would have a heart attack.",
     "1,000", 1, False),
    ("statin", "In a typical group of 1,000 people, 80 would have a heart attack with a dummy pill.", "80", 1, False),
    ("statin", "In a typical group of 1,000 people, 120 would have a heart attack with a dummy pill.", "120", 1, True),
    # --- doses that name an arm --------------------------------------------------------------------------
    ("ivf", "If the chance of having a baby after taking 150 international units (IU) of hormone is 16%, the chance "
            "with a higher dose would be 13% to 26%.", "150", 1, False),
    ("ivf", "If the chance of a live birth with the standard dose is 16%, the chance with 300 or 450 IU would be "
            "between 13% and 26%.", "300", 1, False),
    ("ivf", "For women with a normal response, the chance with 200/225 IU would be 13% to 26%.", "200", 1, False),
    ("smoking", "In the 21 mg patch group, 17% stopped smoking.", "21", 1, False),
    ("ivf", "If the chance of a live birth with the standard dose is 36%, the chance with 300 or 450 IU would be "
            "between 13% and 26%.", "36%", 1, True),
    # --- scale ranges and time points ------------------------------------------------------------------------
    ("therapy", "Treatment success (measured from \u22125 to +5, +5 means maximum improvement) at the end of therapy.",
     "\u22125 to +5", 1, False),
    ("therapy", "Treatment success (measured from \u22125 to +5, +5 means maximum improvement) at the end of therapy.",
     "+5", 2, False),
    ("therapy", "Depression was rated on a 0-10 scale with talking therapy and usual care.", "0-10", 1, False),
    ("therapy", "Mood was scored from 0 to 52, with higher scores meaning worse depression.", "0 to 52", 1, False),
    ("therapy", "Depression was measured on a scale from 0 (no symptoms) to 10 (worst symptoms).", "10", 1, False),
    ("therapy", "Mood was scored out of 60 with talking therapy.", "60", 1, False),
    ("sucrose", "Pain was measured at weeks 4 and 8 with sugar water.", "8", 1, False),
    ("therapy", "Depression scores were 4.6 points lower with talking therapy than with usual care.", "4.6", 1, True),
    ("sucrose", "Sugar water may make little to no difference in pain scores at 30 and 60 seconds.", "30", 1, False),
    ("sucrose", "Compared with water, sucrose lowered pain at 3, 6 and 12 months after the first heel prick.", "3", 1,
     False),
    ("sucrose", "Compared with water, sucrose lowered pain scores by 4.7 points at 30 and 60 seconds.", "4.7", 1, True),
    # --- spelled numbers ----------------------------------------------------------------------------------------
    ("schools", "We found 172 studies. One hundred forty\u2010six studies were based in high-income countries.",
     "One hundred forty\u2010six", 1, False),
    ("schools", "We found 172 studies. One hundred and forty-six studies were based in high-income countries.",
     "One hundred and forty-six", 1, False),
    ("schools", "The review included two hundred and five children.", "two hundred and five", 1, False),
    ("schools", "The review included three hundred and five children.", "three hundred and five", 1, True),
    ("schools", "We found 172 studies. Twenty-three studies were based in high-income countries.", "Twenty-three", 1, True),
    # --- "(20% higher)" as an absolute difference ------------------------------------------------------------
    ("eoe", "Corticosteroids may lead to slightly better improvement in symptoms (20% higher).", "20%", 1, False),
    ("eoe", "Corticosteroids may lead to slightly better improvement in symptoms (74% higher).", "74%", 1, False),
    ("eoe", "Corticosteroids may lead to slightly better improvement in symptoms (45% higher).", "45%", 1, True),
    # --- shares per procedure ------------------------------------------------------------------------------------
    ("scope", "For every 100 procedures, about 30 led to a temporary worsening of cough.", "about 30", 1, False),
    ("scope", "For every 100 procedures, about 30 led to a temporary worsening of cough.", "100", 1, False),
    ("scope", "For every 100 procedures, about 50 led to a temporary worsening of cough.", "about 50", 1, True),
    # --- the other arm named by a negation, counts of athletes -----------------------------------------------
    ("drain", "There were 7 deaths in the group of 291 people who had a drain, compared to 1 death in the group of "
              "290 people who did not have a drain.", "1", 1, False),
    ("smoking", "The review included 7 trials with 211 athletes who smoked.", "211", 1, False),
    ("smoking", "The review included 7 trials with 311 athletes who smoked.", "311", 1, True),
    ("rehab", "We found 24 studies with 3046 people. Most studies were short, and only three followed people for "
              "more than one year.", "three", 1, False),
    ("rehab", "We found 24 studies with 3046 people. Most studies were short, and only 9 followed people for "
              "more than one year.", "9", 1, True),
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claims_at(text, STUDIES[study], figure, occurrence)


def test_every_field_is_covered():
    assert set(STUDIES) == {study for study, *_ in TABLE}
    assert sum(1 for *_, flagged in TABLE if flagged) >= 12  # each pattern keeps a loud row


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", TABLE,
                         ids=[f"{i:02d}-{row[0]}" for i, row in enumerate(TABLE)])
def test_what_a_number_is(study, text, figure, occurrence, flagged):
    found = _flags(study, text, figure, occurrence)
    assert bool(found) == flagged, f"{text}\n {figure!r}: {found}"


def test_a_results_paragraph_pasted_twice_gets_the_same_verdicts_twice():
    paragraph = ("Approximately 113 (57 to 221 participants) out of 1000 participants in the drain group got an "
                 "infection. There were seven deaths in the drain group (N = 291) compared with one in the no-drain "
                 "group (N = 290); the drain probably increases mortality (odds ratio 4.88; 6 studies, 581 "
                 "participants). About 213 out of 1,000 people with a drain died.")
    text = paragraph + "\n\n" + paragraph
    half = len(paragraph) + 2
    lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    seen = [(lines[d.line - 1] + d.column - 1, d.rule) for d in lint_text(text, select=["claims"], source=STUDIES["drain"])
            if d.severity in ("warning", "error") and d.rule != "claims/missing-finding"]
    first = sorted((at, rule) for at, rule in seen if at < half)
    second = sorted((at - half, rule) for at, rule in seen if at >= half)
    assert first == second and first, seen  # the wrong "213" is reported in both copies, nothing else
    assert {text[at:at + 3] for at, _ in first} <= {"213", "Abo"}, first
