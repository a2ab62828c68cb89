"""No part is more than the whole (round 24): a count of the review's studies or people, of all of them or of
some ("Two long-term studies", "RCTs reporting miscarriage", "one study of 500 adults"), cannot be more than
the declared `studies` or `participants`. Counts of what is not among the included studies can: studies
excluded, screened, ongoing or awaiting classification, what a search found, records, reports, other reviews.
"""

from __future__ import annotations

import re
from dataclasses import replace

# words in the count's sentence part that say its studies are not (yet) the review's included ones
_NOT_INCLUDED = re.compile(
    r"\b(?:exclud\w*|screen\w*|ongoing|on-?going|await\w*|pending|under\s?way|in\s+progress|still\s+running|"
    r"not\s+yet\s+(?:finished|completed|published|reported|included|assessed)|planned|registered|registrations?|"
    r"(?:the\s+)?search(?:es)?\s+(?:found|identified|returned|retrieved|yielded)|(?:were|was)\s+(?:found|identified|"
    r"retrieved)\s+by\s+(?:the\s+|our\s+)?search|potentially|records?|references?|reports?|citations?|abstracts?|"
    r"full[\s-]texts?|other\s+reviews?|previous\s+reviews?|systematic\s+reviews|databases?|registers?|registries|"
    r"future|next\s+update|will\s+(?:be\s+)?(?:assess|include|add)\w*)\b",
    re.IGNORECASE)


def not_included(segment: str, sentence: str) -> bool:
    """Does the count's part of its sentence (or, short of that, its sentence) say its studies are not among
    the review's included ones?"""
    return bool(_NOT_INCLUDED.search(segment or sentence))


def over_total(total):
    """The declared total, described as a bound ("12 studies in the review, which no count of them can exceed")."""
    return replace(total, population=f"{total.population}, and no count of them can be more")
