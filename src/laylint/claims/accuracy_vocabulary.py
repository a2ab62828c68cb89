"""The words of a test's results that accuracy_words.py (shares said in words) and tested_groups.py (counts of an
imagined tested group) both read: one list of each, so the two readings cannot drift apart."""

from __future__ import annotations

import re

# a test finding people: "identified", "detects", "picked up", "diagnosed"
FINDING_VERBS = r"identif(?:y|ies|ied)|detect(?:s|ed)?|pick(?:s|ed)?\s+up|diagnos(?:e|es|ed)"
# a result the test got wrong
WRONG_WORDS = r"wrongly|incorrectly|falsely"
# the two measures of a test's accuracy, as the source names its outcomes
MEASURES = r"sensitivity|specificity"
MISSED = r"miss(?:es|ed)?"


def pattern(text: str) -> re.Pattern:
    return re.compile(text, re.IGNORECASE)
