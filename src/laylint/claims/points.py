"""A share that states a mean difference (round 29): outcomes measured in per cent (HbA1c, body fat, ejection
fraction) or on a 0 to 100 scale have their mean differences in points, and writers put a "%" on them
("HbA1c lowered by 0.3%" for MD -0.3; "12% absolute improvement" for 12 points lower pain on a 0 to 100 scale;
"fat mass about 2-3% lower" for MD -2.63). Such a share, or range of shares, agrees with the mean difference of its
pair when their sizes are equal at the figure's precision; it is never a mismatch against one (a mean difference
in another unit says nothing about a share), so a wrong value is judged as before. Only a comparison's mean
difference counts: one arm's own mean change (no comparator) is no difference a share could state.
"""

from __future__ import annotations

from dataclasses import replace

from laylint.claims.compare import agrees
from laylint.claims.figure import Figure
from laylint.metadata import Finding

_SHARE_UNITS = ("percent", "relative", "difference")


def mean_difference_in_points(figure: Figure, outcome: str | None, findings, on_arm) -> Finding | None:
    """The mean difference of the figure's pair (`on_arm(finding)`: is the figure's drug an arm of it) that the
    share states in points, if any. Natural frequencies and fractions ("8 in 100", "a third") state no points."""
    if figure.unit not in _SHARE_UNITS or figure.form in ("frequency", "fraction") or figure.denominator \
            or outcome is None:
        return None
    as_points = replace(figure, unit="number", direction="", form="range" if figure.form == "range" else "number")
    for finding in findings:
        if finding.measure == "mean-difference" and finding.comparator and finding.outcome == outcome and on_arm(finding) \
                and agrees(as_points, finding):
            return finding
    return None
