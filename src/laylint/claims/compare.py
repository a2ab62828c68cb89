"""Does a stated figure agree with a finding? Rounding, approximate and bounded forms, 1 in N,
ranges against CIs, ratios against ratios and relative changes against reductions or ratios,
absolute differences against risk differences, signed numbers against mean differences.

The tolerances are the claims issue's contract: a bare figure equals the source rounded to the
figure's precision; about/around/nearly... allow max(1 point, 10% relative) for percentages and
10% relative otherwise; "1 in N" needs round(100/value) = N (or a bare round N, the nearest within 15%); "N out of 100" (or 1,000) may also
cut the share to whole people when that is within 3% of it ("45 out of 100" for 45.7%);
"more than X" needs value > X; a bare round ten for a ratio's relative change is that change to the nearest ten ("by 70%"
for RR 0.28, other_scales.py); a range must overlap the finding's CI (or value); a CI quoted after its estimate must equal the
finding's CI at the precision written.
"""

from __future__ import annotations

import math
from dataclasses import replace

from laylint.claims.other_scales import as_proportion, proportion_scale, to_nearest_ten
from laylint.claims.quantities import Figure
from laylint.claims.wholes import bound_ceiling
from laylint.metadata import Finding

RATIO_MEASURES = ("risk-ratio", "odds-ratio", "hazard-ratio", "rate-ratio")
PERCENT_MEASURES = ("proportion", "risk", "rate", None)
NUMBER_MEASURES = ("mean-difference", "standardised-mean-difference")
# Measures that compare two arms: a figure of one may be attached to either arm ("A vs B: RR 1.1").
COMPARATIVE_KINDS = ("ratio", "relative", "difference", "number", "nnt", "plain")
APPROX_POINTS, APPROX_RELATIVE = 1.0, 0.10
_ONE_IN_N_SLACK = 1.5  # "about 1 in N": N within a factor of 1.5 of the source's (1 in 200 for 1 in 167, not 1 in 403)
_EPSILON = 1e-9


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def finding_kind(finding: Finding) -> str:
    """percent | ratio | relative | difference | nnt | count | number | plain: what kind of figure can state this finding."""
    measure, percent = finding.measure, finding.value.percent
    if measure in RATIO_MEASURES:
        return "ratio"
    if measure == "relative-reduction":
        return "relative"
    if measure == "risk-difference":
        return "difference"
    if measure == "number-needed-to-treat":
        return "nnt"
    if measure == "count":
        return "count"
    if measure in NUMBER_MEASURES:
        return "number"
    if percent and measure in PERCENT_MEASURES:
        return "percent"
    return "plain" if measure is None and not percent else "number"  # a ratio, rate or count: unsaid


def _rounding(decimals: int) -> float:
    return 0.5 * 10 ** -decimals + _EPSILON


def _equal(stated: Figure, value: float, scale: float = 1.0, decimals: int | None = None, percent: bool = False) -> bool:
    """stated*scale against a source value, honouring the figure's qualifier; `decimals` is the
    precision in the scaled unit when it is not the figure's own times the scale."""
    said = stated.value * scale
    tolerance = _rounding(decimals) if decimals is not None else _rounding(stated.decimals) * scale
    qualifier = stated.qualifier
    if qualifier == "approximate":
        # one point for "about 5%" or "about 5 in 100"; one in 1,000 for "about 65 in 1,000"
        points = 100 / stated.denominator if percent and (stated.denominator or 0) > 100 else APPROX_POINTS
        loose = max(points, APPROX_RELATIVE * abs(value)) if percent else APPROX_RELATIVE * abs(value)
        return abs(said - value) <= max(tolerance, loose)
    if qualifier == "more-than":  # "more than 340 million" for the source's 340000000: a bound at its own rounding
        return value > said or (stated.decimals < 0 and abs(said - value) <= tolerance)
    if qualifier == "at-least":
        return value >= said - tolerance
    if qualifier == "less-than":
        return value < said
    if qualifier == "up-to":
        return value <= said + tolerance
    return abs(said - value) <= tolerance


