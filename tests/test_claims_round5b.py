"""Claims round 5b (issues 14 and 16): the rules' decisions on real prose, in sentences written for
these tests across fields (made-up studies and numbers).

- claims/missing-finding: a key finding stated in words ("probably reduce weight slightly", "little or
  no difference") is stated; a finding stated with a wrong number gets one message, the mismatch
  at the number, not a second one at the metadata line; the rule is info (judged precision 2 of 40).
- "N% higher" and "N percentage points higher" may be the absolute difference: checked against the
  pair's risk difference as well as its ratio.
- a bare number that counts nothing named ("approximately 113") is never a wrong pair or mismatch with
  a count of studies or people.
"""

from __future__ import annotations

import pytest

from laylint.api import lint_text


def _source(drug, comparator, outcome, aliases=(), value=1.5, measure="risk-ratio", key=True, more=()):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: list(aliases)},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": measure,
                          "value": value, "key": key}, *more]}


# -- missing-finding: stated in words ---------------------------------------------------------------

IN_WORDS = [
    # paediatrics: BMI and its z-score given as "weight", as lay summaries do
    ("school activity programmes", "usual care", "BMI", (), -0.11, "mean-difference",
     "School activity programmes probably reduce weight slightly after one year."),
    ("family diet programmes", "usual care", "zBMI", ("BMI z-score",), -0.05, "mean-difference",
     "Family diet programmes may make little or no difference to children's weight."),
    # renal: body mass index spelled out in the metadata, "weight gain" in the summary
    ("low-protein diet", "usual diet", "body mass index", (), 0.4, "mean-difference",
     "A low-protein diet may lead to slightly less weight gain."),
    # smoking cessation: a lay synonym the lexicon already has (death ~ mortality) stays stated
    ("varenicline", "placebo", "all-cause mortality", (), 1.0, "risk-ratio",
     "Varenicline probably makes no clear difference to the number of deaths."),
]


@pytest.mark.parametrize("drug, comparator, outcome, aliases, value, measure, sentence", IN_WORDS)
def test_a_key_finding_stated_in_words_is_not_missing(drug, comparator, outcome, aliases, value, measure, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome, aliases, value, measure),
                      select=["claims/missing-finding"])
    assert found == [], [d.message for d in found]


STILL_MISSING = [
    # cardiology: another outcome in words does not state this one
    ("apixaban", "warfarin", "major bleeding", "Apixaban may lower the chance of a stroke."),
    # oncology: the drug named, its finding not
    ("pembrolizumab", "chemotherapy", "overall survival", "Pembrolizumab caused more rashes than chemotherapy."),
    # infectious disease
    ("oseltamivir", "placebo", "hospital admission", "Oseltamivir shortened flu symptoms by about a day."),
]


@pytest.mark.parametrize("drug, comparator, outcome, sentence", STILL_MISSING)
def test_a_key_finding_no_statement_gives_is_still_reported_at_info(drug, comparator, outcome, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome), select=["claims/missing-finding"])
    assert [(d.rule, d.severity) for d in found] == [("claims/missing-finding", "info")]
    assert "is never stated" in found[0].message


# -- missing-finding: one message per problem --------------------------------------------------------

WRONG_NUMBER = [
    # mental health: a wrong share for the key finding
    ("sertraline", "placebo", "response", "20%", "proportion", "About 35% of people on sertraline had a response."),
    # cardiology: a wrong relative change
    ("colchicine", "placebo", "heart attack", 0.69, "risk-ratio", "Colchicine lowered the risk of a heart attack by 45%."),
    # paediatrics: a wrong mean difference
    ("oral sucrose", "water", "pain scores", -1.7, "mean-difference",
     "Oral sucrose lowered pain scores by 4.5 points compared with water."),
]


@pytest.mark.parametrize("drug, comparator, outcome, value, measure, sentence", WRONG_NUMBER)
def test_a_key_finding_stated_with_a_wrong_number_gets_one_message_at_the_number(
        drug, comparator, outcome, value, measure, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome, value=value, measure=measure),
                      select=["claims"])
    rules = [d.rule for d in found]
    assert "claims/missing-finding" not in rules, [d.message for d in found]
    assert rules and set(rules) <= {"claims/number-mismatch", "claims/wrong-pair"}, rules


# -- number-mismatch: "N% higher" and "N percentage points" may be the absolute difference -----------

