"""A range said for results the source gives as separate values (claims round 32, part M): "sensitivity ranged from
86% to 94%" when the source lists two studies' (or two analyses') sensitivities, 85.0% and 93.8%, and no interval.

Such a range names its ends: each end is one of the values, at the range's own precision, or rounded outward by one
step ("28–39%" for 28.6% to 38.9%). A range that holds one of them (so it matched) but has an end that is none of
them, or that leaves one out ("86–94%" for 85.0% to 93.8%), misstates the spread: a number-mismatch against the
value nearest the wrong end. A finding with an interval is judged by it (compare.py).
"""

from __future__ import annotations

from laylint.claims.compare import finding_kind
from laylint.claims.figure import Figure
from laylint.metadata import Finding


def wrong_end(figure: Figure, drug: str | None, exact: list[Finding], findings) -> Finding | None:
    """The value a range's wrong end should have been, when the range spans several CI-less values of the result of
    the drug it names (and matched no finding with an interval, nor another result's)."""
    matched = exact[0]
    if figure.form != "range" or figure.low is None or drug is None or matched.drug != drug or any(
            f.ci or (f.drug, f.outcome, f.measure, f.comparator) != (matched.drug, matched.outcome, matched.measure,
                                                                    matched.comparator) for f in exact):
        return None
    values = [f for f in findings if f.drug == matched.drug and f.outcome == matched.outcome and f.measure == matched.measure
              and f.comparator == matched.comparator and not f.ci and finding_kind(f) == finding_kind(matched)]
    if len(values) < 2:
        return None
    tolerance = 0.5 * 10 ** -figure.decimals + 1e-9
    if figure.qualifier == "approximate":
        tolerance = max(tolerance, 1.0)
    step = max(2 * tolerance, 10.0 ** -max(figure.decimals, 0))
    said = [v.value.value for v in values]
    # an end may be rounded outward (covering the value) by one step, inward only within its own rounding
    low_ok = any(v - step <= figure.low <= v + tolerance for v in said)
    high_ok = any(v - tolerance <= figure.high <= v + step for v in said)
    for end, ok in ((figure.low, low_ok), (figure.high, high_ok)):
        if not ok:
            return min(values, key=lambda f: abs(f.value.value - end))
    return None
