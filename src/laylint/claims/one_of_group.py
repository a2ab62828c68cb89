"""One study of a group (round 35): "Health behaviour also changed in one small study in the USA" when the source
counts 3 studies from the USA. A count of one study whose words name a group the source counts with more studies
speaks of one of them, not of how many there are: no mismatch. Said as the only one ("only one study in the USA",
"a single trial in children", "just one", "one study alone") it is a count of the group, and stays checked; so does
a count of people, or of more than one study.
"""

from __future__ import annotations

import re

from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding

# "only one", "just one", "a single", "the sole", "no more than one": the count of the group, not one of it
_ONLY_BEFORE = re.compile(r"\b(?:only|just|solely|merely|single|sole|no\s+more\s+than|not\s+more\s+than)\s+(?:[\w-]+\s+)?\Z",
                          re.IGNORECASE)
_ONLY_AFTER = re.compile(r"\A\s*(?:[\w-]+\s+){0,3}?(?:alone|only)\b", re.IGNORECASE)
_SINGLE = re.compile(r"\bsingle\b", re.IGNORECASE)


def one_of_group(figure: Figure, stated: Figure, context: Context, groups: list[Finding]) -> bool:
    """Is the figure one study, not said as the only one, of groups the source counts with more than one study?"""
    if figure.counted != "studies" or stated.value != 1 or stated.qualifier:
        return False
    if _SINGLE.search(figure.text) or _ONLY_BEFORE.search(context.before[-40:]) or _ONLY_AFTER.match(context.after[:40]):
        return False
    return bool(groups) and all(group.value.value > 1 for group in groups)
