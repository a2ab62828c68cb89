"""A test's sensitivity or specificity said in words (claims round 35, part M): "the scan correctly classified
100% of the participants who had DLB and 92% of those who did not", "44 of 53 who did not progress would test
negative". The share of the people with the condition a test finds is its sensitivity; the share of those
without it that it clears is its specificity. When the source declares such outcomes, the figure is that
outcome's, not the condition's (which the clause names). A share of missed or wrongly flagged people is neither."""

from __future__ import annotations

import re

from laylint.claims.accuracy_vocabulary import FINDING_VERBS, MEASURES, MISSED, WRONG_WORDS, pattern
from laylint.metadata import Metadata

# a test finding or sorting people: the verb before the share, in its sentence
_FOUND = pattern(rf"\b(?:correctly\s+\w+|classif(?:y|ies|ied)|{FINDING_VERBS}|(?:rule[sd]?|ruling)\s+out)\b")
_CORRECT = re.compile(r"\bcorrectly\b|\bclassif", re.IGNORECASE)
_CLEARED = re.compile(r"\b(?:rule[sd]?|ruling)\s+out\b|negative\b", re.IGNORECASE)
_WRONG = pattern(rf"\b(?:{MISSED}|{WRONG_WORDS}|false)\b")
# the people the share is of, right after it: "of the participants who had", "of those without", "of people with"
_WHO = (r"(?P<who>who\s+(?:(?:did|do|does|will|would)\s+not|never|(?:did|do|does|will|would)n[o']t)|"
        r"who|with|without)\b")
_OF_PEOPLE = re.compile(r"\s*of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?" + _WHO, re.IGNORECASE)
_PEOPLE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?" + _WHO, re.IGNORECASE)  # "44 of 53 participants who did not ..."
_RESULT_AFTER = re.compile(r"\b(?:test(?:ed)?\s+|be\s+|as\s+)?[\w-]*(?P<sign>positive|negative)\b", re.IGNORECASE)
_PART = re.compile(r"\w\s*(?:(?:out\s+)?of|in|/)\s*\d")  # "44 of 53", "9/10": the part names its whole
_NOT = re.compile(r"\bnot\b|\bnever\b|n[o']t\b|\bwithout\b", re.IGNORECASE)
_MEASURE = pattern(rf"^(?P<kind>{MEASURES})\b")
_VERB_REACH = 160  # characters before the figure: the verb may govern a list of shares ("100% of ... and 92% of ...")


def accuracy_outcome(figure, outcome: str | None, metadata: Metadata | None, before: str, after: str) -> str | None:
    """The sensitivity or specificity outcome a share of people a test found states, or None."""
    if metadata is None or figure.unit != "percent" or figure.form not in ("percent", "fraction", "frequency"):
        return None
    measures = {}
    for name in metadata.outcomes:
        match = _MEASURE.match(name)
        if match is not None:
            measures.setdefault(match["kind"].lower(), name)
    if figure.measure:  # a count of an imagined tested group (tested_groups.py)
        return measures.get(figure.measure)
    if not measures or (outcome is not None and _MEASURE.match(outcome)):
        return None  # the clause names the measure itself
    people = _OF_PEOPLE.match(after) or (_PEOPLE.match(after) if _PART.search(figure.text) else None)
    if people is None:
        return None
    without = bool(_NOT.search(people["who"]))
    verb = list(_FOUND.finditer(before[-_VERB_REACH:]))
    result = _RESULT_AFTER.search(after, people.end(), people.end() + 80)
    reach = result.end() if result is not None else people.end()
    if _WRONG.search(before[-40:]) or _WRONG.search(after[:reach]):
        return None  # "missed 2", "falsely positive": the complement of a measure, not the measure
    if verb and _CORRECT.search(verb[-1].group(0)):
        cleared = without  # "correctly classified 92% of those who did not have it": those it cleared
    elif verb:
        cleared = bool(_CLEARED.search(verb[-1].group(0)))
    elif result is not None:
        cleared = result["sign"].lower() == "negative"
    else:
        return None
    if cleared != without:
        return None  # a negative result in people who have it (or a positive one in people who do not): an error rate
    return measures.get("specificity" if without else "sensitivity")
