"""The search date (`searched`) drafted from the abstract's search methods: sentences written for this
test in the style of Cochrane and journal reviews."""

from __future__ import annotations

import pytest
import yaml

from laylint.draft import draft, to_yaml
from laylint.metadata import load_sidecar

SEARCHED = [
    ("Search methods\nWe searched CENTRAL, MEDLINE and Embase on 14 October 2023.", "2023-10-14"),
    ("Search methods\nThe Information Specialist searched the Specialised Register to 2 May 2021.", "2021-05-02"),
    ("Search methods\nWe searched the Register of Studies up to 11 January 2024 using relevant terms.", "2024-01-11"),
    ("Search methods\nWe searched MEDLINE, Embase and two trial registries in June 2022.", "2022-06"),
    ("Search methods\nOn 9 August 2020, we searched the Group's Study-Based Register of Trials.", "2020-08-09"),
    ("Search methods\nSearches were run in November 2019 in CENTRAL, MEDLINE and PsycINFO.", "2019-11"),
    # the same date written twice, once coarser
    ("Search methods\nWe searched CENTRAL and MEDLINE in 2022. Date of last search: 21 April 2022.", "2022-04-21"),
    ("Data sources Medline, Embase and CENTRAL from inception to July 2023.", "2023-07"),
    ("Data sources PubMed and Web of Science were searched through April 30, 2022.", "2022-04-30"),
    ("We searched PubMed and Scopus from inception to 2021 for randomised trials of zinc in children with diarrhoea.", "2021"),
]


@pytest.mark.parametrize("text,expected", SEARCHED)
def test_the_search_date_is_read_from_the_search_sentences(text, expected):
    drafted = draft("Zinc for diarrhoea in children\n\n" + text + "\n\nMain results\nWe included 4 trials (611 children).")
    assert [d.value for d in drafted.searched] == [expected]


NOT_SEARCHED = [
    # study periods and publication windows are not the search date; results dates neither
    "Methods\nWe conducted a cohort study of adults recruited between March 2015 and June 2018.",
    "Selection criteria\nWe included randomised trials published between 2000 and 2020 that compared zinc with placebo.",
    "Main results\nThe trials were conducted between 2003 and 2019 in 12 countries.",
]


SEVERAL = [
    "Search methods\nWe searched the Trials Register. Date of last search: 3 March 2022.\n"
    "We also searched PubMed and ClinicalTrials.gov. Date of last search: 21 April 2022.",
    "Search methods\nWe searched CENTRAL and MEDLINE to May 2021. We searched trial registries to January 2022.",
    "Search methods\nThe original searches run from inception to June 2020. An update search in March 2022 is not yet incorporated.",
]


@pytest.mark.parametrize("text", SEVERAL)
def test_several_search_dates_are_all_drafted_for_the_reviewer_to_prune(text):
    drafted = draft("Zinc for diarrhoea in children\n\n" + text, "zinc.abstract.txt")
    assert len(drafted.searched) == 2
    assert any("several search dates" in note for note in drafted.notes)
    written = to_yaml(drafted)
    assert "CHECK: the abstract gives several search dates" in written
    meta, problems = load_sidecar(__import__("pathlib").Path("zinc.source.yaml"), written)
    assert not problems and len(meta.searches) == 2


@pytest.mark.parametrize("text", NOT_SEARCHED)
def test_other_dates_are_not_the_search_date(text):
    assert draft("Zinc for diarrhoea in children\n\n" + text).searched == []


def test_the_search_date_is_written_as_valid_metadata_with_its_quote():
    text = ("Iron for anaemia in pregnancy\n\nSearch methods\nWe searched CENTRAL and MEDLINE on 5 February 2024.\n\n"
            "Main results\nWe included 6 trials (1204 women). Iron probably reduces anaemia at term compared with placebo "
            "(RR 0.41, 95% CI 0.28 to 0.60; moderate-certainty evidence).")
    written = to_yaml(draft(text, "iron.abstract.txt"))
    assert yaml.safe_load(written)["searched"] is not None
    assert "searched: 2024-02-05  # " in written and "5 February 2024" in written.split("searched:")[1].splitlines()[0]
    meta, problems = load_sidecar(__import__("pathlib").Path("iron.source.yaml"), written)
    assert not problems and str(meta.searched) == "5 February 2024"
