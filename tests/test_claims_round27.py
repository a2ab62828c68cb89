"""Claims round 27 (issue 14): counts and thresholds on real summaries.
(1) A declared total may be a bound: `participants: {value: 13000, qualifier: more-than}` when the abstract says
    only "more than 13,000 women". A writer's "over 13,000" then agrees; a count above the bound's rounding, or a
    whole-review total below it, is still a mismatch. The plain `participants: 1600` keeps its meaning: "more than
    1,600" for an exact 1,600 stays an error.
(2) Parts of a count said without their noun: "85 studies, 82 of which", "1,721 participants (1,412 analysed)",
    "of whom 5,264 were analysed", "20 of the included 21 studies": a part cannot be more than the whole.
(3) "Seventy of these trials" in the next sentence is a part of the count before, not a sign of screening.
(4) Thresholds and grades inside outcome names: "stage > 3", "(defined as ... less than 90%)", "CIN 2 and CIN 3"
    when an outcome is "CIN 2+".
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.metadata import load_sidecar
from lint_support import claims_at


def _review(studies, participants, drug, comparator, outcome, extra=(), outcomes=None):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []}, "outcomes": outcomes or {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                          "value": 0.8, "ci": [0.7, 0.95]}, *extra]}


def _bound(value, qualifier="more-than"):
    return {"value": value, "qualifier": qualifier}


BOUNDED = {
    "obstetrics": _review(14, _bound(13000), "midwife-led care", "doctor-led care", "preterm birth"),
    "smoking": _review(67, _bound(110000), "internet programmes", "usual care", "quitting"),
    "oncology": _review(9, _bound(2400, "at-least"), "tamoxifen", "placebo", "recurrence"),
    "paediatrics": _review(_bound(30), _bound(8000), "zinc", "placebo", "diarrhoea"),
    "renal": _review(6, _bound(300, "about"), "bicarbonate", "usual care", "kidney failure"),
    "cardiology": _review(6, 1600, "statins", "placebo", "heart attack"),  # exact: no qualifier
}

TOTALS = [
    # -- what the abstract says, or a rounding of it: quiet --
    ("obstetrics", "We found 14 trials with more than 13,000 women.", "more than 13,000", False),
    ("obstetrics", "The review included over 12,000 women.", "over 12,000", False),
    ("obstetrics", "In total, about 13,000 women took part.", "about 13,000", False),
    ("smoking", "The 67 studies involved over 110,000 people who smoked.", "over 110,000", False),
    ("smoking", "Altogether 110,000 participants took part.", "110,000", False),
    ("oncology", "The trials included at least 2,400 women after surgery.", "at least 2,400", False),
    ("paediatrics", "More than 30 trials with over 8,000 children were found.", "More than 30", False),
    ("renal", "The studies included about 300 adults with kidney disease.", "about 300", False),
    ("renal", "The studies included 310 adults with kidney disease.", "310", False),
    # -- more than the bound allows, or a whole-review total below it: a mismatch --
    ("obstetrics", "The trials included more than 15,000 women.", "more than 15,000", True),
    ("obstetrics", "Altogether 9,000 women took part.", "9,000", True),
    ("smoking", "Two trials with 150,000 people compared internet programmes with usual care.", "150,000", True),
    ("paediatrics", "We found 75 trials of zinc.", "75", True),
    ("renal", "The studies included about 700 adults with kidney disease.", "about 700", True),
    # -- an exact total keeps its meaning: "more than" it is the error the plain form catches --
    ("cardiology", "The trials included more than 1,600 adults.", "more than 1,600", True),
    ("cardiology", "The trials included 1,600 adults.", "1,600", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", TOTALS)
def test_totals_given_as_a_bound(source, text, figure, flagged):
    found = claims_at(text, BOUNDED[source], figure)
    if flagged:
        assert len(found) == 1 and found[0].startswith("claims/number-mismatch"), found
    else:
        assert found == [], found


def test_a_bounded_total_is_described_as_one():
    found = claims_at("Altogether 9,000 women took part.", BOUNDED["obstetrics"], "9,000")
    assert "more than 13000 participants in the review" in found[0], found


@pytest.mark.parametrize("participants, problem", [
    ({"value": 13000, "qualifier": "more-than"}, None),
    ({"value": 13000}, None),
    (13000, None),
    ({"value": 13000, "qualifier": "roughly"}, "qualifier must be one of more-than, at-least, about"),
    ({"value": 13000, "bound": "more-than"}, "unknown key 'bound'"),
    ({"qualifier": "more-than"}, "needs a value"),
    ({"value": "13,000", "qualifier": "more-than"}, "must be a whole number"),
])
def test_total_qualifier_schema(participants, problem):
    text = f"design: meta-analysis\nparticipants: {json.dumps(participants)}\n"  # JSON is YAML: the sidecar as written
    meta, problems = load_sidecar(Path("review.source.yaml"), text)
    messages = [p.message for p in problems]
    if problem is None:
        assert messages == [] and meta.participants == 13000, messages
    else:
        assert any(problem in m for m in messages), messages


SOURCES = {
    "meta": _review(85, 10350, "brief advice", "no advice", "alcohol use"),
    "hepatology": _review(15, 1721, "statins", "placebo", "heart attack"),
    "surgery": _review(21, 5968, "bowel preparation", "no preparation", "wound infection"),
    "transport": _review(21, 900, "cycle lanes", "no cycle lanes", "collisions"),
    "anaesthesia": _review(6, 900, "nurse anaesthetists", "doctors", "death"),
    "dentistry": _review(6, 252, "fluoride", "placebo", "tooth decay"),
    "lymphoma": _review(3, 1999, "PET-guided therapy", "standard therapy", "survival"),
    "addiction": _review(84, 9000, "motivational interviewing", "no intervention", "drinking"),
    "sickle": _review(1, 46, "vitamin D", "placebo", "pain crises"),
    "manual": _review(62, 1982, "manual therapy", "sham therapy", "pain"),
    "epidural": _review(18, 4590, "automated boluses", "continuous infusion", "breakthrough pain"),
}

PARTS = [
    # -- a part of the count before it, above the whole: a mismatch --
    ("meta", "We included 85 studies, 167 of which (10,350 participants) were eligible for analysis.", "167", True),
    ("hepatology", "We identified 15 RCTs that enrolled a total of 1,721 participants (2,827 were analysed).", "2,827", True),
    ("hepatology", "We found 15 trials with 1,721 adults (2,827 analysed).", "2,827", True),
    ("surgery", "The studies included a total of 5968 participants, of whom 10531 were analysed.", "10531", True),
    ("transport", "The evidence was weak, with 43 of the included 21 studies using a before-after design.", "43", True),
    ("anaesthesia", "We found six relevant studies, 13 of which were large cohort studies from the USA.", "13", True),
    ("dentistry", "The six studies involved 252 children (data were supplied on only 495 of the children).", "495", True),
    ("lymphoma", "We included three trials with 1999 people. Data for 2963 of these participants were published.", "2963", True),
    ("epidural", "The 18 studies included 4590 women, of which 29 enrolled only first-time mothers.", "29", True),
    ("manual", "We found 62 relevant studies, of which 117 randomly allocated participants to manual therapy.", "117", True),
    # -- the same parts at or below the whole: quiet --
    ("manual", "We found 62 relevant studies, of which 57 randomly allocated participants to manual therapy.", "57", False),
    ("epidural", "The 18 studies included 4590 women, of which 13 enrolled only first-time mothers.", "13", False),
    ("meta", "We included 85 studies, 82 of which (10,350 participants) were eligible for analysis.", "82", False),
    ("hepatology", "We identified 15 RCTs that enrolled a total of 1,721 participants (1,412 were analysed).", "1,412", False),
    ("surgery", "The studies included a total of 5968 participants, of whom 5264 were analysed.", "5264", False),
    ("transport", "The evidence was weak, with 20 of the included 21 studies using a before-after design.", "20", False),
    ("anaesthesia", "We found six relevant studies, five of which were large cohort studies from the USA.", "five", False),
    ("dentistry", "The six studies involved 252 children (data were supplied on only 246 of the children).", "246", False),
    ("sickle", "The one study recruited 46 children; of these 39 children were randomised.", "39", False),
    ("sickle", "The one study recruited 46 children; of these 93 children were randomised.", "93", True),
    # -- "Seventy of these trials" after the whole: the whole is the review's own, checked as such --
    ("addiction", "We found a total of 171 randomised trials that compared motivational interviewing with no "
                  "intervention. Seventy of these trials focused on young people.", "171", True),
    ("addiction", "We found a total of 84 randomised trials that compared motivational interviewing with no "
                  "intervention. Seventy of these trials focused on young people.", "84", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", PARTS)
def test_parts_said_without_their_noun(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    if flagged:
        assert len(found) == 1 and found[0].startswith("claims/number-mismatch"), found
    else:
        assert found == [], found


def test_a_search_that_screened_studies_stays_a_screening():
    # "Of these, 84 were eligible": 120 studies screened, not a count of the review's 84
    found = claims_at("We found 120 studies. Of these, 84 were eligible.", SOURCES["addiction"], "120")
    assert not any(f.startswith("claims/number-mismatch") for f in found), found


NAMED = {
    "neonatal": _review(12, 3400, "inhaled corticosteroids", "placebo", "retinopathy of prematurity",
                        outcomes={"retinopathy of prematurity": ["ROP"], "maternal desaturation": []}),
    "cervical": _review(40, 9000, "HPV testing", "Pap test", "CIN 2+",
                        outcomes={"CIN 2+": ["CIN2+", "precancerous changes"], "CIN 3+": []}),
    "obstetric": _review(11, 1300, "supplementary oxygen", "room air", "maternal desaturation",
                         outcomes={"maternal desaturation": [], "Apgar score": []}),
    "oncology": _review(8, 2100, "capecitabine", "observation", "toxicity",
                        outcomes={"toxicity": ["side effects"]}),
    "diabetes": _review(9, 2000, "metformin", "placebo", "type 2 diabetes",
                        outcomes={"type 2 diabetes": ["diabetes"]}),
}

THRESHOLDS = [
    # -- a grade or a cut-off that names or defines an outcome: no claim --
    ("neonatal", "Steroids made no difference to retinopathy of prematurity stage > 3.", "3", False),
    ("oncology", "Grade ≥ 3 side effects were more common with capecitabine.", "3", False),
    ("cervical", "The tests look for precancerous changes called CIN 2 and CIN 3.", "2", False),
    ("cervical", "The tests look for precancerous changes called CIN 2 and CIN 3.", "3", False),
    ("obstetric", "No study measured maternal desaturation (defined as oxygen saturation less than 90%).", "90%", False),
    ("diabetes", "Fewer people developed type 2 diabetes with metformin.", "2", False),
    # -- a result next to such a name is still a result --
    ("cervical", "Of every 20 women with CIN 2+, the HPV test found 90%.", "90%", True),
    ("obstetric", "Maternal desaturation (defined as saturation below 90%) happened in 35% of women on room air.",
     "35%", True),
    ("diabetes", "Metformin cut the risk of type 2 diabetes by 45%.", "45%", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", THRESHOLDS)
def test_grades_and_cut_offs_inside_outcomes(source, text, figure, flagged):
    found = claims_at(text, NAMED[source], figure)
    assert bool(found) == flagged, found
