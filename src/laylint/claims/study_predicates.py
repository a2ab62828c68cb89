"""What only a study does: a bare number whose noun is left out ("..., and five used a cross-over design") counts
studies when its verb phrase is one only a study can have (a design, a funder, a risk of bias), even after a
sentence about people (claims round 36, part F). "Five used the app daily" and "60 were randomised to yoga" (people
are randomised too) stay counts of people.
"""

from __future__ import annotations

import re

_DESIGNS = (r"cross[\s\u2010\u2011-]?over|parallel(?:[\s\u2010\u2011-]group)?|cluster(?:[\s\u2010\u2011-]randomi[sz]ed)?|"
            r"factorial|quasi[\s\u2010\u2011-]randomi[sz]ed|double[\s\u2010\u2011-]blind(?:ed)?|"
            r"open[\s\u2010\u2011-]label|placebo[\s\u2010\u2011-]controlled|multi[\s\u2010\u2011-]?cent(?:re|er)|"
            r"single[\s\u2010\u2011-]cent(?:re|er)|non[\s\u2010\u2011-]?inferiority|pilot")

# "used a cross-over design", "had a parallel-group design", "employed a randomised parallel-group design"
USED_A_DESIGN = r"(?:used|had|followed|adopted|employed|applied)\s+(?:an?\s+|the\s+)?(?:[\w\u2010\u2011-]+\s+){0,3}?design\b"

STUDY_PREDICATE = re.compile(
    r"\s+(?:(?:also|all|each|both)\s+)?(?:"
    + USED_A_DESIGN +
    # "were cross-over", "was double-blind", "were placebo-controlled"
    rf"|(?:was|were)\s+(?:(?:also|all|both)\s+)?(?:{_DESIGNS})(?![\w-])(?!\s+(?:to|by)\b)"
    # "were funded by", "was sponsored by", "were paid for by"
    r"|(?:was|were)\s+(?:(?:also|all|partly|fully|entirely)\s+)?(?:funded|sponsored|paid\s+for|financed)\b"
    # "were at high risk of bias", "had a low risk of bias"
    r"|(?:was|were|had)\s+(?:at\s+)?(?:an?\s+)?(?:high|low|unclear|some|serious)\s+risk\s+of\s+bias\b"
    r")", re.IGNORECASE)


def said_of_studies(text: str, end: int) -> bool:
    """Does the verb phrase right after a bare number (ending at `end`) say something only a study can be or do?"""
    return bool(STUDY_PREDICATE.match(text, end))