def _within_bound(stated: Figure, value: float, bound: str) -> bool:
    """A count against a total the source gives as a bound ("more than 13,000 women") or a rounding ("about
    300"): "more than 13,000", "over 12,000", "about 13,000" or "13,400" agree; "over 15,000" and "9,000" do not."""
    if bound == "about":
        return _equal(replace(stated, qualifier=stated.qualifier or "approximate"), value)
    if stated.qualifier in ("more-than", "at-least"):
        return stated.value <= value + _rounding(stated.decimals)
    if stated.qualifier in ("less-than", "up-to"):
        return False
    return _equal(stated, value) or value <= stated.value <= bound_ceiling(value)


def _equal_magnitude(stated: Figure, value: float, **options) -> bool:
    """A number written without a sign may state a negative difference ("pain fell by 0.58")."""
    if _equal(stated, value, **options):
        return True
    return stated.value > 0 and value < 0 and not stated.direction and _equal(stated, -value, **options)


def _share(stated: Figure, value: float) -> bool:
    """1 in N, a third, 25 out of 100... against a percentage; "about" also allows the usual slack."""
    if value <= 0:
        return value == 0 and stated.numerator == 0 and stated.form == "frequency"  # "0 out of 35" for 0%
    if getattr(stated, "measure", "") and stated.denominator:  # whole people of a tested group (tested_groups.py):
        return abs(stated.value - value) <= max(50 / stated.denominator, 0.5)  # half a person, or the source's rounding
    if stated.qualifier and stated.qualifier != "approximate":
        return _equal(stated, value, percent=True, decimals=max(0, stated.decimals))
    if stated.numerator == 1 and (stated.denominator or 0) < 100:
        nearest = _round_half_up(100 / value) == stated.denominator
    else:
        nearest = _round_half_up(value * stated.denominator / 100) == stated.numerator
    if nearest or stated.qualifier != "approximate":
        return nearest or _lay_round(stated, value) or _truncated(stated, value)
    # "about 1 in 5", "about 20 out of 100" for 18%: a round share, said to the nearest 5 in 100 (from 15 in 100 up)
    round_share = stated.value >= 15 and abs(stated.value / 5 - round(stated.value / 5)) < 1e-9
    if stated.numerator == 1 and not 1 / _ONE_IN_N_SLACK <= stated.denominator * value / 100 <= _ONE_IN_N_SLACK:
        return False  # "roughly 1 in 403" for 0.6% (1 in 167): an N that far off is no rounding, whatever the points
    return (round_share and abs(stated.value - value) <= 2.5) or _equal(stated, value, percent=True, decimals=max(0, stated.decimals))


_TRUNCATION_SLACK = 0.03  # relative: "45 out of 100" for 45.7% is read as said; "12 out of 100" for 12.8% is not


def _truncated(stated: Figure, value: float) -> bool:
    """"If 45 women out of 100 have a live birth" for 45.7%: a share cut to whole people instead of rounded, within
    one person of the denominator and 3% of the share, which a careful editor lets stand (claims round 36, part F)."""
    n, numerator = stated.denominator or 0, stated.numerator or 0
    if n < 100 or stated.form != "frequency" or numerator < 1:
        return False
    exact = value * n / 100
    return math.floor(exact + _EPSILON) == numerator and exact - numerator <= _TRUNCATION_SLACK * exact


def _lay_round(stated: Figure, value: float) -> bool:
    """A bare "1 in 10" for 11%, "1 in 20" for 5.4%: a lay rounding of 1 in N to the nearest round N (a multiple
    of 5 under 100), within 15% of the share; "1 in 20" for 4% (1 in 25) and "1 in 10" for 13% stay mismatches."""
    n = stated.denominator or 0
    if stated.qualifier or stated.numerator != 1 or not 5 <= n < 100 or n % 5:
        return False
    return _round_half_up(100 / value / 5) * 5 == n and abs(100 / n - value) <= 0.15 * value


