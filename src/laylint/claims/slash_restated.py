"""A share restated as events over people right after it (claims round 35, part M): "Ten per cent (3/30) of the
patients", "a higher proportion (43% or 13/30)". The fraction says the same as the per cent before it, and a careful
editor checks the per cent: it is one figure (the per cent), not a count of 3 (or 13) with nothing to match. A fraction that
does not equal the per cent ("10% (5/30)") is left as it was read, so a slip in either still shows."""

from __future__ import annotations

import re

from laylint.claims.figure import Figure

_SLASH = re.compile(r"(?<![\d/.,])(?P<a>\d{1,5})\s?/\s?(?P<b>\d{1,6})(?![\d/.,%])")
_BETWEEN = re.compile(r"\s*(?:\(|,|;|:|\bor\b|\bi\.e\.|=)?\s*\Z", re.IGNORECASE)


def restated_slashes(text: str, figures: list[Figure]) -> None:
    for match in _SLASH.finditer(text):
        part, whole = int(match["a"]), int(match["b"])
        if not 0 <= part < whole:
            continue
        share = next((f for f in reversed(figures) if f.end <= match.start()), None)
        if share is None or share.unit != "percent" or share.form not in ("percent", "fraction") \
                or match.start() - share.end > 12 or not _BETWEEN.match(text[share.end:match.start()]):
            continue
        if abs(100 * part / whole - share.value) > max(0.5 * 10 ** -max(share.decimals, 0), 0.5):
            continue  # another share than the one before it: left as read
        for figure in figures:
            if match.start() <= figure.start < match.end():
                figure.unit = "merged"  # the per cent before it is the figure
