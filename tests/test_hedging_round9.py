"""Issue #16, round noise39: hedging/certainty-strict and a count of what happened; hedging/certainty and calls
for research worded as a need (bench/data/precision/README-independent-37a.md, -36a.md).

Each quiet row has a firing twin in the same field: a finding worded so that a careful medical editor would add
the GRADE hedge. Sentences written here, in varied fields."""

import pytest

from laylint.api import lint_text


def hits(rule, text, source):
    return [d for d in lint_text(text, select=[rule], source=source) if d.rule == rule]


def source(drug, comparator, outcome, aliases, level="very-low"):
    """One comparison, graded at `level`, of one outcome."""
    return {"certainty": level, "drugs": {drug: [], comparator: []}, "outcomes": {outcome: aliases},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                          "value": 0.8, "certainty": level}]}


TONSILS = source("coblation", "cold steel", "bleeding after surgery", ["bleeding", "bleed", "bleeds"])
STATINS = source("statins", "placebo", "heart attack", ["heart attacks"], "low")
CHEMO = source("chemotherapy", "surgery alone", "severe infection", ["severe infections"], "low")
VACCINE = source("the vaccine", "a dummy vaccine", "serious side effects", ["serious side effect"])
THERAPY = source("talking therapy", "usual care", "self-harm", ["harmed themselves"], "low")
VARENICLINE = source("varenicline", "placebo", "seizures", ["seizure", "fits"])
DIALYSIS = source("icodextrin", "glucose", "peritonitis", ["peritonitis episodes"], "low")

# (field, metadata, a count of what happened: quiet, a finding in the same words: fires)
COUNTS = [
    ("paediatrics: one child, a bleed that stopped", TONSILS,
     "One child had bleeding after surgery, which stopped without treatment.",
     "Coblation stopped bleeding after surgery in most children."),
    ("paediatrics: a list item of side effects", TONSILS,
     "- Side effects: one child had bleeding during surgery, which the surgeons stopped during the operation.",
     "- Side effects: fewer children had bleeding with coblation than with cold steel."),
    ("paediatrics: 'there was one episode'", TONSILS,
     "There was one episode of bleeding after coblation, which stopped without treatment.",
     "Coblation prevented bleeding after surgery."),
    ("cardiology: two people in one arm", STATINS,
     "Two people in the statin group had a heart attack that led to a stay in hospital.",
     "Statins led to fewer heart attacks than placebo."),
    ("oncology: in the trials overall", CHEMO,
     "In all the trials together, three women had severe infections that led to a stay in hospital.",
     "Chemotherapy led to more severe infections than surgery alone."),
    ("infectious disease: 'no one'", VACCINE,
     "No one had a serious side effect that stopped them from having the second dose.",
     "The vaccine stopped serious side effects in older adults."),
    ("mental health: 'nobody'", THERAPY,
     "Nobody in the therapy group harmed themselves, and no one was admitted, which led to no change of care.",
     "Talking therapy helped fewer people who harmed themselves than usual care."),
    ("smoking cessation: one smoker", VARENICLINE,
     "One smoker taking varenicline had a seizure, which stopped without treatment.",
     "Varenicline caused seizures in smokers."),
    ("renal: 'there were two episodes'", DIALYSIS,
     "There were two peritonitis episodes in the icodextrin group, which resulted in a catheter being removed.",
     "Icodextrin resulted in fewer peritonitis episodes than glucose."),
]


# A count in a sentence that also states a finding: still reported.
COUNT_AND_FINDING = [
    ("paediatrics: melatonin helped, after a count", source("melatonin", "placebo", "sleep", ["sleeping"], "low"),
     "In one study of 80 children, melatonin helped sleep, and it was safe."),
    ("cardiology: a count, then 'led to fewer'", STATINS,
     "Two people had a heart attack, and statins led to fewer heart attacks than placebo."),
]


@pytest.mark.parametrize("field, metadata, sentence", COUNT_AND_FINDING, ids=[c[0] for c in COUNT_AND_FINDING])
def test_certainty_strict_still_reports_a_finding_beside_a_count(field, metadata, sentence):
    assert hits("hedging/certainty-strict", sentence, metadata), sentence


@pytest.mark.parametrize("field, metadata, count, finding", COUNTS, ids=[c[0] for c in COUNTS])
def test_certainty_strict_leaves_a_count_of_what_happened_alone(field, metadata, count, finding):
    assert hits("hedging/certainty-strict", count, metadata) == [], count
    assert hits("hedging/certainty-strict", finding, metadata), finding


# (field, metadata, a call for research: quiet, a finding in the same words: fires)
CALLS = [
    ("paediatrics: 'we need larger ... studies that report'", TONSILS,
     "We need larger, better-designed, and longer studies that report bleeding after coblation.",
     "Larger, better-designed studies found that coblation reduced bleeding after surgery."),
    ("cardiology: 'we need better evidence on'", STATINS,
     "We need better evidence on heart attacks in older people taking statins.",
     "Statins lowered heart attacks in older people."),
    ("oncology: 'trials need to report'", CHEMO,
     "Trials need to report severe infections after chemotherapy in the same way.",
     "Chemotherapy increased severe infections compared with surgery alone."),
    ("infectious disease: 'researchers need to measure'", VACCINE,
     "Researchers need to measure serious side effects of the vaccine for longer.",
     "The vaccine lowered serious side effects compared with a dummy vaccine."),
    ("mental health: 'there is a need for'", THERAPY,
     "There is a need for trials of talking therapy that count how many people harmed themselves.",
     "Talking therapy reduced self-harm compared with usual care."),
    ("smoking cessation: 'new studies must'", VARENICLINE,
     "New studies must record seizures in smokers who take varenicline.",
     "Varenicline increased seizures in smokers compared with placebo."),
    ("renal: 'studies ought to'", DIALYSIS,
     "Studies of icodextrin ought to report peritonitis episodes over several years.",
     "Icodextrin reduced peritonitis episodes over several years."),
]


@pytest.mark.parametrize("field, metadata, call, finding", CALLS, ids=[c[0] for c in CALLS])
def test_certainty_leaves_a_call_for_research_alone(field, metadata, call, finding):
    assert hits("hedging/certainty", call, metadata) == [], call
    assert hits("hedging/certainty", finding, metadata), finding
