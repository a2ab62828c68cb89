"""Round 6 of issue 15: the right arm and outcome names and totals on unseen reviews. The causes are the
ones the seen held-out sets (claims-real-fresh5, claims-real-fresh4) showed: a comparison given as a
heading that ends in a colon ("X, compared to usual care:" on its own line, or run into its paragraph,
"X compared with Y:we are uncertain ..."); arms that differ by a qualifier, a schedule or a dose only ("with"
versus "without", "more days per week", "X versus modified X", "200 versus 100 IU"); "X plus Y compared with X"
written with abbreviations; counts of the studies that used a regimen; outcome phrases after an opening clause;
totals of people, not eyes, and of a small review that gives each study's people. Every abstract here was
written for this test (made-up studies and figures), in the style of real ones, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words

# -- a comparison heading ending in a colon: on its own line above a list, or run into its paragraph

COLON_HEADINGS = [
    ("mental health", """Lay counsellor interventions for common mental disorders in low-income countries

Main results
We included 40 RCTs with 9100 participants.
Adults
Problem-solving therapy, compared to usual care:
- probably reduces depressive symptoms (SMD -0.42, 95% CI -0.61 to -0.23; 5 trials, 1310 participants)
- may reduce anxiety symptoms (MD -1.80, 95% CI -2.90 to -0.70; 2 trials, 410 participants)
Behavioural activation, compared to waiting list:
- may reduce depressive symptoms (SMD -0.31, 95% CI -0.52 to -0.10; 3 trials, 860 participants)""",
     [(-0.42, "problem-solving therapy", "usual care"), (-1.80, "problem-solving therapy", "usual care"),
      (-0.31, "behavioural activation", "waiting list")]),
    ("renal", """Vascular access devices for haemodialysis

Main results
We included six RCTs with 830 participants.
Tunnelled cuffed catheter (TCC) compared with non-tunnelled catheter:we are very uncertain whether a TCC changes catheter-related bacteraemia (RR 0.52, 95% CI 0.21 to 1.29; 2 studies, 210 participants; very low-certainty evidence). It is very uncertain whether a TCC changes catheter dysfunction (RR 0.77, 95% CI 0.40 to 1.48; 2 studies, 210 participants; very low-certainty evidence).
Antimicrobial lock solution compared to heparin lock: antimicrobial locks may reduce bacteraemia (RR 0.35, 95% CI 0.20 to 0.61; 3 studies, 480 participants; low-certainty evidence).""",
     [(0.52, "tunnelled cuffed catheter", "non-tunnelled catheter"), (0.77, "tunnelled cuffed catheter", "non-tunnelled catheter"),
      (0.35, "antimicrobial lock solution", "heparin lock")]),
    ("paediatrics", """Feeding strategies for preterm infants

Main results
We included nine trials (1150 infants).
Donor milk versus formula: donor milk probably reduces necrotising enterocolitis (RR 0.53, 95% CI 0.31 to 0.90; 4 trials, 680 infants; moderate-certainty evidence).
Early versus delayed feeding advancement: we are uncertain whether early advancement changes late-onset sepsis (RR 0.96, 95% CI 0.70 to 1.31; 3 trials, 390 infants; very low-certainty evidence).""",
     [(0.53, "donor milk", "formula"), (0.96, "early", "delayed")]),
]


@pytest.mark.parametrize("field, text, expected", COLON_HEADINGS, ids=[r[0] for r in COLON_HEADINGS])
def test_a_comparison_heading_ending_in_a_colon(field, text, expected):
    drafted = facts(text)
    for value, drug, comparator in expected:
        found = find(drafted, value=value)
        assert words(drug) <= words(found["drug"]), found
        assert words(comparator) <= words(found["comparator"]), found


def test_a_sentence_ending_in_a_colon_is_no_heading():
    text = """Statins for primary prevention

