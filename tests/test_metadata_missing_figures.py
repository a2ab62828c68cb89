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