def _pair(drug, comparator, outcome, ratio, difference):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio", "value": ratio},
                         {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-difference",
                          "value": difference}]}


ABSOLUTE = [  # (drug, comparator, outcome, ratio, risk difference, sentence, flagged?)
    # gastroenterology: the abstract's own "20% higher" beside RR 1.74
    ("budesonide", "placebo", "remission", 1.74, "20%", "Budesonide may lead to more remission (20% higher) than placebo.", False),
    ("budesonide", "placebo", "remission", 1.74, "20%", "Budesonide may lead to more remission (35% higher) than placebo.", True),
    # smoking cessation: percentage points
    ("varenicline", "placebo", "quitting", 2.2, "8%", "With varenicline, quitting was 8 percentage points higher than with placebo.", False),
    ("varenicline", "placebo", "quitting", 2.2, "8%", "With varenicline, quitting was 23 percentage points higher than with placebo.", True),
    # cardiology: a fall, read down
    ("colchicine", "placebo", "heart attack", 0.7, "-3%", "Colchicine made a heart attack 3% less likely than placebo did.", False),
    ("colchicine", "placebo", "heart attack", 0.7, "-3%", "Colchicine made a heart attack 30% less likely than placebo did.", False),
    ("colchicine", "placebo", "heart attack", 0.7, "-3%", "Colchicine made a heart attack 12% less likely than placebo did.", True),
    # renal: the relative reading still checks
    ("SGLT2 inhibitors", "placebo", "kidney failure", 0.65, "-2%", "SGLT2 inhibitors lowered the risk of kidney failure by 35%.", False),
]


@pytest.mark.parametrize("drug, comparator, outcome, ratio, difference, sentence, flagged", ABSOLUTE)
def test_a_change_in_per_cent_is_checked_as_relative_or_absolute(drug, comparator, outcome, ratio, difference, sentence, flagged):
    found = lint_text(sentence + "\n", source=_pair(drug, comparator, outcome, ratio, difference), select=["claims"])
    assert [d.rule for d in found] == (["claims/number-mismatch"] if flagged else []), [d.message for d in found]


# -- wrong-pair / number-mismatch: a number that counts nothing is not set against a count of studies or people

COUNTED = {"design": "meta-analysis", "drugs": {"abdominal drain": [], "no drain": []},
           "outcomes": {"abscess": [], "wound infection": []},
           "findings": [{"drug": "abdominal drain", "comparator": "no drain", "outcome": "abscess", "measure": "risk-ratio", "value": 1.08},
                        {"drug": "abdominal drain", "comparator": "no drain", "outcome": "wound infection", "measure": "count",
                         "value": 7, "population": "studies"},
                        {"drug": "abdominal drain", "comparator": "no drain", "outcome": "wound infection", "measure": "count",
                         "value": 124, "population": "participants"}]}

def _judged(source, value, qualifier=""):
    """The judge's verdict on a bare number ("approximately 113") read for the drain and the abscess."""
    import yaml

    from laylint import document as documents
    from laylint.claims.judge import judge
    from laylint.claims.quantities import Figure
    from laylint.pipeline.linting import load_metadata

    meta, problems, _ = load_metadata(documents.parse("s.md", "x\n"), yaml.safe_dump({"source": source}), "s.source.yaml")
    assert not problems, [p.message for p in problems]
    figure = Figure(start=0, end=3, text=str(value), value=float(value), unit="number", form="", qualifier=qualifier,
                    decimals=0, low=None, high=None, numerator=None, denominator=None, direction="", parenthesised=False,
                    counted="", word=False, change=False, dose_unit="", framed=False, noun="", subset=False)
    return judge(figure, "abdominal drain", "abscess", meta).verdict


@pytest.mark.parametrize("value, qualifier", [(113, "approximate"), (124, ""), (7, "")])
def test_the_judge_sets_no_bare_number_against_a_count_of_studies_or_people(value, qualifier):
    assert _judged(COUNTED, value, qualifier) not in ("wrong-pair", "number-mismatch")


NOT_A_COUNT = [
    # surgery: "approximately 113" near a declared 124 participants is no wrong pair
    "With an abdominal drain, approximately 113 people had an abscess.",
    # the same, exactly a declared count of studies
    "With an abdominal drain, 7 had an abscess.",
]


