"""More ways a summary gives its search date ("The evidence was last checked in August 2023", "We looked for
studies up to May 2022"): read as the search date and checked against `searched`. Sentences written for this test in
varied fields; each quiet row has a flagged twin with another date."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

SOURCE = {"design": "systematic-review", "studies": 7, "searched": "2023-04-26"}


def search_date_hits(text):
    return [d for d in lint_text(text, select=["claims"], source=SOURCE) if d.rule == "claims/search-date"]


@pytest.mark.parametrize("text, flagged", [
    ("The evidence on caffeine for premature babies was last checked in April 2023.", False),  # paediatrics
    ("The evidence on caffeine for premature babies was last checked in August 2023.", True),
    ("We looked for studies of exercise after heart surgery up to 26 April 2023.", False),  # cardiology
    ("We looked for studies of exercise after heart surgery up to March 2022.", True),
    ("We looked for trials of talking therapies published until April 2023.", False),  # mental health
    ("We looked for trials of talking therapies published until 2021.", True),
    ("We checked for new studies of dialysis in April 2023.", False),  # renal
    ("We checked for new studies of dialysis in June 2024.", True),
    ("We looked for studies published since 2008.", False),  # a window start, not the search date
])
def test_more_search_cues(text, flagged):
    hits = search_date_hits(text)
    assert bool(hits) == flagged, [d.message for d in hits]
