"""The anchor (where a figure may start) the frame pattern and the date, ci and ratio forms are scanned over every character: the
cheap build puts a lookahead on the first character in front of each. It must find exactly the places the plain build finds (issue #19); the
whole-corpus comparison is in test_claims_patterns_speed.py (every pattern on every Devaraj summary)."""

import pytest

from laylint.claims import patterns as figure_patterns
from lint_support import figure_pattern_builds, summary_analysis

# Signs, leading points, vulgar fractions, number words in any case, and words that only start like one.
SENTENCES = [
    "Mean blood pressure fell by -4.2 mmHg (-6.1 to -2.3) with the new pill; .5 mg was the usual dose.",
    "About \u00bd of the children with asthma, and \u00be of those with eczema, used an inhaler twice a day.",
    "TWENTY-ONE smokers quit with varenicline; Forty Five quit with nicotine patches; none with placebo.",
    "One in every three women with breast cancer had a mastectomy; a hundred and ten had radiotherapy.",
    "Dialysis three times a week doubled survival in two-thirds of people with kidney failure.",
    "Seventeen trials (n=1,204) of antidepressants; often, those on sertraline felt better than on placebo.",
    "Zero deaths in the malaria arm, a quarter fewer in the ORS group, eleven of 1000 in the other.",
    "The \u017fix trials of HIV drugs (\u212a = 2) and f\u0131ve others; one-half of infants were breastfed.",
    "Heart failure admissions: 12% vs 15%, HR 0.8; the odds were halved at week 8.",
    "Oncology: tumours shrank in 1/3 of patients, 3.5-fold more on drug A than B.",
    "Searched up to 12 March 2021 (and 2019-05-01, 3rd of june 2018): RR 0.76, 95% CI 0.6 to 0.9, in 2010-15.",
    "For every 100 children given zinc, about 5 had diarrhoea; out of 1000 smokers, if 1,000 people took it...",
    "Stroke was rarer (hazard ratio 0.81; 95% -0.2 to 1.1; aOR = 1.3), Odds Ratio of 2, rr 0.5 in Sept. 2020.",
]
SCANNED_FORMS = ("date", "ci", "ratio")


_analysis = summary_analysis


@pytest.fixture(scope="module")
def builds():
    return figure_pattern_builds()


@pytest.fixture(scope="module")
def anchors(builds):
    return tuple(pats.anchor for pats in builds)


def _spans(anchor, text):
    return [match.span() for match in anchor.finditer(figure_patterns.reading_text(_analysis(text)))]


def test_the_cheap_anchor_has_the_lookahead_and_the_plain_one_not(anchors):
    plain, cheap = anchors
    assert cheap.pattern.startswith("(?=") and not plain.pattern.startswith("(?=")


@pytest.mark.parametrize("text", SENTENCES)
def test_the_cheap_anchor_finds_what_the_plain_anchor_finds(anchors, text):
    plain, cheap = anchors
    expected = _spans(plain, text)
    assert expected  # every sentence has a figure to find
    assert _spans(cheap, text) == expected



def _found(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(figure_patterns.reading_text(_analysis(text)))]


def test_the_scanned_forms_find_what_the_plain_forms_find(builds):
    plain, cheap = (dict(pats.patterns) for pats in builds)
    found = 0
    for form in SCANNED_FORMS:
        assert cheap[form].pattern.startswith("(?=") and not plain[form].pattern.startswith("(?=")
        for text in SENTENCES:
            expected = _found(plain[form], text)
            assert _found(cheap[form], text) == expected, (form, text)
            found += len(expected)
    assert found >= 12  # dates, intervals and ratios were there to find


def test_the_frame_pattern_finds_what_the_plain_one_finds(builds):
    plain, cheap = (pats.frame for pats in builds)
    assert cheap.pattern.startswith("(?=") and not plain.pattern.startswith("(?=")
    expected = [_found(plain, text) for text in SENTENCES]
    assert sum(map(len, expected)) >= 3  # "For every 100 children", "out of 1000 smokers", "if 1,000 people"
    assert [_found(cheap, text) for text in SENTENCES] == expected
