"""One study of a group (round 35): "Health behaviour also changed in one small study in the USA" when the source
counts 3 studies from the USA. A count of one study whose words name a group the source counts with more studies
speaks of one of them, not of how many there are: no mismatch. Said as the only one ("only one study in the USA",
"a single trial in children", "just one", "one study alone") it is a count of the group, and stays checked; so does
a count of people, or of more than one study.

One study mentioned: "We excluded one study from the analysis", "concerns about the conduct of one study". A study
named by itself, that the source neither counts for the comparison or outcome its sentence names nor credits with a
result there, is no count a sidecar would hold: no unsupported number. One study said to find or show something
("one study found that X works") claims a result and stays checked, as do "only one", "one more study is ongoing",
a comparison's or an outcome's count the source gives, and counts of people.
"""

from __future__ import annotations

import re

from laylint.claims.design_counts import DESIGN_AFTER
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
    if DESIGN_AFTER.match(context.after):  # "one employed a crossover design": the count of that design (round 36)
        return False
    return bool(groups) and all(group.value.value > 1 for group in groups)


# "one study found that ...", "One trial showed ...", "one study did not show": a result, which the source must back
_RESULT_AFTER = re.compile(r"\A[^.;]{0,80}?\b(?:found|finds?|show(?:s|ed|n)?|suggest(?:s|ed)?|reported\s+that|"
                           r"demonstrated|indicated|observed|favou?red|concluded|improved|reduced|increased)\b", re.IGNORECASE)


def one_study_mentioned(figure: Figure, stated: Figure, context: Context, checked: list[Finding]) -> bool:
    """Is the figure one study mentioned by itself (not the only one, claiming no result), while the source gives no
    count (`checked`) for the comparison or outcome its sentence names?"""
    if figure.counted != "studies" or stated.value != 1 or stated.qualifier or checked:
        return False
    if _SINGLE.search(figure.text) or _ONLY_BEFORE.search(context.before[-40:]) or _ONLY_AFTER.match(context.after[:40]):
        return False
    if _MORE_AFTER.match(context.after[:30]) or _NOT_YET.search(context.sentence or ""):
        return False  # "One more study is ongoing": a count of studies still to come, which the source may give
    return not _RESULT_AFTER.match(context.after[:120])


_MORE_AFTER = re.compile(r"\A\s*(?:more|other|another|additional|further|new)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:ongoing|on-going|recruiting|planned|awaiting|under\s?way|in\s+progress|not\s+yet)\b", re.IGNORECASE)
