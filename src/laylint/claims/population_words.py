"""An outcome named in a description of who took part ("people with kidney disease who have not had a stroke",
"women without leg ulcers", "children with a history of asthma attacks") says who the people are, not what a
treatment did to them: no link between the clause's drug and that outcome (claims round 36, part F).
"""

from __future__ import annotations

import re

_WHO = re.compile(
    r"(?:\bwho\s+(?:(?:do|did|does|have|has|had)(?:\s+not|n['\u2019]t)\s+|(?:never|already|previously|recently)\s+)?"
    r"(?:have|has|had|get|got|develop(?:ed)?|suffer(?:ed)?\s+from|live\s+with|lived\s+with)"
    r"|\bwithout|\b(?:with|after)\s+(?:a\s+)?(?:history|past|record)\s+of|\bfree\s+of|\bat\s+(?:high\s+)?risk\s+of)"
    r"\s+(?:(?:an?|any|the|their|a\s+previous|a\s+prior|previous|prior|earlier)\s+)?(?:[\w\u2010\u2011-]+\s+){0,2}\Z",
    re.IGNORECASE)


def describes_who(text: str, clause_start: int, mention_start: int) -> bool:
    """Is the outcome mention at `mention_start` part of a description of the people, in its clause?"""
    return bool(_WHO.search(text, max(clause_start, mention_start - 80), mention_start))
