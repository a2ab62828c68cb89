"""A figure that states a finding on another scale or at a lay rounding, which a careful editor lets stand
(claims round 37, part C):

- a risk difference printed as a proportion, as many abstracts print it ("risk difference 0.14, 95% CI 0.08 to
  0.20") against a sidecar that gives it in per cent (14%, CI 8% to 20%): the same number on a scale of 1;
- a relative change said to the nearest ten ("reduced womb infections by 70%") for a ratio whose change is 72%
  (RR 0.28), when it is nearer to the change than to the next ten (a change of 25% or 45% is said as no ten).
  Shifted or wrong figures are not within five points of the change: "by 50%" for 58% stays a mismatch.
"""

from __future__ import annotations

import re

_EPSILON = 1e-9


def as_proportion(value: float, decimals: int) -> bool:
    """A number written like a proportion with at least two decimals ("0.14", "-0.04")."""
    return 0 < abs(value) < 1 and decimals >= 2


def proportion_scale(low: float, high: float, decimals: int, ends: tuple[float, float]) -> bool:
    """A confidence interval written as proportions ("0.08 to 0.20") equal to a per-cent one (8% to 20%), at the
    precision written; the sign may be left out, as for the estimate."""
    if decimals < 2 or max(abs(low), abs(high)) >= 1:
        return False
    tolerance = 0.5 * 10 ** -(decimals - 2) + _EPSILON
    said = (low * 100, high * 100)
    flipped = tuple(sorted(-end for end in ends))
    return any(abs(said[0] - a) <= tolerance and abs(said[1] - b) <= tolerance for a, b in (ends, flipped))


# the figure as written starts with its number: "70%", "20% less", not "about 70%" (whose own tolerance applies,
# and which swapped.py reads without its qualifier to see which outcome it is exactly)
_BARE = re.compile(r"\d+\s?(?:%|per\s?cent)(?:\s+[a-z]+)?", re.IGNORECASE)


def to_nearest_ten(said: float, decimals: int, qualifier: str, change: float, text: str = "") -> bool:
    """A bare round relative change ("by 70%") that is the source's change rounded to the nearest ten."""
    if qualifier or decimals > 0 or said < 20 or abs(said / 10 - round(said / 10)) > _EPSILON or change <= 0 \
            or not _BARE.fullmatch(text.strip()):
        return False
    return abs(change - said) < 5 - _EPSILON  # nearer to it than to the next ten: 25% (RR 0.75) is neither 20 nor 30
