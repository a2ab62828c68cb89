"""Claims round 20 (issue 14): counts of other things ("records", "countries", "papers") that the source
counts more than once. Before, a source with several such counts left any stated count quiet unless it
agreed with one (only a single count was a whole). The policy now:

- a count whose words after the noun name what one of the source's counts of that noun is of ("records
  from websites" against "records from website searches") must be that count;
- no count of the thing can be more than all the source's counts of it added up, nor more than a count
  whose population names the thing among others ("studies and records in all"), which it may also be;
- counts below those bounds that name none of them stay quiet (a part, a subset the source does not list).
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

SOURCES = {
    "records": {  # a scoping review of eye-care delivery (ophthalmology): records from two places
        "design": "meta-analysis", "studies": 120, "participants": 5000,
        "drugs": {"community eye care": []}, "outcomes": {"uptake": []},
        "findings": [
            {"measure": "count", "value": 96, "population": "records from charity reports"},
            {"measure": "count", "value": 54, "population": "records from website searches of organisations"},
            {"measure": "count", "value": 270, "population": "studies and records in all"}]},
    "countries": {  # a smoking-cessation review with its countries counted by continent
        "design": "meta-analysis", "studies": 14, "participants": 6200,
        "drugs": {"varenicline": [], "placebo": []}, "outcomes": {"quitting": []},
        "findings": [
            {"measure": "count", "value": 12, "population": "countries in Europe"},
            {"measure": "count", "value": 9, "population": "countries in Africa"},
            {"drug": "varenicline", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 2.2, "ci": [1.8, 2.7]}]},
    "centres": {  # renal: dialysis centres in two designs
        "design": "meta-analysis", "studies": 9, "participants": 1500,
        "drugs": {"home haemodialysis": [], "centre haemodialysis": []}, "outcomes": {"survival": []},
        "findings": [
            {"measure": "count", "value": 31, "population": "centres in randomised trials"},
            {"measure": "count", "value": 12, "population": "centres in cohort studies"}]},
}

CASES = [
    # -- the words after the noun name one of the source's counts: that count --
    ("records", "We found 120 studies, 96 records from charity reports and 54 records from websites.", "54", False),
    ("records", "We found 120 studies, 96 records from charity reports and 111 records from websites.", "111", True),
    ("records", "We found 120 studies, 195 records from charity reports and 54 records from websites.", "195", True),
    ("records", "We found 120 studies, 96 records from charity reports and 54 records from websites.", "96", False),
    ("centres", "The randomised trials ran in 31 centres in total.", "31", False),
    ("centres", "The cohort studies ran in 12 centres.", "12", False),
    # -- more than all of them added up, or than the count that holds them: a mismatch --
    ("records", "The authors found 270 records describing ways of giving eye care.", "270", False),
    ("records", "The authors found 543 records describing ways of giving eye care.", "543", True),
    ("countries", "The trials took place in 21 countries.", "21", False),  # the sum
    ("countries", "The trials took place in 45 countries.", "45", True),
    ("countries", "The trials took place in 12 countries in Europe and 21 countries in Africa.", "21", True),
    ("centres", "Home haemodialysis was studied in 43 centres.", "43", False),
    ("centres", "Home haemodialysis was studied in 89 centres.", "89", True),
    # -- below the bounds and naming none of them: a part, quiet --
    ("countries", "Half of the trials took place in 10 countries.", "10", False),
    ("centres", "Most trials used 20 centres.", "20", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", CASES)
def test_counts_of_other_things(source, text, figure, flagged):
    assert bool(claim_rules_at(text, SOURCES[source], figure)) is flagged, claim_rules_at(text, SOURCES[source], figure)


PAPERS = {  # a qualitative review of integrated HIV and mental-health services: its papers said as "included papers"
    "design": "meta-analysis", "studies": 60, "participants": 0,
    "drugs": {"integrated care": []}, "outcomes": {"access": []},
    "findings": [{"measure": "count", "value": 72, "population": "included papers (reporting the 60 studies)"}]}


@pytest.mark.parametrize("text, figure, flagged", [
    ("We found 60 studies reported in 72 papers.", "72", False),
    ("We found 60 studies reported in 147 papers.", "147", True),  # more papers than the source has
    ("We found 60 studies; 40 papers came from Africa.", "40", False),  # a part of them
])
def test_counts_of_included_papers(text, figure, flagged):
    assert bool(claim_rules_at(text, PAPERS, figure)) is flagged, claim_rules_at(text, PAPERS, figure)
