"""Claims round 15 (issues 14 and 16): the false alarms of devaraj2 and fresh8 (seen data), in sentences
written for these tests across fields (made-up studies and numbers); each quiet row has a loud row in
the same shape.

- "15 more people out of 100 ... compared with a waiting list (15% absolute improvement)": the same
  difference restated at once in brackets says nothing new; a bracket with another value is checked;
- an arm's risk the source does not print follows from the other arm's risk and an odds ratio (on
  the odds: 30% with OR 0.4 is 14.6%, not the 12% a risk ratio would give);
- "8 or 9 people out of 1000": a range written with "or"; in brackets, "(8 or 9 ... after the vaccine
  compared with ...)" is about the arm named in its own bracket;
- "12 out of 100 stopped varenicline because of nausea": a figure of a narrower outcome that holds the one
  read ("discontinuation due to nausea" holds "nausea"), whose other words the sentence says in some form,
  is that outcome's, not a wrong pair; "12 out of 100 had nausea" still is;
- "the pooled mean difference in the fall of pressure was -7 mmHg", with no outcome named: a source with
  one mean difference has no other it could be (checked against it); with two, it stays unchecked;
- "reduced admissions (from about 24 per 100 to about 16 per 100)": the figure after "from" is the
  comparator's risk; swapped, the "to" figure is still flagged;
- "Two people independently screened the titles": the review's own team, no count of participants;
- "one-third as likely" is a ratio of risks (0.33), a right restatement of RR 0.32; "two-thirds as likely" is not;
- "In 1000 people tested, of whom 100 have TB, Xpert would miss about 15 of the 100": the counts of a
  worked example of a test's accuracy belong to no one test or outcome; they are backed when the source
  declares each of their numbers as a count (another number is still flagged); "Of 1000 people taking X,
  100 had kidney failure" (no test, no accuracy) is a share, checked as before.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "therapy": {  # cognitive therapy for depression (mental health)
        "design": "meta-analysis", "studies": 9, "participants": 1200,
        "drugs": {"cognitive therapy": [], "waiting list": []}, "outcomes": {"remission": ["remitted"]},
        "findings": [
            {"drug": "cognitive therapy", "outcome": "remission", "measure": "proportion", "value": "45%"},
            {"drug": "waiting list", "outcome": "remission", "measure": "proportion", "value": "30%"},
            {"drug": "cognitive therapy", "comparator": "waiting list", "outcome": "remission",
             "measure": "risk-ratio", "value": 1.5}]},
    "rehab": {  # cardiac rehabilitation (cardiology)
        "design": "meta-analysis", "studies": 20, "participants": 5000,
        "drugs": {"rehabilitation": [], "usual care": []}, "outcomes": {"hospital admission": ["admitted to hospital"]},
        "findings": [
            {"drug": "rehabilitation", "outcome": "hospital admission", "measure": "proportion", "value": "16%"},
            {"drug": "usual care", "outcome": "hospital admission", "measure": "proportion", "value": "24%"}]},
    "prophylaxis": {  # antibiotics against urinary infection in children (paediatrics), an odds ratio
        "design": "meta-analysis", "studies": 6, "participants": 900,
        "drugs": {"antibiotic prophylaxis": ["antibiotics"], "no prophylaxis": []},
        "outcomes": {"urinary infection": ["urinary tract infection"]},
        "findings": [
            {"drug": "no prophylaxis", "outcome": "urinary infection", "measure": "risk", "value": "30%"},
            {"drug": "antibiotic prophylaxis", "comparator": "no prophylaxis", "outcome": "urinary infection",
             "measure": "odds-ratio", "value": 0.4}]},
    "vaccine": {  # a flu vaccine (infectious disease)
        "design": "meta-analysis", "studies": 8, "participants": 20000,
        "drugs": {"vaccine": ["vaccination"], "placebo": []}, "outcomes": {"influenza": ["flu"]},
        "findings": [
            {"drug": "vaccine", "outcome": "influenza", "measure": "risk", "value": "0.85%"},
            {"drug": "placebo", "outcome": "influenza", "measure": "risk", "value": "6%"},
            {"drug": "vaccine", "comparator": "placebo", "outcome": "influenza", "measure": "risk-ratio", "value": 0.14}]},
    "xpert": {  # a molecular test for tuberculosis (infectious disease, diagnostic accuracy)
        "design": "meta-analysis", "studies": 30, "participants": 9000,
        "drugs": {"Xpert": ["the test"]}, "outcomes": {"sensitivity": [], "specificity": [], "missed TB": ["miss"]},
        "findings": [
            {"drug": "Xpert", "outcome": "sensitivity", "measure": "proportion", "value": "85%"},
            {"drug": "Xpert", "outcome": "specificity", "measure": "proportion", "value": "98%"},
            {"drug": "Xpert", "outcome": "missed TB", "measure": "count", "value": 15, "population": "of 100 with TB"},
            {"drug": "Xpert", "outcome": "missed TB", "measure": "count", "value": 100, "population": "with TB of 1000"},
            {"drug": "Xpert", "outcome": "specificity", "measure": "count", "value": 18, "population": "wrongly diagnosed"},
            {"drug": "Xpert", "outcome": "specificity", "measure": "count", "value": 900, "population": "without TB"},
            {"measure": "count", "value": 48, "population": "studies in adults"}]},
    "varenicline": {  # smoking cessation, harms
        "design": "meta-analysis", "studies": 10, "participants": 6000,
        "drugs": {"varenicline": [], "placebo": []},
        "outcomes": {"nausea": [], "discontinuation due to nausea": []},
        "findings": [
            {"drug": "varenicline", "outcome": "nausea", "measure": "proportion", "value": "30%"},
            {"drug": "varenicline", "outcome": "discontinuation due to nausea", "measure": "proportion", "value": "12%"}]},
    "chemo": {  # chemotherapy harms (oncology)
        "design": "meta-analysis", "studies": 7, "participants": 1500,
        "drugs": {"docetaxel": [], "paclitaxel": []},
        "outcomes": {"infection": ["infections"], "hospitalisation for infection": []},
        "findings": [
            {"drug": "docetaxel", "outcome": "infection", "measure": "proportion", "value": "25%"},
            {"drug": "docetaxel", "outcome": "hospitalisation for infection", "measure": "proportion", "value": "9%"}]},
    "salt": {  # salt reduction and blood pressure (cardiology), one mean difference
        "design": "meta-analysis", "studies": 12, "participants": 3000,
        "drugs": {"salt reduction": [], "usual diet": []}, "outcomes": {"systolic blood pressure": []},
        "findings": [{"drug": "salt reduction", "comparator": "usual diet", "outcome": "systolic blood pressure",
                      "measure": "mean-difference", "value": -5, "unit": "mmHg"}]},
    "salt2": {  # the same with a second mean difference: no telling which
        "design": "meta-analysis", "studies": 12, "participants": 3000,
        "drugs": {"salt reduction": [], "usual diet": []},
        "outcomes": {"systolic blood pressure": [], "diastolic blood pressure": []},
        "findings": [{"drug": "salt reduction", "comparator": "usual diet", "outcome": "systolic blood pressure",
                      "measure": "mean-difference", "value": -5, "unit": "mmHg"},
                     {"drug": "salt reduction", "comparator": "usual diet", "outcome": "diastolic blood pressure",
                      "measure": "mean-difference", "value": -2, "unit": "mmHg"}]},
    "mask": {  # masks against respiratory infection (infectious disease), a risk ratio
        "design": "meta-analysis", "studies": 9, "participants": 7000,
        "drugs": {"masks": ["face masks"], "no masks": []}, "outcomes": {"respiratory infection": ["infection"]},
        "findings": [{"drug": "masks", "comparator": "no masks", "outcome": "respiratory infection",
                      "measure": "risk-ratio", "value": 0.32}]},
    "kidney": {  # a drug for kidney disease (renal), no worked example
        "design": "meta-analysis", "studies": 5, "participants": 2000,
        "drugs": {"finerenone": [], "placebo": []}, "outcomes": {"kidney failure": []},
        "findings": [
            {"drug": "finerenone", "outcome": "kidney failure", "measure": "risk", "value": "10%"},
            {"drug": "placebo", "outcome": "kidney failure", "measure": "risk", "value": "13%"}]},
}

TB = ("In 1000 people tested, of whom {ill} have TB, Xpert would miss about {missed} of the 100 people with TB "
      "(sensitivity {sens}), and would wrongly diagnose {wrong} out of 900 people without TB (specificity 98%).")
OK = dict(ill=100, missed=15, sens="85%", wrong=18)

CASES = [
    # 1. a difference restated in brackets
    ("therapy", "15 more people out of 100 remitted with cognitive therapy compared with a waiting list "
                "(15% absolute improvement).", "15%", 1, False),
    ("therapy", "15 more people out of 100 remitted with cognitive therapy compared with a waiting list "
                "(25% absolute improvement).", "25%", 1, True),
    ("rehab", "8 fewer people out of 100 were admitted to hospital with rehabilitation compared with usual care "
              "(8% fewer admissions).", "8%", 1, False),
    ("rehab", "8 fewer people out of 100 were admitted to hospital with rehabilitation compared with usual care "
              "(18% fewer admissions).", "18%", 1, True),
    # 2. an arm's risk from the other arm's and an odds ratio
    ("prophylaxis", "About 146 children out of 1000 had a urinary infection with antibiotic prophylaxis.", "146", 1, False),
    ("prophylaxis", "About 250 children out of 1000 had a urinary infection with antibiotic prophylaxis.", "250", 1, True),
    # 3. "8 or 9 out of 1000", and the arm named in its own bracket
    ("vaccine", "Flu was less common with the vaccine (8 or 9 people out of 1000 caught flu after the vaccine "
                "compared with 60 people out of 1000 after placebo).", "8 or 9", 1, False),
    ("vaccine", "Flu was less common with the vaccine (18 or 19 people out of 1000 caught flu after the vaccine "
                "compared with 60 people out of 1000 after placebo).", "18 or 19", 1, True),
    ("vaccine", "Flu was less common with placebo (8 or 9 people out of 1000 caught flu after the vaccine).", "8 or 9", 1, False),
    ("vaccine", "About 8 or 9 people out of 1000 caught flu after placebo.", "8 or 9", 1, True),
    ("vaccine", "Flu was less common with the vaccine (8 or 24 people out of 1000 caught flu after the vaccine).",
     "24 people", 1, True),  # too far apart to be one rounded figure: two figures
    ("rehab", "Rehabilitation sessions had two or three sets of 10 exercises and cut hospital admission to 16%.",
     "two or three", 1, False),  # "sets of 10": no share of people
    # 4. a narrower outcome said in other words
    ("varenicline", "12 people out of 100 discontinued varenicline because of nausea.", "12 people", 1, False),
    ("varenicline", "12 people out of 100 had nausea with varenicline.", "12 people", 1, True),
    ("chemo", "With docetaxel, 9 in 100 people were hospitalised with an infection.", "9 in 100", 1, False),
    ("chemo", "With docetaxel, 9 in 100 people had an infection.", "9 in 100", 1, True),
    # 5. from the comparator's risk to the drug's
    ("rehab", "Compared with usual care, rehabilitation reduced hospital admission by about 8 fewer people per 100 "
              "(from about 24 per 100 to about 16 per 100).", "about 24 per 100", 1, False),
    ("rehab", "Compared with usual care, rehabilitation reduced hospital admission by about 8 fewer people per 100 "
              "(from about 16 per 100 to about 24 per 100).", "about 24 per 100", 1, True),
    ("rehab", "With rehabilitation, about 24 per 100 were admitted to hospital.", "about 24 per 100", 1, True),
    # 6. the review's team
    ("therapy", "Two people independently screened the titles of the studies.", "Two", 1, False),
    ("therapy", "Two people had remission with cognitive therapy.", "Two", 1, True),
    # 7. a fraction as a ratio
    ("mask", "With face masks, respiratory infection was roughly one-third as likely.", "one-third", 1, False),
    ("mask", "With face masks, respiratory infection was roughly two-thirds as likely.", "two-thirds", 1, True),
    ("mask", "With face masks, respiratory infection was half as likely.", "half", 1, True),
    # 8. a mean difference with no outcome named
    ("salt", "Across the trials, the pooled mean difference in the fall of pressure was -5 mmHg.", "-5", 1, False),
    ("salt", "Across the trials, the pooled mean difference in the fall of pressure was -7 mmHg.", "-7", 1, True),
    ("salt2", "Across the trials, the pooled mean difference in the fall of pressure was -7 mmHg.", "-7", 1, False),
    # 9. a worked example of a test's accuracy, and a count under a stated denominator
    ("xpert", TB.format(**OK), "15", 1, False),
    ("xpert", TB.format(**{**OK, "missed": 35}), "35", 1, True),
    ("xpert", TB.format(**OK), "18 out of 900", 1, False),
    ("xpert", TB.format(**{**OK, "wrong": 48}), "48 out of 900", 1, True),
    ("xpert", TB.format(**OK), "100", 1, False),
    ("xpert", TB.format(**{**OK, "ill": 300}), "300", 1, True),
    ("xpert", TB.format(**{**OK, "sens": "65%"}), "65%", 1, True),
    ("kidney", "Of 1000 people taking finerenone, 100 had kidney failure.", "100", 1, False),
    ("kidney", "Of 1000 people taking finerenone, 200 had kidney failure.", "200", 1, True),
]


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_round15_figures(study, text, figure, occurrence, flagged):
    found = claim_rules_at(text, STUDIES[study], figure, occurrence)
    assert bool(found) == flagged, found