def _range(stated: Figure, finding: Finding) -> bool:
    tolerance = _rounding(stated.decimals)
    low, high = stated.low - tolerance, stated.high + tolerance
    if finding.ci:  # the CI, a part of it ("9 to 10 out of 10" for 78% to 99%) or a rounded one around it;
        ci_low, ci_high = finding.ci[0].value, finding.ci[1].value  # a range that only overlaps it is another
        inside, covers = ci_low <= stated.low + tolerance and stated.high - tolerance <= ci_high, low <= ci_low and ci_high <= high
        if (ci_low <= high and low <= ci_high) and (inside or covers or low <= finding.value.value <= high):
            # an end past the interval by more than one step of the range's own rounding is no rounding but a
            # wrong end, even when the range holds the estimate ("8 to 20 in 100" for 8% to 14%; "20% to 40%" is
            # rounded to tens and may stand for 24% to 38%)
            step = max(2 * tolerance, _grain(stated.low, stated.high, stated.decimals))
            if inside and not covers and not stated.low - step <= finding.value.value <= stated.high + step:
                return False  # a piece of the interval that leaves out the estimate ("28% to 31%" for 10%, 2% to 38%)
            return ci_low - step <= stated.low and stated.high <= ci_high + step
    if low <= finding.value.value <= high:
        return True
    if finding.value.value < 0 and stated.low >= 0 and not stated.direction:  # "0.41 to 0.74" for a CI of -0.74 to -0.41
        flipped = replace(finding, value=replace(finding.value, value=-finding.value.value),
                          ci=(replace(finding.ci[1], value=-finding.ci[1].value), replace(finding.ci[0], value=-finding.ci[0].value))
                          if finding.ci else None)
        return _range(stated, flipped)  # the sign left out: judged as the interval it is (not any overlap)
    return False


def _grain(low: float, high: float, decimals: int) -> float:
    """The step both ends are rounded to: 10 for "20 to 40", 5 for "5 to 15", 1 for "8 to 20"."""
    steps = []
    for end in (low, high):
        if end == 0:
            continue
        step = 10.0 ** -max(decimals, 0)
        for size in (100, 50, 10, 5, 1, 0.5, 0.1, 0.05, 0.01):
            if size > step / 2 and abs(end / size - round(end / size)) < 1e-9:
                step = size
                break
        steps.append(step)
    return min(steps) if steps else 10.0 ** -max(decimals, 0)


def _up_to_ci(stated: Figure, finding: Finding) -> bool:
    """"up to 15%" may quote the top of the confidence interval."""
    return stated.qualifier == "up-to" and bool(finding.ci) and abs(stated.value - finding.ci[1].value) <= _rounding(stated.decimals)


def ci_agrees(stated: Figure, finding: Finding) -> bool:
    """A confidence interval quoted after its estimate ("95% CI 0.65 to 1.74") against the finding's."""
    if not finding.ci or stated.low is None:
        return False
    tolerance = _rounding(stated.decimals)
    ends = (finding.ci[0].value, finding.ci[1].value)
    if abs(stated.low - ends[0]) <= tolerance and abs(stated.high - ends[1]) <= tolerance:
        return True
    flipped = sorted(-end for end in ends)  # the sign left out: "0.41 to 0.74" for -0.74 to -0.41
    if abs(stated.low - flipped[0]) <= tolerance and abs(stated.high - flipped[1]) <= tolerance:
        return True
    return finding_kind(finding) == "difference" and proportion_scale(stated.low, stated.high, stated.decimals, ends)


def _difference(stated: Figure, value: float) -> bool:
    """An absolute difference in percentage points against a signed risk difference."""
    if stated.direction:
        return _equal(stated, value, percent=True)
    return _equal(stated, abs(value), percent=True) if stated.value >= 0 else _equal(stated, value, percent=True)


