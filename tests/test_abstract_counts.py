"""With facts drafted from an abstract sidecar, a count of studies or people that no number of the abstract
matches is reported (claims/abstract_numbers.py): a summary written from an abstract takes its counts from it.
A count the abstract states anywhere, in digits or words, rounded as its qualifier allows, stays quiet, even when
the draft missed it. Abstracts and summaries written for these tests (made-up reviews, varied fields)."""

from __future__ import annotations

import json

import pytest

from laylint.claims.abstract_numbers import numbers_in, states

WORDS = {"two": 2, "seven": 7, "twelve": 12, "twenty-nine": 29, "twenty nine": 29}


@pytest.mark.parametrize("text, expected", [
    ("We included 12 trials (2,345 participants).", {12, 2345}),
    ("55 trials enrolled 6\u202f273 newborn babies", {55, 6273}),
    ("Twenty\u2011nine trials were in term babies; seven in preterm.", {29, 7}),
    ("RR 0.70, 95% CI 0.60 to 0.82", {0.70, 95, 0.60, 0.82}),
    ("CD20 and COVID-19 are names, not numbers", set()),
])
def test_numbers_in_an_abstract(text, expected):
    assert numbers_in(text, WORDS) == frozenset(float(x) for x in expected)


@pytest.mark.parametrize("value, qualifier, stated", [
    (2345, "", True),
    (2300, "", False),             # a plain count must be the abstract's own
    (2300, "approximate", True),   # "about 2,300" for 2,345
    (1900, "approximate", False),  # too far for "about"
    (100000, "more-than", True),   # "more than 100,000" for 107,698
    (9, "", False),
    (2.345, "", True),             # "2.345 participants": thousands written with a point
    (2.3, "", False),
])
def test_a_count_is_stated_within_the_rounding_its_qualifier_allows(value, qualifier, stated):
    assert states(frozenset({12.0, 2345.0, 107698.0, 7.0, 5.0}), value, qualifier) is stated


ABSTRACTS = {
    "cardiology": ("We included 14 randomised trials with 9,812 participants. Eight trials (6,010 participants) compared "
                   "the polypill with usual care and six (3,802 participants) compared it with placebo. The polypill "
                   "probably reduces major cardiovascular events (RR 0.79, 95% CI 0.68 to 0.91; moderate-certainty evidence)."),
    "paediatrics": ("We included seven trials involving 1,953 children aged 2 to 12 years. Zinc may shorten diarrhoea "
                    "(mean difference -0.5 days, 95% CI -0.9 to -0.1; low-certainty evidence). Two trials (412 children) "
                    "reported vomiting."),
    "mental health": ("Twenty-nine studies (3,406 adults) met our criteria. Internet CBT probably reduces depressive "
                      "symptoms at the end of treatment (SMD -0.45, 95% CI -0.60 to -0.30; moderate-certainty evidence)."),
}


@pytest.mark.parametrize("field, summary, reported", [
    # a count no number of the abstract matches: reported
    ("cardiology", "Nine trials compared the polypill with usual care.", ["Nine"]),
    ("paediatrics", "Three trials of zinc with 500 children reported vomiting.", ["Three", "500"]),
    ("paediatrics", "Zinc was tested in 5 trials.", ["5"]),
    ("mental health", "The largest study enrolled 640 adults.", ["640"]),
    # the abstract states it, though perhaps for another part: quiet
    ("cardiology", "Eight trials with 6,010 people compared the polypill with usual care.", []),
    ("cardiology", "Six trials compared it with a dummy pill.", []),
    ("paediatrics", "Two trials with 412 children reported vomiting.", []),
    ("paediatrics", "We found 7 trials with about 2,000 children.", []),
    ("mental health", "We found 29 studies with more than 3,000 adults.", []),
    ("mental health", "We found twenty-nine studies.", []),
])
def test_with_drafted_facts_a_count_the_abstract_never_states_is_reported(tmp_path, capsys, monkeypatch, field, summary, reported):
    from laylint.cli import main

    (tmp_path / "s.abstract.txt").write_text(f"A review\n\nMain results\n{ABSTRACTS[field]}\n", encoding="utf-8")
    text = f"# A review\n\n{summary}\n"
    (tmp_path / "s.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "--no-cache", "--select", "claims", "--format", "json", "s.md"])
    found = json.loads(capsys.readouterr().out)
    lines = text.splitlines()
    assert [lines[d["line"] - 1][d["column"] - 1:d["end_column"] - 1] for d in found] == reported
    assert all(d["rule"] == "claims/unsupported-number" and d["severity"] == "warning"
               and "no number of the abstract matches it" in d["message"] for d in found)
