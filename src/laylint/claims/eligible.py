"""Counts said as the review's own by what the studies met (round 28): "Three trials (total n=450) met the
criteria", "Eight RCTs involving 1,277 infants met our inclusion criteria", "Four studies were eligible for
inclusion", "Five trials with 696 women were included." The studies that met the review's criteria, or were
included in it, are all of its studies: such a count is checked against the declared `studies` or
`participants` only, never passed by a smaller count finding of one outcome that happens to share its value.
A part keeps its words and stays a part: "were included in the meta-analysis", "met the criteria for this
comparison", "trials in children were eligible", "Two of them", "Eleven new trials", "... and only three met".
"""

from __future__ import annotations

import re

# the verb phrase that says the studies are the review's: what they met, or that they were eligible or included
_CRITERIA = re.compile(r"(?:(?:that|which|who)\s+)?(?:all\s+)?(?:met|meet|fulfill?ed|fulfil|satisfied)\s+"
                       r"(?:the\s+|our\s+|their\s+|its\s+|all\s+(?:the\s+|our\s+)?|the\s+review's\s+)?"
                       r"(?:(?:inclusion|eligibility|selection|review|pre-?specified|predefined|entry)\s+){0,2}criteria\b"
                       r"(?!\s+for\s+(?!inclusion\b|(?:this|the|our)\s+review\b))", re.IGNORECASE)
_ELIGIBLE = re.compile(r"(?:(?:that|which|who)\s+)?(?:were|was|are)\s+(?:all\s+)?(?:(?:judged|deemed|considered|found)\s+"
                       r"(?:to\s+be\s+)?)?eligible(?=\s*(?:[.;,)]|\Z)|\s+for\s+(?:inclusion|(?:this|the|our)\s+review)\b)",
                       re.IGNORECASE)
_INCLUDED = re.compile(r"(?:(?:that|which|who)\s+)?(?:were|are|was|is)\s+(?:all\s+)?included"
                       r"(?=\s*(?:[.;]|\Z|,\s+(?:with|involving|comprising|including)\b)|\s+in\s+(?:this|the|our)\s+"
                       r"(?:systematic\s+|updated\s+)?review\b)", re.IGNORECASE)
# what may stand between the count and that verb: its noun and a few describing words, a bracket, and the
# people of those studies ("involving a total of 1,277 preterm infants", "with a total of about 1,200 adults")
_BRACKET = re.compile(r"\([^()]*\)")
_PEOPLE = re.compile(r"\b(?:with|involving|including|enrolling|recruiting|of|looking\s+at)\s+(?:a\s+total\s+of\s+|about\s+|around\s+|"
                     r"approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+){0,2}\d[\d,.\u202f\u00a0 ]*"
                     r"(?:\s+[\w\u2011-]+){0,3}?(?=\s*\Z)", re.IGNORECASE)
_WORD = re.compile(r"[\w\u2010\u2011'-]+")
# words that make the studies some of the review's, not all of it
_PART_WORDS = re.compile(r"\b(?:of|in|with|among|from|for|at|on|about|and|or|but|only|new|additional|further|other|more|"
                         r"these|those|them|which|whom|out|remaining|ongoing|excluded|compared|comparing|versus|vs|"
                         r"reported|reporting|assessed|screened|identified|found|searched|records?|reports?|documents?|"
                         r"abstracts?|articles?|citations?)\b", re.IGNORECASE)


# "the two included studies", "all three included trials", "There are two studies included, both ...": the review's
# ("between the two included studies" compares two studies, often of one comparison)
_THE_BEFORE = re.compile(r"(?<!between\s)\b(?:the|all|all\s+(?:of\s+)?the|our)\s+\Z", re.IGNORECASE)
# (counts.py's _INCLUDED_NOUN is another: studies only, whatever follows, as a count reader needs)
_INCLUDED_NOUN = re.compile(r"\s+included\s+(?:[\w\u2011-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?|participants|people|"
                            r"patients)\b(?!\s+(?:in|with|of|that|which|who|on|from|at|for|comparing|compared|reporting|using)\b)",
                            re.IGNORECASE)
_NOUN_INCLUDED = re.compile(r"\s+(?:[\w\u2011-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?)\s+included(?=\s*(?:[.,;]|\Z))",
                            re.IGNORECASE)


def said_as_eligible(after: str, before: str = "") -> bool:
    """Does the text right around a count (in its sentence) say its studies met the review's criteria or were
    included in it, with nothing between that makes them a part?"""
    if _THE_BEFORE.search(before) and _INCLUDED_NOUN.match(after):
        return True  # "the two included studies"
    if re.search(r"\b(?:are|were|is|was)\s+\Z", before) and _NOUN_INCLUDED.match(after):
        return True  # "There are two studies included, both published in 1996"
    for verb in (_CRITERIA, _ELIGIBLE, _INCLUDED):
        for found in verb.finditer(after, 0, 140):
            if _only_its_words(after[:found.start()]):
                return True
    return False


def _only_its_words(gap: str) -> bool:
    gap = _PEOPLE.sub(" ", _BRACKET.sub(" ", gap))
    if "(" in gap or ")" in gap.lstrip()[1:] or re.search(r"[,;:.]", gap):
        return False  # a bracket left open, or a list or clause between: "..., of which four studies met"
    gap = gap.replace(")", " ")
    return len(_WORD.findall(gap)) <= 5 and not _PART_WORDS.search(gap) and not re.search(r"\d", gap)


# a count finding of the whole review: "studies in the review", "included trials", "participants randomised in total"
_OF_THE_REVIEW = re.compile(r"\b(?:review|included|eligible|inclusion|in\s+total|total|overall|altogether)\b", re.IGNORECASE)


def of_the_review(population: str) -> bool:
    """Does a count finding's population say it counts the whole review?"""
    return bool(_OF_THE_REVIEW.search(population))