@pytest.mark.parametrize("sentence", NOT_A_COUNT)
def test_a_number_counting_nothing_is_not_a_wrong_pair_with_a_count_of_people(sentence):
    found = lint_text(sentence + "\n", source=COUNTED, select=["claims/wrong-pair", "claims/number-mismatch"])
    assert found == [], [d.message for d in found]


def test_a_count_of_people_is_still_checked():
    found = lint_text("The abdominal drain trials had 7 studies with 250 participants.\n", source=COUNTED, select=["claims"])
    assert [d.rule for d in found] != [], "a count the source contradicts or lacks is still reported"


# -- wrong-pair: a figure for the people who did not have the treatment is the other arm's ------------

def _arms(drug, other, outcome, on, off):
    return {"design": "meta-analysis", "drugs": {drug: [], other: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": other, "outcome": outcome, "measure": "risk-ratio", "value": round(on / off, 2)},
                         {"drug": drug, "outcome": outcome, "measure": "proportion", "value": f"{on}%"},
                         {"drug": other, "outcome": outcome, "measure": "proportion", "value": f"{off}%"}]}


NEGATED = [  # (drug, other arm, outcome, % on drug, % on other arm, sentence, flagged?)
    # surgery
    ("abdominal drain", "no drain", "wound infection", 9, 5,
     "Wound infection affected 9% of people who had an abdominal drain, compared with 5% of people who did not have an abdominal drain.", False),
    # paediatrics
    ("phototherapy", "no phototherapy", "exchange transfusion", 2, 12,
     "Of the babies who did not have phototherapy, 12% needed an exchange transfusion.", False),
    # smoking cessation
    ("counselling", "no counselling", "quitting", 14, 8, "Among smokers who had no counselling, 8% managed quitting.", False),
    # the other arm's figure given for the drug is still a wrong pair
    ("counselling", "no counselling", "quitting", 14, 8, "Among smokers who had counselling, 8% managed quitting.", True),
]


@pytest.mark.parametrize("drug, other, outcome, on, off, sentence, flagged", NEGATED)
def test_a_figure_for_people_who_did_not_have_the_treatment_is_the_other_arms(drug, other, outcome, on, off, sentence, flagged):
    found = lint_text(sentence + "\n", source=_arms(drug, other, outcome, on, off), select=["claims"])
    assert [d.rule for d in found] == (["claims/wrong-pair"] if flagged else []), [d.message for d in found]


# -- diagnostic accuracy: a sensitivity or specificity called the test's "accuracy" ------------------

DTA = {"design": "meta-analysis", "drugs": {"rapid antigen test": ["antigen test", "rapid test"], "PCR": []},
       "outcomes": {"sensitivity": ["picked up"], "specificity": ["ruled out"], "COVID-19": []},
       "findings": [{"drug": "rapid antigen test", "comparator": "PCR", "outcome": "sensitivity", "measure": "proportion", "value": "68%"},
                    {"drug": "rapid antigen test", "comparator": "PCR", "outcome": "specificity", "measure": "proportion", "value": "99%"}]}

ACCURACY = [
    ("The rapid test is only about 68% accurate.", True),  # infectious disease: sensitivity called accuracy
    ("A rapid antigen test was 99% accurate.", True),  # specificity called accuracy
    ("The rapid test picked up 68% of people with COVID-19.", False),  # the measure in words
    ("The rapid test's sensitivity was 68% and its specificity 99%.", False),
    ("The rapid test correctly ruled out COVID-19 in 99% of people without it.", False),
    ("Rapid tests were less accurate than PCR: they picked up 68% of infections.", False),
]


@pytest.mark.parametrize("sentence, flagged", ACCURACY)
def test_a_sensitivity_or_specificity_called_accuracy_is_a_wrong_pair(sentence, flagged):
    found = lint_text(sentence + "\n", source=DTA, select=["claims"])
    assert [d.rule for d in found] == (["claims/wrong-pair"] if flagged else []), [d.message for d in found]
    if flagged:
        assert "accuracy" in found[0].message and "sensitivity" in found[0].message or "specificity" in found[0].message


# -- number-mismatch: a subgroup's figure is not set against the whole population's finding ---------

def _overall(drug, comparator, outcome, value, subgroup=None):
    findings = [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "proportion", "value": value}]
    if subgroup:
        findings.append({"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "proportion",
                         "value": subgroup[1], "population": subgroup[0]})
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []}, "findings": findings}