Main results
We included 12 trials (24,000 participants). Compared with placebo, statins had the following effects: fewer strokes (RR 0.78, 95% CI 0.66 to 0.92; 8 trials, 18,000 participants)."""
    found = find(facts(text), value=0.78)
    assert words("statins") <= words(found["drug"]) and found["comparator"] == "placebo", found


# -- totals: the people, not the eyes, teeth or wounds counted beside them

UNITS_OF_PEOPLE = [
    ("ophthalmology", "We included four RCTs (412 eyes of 236 participants; range per study 30 to 160 eyes).", 4, 236),
    ("dentistry", "We included 11 trials with 1830 teeth in 602 children.", 11, 602),
    ("wound care", "We included nine studies (744 ulcers from 690 participants).", 9, 690),
    ("cardiology", "We included 14 trials (3120 participants).", 14, 3120),
]


@pytest.mark.parametrize("field, sentence, studies, participants", UNITS_OF_PEOPLE, ids=[r[0] for r in UNITS_OF_PEOPLE])
def test_totals_count_people_not_their_eyes(field, sentence, studies, participants):
    drafted = facts(f"A review in {field}\n\nMain results\n{sentence} Treatment probably helps (RR 0.80, 95% CI 0.70 to 0.91).")
    assert (drafted.studies.value, drafted.participants.value) == (studies, participants)


# -- arms that differ by a qualifier stay two arms: a schedule, "with" and "without", "X combined with Y" versus Y

QUALIFIED_ARMS = [
    ("continence", """Pelvic floor muscle training for urinary incontinence in women

Main results
We included 40 trials with 3100 women.
Supervised training (weekly sessions in a clinic with a physiotherapist who gives feedback on each contraction) versus home training
Supervised training may improve continence (RR 1.31, 95% CI 1.08 to 1.59; 6 trials, 410 women; low-certainty evidence).
Training more sessions per week versus training fewer sessions per week
Training more sessions per week may improve continence (RR 1.52, 95% CI 1.10 to 2.10; 1 trial, 70 women; low-certainty evidence).""",
     [(1.31, "supervised training", "home training"), (1.52, "more sessions per week", "fewer sessions per week")]),
    ("respiratory", """Spacers for inhaled medicines in children with asthma

Main results
We included 12 trials (1450 children).
Inhaler with spacer versus inhaler without spacer
An inhaler with a spacer probably reduces hospital admission (RR 0.64, 95% CI 0.45 to 0.91; 5 trials, 820 children; moderate-certainty evidence).""",
     [(0.64, "inhaler with spacer", "inhaler without spacer")]),
    ("oncology", """Exercise during chemotherapy for breast cancer

Main results
We included 18 trials (2200 women).
Resistance exercise combined with aerobic exercise versus aerobic exercise
Adding resistance exercise may reduce fatigue (SMD -0.28, 95% CI -0.47 to -0.09; 5 trials, 610 women; low-certainty evidence).""",
     [(-0.28, "resistance exercise combined with aerobic exercise", "aerobic exercise")]),
]


@pytest.mark.parametrize("field, text, expected", QUALIFIED_ARMS, ids=[r[0] for r in QUALIFIED_ARMS])
def test_arms_that_differ_by_a_qualifier_stay_two_arms(field, text, expected):
    drafted = facts(text)
    for value, drug, comparator in expected:
        found = find(drafted, value=value)
        assert words(drug) <= words(found["drug"]), found
        assert words(comparator) <= words(found["comparator"]) and not words(found["comparator"]) >= words(drug), found


def test_an_arm_of_its_own_is_no_alias_of_a_combination():
    drafted = facts("""Exercise for knee osteoarthritis

Main results
We included 20 trials (2400 participants).
Strength training versus usual care
Strength training may reduce pain (SMD -0.40, 95% CI -0.62 to -0.18; 6 trials, 700 participants).
Strength training combined with education versus education
The combination may reduce pain (SMD -0.35, 95% CI -0.60 to -0.10; 3 trials, 320 participants).""")
    combined = next(n for n in drafted.drugs if "combined" in n)
    assert "strength training" not in {a.lower() for a in drafted.drugs[combined]}, drafted.drugs


def test_json_output_with_a_search_date():
    import json

    from laylint.draft import to_json
    drafted = facts("""Zinc for the common cold

