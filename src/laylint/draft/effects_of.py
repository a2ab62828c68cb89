"""The comparison a sentence names as "the effects of X (when) compared to Y": X is the arm of the figures after it
in that sentence, Y the comparator ("very low-certainty evidence about the effects of conventional TENS when
compared to sham TENS at short-term follow-up, on pain (MD ...)")."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.clause_forms import named_pair
from laylint.draft.mentions import _is_generic
from laylint.draft.model import Fact
from laylint.draft.subjects import _NP, _PEOPLE_ONLY, _before

_EFFECTS_OF = re.compile(r"\b(?:effects?|effectiveness|efficacy|benefits?|impact)\s+of\s+(?:the\s+|an?\s+)?(?P<a>" + _NP + r")\s+"
                         r"(?:when\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:the\s+|an?\s+)?"
                         r"(?P<b>" + _NP + r")(?=\s+(?:at|on|for|in|among|during|after|over|up\s+to|showed?|shows|was|were|is|are|had|has|"
                         r"suggest(?:s|ed)?|found|indicated?)\b|\s*[,;]|\s*$)", re.I)


def effects_of_pairs(facts: list[Fact], arms, abbr) -> None:
    """An effect with no arm (or with only the comparator as its arm) takes the pair its sentence names as "the
    effects of X compared to Y" before it, when no full stop or semicolon comes between."""
    for fact in facts:
        if fact.role != "effect":
            continue
        before = _before(fact)
        found = None
        for found in _EFFECTS_OF.finditer(before):
            pass
        if found is None or re.search(r"[;.]\s", before[found.end():]):
            continue
        side, other = found["a"], found["b"]
        if any(N._NOT_ARM.search(x) or re.match(_PEOPLE_ONLY, x) for x in (side, other)) or _is_generic(side):
            continue
        first, second = named_pair(side, other, arms, abbr)
        if not first:
            continue
        if fact.drug not in (None, second) and N.key(fact.drug) != N.key(first):
            continue  # an arm read already from the figure's own clause
        fact.drug, fact.comparator = first, second
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]
