"""A narrow or no-break space between digit groups is a thousands separator: "8 728 participants" (U+202F, as
language models write it) is one count of 8,728, not the counts 8 and 728 (round 14 judges: most of the false
unsupported-number alarms on new LLM writers). Sentences written for this test in varied fields."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

SOURCE = {"design": "systematic-review", "studies": 21, "participants": 8728,
          "drugs": {"statins": []}, "outcomes": {"heart attack": []},
          "findings": [{"drug": "statins", "outcome": "heart attack", "value": 0.74, "measure": "risk-ratio",
                        "ci": [0.65, 0.85]}]}
NARROW, NO_BREAK, THIN = "\u202f", "\u00a0", "\u2009"


def claims(text):
    return [d for d in lint_text(text, select=["claims"], source=SOURCE) if d.severity in ("error", "warning")]


@pytest.mark.parametrize("space", [NARROW, NO_BREAK, THIN])
def test_a_grouped_total_is_one_number(space):
    assert not claims(f"We found 21 studies with 8{space}728 adults taking statins for heart health."), space


@pytest.mark.parametrize("space", [NARROW, NO_BREAK])
def test_a_wrong_grouped_total_is_still_caught_as_one_number(space):
    hits = claims(f"We found 21 studies with 9{space}728 adults taking statins for heart health.")
    assert hits and all(f"9{space}728" in d.message or "9,728" in d.message or "9728" in d.message for d in hits), \
        [d.message for d in hits]


@pytest.mark.parametrize("text", [
    f"In 21 trials of statins, 8{NARROW}728 people took part.",  # cardiology
    f"The 21 studies enrolled about 8{NO_BREAK}728 adults in total.",
])
def test_grouped_counts_in_other_shapes(text):
    assert not claims(text), [d.message for d in claims(text)]


def test_a_space_before_a_group_of_other_than_three_digits_is_a_space():
    # "8 72" is not a grouped number: 72 people is not in the source, so it is still checked on its own
    assert any("'72'" in d.message for d in claims(f"We found 21 studies with 8{NARROW}72 adults taking statins.")), \
        [d.message for d in claims(f"We found 21 studies with 8{NARROW}72 adults taking statins.")]


def test_the_prose_keeps_its_length_and_offsets():
    text = f"Of 8{NARROW}728 adults, 21 studies.\n"
    hits = lint_text(text.replace("8\u202f728", "9\u202f728"), select=["claims"], source=SOURCE)
    [hit] = [d for d in hits if d.severity in ("error", "warning")]
    assert (hit.line, hit.column) == (1, 4)