SUBGROUP = [  # (source, sentence, rule expected)
    # fertility: a subgroup the source does not give is unsupported ("check"), not a mismatch with the whole
    (_overall("FSH 150 IU", "FSH 100 IU", "live birth", "25%"),
     "For women predicted to respond poorly, the chance of live birth with FSH 150 IU is 16%.", "claims/unsupported-number"),
    # mental health
    (_overall("sertraline", "placebo", "response", "40%"),
     "Among people with severe depression at the start, response on sertraline was 55%.", "claims/unsupported-number"),
    # paediatrics: the subgroup's own finding is checked against it
    (_overall("zinc", "placebo", "diarrhoea lasting over a week", "10%", ("children under 5", "12%")),
     "In children under 5 years, diarrhoea lasting over a week on zinc affected 12% of children.", None),
    # a sentence about everyone is still a mismatch
    (_overall("sertraline", "placebo", "response", "40%"),
     "Response on sertraline was 55%.", "claims/number-mismatch"),
]


@pytest.mark.parametrize("source, sentence, rule", SUBGROUP)
def test_a_subgroups_figure_is_not_a_mismatch_with_the_whole(source, sentence, rule):
    found = lint_text(sentence + "\n", source=source, select=["claims"])
    assert [d.rule for d in found] == ([rule] if rule else []), [d.message for d in found]


# -- number-mismatch: a duration that states the difference, and its confidence interval ------------

def _md(drug, comparator, outcome, value, ci):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "mean-difference",
                          "value": value, "ci": ci}]}


DURATIONS = [  # (source, sentence, rules)
    # surgery / renal: "increase ... by N days"
    (_md("abdominal drain", "no drain", "hospital stay", 1.6, [0.9, 2.3]),
     "An abdominal drain may increase hospital stay by 1.6 days (95% CI 0.9 to 2.3).", []),
    (_md("abdominal drain", "no drain", "hospital stay", 1.6, [0.9, 2.3]),
     "An abdominal drain may increase hospital stay by 4.9 days.", ["claims/number-mismatch"]),
    (_md("abdominal drain", "no drain", "hospital stay", 1.6, [0.9, 2.3]),
     "An abdominal drain may increase the total length of the hospital stay by about 4.9 days.", ["claims/number-mismatch"]),
    (_md("abdominal drain", "no drain", "hospital stay", 1.6, [0.9, 2.3]),
     "An abdominal drain may increase hospital stay by 1.6 days (95% CI 4.6 to 6.1).", ["claims/number-mismatch"]),
    # anaesthesia / paediatrics: "by an average of", "MD"
    (_md("ultrasound guidance", "landmarks", "procedure time", -33.8, [-47.2, -20.4]),
     "Ultrasound guidance cuts procedure time by an average of 34 seconds.", []),
    (_md("ultrasound guidance", "landmarks", "procedure time", -33.8, [-47.2, -20.4]),
     "With ultrasound guidance, the procedure time was shorter by an average of 86 seconds.", ["claims/number-mismatch"]),
    (_md("ultrasound guidance", "landmarks", "procedure time", -33.8, [-47.2, -20.4]),
     "Ultrasound guidance shortened procedure time (MD -85.5 seconds, 95% CI -47.2 to -20.4).", ["claims/number-mismatch"]),
    # a time point is not a difference
    (_md("ultrasound guidance", "landmarks", "procedure time", -33.8, [-47.2, -20.4]),
     "By 30 seconds, most procedures with ultrasound guidance were done.", []),
]


@pytest.mark.parametrize("source, sentence, rules", DURATIONS)
def test_a_duration_stating_the_difference_is_checked_with_its_interval(source, sentence, rules):
    found = lint_text(sentence + "\n", source=source, select=["claims"])
    assert [d.rule for d in found] == rules, [d.message for d in found]


# -- ranges: the CI, a part of it or a rounded one around it agrees; a range that only overlaps it does not

def _share_ci(drug, comparator, outcome, value, ci):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "proportion",
                          "value": value, "ci": ci}]}


