"""Claims round 31, part C (issues 14 and 16): counts of studies and people.
(1) A breakdown whose parts add up to a whole ("nine trials with 519 participants: three trials (196 participants) ...,
    five trials (177 participants) ..., one trial (146 participants) ...", "One study had 30 participants, the other
    151") is consistent with the source: a part it does not list is no unsupported number. Parts that do not add up,
    and a part the source contradicts, stay reported.
(2) People stated beside a number of studies are those studies' people: a whole's studies (the review's, or one
    comparison's) said with one analysis's people ("40 trials with 1650 women", 1650 being the 9 trials of one
    outcome) is a wrong pair, and so is a count of studies beside people in brackets ("Three trials (1650 women)").
(3) A count in brackets right after a drug ("a retropubic sling (31 trials)") is that drug's comparison's: a count
    of another comparison is a wrong pair.
(4) The review's total said for one drug the source counts apart ("18 studies looked at TBI", 17 did) is a wrong pair.
(5) A count finding of events ("2 complications in the closed group", "5 serious adverse events") counts neither
    studies nor people: "One study reported complications" is not checked against it.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _count(value, population, drug=None, comparator=None, outcome=None):
    finding = {"measure": "count", "value": value, "population": population}
    finding.update({k: v for k, v in (("drug", drug), ("comparator", comparator), ("outcome", outcome)) if v})
    return finding


def _review(drugs, outcomes, findings, studies, participants):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: list(aliases) for name, aliases in drugs.items()},
            "outcomes": {name: list(aliases) for name, aliases in outcomes.items()}, "findings": findings}


def _ratio(drug, comparator, outcome, value):
    return {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio", "value": value,
            "ci": [round(value * 0.8, 2), round(value * 1.2, 2)]}


SOURCES = {
    # laparoscopy gases: only the first comparison's counts are listed
    "gases": _review({"nitrous oxide": ["laughing gas"], "helium": [], "room air": [], "carbon dioxide": []},
                     {"pain": ["shoulder pain"]},
                     [_count(3, "trials", "nitrous oxide", "carbon dioxide"),
                      _count(196, "participants", "nitrous oxide", "carbon dioxide"),
                      _ratio("nitrous oxide", "carbon dioxide", "pain", 0.8)], 9, 519),
    # vascular surgery: one study's size listed
    "vascular": _review({"percutaneous access": ["percutaneous"], "surgical cut-down": ["cut-down"]},
                        {"wound infection": []}, [_count(151, "participants in the larger study")], 2, 181),
    # epilepsy: people with data listed, the rest not
    "epilepsy": _review({"sodium valproate": ["valproate"], "phenytoin": []}, {"treatment failure": []},
                        [_count(669, "people with individual participant data"),
                         _count(5, "trials providing individual participant data")], 11, 1119),
    # oncology: eligible people listed, the trial left out not
    "oncology": _review({"topiramate": [], "carbamazepine": []}, {"seizure freedom": []},
                        [_count(1239, "eligible individuals"), _count(3, "eligible studies")], 2, 1151),
    # urogynaecology: one comparison's people only per outcome
    "slings": _review({"mini-sling": ["mini-slings", "single-incision sling"], "retropubic sling": ["retropubic slings"],
                       "transobturator sling": ["transobturator slings"]},
                      {"cure": ["cure or improvement"], "pain": ["groin pain"]},
                      [_count(9, "trials", "mini-sling", "retropubic sling"),
                       _ratio("mini-sling", "retropubic sling", "cure", 0.98),
                       _count(3, "trials", "mini-sling", "retropubic sling", "cure"),
                       _count(412, "women", "mini-sling", "retropubic sling", "cure"),
                       _count(31, "trials", "mini-sling", "transobturator sling"),
                       _ratio("mini-sling", "transobturator sling", "pain", 0.5),
                       _count(9, "trials", "mini-sling", "transobturator sling", "pain"),
                       _count(1650, "women", "mini-sling", "transobturator sling", "pain")], 40, 6000),
    # smoking cessation: a comparison's people, and one outcome's
    "smoking": _review({"varenicline": [], "placebo": []}, {"abstinence at six months": ["quitting for six months"]},
                       [_count(27, "trials", "varenicline", "placebo"),
                        _count(12000, "people", "varenicline", "placebo"),
                        _ratio("varenicline", "placebo", "abstinence at six months", 2.2),
                        _count(14, "trials", "varenicline", "placebo", "abstinence at six months"),
                        _count(5000, "people", "varenicline", "placebo", "abstinence at six months")], 30, 14000),
    # renal: two comparisons with their own counts
    "renal": _review({"haemodiafiltration": [], "haemofiltration": [], "haemodialysis": []}, {"death": ["deaths"]},
                     [_count(12, "studies", "haemodiafiltration", "haemodialysis"),
                      _count(2400, "participants", "haemodiafiltration", "haemodialysis"),
                      _count(5, "studies", "haemofiltration", "haemodialysis"),
                      _count(300, "participants", "haemofiltration", "haemodialysis")], 17, 2700),
    # vascular diagnosis: two index tests counted apart
    "toes": _review({"toe-brachial index": ["TBI"], "toe systolic pressure": ["TSP"]}, {"sensitivity": []},
                    [_count(17, "studies evaluating TBI", "toe-brachial index"),
                     _count(1927, "participants", "toe-brachial index"),
                     _count(5, "studies evaluating TSP", "toe systolic pressure"),
                     _count(701, "participants", "toe systolic pressure")], 18, 2300),
    # dentistry: one comparison's count, split by technique in the summary
    "dental": _review({"metal crowns": ["crowns", "preformed metal crowns"], "fillings": []}, {"failure": []},
                      [_count(4, "studies comparing crowns with fillings", "metal crowns", "fillings"),
                       _count(3, "studies comparing crowns with no treatment", "metal crowns")], 9, 1200),
    # gynaecology: each comparison's studies listed
    "gynaecology": _review({"oestrogen": ["vaginal oestrogen"], "pessaries": [], "surgery": []}, {"infection": []},
                           [_count(3, "studies of oestrogen with pessaries versus pessaries alone", "oestrogen", "pessaries"),
                            _count(11, "studies of oestrogen with surgery versus surgery alone", "oestrogen", "surgery")],
                           14, 1500),
    # obstetric analgesia: some drugs' studies listed
    "analgesia": _review({"ropivacaine with fentanyl": [], "ropivacaine with sufentanil": [], "levobupivacaine": []},
                         {"pain": []}, [_count(8, "studies", "ropivacaine with fentanyl"),
                                        _count(3, "studies", "ropivacaine with sufentanil")], 18, 1800),
    # neonatology: the included studies only
    "neonatal": _review({"phototherapy": [], "continuous phototherapy": []}, {"bilirubin": []}, [], 12, 1000),
    # cardiology: two antiplatelet drugs counted apart
    # public health: the drugs' own counts (2 + 1) leave 2 of the 5 studies unplaced, so 5 may all be the tax rise's
    "tax": _review({"tax rise": ["tax rises"], "tax cut": ["tax cuts"]}, {"smoking": []},
                   [_count(2, "interrupted time series studies of a tax rise", "tax rise"),
                    _count(1, "interrupted time series study of a tax cut", "tax cut")], 5, 400),
    "cardiology": _review({"aspirin": [], "clopidogrel": [], "placebo": []}, {"stroke": ["strokes"]},
                          [_count(15, "trials", "aspirin", "placebo"), _count(10, "trials", "clopidogrel", "placebo"),
                           _ratio("aspirin", "placebo", "stroke", 0.85)], 25, 40000),
}

GASES = ("We found nine trials with 519 participants: three trials (196 participants) compared laughing gas with "
         "carbon dioxide, five trials (177 participants) compared helium with carbon dioxide, and one trial "
         "(146 participants) compared room air with carbon dioxide.")


# -- (1) breakdowns that add up -------------------------------------------------------------------------------------

ADDS_UP = [
    ("gases", GASES, "177"),
    ("gases", GASES, "146"),
    ("gases", GASES, "five"),
    ("vascular", "One was a small study with 30 participants, the other a larger study with 151 participants.", "30"),
    ("epilepsy", "We could use data for 669 people from five of the 11 trials; for the remaining 450 people from six "
                 "trials, no data were available.", "450"),
    ("epilepsy", "We could use data for 669 people from five of the 11 trials; for the remaining 450 people from six "
                 "trials, no data were available.", "six"),
    ("oncology", "We could combine data for 1151 people from two trials, but not from the third trial, which "
                 "included 88 participants.", "88"),
    # parts of the very count they were compared with
    ("dental", "Two of the studies compared crowns fitted the usual way with fillings and two compared crowns fitted "
               "with the Hall Technique with fillings.", "Two"),
]


@pytest.mark.parametrize("source, text, figure", ADDS_UP)
def test_parts_that_add_up_to_a_whole_are_consistent(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


DOES_NOT_ADD_UP = [
    # a part changed: the breakdown no longer adds up, and the part the source does not list is reported
    ("gases", GASES.replace("(177 participants)", "(377 participants)"), "377"),
    ("gases", GASES.replace("five trials", "seven trials"), "seven"),
    ("vascular", "One was a small study with 60 participants, the other a larger study with 151 participants.", "60"),
    ("epilepsy", "We could use data for 669 people from five of the 11 trials; for the remaining 650 people from six "
                 "trials, no data were available.", "650"),
    # parts that add up do not excuse one the source contradicts (the source lists 196 for laughing gas)
    ("gases", GASES.replace("(196 participants)", "(100 participants)").replace("(177 participants)", "(273 participants)"),
     "100"),
    ("dental", "Two of the studies compared crowns fitted the usual way with fillings and five compared crowns fitted "
               "with the Hall Technique with fillings.", "five"),
    # parts that add up to the stated whole, but the source lists each comparison's studies, and neither part is one
    ("gynaecology", "We found 14 studies: four compared vaginal oestrogen with pessaries against pessaries alone and 10 "
                    "compared oestrogen with surgery against surgery alone.", "four"),
    # studies not included are no breakdown of the included ones, in the sentence before
    ("neonatal", "We included 12 studies. One study is ongoing and 11 are awaiting classification.", "11"),
    # a list of peers has no whole, though two of them add up to a third (3 + 5 = 8)
    ("analgesia", "Eight studies used ropivacaine with fentanyl, three studies used ropivacaine with sufentanil and "
                  "five studies used levobupivacaine.", "five"),
]


@pytest.mark.parametrize("source, text, figure", DOES_NOT_ADD_UP)
def test_parts_that_do_not_add_up_stay_reported(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) != []


# -- (2) people beside studies ----------------------------------------------------------------------------------------

PAIRED_RIGHT = [
    ("slings", "Mini-slings versus retropubic slings (3 trials, 412 women): cure was similar (risk ratio 0.98).", "412"),
    ("slings", "Groin pain (9 trials, 1650 women) was rarer with mini-slings (risk ratio 0.5).", "1650"),
    ("slings", "We found 40 trials with 6000 women.", "6000"),
    ("smoking", "Varenicline was compared with placebo in 27 trials with 12,000 people.", "12,000"),
    ("smoking", "In 14 trials with 5000 people, varenicline helped more people quit for six months (risk ratio 2.2).",
     "5000"),
    # the comparison's trials with the people of the result the clause names: loose, but neither is the one to question
    ("slings", "Mini-slings versus transobturator slings: 31 trials (1650 women) showed that groin pain was rarer "
               "with mini-slings.", "31"),
    ("slings", "Mini-slings versus transobturator slings: 31 trials (1650 women) showed that groin pain was rarer "
               "with mini-slings.", "1650"),
]


@pytest.mark.parametrize("source, text, figure", PAIRED_RIGHT)
def test_people_with_their_own_studies_are_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


PAIRED_WRONG = [
    # one outcome's women given for the whole comparison
    ("slings", "Mini-slings versus retropubic slings (9 trials, about 400 women): cure was similar (risk ratio 0.98).",
     "about 400"),
    # one outcome's women given for the whole review
    ("slings", "We found 40 trials with 1650 women.", "1650"),
    ("smoking", "We found 30 trials with 5000 people.", "5000"),
    # one outcome's people given for the comparison
    ("smoking", "Varenicline was compared with placebo in 27 trials with 5000 people.", "5000"),
]


@pytest.mark.parametrize("source, text, figure", PAIRED_WRONG)
def test_a_whole_s_studies_with_one_analysis_s_people_is_a_wrong_pair(source, text, figure):
    found = claims_at(text, SOURCES[source], figure)
    assert [f.split(":")[0] for f in found] == ["claims/wrong-pair"], found


BRACKETED_WRONG = [
    # studies of one outcome beside the people of another, in brackets
    ("slings", "Three trials (1650 women) measured groin pain.", ("Three", "1650")),
    ("smoking", "Fourteen trials (12,000 people) measured quitting for six months.", ("Fourteen", "12,000")),
]


@pytest.mark.parametrize("source, text, figures", BRACKETED_WRONG)
def test_studies_with_people_in_brackets_of_another_analysis_are_reported(source, text, figures):
    assert any(claim_rules_at(text, SOURCES[source], figure) for figure in figures)


# -- (3) a count in brackets after a drug ----------------------------------------------------------------------------

AFTER_A_DRUG_RIGHT = [
    ("slings", "The mini-sling was compared with a retropubic sling (9 trials) or a transobturator sling (31 trials).",
     "9"),
    ("slings", "The mini-sling was compared with a retropubic sling (9 trials) or a transobturator sling (31 trials).",
     "31"),
    ("renal", "Haemodialysis was compared with haemodiafiltration (12 studies, 2400 participants) and with "
              "haemofiltration (5 studies, 300 participants).", "5"),
    ("renal", "Haemodialysis was compared with haemodiafiltration (12 studies, 2400 participants) and with "
              "haemofiltration (5 studies, 300 participants).", "2400"),
    # the outcome's own count of the drug's comparison
    ("slings", "Groin pain was measured for the transobturator sling (9 trials).", "9"),
]


@pytest.mark.parametrize("source, text, figure", AFTER_A_DRUG_RIGHT)
def test_a_count_after_its_drug_s_name_is_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


AFTER_A_DRUG_WRONG = [
    ("slings", "The mini-sling was compared with a retropubic sling (31 trials) or a transobturator sling (9 trials).",
     "31"),
    ("renal", "Haemodialysis was compared with haemodiafiltration (5 studies, 300 participants) and with "
              "haemofiltration (12 studies, 2400 participants).", "12"),
    ("renal", "Haemodialysis was compared with haemodiafiltration (5 studies, 300 participants) and with "
              "haemofiltration (12 studies, 2400 participants).", "2400"),
]


@pytest.mark.parametrize("source, text, figure", AFTER_A_DRUG_WRONG)
def test_another_comparison_s_count_after_a_drug_is_a_wrong_pair(source, text, figure):
    found = claims_at(text, SOURCES[source], figure)
    assert [f.split(":")[0] for f in found] == ["claims/wrong-pair"], found


# -- (4) the review's total for one drug -----------------------------------------------------------------------------

ONE_DRUG = [
    ("toes", "We identified 18 studies that looked at TBI (about 1,900 participants) and 5 studies of TSP.", "18", True),
    ("toes", "We identified 17 studies that looked at TBI (about 1,900 participants) and 5 studies of TSP.", "17", False),
    ("toes", "We identified 18 studies with 2300 participants.", "18", False),
    ("cardiology", "We found 25 trials that tested aspirin against placebo.", "25", True),
    ("cardiology", "We found 15 trials that tested aspirin against placebo.", "15", False),
    ("cardiology", "We found 25 trials of aspirin or clopidogrel.", "25", False),
    ("tax", "We found five studies that looked at a tax rise.", "five", False),
]


@pytest.mark.parametrize("source, text, figure, wrong", ONE_DRUG)
def test_the_review_s_total_given_for_one_drug(source, text, figure, wrong):
    assert (claim_rules_at(text, SOURCES[source], figure) != []) is wrong


# -- (5) counts of events are not counts of studies or people ---------------------------------------------------------

EVENTS = {
    "orthodontics": _review({"closed exposure": [], "open exposure": []}, {"complications": []},
                            [_count(2, "complications in the closed group (one infection, one pain)", "closed exposure",
                                    outcome="complications")], 3, 146),
    "oncology": _review({"chemotherapy": [], "observation": []}, {"harms": ["side effects"]},
                        [_count(7, "serious adverse events with chemotherapy", "chemotherapy", outcome="harms"),
                         _count(4, "trials", "chemotherapy", "observation")], 6, 900),
    "paediatrics": _review({"amoxicillin": [], "placebo": []}, {"allergic reactions": ["rash"]},
                           [_count(5, "allergic reactions with amoxicillin", "amoxicillin", outcome="allergic reactions")],
                           5, 700),
}

EVENT_TEXTS = [
    ("orthodontics", "One study reported complications after surgery in the closed group.", "One"),
    ("oncology", "One trial reported side effects.", "One"),
    ("paediatrics", "One trial reported allergic reactions.", "One"),
]


@pytest.mark.parametrize("source, text, figure", EVENT_TEXTS)
def test_a_count_of_events_is_no_count_of_studies(source, text, figure):
    assert claims_at(text, EVENTS[source], figure) == []


def test_a_count_of_studies_is_still_checked_against_the_studies():
    # the events are set aside, not the review's own counts: 9 trials of chemotherapy in a review of 6 is still wrong
    assert claim_rules_at("Nine trials of chemotherapy reported side effects.", EVENTS["oncology"], "Nine") != []
