"""A slash list of bare codes gets one message, at its first code, as jargon/acronym's doc says (judge 24)."""

import pytest

from laylint.api import lint_text

ROWS = [
    # (text, the codes reported)
    ("The drug acted on the AMPK/mTOR/HIF1 axis.", ["AMPK"]),
    ("Tumours with KRAS/BRAF changes grew faster.", ["KRAS"]),
    ("Levels of IL-6/TNF rose, and CRP fell.", ["IL-6", "CRP"]),
    ("Levels of IL-6 rose. TNF/CRP did not change.", ["IL-6", "TNF"]),
    ("We measured HbA1c and eGFR.", ["HbA1c", "eGFR"]),
    # a defined code in the list leaves the next undefined one to be reported
    ("Heart failure (HF) and HF/CKD clinics were compared.", ["CKD"]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_slash_list_reported_once(text, expected):
    found = [d.message.split("'")[1] for d in lint_text(text, select=["jargon/acronym"])]
    assert found == expected
