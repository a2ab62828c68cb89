"""Two figures swapped between their outcomes (claims round 31, part M).

"reducing anastomotic leakage by approximately 44% and surgical site infections by about 40%", when the source
gives leakage RR 0.60 (40% less) and infections RR 0.56 (44% less): each figure is roughly its own outcome's (an
approximate figure allows some slack), but exactly the other's. Both are put on the wrong outcome: a wrong pair
each. Figures that are exactly their own outcome's, or not exactly each other's, are left as judged.
"""

from __future__ import annotations

from dataclasses import replace

from laylint.claims.compare import agrees

_SHARES = ("percent", "relative", "ratio", "difference")


def _exact(claim, finding) -> bool:
    return agrees(replace(claim, qualifier=""), finding)


def check_swapped(claims) -> None:
    """Mark figures of one sentence whose findings are each other's, exactly, as wrong pairs (in place)."""
    verified = [c for c in claims if c.verdict == "verified" and c.finding is not None and c.unit in _SHARES
                and c.outcome and c.form not in ("range", "ci")]
    for index, first in enumerate(verified):
        for second in verified[index + 1:]:
            if second.sentence != first.sentence or second.outcome == first.outcome or second.drug != first.drug \
                    or second.unit != first.unit or first.finding is second.finding:
                continue
            own, other = first.finding, second.finding
            if _exact(first, other) and _exact(second, own) and not _exact(first, own) and not _exact(second, other):
                first.verdict, first.finding, first.pair_finding = "wrong-pair", other, own
                second.verdict, second.finding, second.pair_finding = "wrong-pair", own, other
