"""A percentage right before a declared drug's name is its strength, not a result: "30% humidified oxygen", "2%
chlorhexidine", "0.9% saline" (claims round 36, part F). Such a figure is part of the name, like a dose inside it.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"[ \t\u00a0\u202f\u2010\u2011-]{0,2}")


# "9% chlorhexidine users", "12% placebo group": a share of the people on the drug, not its strength
_PEOPLE_AFTER = re.compile(r"[\s-]*(?:users?|patients?|people|persons?|group|groups|arms?|recipients?|takers?|"
                           r"participants?|women|men|children|adults|infants|babies|smokers)\b", re.IGNORECASE)


def strengths(text: str, figures, found, drugs) -> None:
    """Mark, in place, each bare percentage followed at once by a declared drug's mention as part of that name."""
    ends = {m.start: m.end for m in found if m.kind == "drug" and m.name in drugs}
    if not ends:
        return
    for figure in figures:
        if figure.unit != "percent" or figure.form != "percent" or figure.qualifier or figure.direction:
            continue
        start = _GAP.match(text, figure.end).end()
        if start in ends and not _PEOPLE_AFTER.match(text, ends[start]):
            figure.unit, figure.form, figure.counted = "name", "name", ""
