"""Claims round 24 (issue 14): catching wrong counts without new false alarms.
(1) No part is more than the whole: a count of some of the review's studies or people ("Twelve long-term
    studies", "one study of 500 adults") above the declared `studies`/`participants` is a mismatch whose
    message says so; counts of what is not among the included studies (excluded, ongoing, found by the
    search, records, registers, countries, outcomes...) are never reported as such.
(2) Restated totals in forms the reader missed: "a total of 431 preterm and low birth weight infants",
    "The total number of young adults was 22,872", "24 were identified for inclusion", "about 5 thousand women".
(3) The bracketed CI of a wrong or unsupported estimate is part of its one message.
(4) "~300" and "~2 360" (narrow no-break space) are approximate counts, read as "about".
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claims_at


def _review(studies, participants, drug, comparator, outcome, extra=()):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                          "value": 0.8, "ci": [0.7, 0.95]}, *extra]}


SOURCES = {
    "oncology": _review(9, 2300, "tamoxifen", "placebo", "recurrence"),
    "cardiology": _review(6, 420, "statins", "placebo", "heart attack"),
    "infection": _review(14, 5100, "amoxicillin", "placebo", "cure"),
    "mental": _review(11, 1250, "sertraline", "placebo", "depression"),
    "paediatrics": _review(5, 431, "zinc", "placebo", "diarrhoea"),
    "dentistry": _review(4, 600, "fluoride varnish", "no varnish", "tooth decay",
                         # a count of something else: never a count of studies, whatever its number
                         [{"measure": "count", "value": 7, "population": "risk of bias domains assessed"}]),
    "obstetrics": _review(8, 1100, "progesterone", "placebo", "miscarriage",
                          [{"measure": "count", "value": 9, "population": "group sessions offered in one study"}]),
    "nutrition": _review(84, 22872, "vitamin D", "placebo", "falls"),
}

PARTS = [
    # -- a part above the whole: flagged, with a message that says no count of them can be more --
    ("oncology", "Twelve long-term studies followed women for ten years.", "Twelve", True),
    ("oncology", "Eleven studies of tamoxifen reported recurrence.", "Eleven", True),
    ("cardiology", "One study of 500 adults compared statins with placebo.", "500", True),
    ("infection", "Fifteen open-label trials of amoxicillin reported cure.", "Fifteen", True),
    ("mental", "Twenty studies starting with sertraline measured depression.", "Twenty", True),
    ("dentistry", "Only 7 studies reported tooth decay.", "7", True),
    ("obstetrics", "All 9 RCTs reported miscarriage.", "9", True),
    ("paediatrics", "Two of the 8 studies were in babies.", "8", True),
    # -- the same parts below the whole: quiet --
    ("oncology", "Two long-term studies followed women for ten years.", "Two", False),
    ("cardiology", "One study of 120 adults compared statins with placebo.", "120", False),
    ("infection", "Two open-label trials of amoxicillin reported cure.", "Two", False),
    ("dentistry", "Only 3 studies reported tooth decay.", "3", False),
    ("obstetrics", "Three RCTs reported miscarriage.", "Three", False),
    ("paediatrics", "Two of the 5 studies were in babies.", "5", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", PARTS)
def test_no_part_is_more_than_the_whole(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    if flagged:
        assert len(found) == 1 and found[0].startswith("claims/number-mismatch") \
            and "no count of them can be more" in found[0], found
    else:  # (a part the source does not count may still be unsupported: a warning, the writer checks it)
        assert not any(f.startswith("claims/number-mismatch") for f in found), found


NOT_PARTS = [
    # counts of what is not among the included studies, above the total: never a part over the whole
    ("oncology", "We excluded 40 studies after reading them in full.", "40"),
    ("oncology", "The search found more than 100 studies.", "100"),
    ("cardiology", "Twenty studies are still ongoing.", "Twenty"),
    ("cardiology", "Eight studies are awaiting classification.", "Eight"),
    ("infection", "We screened 3000 records.", "3000"),
    ("infection", "We searched 20 trial registers and databases.", "20"),
    ("mental", "The studies took place in 25 countries.", "25"),
    ("mental", "We looked at 15 outcomes.", "15"),
    ("paediatrics", "The search found 212 references.", "212"),
    ("paediatrics", "We also found 9 other reviews on zinc.", "9"),
    ("dentistry", "Children had 12 sessions of fluoride varnish.", "12"),
    ("nutrition", "Over 300 million people worldwide have fallen in the last year.", "300 million"),
]


@pytest.mark.parametrize("source, text, figure", NOT_PARTS)
def test_counts_outside_the_included_studies_are_no_part_of_them(source, text, figure):
    found = claims_at(text, SOURCES[source], figure)
    assert not any(f.startswith("claims/number-mismatch") for f in found), found


def test_without_a_declared_total_nothing_is_more_than_it():
    source = dict(SOURCES["oncology"])
    del source["studies"]
    found = claims_at("Twelve long-term studies followed women for ten years.", source, "Twelve")
    assert not any(f.startswith("claims/number-mismatch") for f in found), found


TOTALS = [
    # -- restated totals, right: quiet --
    ("paediatrics", "These studies included a total of 431 preterm and low birth weight infants.", "431", False),
    ("nutrition", "The total number of young adults was 22,872.", "22,872", False),
    ("nutrition", "After searching, 84 were identified for inclusion in the review with a total of 22,872 people.", "84", False),
    ("mental", "We included 11 qualitative or mixed-methods studies.", "11", False),
    ("infection", "We found 14 trials with about 5 thousand children.", "5 thousand", False),
    ("nutrition", "Only 84 studies fulfilled the criteria for inclusion.", "84", False),
    # -- the same totals, wrong: flagged --
    ("paediatrics", "These studies included a total of 865 preterm and low birth weight infants.", "865", True),
    ("nutrition", "The total number of young adults was 45,747.", "45,747", True),
    ("nutrition", "After searching, 171 were identified for inclusion in the review with a total of 22,872 people.", "171", True),
    ("mental", "We included 25 qualitative or mixed-methods studies.", "25", True),
    ("infection", "We found 14 trials with about 13 thousand children.", "13 thousand", True),
    ("nutrition", "There were over 1.5 million participants in the studies.", "1.5 million", True),
    ("nutrition", "Only 171 studies fulfilled the criteria for inclusion.", "171", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", TOTALS)
def test_restated_totals(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    assert [f.split(":")[0] for f in found] == (["claims/number-mismatch"] if flagged else []), found


NARROW = "\u202f"
APPROXIMATE = [
    ("cardiology", "We found six studies with ~400 adults.", "~400", False),
    ("cardiology", "We found six studies with ~ 450 adults.", "450", False),
    ("infection", f"We found 14 trials with ~5{NARROW}000 children.", f"5{NARROW}000", False),
    ("oncology", f"We found nine studies with ~2{NARROW}360 women.", f"2{NARROW}360", False),
    ("mental", "We found 11 studies with more than 1,200 adults.", "1,200", False),
    ("cardiology", "We found six studies with ~900 adults.", "~900", True),
    ("infection", f"We found 14 trials with ~9{NARROW}000 children.", f"9{NARROW}000", True),
    ("mental", "We found 11 studies with more than 2,000 adults.", "2,000", True),
    # a total said as a lower bound is read at its own rounding, like "about"
    ("nutrition", "We found 84 studies that together included more than 22,000 people.", "22,000", False),
    ("nutrition", "We found 84 studies that together included more than 12,000 people.", "12,000", True),
    ("infection", "The review included more than 10 trials.", "10", False),
    ("infection", "The review included more than 5 trials.", "5", True),
    ("infection", "Two trials with more than 200 children reported cure.", "200", False),  # a part, not the total
    # a bound that sorts the studies by size is no total
    ("oncology", "Five studies included more than 100 participants.", "100", False),
    ("nutrition", "Nine of the trials enrolled more than 1000 older adults.", "1000", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", APPROXIMATE)
def test_approximate_counts(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    assert [f.split(":")[0] for f in found] == (["claims/number-mismatch"] if flagged else []), found
    if flagged and "~" in text:
        assert "about" in found[0], found  # read as "about N"


INTERVALS = [
    # (text, the figure asked about, the one rule expected there or None)
    ("Statins lowered the risk of a heart attack (risk ratio 0.60 (95% CI 0.50 to 0.75)).", "0.60", "claims/number-mismatch"),
    ("Statins lowered the risk of a heart attack (risk ratio 0.60 (95% CI 0.50 to 0.75)).", "0.50", "claims/number-mismatch"),
    ("Statins raised muscle pain (risk ratio 1.18 (95% CI 0.95 to 1.46)).", "0.95", "claims/unsupported-number"),
    ("Statins raised muscle pain (risk ratio 1.18 (95% CI 0.95 to 1.46)).", "1.18", "claims/unsupported-number"),
    # the CI after a comma in the estimate's bracket: the same one problem
    ("Statins raised muscle pain (risk ratio 1.08, 95% CI 0.89 to 1.31).", "0.89", "claims/unsupported-number"),
    ("Statins lowered the risk of a heart attack (risk ratio 0.60, 95% CI 0.50 to 0.75).", "0.50", "claims/number-mismatch"),
    # a right estimate keeps its CI checked on its own
    ("Statins lowered the risk of a heart attack (risk ratio 0.80 (95% CI 0.70 to 0.95)).", "0.70", None),
    ("Statins lowered the risk of a heart attack (risk ratio 0.80 (95% CI 0.50 to 0.75)).", "0.50", "claims/number-mismatch"),
    ("Statins lowered the risk of a heart attack (risk ratio 0.80 (95% CI 0.50 to 0.75)).", "0.80", None),
]


@pytest.mark.parametrize("text, figure, rule", INTERVALS)
def test_an_estimate_and_its_bracketed_interval_are_one_problem(text, figure, rule):
    found = claims_at(text, SOURCES["cardiology"], figure)
    assert [f.split(":")[0] for f in found] == ([rule] if rule else []), found


@pytest.mark.parametrize("text, quoted", [
    ("Sertraline improved depression (risk ratio 0.55 (95% CI 0.40 to 0.70)).", "0.55 (95% CI 0.40 to 0.70)"),
    ("Sertraline improved depression (risk ratio 0.55, 95% CI 0.40 to 0.70).", "0.55, 95% CI 0.40 to 0.70"),
])
def test_one_message_over_a_wrong_estimate_and_its_interval(text, quoted):
    from laylint.api import lint_text

    found = [d for d in lint_text(text, select=["claims"], source=SOURCES["mental"])
             if d.severity in ("warning", "error") and d.rule != "claims/missing-finding"]
    assert len(found) == 1, found
    assert text[found[0].column - 1:found[0].end_column - 1] == quoted, found