Search methods
We searched CENTRAL, MEDLINE and Embase to 31 January 2024.

Main results
We included 8 trials (1200 participants). Zinc may shorten colds (MD -1.10 days, 95% CI -1.90 to -0.30; 5 trials, 800 participants).""")
    data = json.loads(to_json(drafted))
    assert data["searched"] == "2024-01-31" and data["studies"] == 8, data


# -- "X plus Y compared with X", and the combination written with the abstract's abbreviations

ABBREVIATED_COMBINATION = """Dressings for central venous catheters

Main results
We included six RCTs with 1500 participants.
Chlorhexidine gel dressing (CGD) plus a securement device (SD) compared with CGD:we are uncertain whether CGD plus SD changes catheter dislodgement compared with CGD (RR 0.61, 95% CI 0.30 to 1.24; 2 studies, 310 participants; very low-certainty evidence).
Silver alginate dressing (SAD) compared with CGD: SAD may make little or no difference to bloodstream infection (RR 1.05, 95% CI 0.62 to 1.78; 2 studies, 420 participants; low-certainty evidence)."""


def test_a_combination_compared_with_its_part_written_in_abbreviations():
    drafted = facts(ABBREVIATED_COMBINATION)
    found = find(drafted, value=0.61)
    assert words("chlorhexidine gel dressing plus securement device") <= words(found["drug"]), found
    assert words(found["comparator"]) == words("chlorhexidine gel dressing"), found
    found = find(drafted, value=1.05)
    assert words(found["drug"]) == words("silver alginate dressing") and words(found["comparator"]) == words("chlorhexidine gel dressing"), found


# -- outcome phrases: the subject after an opening clause, and "the proportion of people who were ..."

OUTCOME_PHRASES = [
    ("shared decisions", "When decision aids were used during the consultation, the length of consultation was 1.5 minutes longer "
     "(MD 1.50 minutes, 95% CI 0.79 to 2.20; 8 studies, 2702 participants).", 1.50, "length of consultation"),
    ("anaesthesia", "If regional anaesthesia was used, the time to first analgesic request was longer (MD 2.40 hours, 95% CI 1.10 to 3.70; "
     "4 studies, 310 participants).", 2.40, "time to first analgesic request"),
    ("shared decisions", "Decision aids reduced the proportion of people who were passive in decision-making (RR 0.72, 95% CI 0.59 to 0.88; "
     "21 studies, 4348 participants).", 0.72, "passive in decision-making"),
    ("mental health", "Peer support lowered the proportion of people who felt lonely at six months (RR 0.81, 95% CI 0.68 to 0.96; "
     "3 studies, 900 participants).", 0.81, "lonely"),
]


@pytest.mark.parametrize("field, sentence, value, outcome", OUTCOME_PHRASES, ids=[r[0] for r in OUTCOME_PHRASES])
def test_outcome_phrases(field, sentence, value, outcome):
    found = find(facts(f"A review in {field}\n\nMain results\nWe included 20 studies (5000 participants). {sentence}"), value=value)
    assert words(outcome) <= words(found["outcome"]) and len(words(found["outcome"])) <= len(words(outcome)) + 2, found


# -- "X versus modified X": two arms; a later heading's bracket after a known arm is a detail, not the arm

MODIFIED_ARM = """Endometrial preparation for frozen embryo transfer

Main results
We included 20 RCTs (5100 women).
Natural cycle versus modified natural cycle (with an ovulation trigger)
There may be little or no difference in live birth (OR 0.94, 95% CI 0.70 to 1.26; 3 studies, 900 women; low-certainty evidence).
Modified natural cycle (ovulation trigger) versus hormone therapy
There may be little or no difference in live birth (OR 1.12, 95% CI 0.85 to 1.47; 2 studies, 1010 women; low-certainty evidence)."""


def test_x_versus_modified_x_are_two_arms():
    drafted = facts(MODIFIED_ARM)
    first, second = find(drafted, value=0.94), find(drafted, value=1.12)
    assert words(first["drug"]) == {"natural", "cycle"} and words(first["comparator"]) == {"modified", "natural", "cycle"}, first
    assert words(second["drug"]) == {"modified", "natural", "cycle"} and words(second["comparator"]) == {"hormone", "therapy"}, second
    natural = next(n for n in drafted.drugs if words(n) == {"natural", "cycle"})
    assert not any("modified" in a.lower() for a in drafted.drugs[natural]), drafted.drugs


# -- "Eight studies utilised X with Y, three used Z": counts of the studies that used each regimen

def test_counts_of_studies_by_the_regimen_they_used():
    drafted = facts("""Programmed boluses for labour epidural analgesia

