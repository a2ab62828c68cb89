"""A count of people said as a range ("The included studies involved between 11 and 40 people", "trials of 20 to
90 children"): the sizes of the studies, never the review's total, so it is not compared with the total (claims
round 36, part F). Both ends declared as counts (the smallest and the largest study) back it; otherwise the source
has no such sizes and the range is unsupported: a warning, since the full review may give them.
"""

from __future__ import annotations

from dataclasses import replace

from laylint.claims.compare import agrees
from laylint.claims.figure import Figure
from laylint.claims.verdict import Verdict
from laylint.metadata import Metadata


def size_range(figure: Figure, metadata: Metadata | None) -> Verdict | None:
    """The verdict on a range of people counted in studies, or None for any other figure."""
    if figure.unit != "count" or figure.counted != "people" or figure.span_low is None or metadata is None:
        return None
    counts = [f for f in metadata.findings if f.measure == "count"]
    ends = [replace(figure, value=figure.span_low, span_low=None), replace(figure, span_low=None)]
    backing = [next((f for f in counts if agrees(end, f)), None) for end in ends]
    if all(backing):
        return Verdict("count", backing[1])
    return Verdict("unsupported-number")
