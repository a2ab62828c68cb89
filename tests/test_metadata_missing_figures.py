"""metadata/missing: which figures are results worth attaching facts for (a share of the people studied is not)."""

import pytest

from laylint.api import lint_text


def missing(text):
    return [d.message.split("'")[1] for d in lint_text(text, select=["claims", "metadata/missing"])
            if d.rule == "metadata/missing"]


@pytest.mark.parametrize("text", [
    "The three best trials, which included 85% of the women, showed that antibiotics reduce infection.",
    "The two largest studies enrolled about 70% of all participants and found a lower risk of falls.",
    "Trials that recruited over 60% of the children found fewer asthma attacks with the new inhaler.",
    "These studies covered 40% of the babies, and feeding earlier lowered the chance of gut problems.",
])
def test_a_share_of_the_people_studied_is_not_a_result(text):
    assert missing(text) == []


@pytest.mark.parametrize("text, figure", [
    ("Antibiotics cleared the infection in 85% of the women, compared with 40% on placebo.", "85%"),
    ("The trials included 300 people; falls were 20% lower with exercise.", "20% lower"),
    ("Studies that included 60% of the children found the inhaler lowered attacks by 30%.", "30%"),
])
def test_result_figures_are_still_reported(text, figure):
    assert missing(text) == [figure]


# A summary with no result word, no "by" and no change word cannot state a result: it is not read
# figure by figure (2 MB of "19% " took half a minute). A change word alone still makes a result.
@pytest.mark.parametrize("text, expected", [
    ("Survival showed a 12% rise in adults given the new chemotherapy.", ["12% rise"]),
    ("Tumours were 30% smaller in women given letrozole before surgery.", ["30% smaller"]),
    ("About 19% of adults with kidney disease smoke.", []),
    ("Asthma: 19% " * 2000, []),
])
def test_a_result_needs_a_result_word_or_a_change_word(text, expected):
    assert missing(text) == expected


def _reported_in_the_old_order(text):
    """The check as it was before the figures' reader was asked last: find_first_percent first."""
    from laylint.analysis import Analysis
    from laylint.api import _ruleset
    from laylint.checks import metadata_missing as check
    from laylint.claims import quantities
    from laylint.document import parse

    analysis = Analysis(parse("summary.md", text), ruleset=_ruleset(()))
    if not quantities.find_first_percent(analysis) or not check._could_state_a_result(analysis):
        return []
    return next(([figure.text] for figure in quantities.find(analysis)
                 if figure.unit in ("percent", "relative") and check._result(analysis, figure)), [])


@pytest.mark.parametrize("text", [
    "Nicotine patches helped 15 out of 100 smokers quit, compared with 8 in 100 given placebo (a 50% rise).",
    "Half of the children with asthma improved, and fewer needed steroids than with usual care.",
    "Dialysis patients had a lower risk of infection (risk ratio 0.80, 95% CI 0.70 to 0.91).",
    "Depression improved by 20 per cent with therapy compared with waiting lists.",
    "About 5 percent of people with heart failure were older than 80 in recent trials.",
    "Recent trials in cancer centres found better survival with the new drug.",
    "Chemotherapy cut the risk of death by a third; 40% of the women were over 60.",
    "Mortality was 12% in both groups of newborns with sepsis.",
    "The vaccine prevented 70 % of flu cases in older adults.",
    "A score of 10% on the scale was lower than the threshold for kidney damage.",
    "Half of the smokers quit with varenicline, more than with placebo (the % column of table 2).",
])
def test_asking_for_a_written_percentage_last_reports_the_same_figure(text):
    assert missing(text) == _reported_in_the_old_order(text)
