"""Claims round 36, part F (issues 14 and 16): claims messages a careful editor would call false.
(1) A range said after a sentence that states the denominator, with the people named after it ("For every 1000
    women on IVF, about 35 ... With IVM, that number drops to between 0 and 24 women") is a range of shares of that
    denominator, checked against the finding's CI, not read as its upper end alone.
(2) A share cut to whole people ("45 out of 100" for 45.7%, within 3% of it) is within the rounding an editor accepts;
    one further off in relative terms ("12 out of 100" for 12.8%, "1 out of 100" for 1.9%) or a whole person away is not.
(3) A count of people said as a range ("The included studies involved between 11 and 40 people") gives the sizes of
    the studies: never compared with the review's total; unsupported (a warning) unless both ends are declared.
(4) A count of studies said as a remainder or total that adds up two declared counts its sentence names ("the
    remaining 9 trials were funded by government or did not report funding" for 6 + 3) is backed; a list giving each
    group its own count, or a count not said as a sum, stays checked.
(5) A bare number whose verb phrase only a study has ("four used a cross-over design", "two were funded by industry")
    counts studies even after a sentence about people.
(6) An outcome alias used as the noun of a round denominator ("Out of 100 pregnancies ..., about 20 end in
    miscarriage") names who is counted, not the outcome.
(7) An outcome in a description of who took part ("who have not had a stroke") links no drug to it (unknown-pair).
(8) missing-finding says "never stated" only when no statement uses a word of the outcome, and says what it checked.
(9) A percentage right before a declared drug's name ("30% humidified oxygen", "2% chlorhexidine") is its strength.
(10) A bracketed figure in a list of outcomes ("... where the tube went in (6.5%), kidney perforation (2.5%)") does not
    take the next item's outcome: not a wrong pair; a value put on a named wrong item still is.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at, pair_review


# -- (1) a range under a denominator stated in the sentence before -------------------------------------------------

def _two_arms(drug, control, outcome, control_risk, drug_risk, ci, aliases=()):
    return pair_review(drug, control, [
        {"outcome": outcome, "measure": "odds-ratio", "value": 0.2, "ci": [0.05, 0.9]},
        {"measure": "count", "value": 5, "population": "trials at low risk of bias"},
    ], {outcome: list(aliases)}) | {"findings": [
        {"drug": control, "outcome": outcome, "measure": "risk", "value": f"{control_risk}%"},
        {"drug": drug, "outcome": outcome, "measure": "risk", "value": f"{drug_risk}%", "ci": [f"{ci[0]}%", f"{ci[1]}%"]},
        {"drug": drug, "comparator": control, "outcome": outcome, "measure": "odds-ratio", "value": 0.2, "ci": [0.05, 0.9]},
    ]}


FRAMED = {
    "fertility": _two_arms("in vitro maturation", "IVF", "ovarian hyperstimulation", 3.5, 0.3, (0, 2.4), ["OHSS"]),
    "heart": _two_arms("nurse-led follow-up", "usual care", "hospital admission", 3.0, 0.6, (0.1, 2.4), ["admitted"]),
    "infection": _two_arms("chlorhexidine", "soap", "wound infection", 8.0, 2.5, (1.2, 5.1), ["infection"]),
    "children": _two_arms("zinc", "placebo", "pneumonia", 12.0, 7.0, (5.0, 9.6)),
}

QUIET_FRAMED = [
    ("fertility", "For every 1000 women who have IVF, about 35 may develop OHSS. With in vitro maturation, that number "
                  "drops to between 0 and 24 women.", "between 0 and 24"),
    ("heart", "For every 1000 people on usual care, about 30 are admitted. With nurse-led follow-up, that number falls "
              "to between 1 and 24 people.", "between 1 and 24"),
    ("infection", "For every 1000 patients washed with soap, about 80 get a wound infection. With chlorhexidine it "
                  "would be between 12 and 51 patients.", "between 12 and 51"),
    ("children", "For every 1000 children given placebo, about 120 get pneumonia. With zinc, this drops to between "
                 "50 and 96 children.", "between 50 and 96"),
]


@pytest.mark.parametrize("source, text, figure", QUIET_FRAMED)
def test_range_of_people_under_an_earlier_denominator_is_the_finding_ci(source, text, figure):
    assert claims_at(text, FRAMED[source], figure) == []


WRONG_FRAMED = [
    ("fertility", "For every 1000 women who have IVF, about 35 may develop OHSS. With in vitro maturation, that number "
                  "drops to between 60 and 90 women.", "between 60 and 90"),
    ("heart", "For every 1000 people on usual care, about 30 are admitted. With nurse-led follow-up, that number falls "
              "to between 40 and 80 people.", "between 40 and 80"),
    ("children", "For every 1000 children given placebo, about 120 get pneumonia. With zinc, this drops to between "
                 "150 and 200 children.", "between 150 and 200"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_FRAMED)
def test_range_of_people_outside_the_ci_is_still_flagged(source, text, figure):
    found = claims_at(text, FRAMED[source], figure)
    assert found and "%" in found[0], found  # read as shares of 1000, not as a count of people


# -- (2) a share cut to whole people --------------------------------------------------------------------------------

TRUNCATED = {
    "fertility": pair_review("IVM", "IVF", [{"drug": "IVF", "outcome": "live birth", "measure": "risk", "value": "45.7%"}],
                             {"live birth": ["have a baby"]}),
    "smoking": pair_review("varenicline", "placebo", [
        {"drug": "placebo", "outcome": "quitting", "measure": "risk", "value": "32.9%"},
        {"drug": "varenicline", "outcome": "quitting", "measure": "risk", "value": "12.8%"},
        {"drug": "varenicline", "outcome": "bleeding", "measure": "risk", "value": "1.9%"}], {"quitting": ["quit"], "bleeding": []}),
    "renal": pair_review("dialysis", "usual care", [
        {"drug": "usual care", "outcome": "death", "measure": "risk", "value": "23.6%"}], {"death": ["died", "die"]}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("fertility", "If 45 women out of 100 have a live birth with IVF, the chance with IVM would be lower.", "45 women out of 100"),
    ("smoking", "With placebo, 32 out of 100 smokers quit.", "32 out of 100"),
    ("renal", "With usual care, 23 in every 100 people died.", "23 in every 100"),
    ("renal", "With usual care, 236 out of 1000 people died.", "236 out of 1000"),
])
def test_share_cut_to_whole_people_stays_quiet(source, text, figure):
    assert claims_at(text, TRUNCATED[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("fertility", "If 44 women out of 100 have a live birth with IVF, the chance with IVM would be lower.", "44 women out of 100"),
    ("smoking", "With varenicline, 1 out of 100 people had bleeding.", "1 out of 100"),
    ("smoking", "With varenicline, 12 out of 100 smokers quit.", "12 out of 100"),  # 12.8%: nearer 13
    ("renal", "With usual care, 22 in every 100 people died.", "22 in every 100"),
])
def test_share_more_than_a_cut_away_is_flagged(source, text, figure):
    assert claim_rules_at(text, TRUNCATED[source], figure) == ["claims/number-mismatch"]


# -- (3) a count of people said as a range ------------------------------------------------------------------------

def _counts(studies, participants, groups=()):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {"the intervention": [], "control": []}, "outcomes": {"pain": []},
            "findings": [{"measure": "count", "value": value, "population": population} for population, value in groups]}


@pytest.mark.parametrize("text, figure", [
    ("We found 14 trials with 2400 adults. The included studies involved between 50 and 600 people.", "between 50 and 600"),
    ("The cancer trials enrolled between 30 and 136 women.", "between 30 and 136"),
    ("The studies were small, with between 11 and 40 children taking part.", "between 11 and 40"),
    ("Trials of smoking cessation had 80 to 900 smokers.", "80 to 900"),
])
def test_range_of_study_sizes_is_unsupported_not_a_mismatch_with_the_total(text, figure):
    found = claims_at(text, _counts(14, 2400), figure)
    assert [f.split(":")[0] for f in found] == ["claims/unsupported-number"], found
    low, high = figure.replace("between ", "").replace("from ", "").replace(" and ", " to ").split(" to ")
    assert f"{low} to {high}" in found[0]  # the message gives both ends


@pytest.mark.parametrize("text, figure", [
    ("The trials involved between 16 and 4477 people with diabetes.", "between 16 and 4477"),
    ("Kidney trials had from 16 to 4477 participants.", "16 to 4477"),
])
def test_range_of_study_sizes_with_both_ends_declared_is_backed(text, figure):
    source = _counts(30, 27000, [("participants in the smallest trial", 16), ("participants in the largest trial", 4477)])
    assert claims_at(text, source, figure) == []


# -- (4) a sum of two declared counts of studies -------------------------------------------------------------------

FUNDED = _counts(14, 2400, [("trials funded by government", 6), ("trials not reporting funding", 3),
                            ("trials in children", 4), ("trials in older adults", 5)])


@pytest.mark.parametrize("text, figure", [
    ("The remaining 9 trials were paid for by government grants or did not say who paid.", "9"),
    ("The other nine trials were funded by government or did not report their funding.", "nine"),
    ("In total, 9 trials were done in children and older adults.", "9"),
])
def test_sum_of_two_named_declared_counts_is_backed(text, figure):
    assert claims_at(text, FUNDED, figure) == []


@pytest.mark.parametrize("text, figure", [
    ("Nine trials were done in adults or older adults.", "Nine"),  # 6 + 3 is 9, but only one group is named
    ("Nine trials were done in children.", "Nine"),  # one group named: the 4 trials in children
    ("The remaining 10 trials were paid for by government grants or did not say who paid.", "10"),  # 6 + 3 is 9
    # no remainder or total said: a count of its own
    ("Nine trials were funded by government or did not report their funding.", "Nine"),
    # each group's own count follows: the first is one of the list, not a sum
    ("Nine trials were done in children, 5 in older adults and 6 were funded by government.", "Nine"),
])
def test_counts_that_are_no_named_sum_stay_checked(text, figure):
    assert claim_rules_at(text, FUNDED, figure) in (["claims/number-mismatch"], ["claims/unsupported-number"])


# -- (5) a bare number whose verb phrase only a study has ----------------------------------------------------------

DESIGNS = _counts(14, 2400, [("cross-over trials", 4), ("trials funded by industry", 2),
                             ("trials at high risk of bias", 3)])


@pytest.mark.parametrize("text, figure", [
    ("We found 14 trials with 2400 adults. Most were done in Europe, and four used a cross-over design.", "four"),
    ("The trials included 2400 adults with migraine; two were funded by industry.", "two"),
    ("In all, 2400 people with depression took part, and three were at high risk of bias.", "three"),
    ("The 14 studies enrolled 2400 children with asthma, and four were cross-over trials.", "four"),
])
def test_bare_number_with_a_study_predicate_counts_studies(text, figure):
    assert claims_at(text, DESIGNS, figure) == []


@pytest.mark.parametrize("text, figure", [
    # more cross-over trials than declared: still caught, as studies
    ("We found 14 trials with 2400 adults. Most were done in Europe, and nine used a cross-over design.", "nine"),
])
def test_study_predicate_count_that_differs_is_caught(text, figure):
    assert claim_rules_at(text, DESIGNS, figure) in (["claims/number-mismatch"], ["claims/unsupported-number"])


def test_bare_number_that_people_do_stays_a_count_of_people():
    text = "We found 14 trials with 2400 adults. Of those asked, five used the app every day."
    from laylint.api import lint_text

    messages = [d.message for d in lint_text(text, select=["claims"], source=DESIGNS) if "'five'" in d.message]
    assert all("people" in m for m in messages), messages


# -- (6) an outcome alias as the noun of a round denominator -------------------------------------------------------

PREGNANCY = {"design": "meta-analysis", "studies": 4, "participants": 810,
             "drugs": {"IVM": [], "IVF": []},
             "outcomes": {"miscarriage": ["miscarriages"], "clinical pregnancy": ["pregnancy", "pregnancies"],
                          "birth": ["births"], "stillbirth": ["stillbirths"]},
             "findings": [
                 {"drug": "IVF", "outcome": "miscarriage", "measure": "risk", "value": "20.1%"},
                 {"drug": "IVM", "outcome": "miscarriage", "measure": "risk", "value": "29.5%", "ci": ["20.4%", "40.4%"]},
                 {"drug": "IVM", "comparator": "IVF", "outcome": "clinical pregnancy", "measure": "odds-ratio", "value": 0.49},
                 {"drug": "IVF", "outcome": "stillbirth", "measure": "risk", "value": "0.8%"},
             ]}


@pytest.mark.parametrize("text, figure", [
    ("Out of 100 pregnancies from IVF, about 20 may end in miscarriage.", "about 20"),
    ("If about 20 out of 100 pregnancies end in miscarriage with IVF, more would with IVM.", "about 20 out of 100"),
    ("IVM increases miscarriage. Out of 100 pregnancies from IVF, about 20 end this way. For every 100 pregnancies "
     "from IVM, this number is between 20 and 40.", "between 20 and 40"),
    ("For every 1000 births after IVF, about 8 are stillbirths.", "about 8"),
])
def test_denominator_noun_is_not_the_outcome(text, figure):
    assert claims_at(text, PREGNANCY, figure) == []


@pytest.mark.parametrize("text, figure", [
    ("Out of 100 pregnancies from IVF, about 35 may end in miscarriage.", "about 35"),  # a wrong value is still caught
    ("For every 1000 births after IVF, about 30 are stillbirths.", "about 30"),
])
def test_denominator_noun_with_a_wrong_value_is_still_caught(text, figure):
    assert claim_rules_at(text, PREGNANCY, figure) == ["claims/number-mismatch"]


# -- (7) an outcome in a description of who took part is no link (claims/unknown-pair) -----------------------------

def _unknown_pairs(text, source):
    from laylint.api import lint_text

    return [d.message for d in lint_text(text, select=["claims/unknown-pair"], source=source)]


PEOPLE = {
    "renal": pair_review("statins", "placebo", [{"outcome": "death", "measure": "risk-ratio", "value": 0.9}],
                         {"death": [], "stroke": [], "kidney failure": []}),
    "veins": pair_review("exercise", "no exercise", [{"outcome": "quality of life", "measure": "mean-difference", "value": 2}],
                         {"quality of life": [], "leg ulcers": ["ulcers"]}),
    "asthma": pair_review("inhaled steroids", "placebo", [{"outcome": "hospital stay", "measure": "mean-difference", "value": -1}],
                          {"hospital stay": [], "asthma attacks": ["attacks"]}),
}


@pytest.mark.parametrize("source, text", [
    ("renal", "Statins lowered deaths in people with kidney disease who have not had a stroke."),
    ("renal", "Statins helped people without kidney failure live longer."),
    ("veins", "Exercise improved quality of life in people with vein disease who do not have ulcers."),
    ("asthma", "Inhaled steroids shortened hospital stay in children with a history of asthma attacks."),
])
def test_outcome_describing_the_people_is_no_unknown_pair(source, text):
    assert _unknown_pairs(text, PEOPLE[source]) == []


@pytest.mark.parametrize("source, text", [
    ("renal", "Statins were linked to kidney failure."),
    ("veins", "Exercise reduced leg ulcers in people with vein disease."),
    ("asthma", "Inhaled steroids reduced asthma attacks in children."),
])
def test_outcome_linked_to_the_drug_is_still_an_unknown_pair(source, text):
    assert len(_unknown_pairs(text, PEOPLE[source])) == 1


# -- (8) missing-finding says "never stated" only when no statement uses a word of the outcome ----------------------

def _missing(text, source):
    from laylint.api import lint_text

    return [d.message for d in lint_text(text, select=["claims/missing-finding"], source=source)]


KEY = {
    "heart": pair_review("cardiac rehabilitation", "usual care", [
        {"outcome": "left ventricular ejection fraction", "measure": "mean-difference", "value": 3.1, "key": True}],
        {"left ventricular ejection fraction": ["LVEF", "heart pumping"]}),
    "sleep": pair_review("modafinil", "placebo", [
        {"outcome": "Maintenance of Wakefulness Test", "measure": "mean-difference", "value": 4.2, "key": True}],
        {"Maintenance of Wakefulness Test": ["MWT"]}),
    "smoking": pair_review("varenicline", "placebo", [
        {"outcome": "quitting smoking", "measure": "risk-ratio", "value": 2.2, "key": True}], {"quitting smoking": ["quit"]}),
}


@pytest.mark.parametrize("source, text", [
    # the outcome said in plain words the rule cannot match in full: a word of it is there
    ("heart", "We do not know if rehabilitation changes how well the heart pumps blood."),
    ("sleep", "Its effects on wakefulness, as measured by sleep studies, are very uncertain."),
    ("smoking", "Varenicline probably helps more people stop smoking for good."),
])
def test_outcome_named_in_other_words_is_not_called_never_stated(source, text):
    assert _missing(text, KEY[source]) == []


@pytest.mark.parametrize("source, text", [
    ("heart", "Cardiac rehabilitation may improve quality of life. It is safe."),
    ("sleep", "Modafinil was well tolerated and few people stopped taking it."),
    ("smoking", "Does varenicline help? Side effects were mild."),  # only a question names it
])
def test_outcome_never_named_is_reported_with_what_was_checked(source, text):
    found = _missing(text, KEY[source])
    assert len(found) == 1 and "never stated" in found[0] and "no statement uses a word of its outcome" in found[0]


# -- (9) a percentage right before a declared drug's name is its strength --------------------------------------------

STRENGTHS = {
    "neonates": pair_review("humidified oxygen", "room air", [{"outcome": "reintubation", "measure": "risk-ratio", "value": 0.8},
                            {"drug": "humidified oxygen", "outcome": "reintubation", "measure": "risk", "value": "4%"}],
                            {"reintubation": []}),
    "surgery": pair_review("chlorhexidine", "povidone-iodine", [{"outcome": "wound infection", "measure": "risk-ratio", "value": 0.7},
                           {"drug": "chlorhexidine", "outcome": "wound infection", "measure": "risk", "value": "4%"}],
                           {"wound infection": ["infection"]}),
    "renal": pair_review("saline", "bicarbonate", [{"outcome": "kidney injury", "measure": "risk-ratio", "value": 1.1},
                         {"drug": "saline", "outcome": "kidney injury", "measure": "risk", "value": "4%"}], {"kidney injury": []}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("neonates", "Two trials compared 30% humidified oxygen with room air in preterm babies.", "30%"),
    ("surgery", "One trial washed the skin with 2% chlorhexidine before surgery.", "2%"),
    ("renal", "People were given 0.9% saline or bicarbonate before the scan.", "0.9%"),
])
def test_strength_before_a_drug_name_is_part_of_the_name(source, text, figure):
    assert claims_at(text, STRENGTHS[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("neonates", "About 30% of babies on humidified oxygen needed the tube again.", "About 30%"),
    ("surgery", "With chlorhexidine, 9% chlorhexidine users got a wound infection.", "9%"),
    ("renal", "Kidney injury happened in 12% saline group patients.", "12%"),
])
def test_share_said_with_a_drug_name_is_still_checked(source, text, figure):
    assert claim_rules_at(text, STRENGTHS[source], figure) in (["claims/number-mismatch"], ["claims/unsupported-number"])


# -- (10) a bracketed item of a list of outcomes does not borrow the next item's outcome ----------------------------

def _harms(drug, values):
    outcomes = {name: list(aliases) for name, aliases, _ in values}
    return {"design": "meta-analysis", "studies": 5, "participants": 900, "drugs": {drug: [], "usual care": []},
            "outcomes": outcomes, "findings": [{"drug": drug, "outcome": name, "value": f"{value}%"} for name, _, value in values]}


HARMS = {
    "vascular": _harms("balloon angioplasty", [("haematoma at catheter site", ["haematoma"], 6.5),
                                               ("femoral artery pseudoaneurysm", ["pseudoaneurysm"], 0.7),
                                               ("kidney perforation", [], 2.5)]),
    "oncology": _harms("radiotherapy", [("skin reaction", [], 12.4), ("mouth ulcers", [], 3.1), ("hair loss", [], 8.2)]),
    "children": _harms("tonsillectomy", [("bleeding after surgery", [], 4.6), ("throat infection", [], 1.9),
                                         ("readmission", [], 2.8)]),
}


@pytest.mark.parametrize("source, text, figure", [
    ("vascular", "Some complications of angioplasty were reported (bleeding where the tube went in (6.5%), a swollen "
                 "groin artery (0.7%), kidney perforation (2.5%)).", "6.5%"),
    ("vascular", "Some complications of angioplasty were reported (bleeding where the tube went in (6.5%), a swollen "
                 "groin artery (0.7%), kidney perforation (2.5%)).", "0.7%"),
    ("oncology", "With radiotherapy, people had red sore skin (12.4%), sores in the mouth (3.1%) and hair loss (8.2%).",
     "3.1%"),
    ("vascular", "Complications of angioplasty were reported (a swollen groin artery (0.7%), kidney perforation or "
                 "tear (2.5%)).", "0.7%"),
    ("children", "After tonsillectomy, children had bleeding after surgery (4.6%), a sore infected throat (1.9%) "
                 "and readmission (2.8%).", "1.9%"),
])
def test_bracketed_list_item_keeps_its_own_words(source, text, figure):
    assert claims_at(text, HARMS[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    # values put on the wrong named item: still wrong pairs
    ("vascular", "Complications of angioplasty included haematoma (0.7%) and pseudoaneurysm (6.5%).", "0.7%"),
    ("oncology", "With radiotherapy, 12.4% of people had hair loss (8.2%).", "12.4%"),
    ("children", "After tonsillectomy, readmission (4.6%) and bleeding after surgery (2.8%) were uncommon.", "4.6%"),
])
def test_value_on_a_named_wrong_item_is_still_flagged(source, text, figure):
    assert claim_rules_at(text, HARMS[source], figure) in (["claims/wrong-pair"], ["claims/number-mismatch"])


def test_people_randomised_stay_people():
    text = "The trials included 2400 adults with migraine; 60 were randomised to yoga."
    from laylint.api import lint_text

    messages = [d.message for d in lint_text(text, select=["claims"], source=DESIGNS) if "'60'" in d.message]
    assert all("is read as 60 people" in m for m in messages), messages


def test_study_predicates_and_design_counts_read_the_same_design_phrase():
    """One verb phrase for "used a ... design" (study_predicates.USED_A_DESIGN), up to three words before "design"."""
    from laylint.claims.design_counts import DESIGN_AFTER
    from laylint.claims.study_predicates import said_of_studies

    for text in ("Five used a cross-over design.", "Four employed a randomised blinded parallel-group design.",
                 "Two had the same design."):
        end = text.index(" ")
        assert said_of_studies(text, end), text
        assert DESIGN_AFTER.match(text, end), text
    assert not said_of_studies("Five used the app daily.", 4)
    assert not DESIGN_AFTER.match("Five used the app daily.", 4)
