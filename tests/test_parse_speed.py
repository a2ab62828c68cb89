"""Parsing shortcuts (issue #19) against the plain computations they replace: the same prose, offsets and blocks."""

from __future__ import annotations

import random
import unicodedata

import pytest

from laylint import document
from laylint.text import visible as visibility

SAMPLES = [
    "Adults with heart failure had fewer hospital stays (RR 0.79, 95% CI 0.71 to 0.88).",
    "In 8\u202f728 children with asthma, inhaled steroids\u00a0helped; 1\u2009200 had no attacks.",
    "Smokers given varenicline quit more often\u2007than with placebo (12\u00a0studies, 4\u202f000 people).",
    "Chemotherapy \u2014 with or without radiotherapy \u2014 probably prolongs survival in lung cancer.",
    "People on haemodialysis may have less itching\u200b; the e\u0301vidence is low certainty.",
    "Antibiotics for urinary\u00adtract infections in babies: results\u2009could not be pooled.",
    "Depression scores fell by 2\u00a0points (\u202e%91\u202c) after cognitive therapy.",
    "Kidney function (eGFR \u2265 60) was kept in 1\u00a0000\u00a0000 people.",
]


def _plain_prose_spaces(text: str) -> str:
    return document._GROUP_SPACE.sub(",", text).translate(document._NO_BREAK_SPACES)


def _random_texts(count: int = 3000) -> list[str]:
    pool = "ab 12.,%()\u00a0\u2007\u2009\u202f\u200b\u0301\u00ad\u202e\u202c\u2014\u00e9\u2265"
    chooser = random.Random(19)
    return ["".join(chooser.choice(pool) for _ in range(chooser.randrange(1, 30))) for _ in range(count)]


@pytest.mark.parametrize("text", SAMPLES + _random_texts())
def test_prose_spaces_shortcut_equals_the_plain_steps(text):
    assert document._prose_spaces(text) == _plain_prose_spaces(text)


def test_prose_spaces_changes_the_thousands_separator_and_no_break_spaces():
    assert document._prose_spaces(SAMPLES[1]) == ("In 8,728 children with asthma, inhaled steroids helped; "
                                                  "1,200 had no attacks.")


def _plain_visible(text: str, offsets: list[int]):
    """visible() with its old test: every character looked at."""
    if text.isascii() or not any(visibility.is_invisible(c) or visibility._is_mark(c) for c in text):
        return text, offsets
    return visibility.visible(text, offsets)


def test_no_ascii_character_is_invisible_or_a_mark():
    """Why visible() may look only at the non-ASCII characters."""
    assert [c for c in map(chr, range(128)) if unicodedata.category(c) in ("Cf", "Mn", "Me")] == []


@pytest.mark.parametrize("text", SAMPLES + _random_texts(1000))
def test_visible_shortcut_equals_the_plain_test(text):
    offsets = list(range(len(text)))
    got, want = visibility.visible(text, offsets), _plain_visible(text, offsets)
    assert got == want
    assert (got[0] is text) == (want[0] is text)  # unchanged text is returned as the same object


def test_visible_drops_a_zero_width_space_and_keeps_offsets():
    text, offsets = visibility.visible("10\u200b0 mg", [0, 1, 2, 3, 4, 5, 6])
    assert (text, offsets) == ("100 mg", [0, 1, 3, 4, 5, 6])
