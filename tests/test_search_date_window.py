"""claims/search-date: the start of the period searched ("studies published since 2008") is not the search date
(round 13 judge and the end-to-end reading: "published since 2008" read as the search date). Sentences written
for this test in varied fields; the quiet rows have a flagged twin with a wrong search date."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

SOURCE = {"design": "systematic-review", "studies": 12, "participants": 2400, "searched": "2022-08-15"}


def search_date_hits(text):
    return [d for d in lint_text(text, select=["claims"], source=SOURCE) if d.rule == "claims/search-date"]


@pytest.mark.parametrize("text, flagged", [
    ("We searched for and summarised studies of mobile phone support published since 2008.", False),  # mental health
    ("We searched for and summarized studies published since 2008 that reported people’s views of using phones.", False),
    ("We searched for studies published since 2008; the evidence is up to date to May 2021.", True),
    ("We searched for trials of home dialysis published after 1990.", False),  # renal
    ("We searched for trials of home dialysis published after 1990, up to August 2022.", False),
    ("We searched for trials of home dialysis published after 1990, up to August 2021.", True),
    ("We looked for vaccine studies carried out from 2010 onwards, and the evidence is current to August 2022.", False),
    ("The evidence on smoking cessation apps is up to date to 2021.", True),
    ("We searched databases starting in 2015 for studies of statins.", False),  # cardiology
])
def test_the_start_of_the_period_searched_is_not_the_search_date(text, flagged):
    assert bool(search_date_hits(text)) == flagged, [d.message for d in search_date_hits(text)]