def _points(stated: Figure, value: float) -> bool:
    """A change in per cent or in points, its direction in words, against a signed risk difference."""
    signed = -stated.value if stated.direction == "down" and stated.value > 0 else stated.value
    return _difference(replace(stated, value=signed, unit="difference"), value)


def _needed_to_treat(stated: Figure, value: float) -> bool:
    """"one more in every 4" against a number needed to treat of 4 (or 4.2)."""
    if value <= 0:
        return False
    if stated.numerator == 1 and stated.denominator:
        if _round_half_up(value) == stated.denominator:
            return True
    return _equal(stated, 100 / value, percent=True) or _equal(stated, -100 / value, percent=True)


def agrees(stated: Figure, finding: Finding) -> bool:
    kind, value = finding_kind(finding), finding.value.value
    if stated.unit == "percent":
        if kind != "percent":
            return False
        if stated.form == "range":
            return _range(stated, finding)
        if stated.form in ("frequency", "fraction"):
            return _share(stated, value)
        return _equal(stated, value, percent=True) or _up_to_ci(stated, finding)
    if stated.unit == "difference":
        if kind == "difference":
            return _range(stated, finding) if stated.form == "range" else _difference(stated, value)
        if kind == "nnt":
            return _needed_to_treat(stated, value)
        return False
    if stated.unit == "relative":
        same = _share if stated.form == "fraction" else (lambda figure, change: _equal(figure, change, percent=True))
        if kind == "relative":
            return same(stated, value if stated.direction == "down" else -value)  # a reduction of -57% is a 57% rise
        if kind in ("ratio", "plain"):
            change = (1 - value) * 100 if stated.direction == "down" else (value - 1) * 100
            return change > 0 and (same(stated, change) or to_nearest_ten(stated.value, stated.decimals, stated.qualifier, change, stated.text))
        if kind == "difference" and stated.form != "fraction":  # "20% higher" may be 20 points higher (absolute)
            return _points(stated, value)
        return False
    if stated.unit == "ratio":
        if kind in ("ratio", "plain"):
            return _equal(stated, value)
        if kind == "relative" and stated.value < 1:
            return _equal(stated, 100 - value, scale=100)
        return False
    if stated.unit in ("number", "count"):
        if stated.form == "points" and kind == "difference":  # "20 percentage points higher"
            return _points(stated, value)
        if stated.form == "range":
            return kind in ("count", "number", "ratio", "plain", "nnt") and _range(stated, finding)
        if kind == "count" and finding.qualifier:
            return _within_bound(stated, value, finding.qualifier)
        if kind in ("count", "ratio", "plain", "nnt"):
            return _equal(stated, value)
        if kind == "number":
            return _equal_magnitude(stated, value)
        if kind == "percent" and 0 < stated.value < 1 and stated.decimals >= 2:
            return _equal(stated, value, scale=100, decimals=stated.decimals - 2, percent=True)
        if kind == "difference" and as_proportion(stated.value, stated.decimals):  # "RD 0.14" for a risk difference of 14%
            return _difference(replace(stated, value=stated.value * 100, decimals=stated.decimals - 2), value)
    return False


def comparable(stated: Figure, finding: Finding) -> bool:
    """Could this figure state this finding at all (same kind of measure)?"""
    kind = finding_kind(finding)
    if stated.unit == "percent":
        return kind == "percent"
    if stated.unit == "relative":
        return kind in ("relative", "ratio", "plain", "difference")
    if stated.unit == "ratio":
        return kind in ("relative", "ratio", "plain")
    if stated.form == "points" and kind == "difference":
        return True
    if stated.unit == "difference":
        return kind in ("difference", "nnt")
    if kind == "ratio":  # a bare number states a ratio only when it looks like one ("(0.72, 95% CI ...)")
        return stated.decimals > 0 and 0 < stated.value < 20
    return kind in ("count", "number", "plain", "nnt") or (kind == "percent" and 0 < stated.value < 1) \
        or (kind == "difference" and as_proportion(stated.value, stated.decimals))