RANGES = [  # (source, sentence, flagged?)
    # emergency medicine / diagnostic accuracy: a frequency range inside the CI
    (_share_ci("HINTS exam", "MRI", "sensitivity", "95%", ["78%", "99%"]),
     "The HINTS exam's sensitivity was 9 to 10 out of 10.", False),
    (_share_ci("HINTS exam", "MRI", "sensitivity", "95%", ["78%", "99%"]),
     "The HINTS exam's sensitivity was 6 to 8 out of 10.", True),
    # oncology: the CI itself, rounded
    (_share_ci("olaparib", "placebo", "response", "31%", ["24%", "38%"]),
     "Response on olaparib was between 24% and 38%.", False),
    (_share_ci("olaparib", "placebo", "response", "31%", ["24%", "38%"]),
     "Response on olaparib was between 20% and 40%.", False),
    # infectious disease: only overlapping the CI's end
    (_share_ci("oseltamivir", "placebo", "symptom relief by day 3", "45%", ["40%", "50%"]),
     "Symptom relief by day 3 on oseltamivir was between 48% and 70%.", True),
]


@pytest.mark.parametrize("source, sentence, flagged", RANGES)
def test_a_range_agrees_with_the_ci_it_lies_in_not_one_it_only_overlaps(source, sentence, flagged):
    found = lint_text(sentence + "\n", source=source, select=["claims"])
    assert bool(found) == flagged and all(d.rule == "claims/number-mismatch" for d in found), [d.message for d in found]


# -- wrong-pair: the figure's own outcome named just before it, in words the metadata does not list ----

HARMS = {"design": "meta-analysis", "drugs": {"bronchoscopy": [], "throat swabs": []},
         "outcomes": {"adverse events": ["side effects"], "transient worsening of cough": ["cough"],
                      "lung infections": [], "urinary infections": []},
         "findings": [{"drug": "bronchoscopy", "outcome": "transient worsening of cough", "measure": "proportion", "value": "29%"},
                      {"drug": "bronchoscopy", "outcome": "lung infections", "measure": "proportion", "value": "12%"},
                      {"drug": "bronchoscopy", "outcome": "urinary infections", "measure": "proportion", "value": "3%"}]}

NAMED_JUST_BEFORE = [
    # respiratory / paediatrics: "coughing" for the cough outcome, the sentence opening on side effects
    ("Side effects of bronchoscopy were mild; the most common side effect was increased coughing (in 29% of children).", []),
    # a real outcome swap is still a wrong pair: the stated outcome is the one right before the figure
    ("After bronchoscopy, urinary infections (12%) were the most common problem.", ["claims/wrong-pair"]),
    ("Side effects of bronchoscopy were mild; the most common side effect was a urinary infection (in 12% of children).",
     ["claims/wrong-pair"]),
]


@pytest.mark.parametrize("sentence, rules", NAMED_JUST_BEFORE)
def test_a_figure_whose_own_outcome_is_named_just_before_it_is_no_wrong_pair(sentence, rules):
    found = lint_text(sentence + "\n", source=HARMS, select=["claims"])
    assert [d.rule for d in found] == rules, [d.message for d in found]


# -- number-mismatch: a bare whole number with no word of difference is no misstated mean difference ----

PAIN = _md("oral sucrose", "water", "pain scores", -1.7, [-2.1, -1.4])
SCORE = _md("strengthening exercise", "surgery", "treatment success", 1.6, [-0.5, 3.6])

BARE = [  # (source, sentence, rules)
    # paediatrics: time points
    (PAIN, "Oral sucrose lowered pain scores at 30 and 60 seconds after the heel prick.", []),
    # musculoskeletal: the ends of a rating scale
    (SCORE, "With strengthening exercise, treatment success was rated on a scale from -5 to +5.", []),
    # a difference in words is still checked
    (PAIN, "With oral sucrose, pain scores were 4 points lower than with water.", ["claims/number-mismatch"]),
    (PAIN, "Oral sucrose lowered pain scores by 4 points.", ["claims/number-mismatch"]),
    (SCORE, "Treatment success with strengthening exercise was 5 points better than with surgery.", ["claims/number-mismatch"]),
    # a decimal is read as the difference (as before)
    (PAIN, "Oral sucrose and pain scores: mean difference 4.7.", ["claims/number-mismatch"]),
]


@pytest.mark.parametrize("source, sentence, rules", BARE)
def test_a_bare_whole_number_is_not_a_misstated_mean_difference(source, sentence, rules):
    found = lint_text(sentence + "\n", source=source, select=["claims"])
    assert [d.rule for d in found] == rules, [d.message for d in found]