Main results
We included 16 studies of 3900 women. Seven studies utilised ropivacaine with fentanyl, three used bupivacaine with sufentanil, and two used levobupivacaine.
Programmed boluses probably reduce breakthrough pain compared to continuous infusion (RR 0.70, 95% CI 0.56 to 0.88; 14 studies, 1400 participants; moderate-certainty evidence).""")
    assert words(find(drafted, value=7, measure="count")["drug"]) == {"ropivacaine", "with", "fentanyl"}
    assert words(find(drafted, value=3, measure="count")["drug"]) == {"bupivacaine", "with", "sufentanil"}
    assert words(find(drafted, value=0.70)["drug"]) == {"programmed", "boluses"}


# -- arms that differ only by dose keep the doses that tell them apart

DOSE_ONLY = [
    ("fertility", "Higher doses may make little or no difference to live birth (e.g. 225 versus 150 international units (IU): "
     "odds ratio (OR) 0.91, 95% CI 0.60 to 1.38; 2 studies, 480 women).", 0.91, ("225 IU", "150 IU")),
    ("cardiology", "A higher dose may not reduce stroke (80 mg versus 10 mg: RR 0.84, 95% CI 0.69 to 1.02; 3 trials, 9100 participants).",
     0.84, ("80 mg", "10 mg")),
    ("paediatrics", "Higher-dose vitamin D did not reduce wheeze (2000 versus 400 IU: RR 1.05, 95% CI 0.82 to 1.34; 1 trial, 700 infants).",
     1.05, ("2000 IU", "400 IU")),
]


@pytest.mark.parametrize("field, sentence, value, arms", DOSE_ONLY, ids=[r[0] for r in DOSE_ONLY])
def test_arms_that_differ_only_by_dose(field, sentence, value, arms):
    found = find(facts(f"Doses in {field}\n\nMain results\nWe included 12 studies (4000 participants). {sentence}"), value=value)
    assert (found["drug"], found["comparator"]) == arms, found


def test_ages_compared_are_no_doses():
    found = find(facts("Screening intervals\n\nMain results\nWe included 5 studies (9000 participants). Screening may reduce deaths "
                       "(50 versus 70 years: RR 0.90, 95% CI 0.81 to 1.00; 2 studies, 5000 participants)."), value=0.90)
    assert not (found["drug"] or "").startswith("50"), found


# -- totals of a small review that gives each study's people, not the whole

EACH_STUDY = [
    ("respiratory", "We included two studies. One study enrolled 170 infants with cystic fibrosis. The second study enrolled 30 children "
     "aged 5 to 18 years.", 2, 200),
    ("stroke", "We included three trials. One trial randomised 120 adults within 6 hours of onset. Another trial recruited 64 adults. "
     "The third trial enrolled 210 participants.", 3, 394),
    ("mental health", "We included two studies with 410 participants. One study enrolled 300 adolescents.", 2, 410),
]


@pytest.mark.parametrize("field, sentences, studies, participants", EACH_STUDY, ids=[r[0] for r in EACH_STUDY])
def test_a_small_review_sums_the_people_of_each_study(field, sentences, studies, participants):
    drafted = facts(f"A review in {field}\n\nMain results\n{sentences} Treatment may help (RR 0.80, 95% CI 0.62 to 1.03; 1 study, 150 participants).")
    assert (drafted.studies.value, drafted.participants.value) == (studies, participants)
