"""Is a term explained where it is used? Patterns, checked inside the term's sentence:

  term (lay phrase)          low antibody levels (hypogammaglobulinemia)   -- either side of the brackets
  term, which means ...      cue phrases after the term  (lexicon `explanations.after`)
  called term / known as ... cue phrases before the term (lexicon `explanations.before`)
  term - a dash apposition - ...
"""

from __future__ import annotations

import re

from laylint.text import WORD

_OPEN_AFTER = re.compile(r"\s*[\"'\u201d\u2019]?\s*\(([^()]{1,200})\)")
_INSIDE_OPEN = re.compile(r"([^\W\d_][\w'\u2019-]*)\s*\(\s*[\"'\u201c\u2018]?$")
_BRACKET_LIST_WORDS = 10  # "blood problems (anaemia and neutropenia)": a short list of terms in brackets
_DASH_AFTER = re.compile(r"\s*[\"'\u201d\u2019]?\s*(?:\u2014|\u2013|--|\s-)\s*[A-Za-z]+\W+[A-Za-z]+")
_ACRONYM_ONLY = re.compile(r"^[\s\W\d]*[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*s?[\s\W]*$")
_REACH = 240
_LABEL = re.compile(r"^\s*(?:\d|[a-z]\)|see\b|e\.g\.|i\.e\.|p\s*[<=>]|n\s*=|ci\b|95%)", re.I)


def _cue_pattern(cues: list[str], after: bool):
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    if after:
        return re.compile(rf"\s*[\"'\u201d\u2019]?\s*[,:]?\s*(?:{alternatives})(?!\w)", re.I)
    return re.compile(rf"\b(?:{alternatives})\s+(?:(?:a|an|the|this)\s+)?[\"'\u201c\u2018]?\s*$", re.I)


class Explainer:
    """Built once per lexicon; `explained(text, start, end, sentence_start, sentence_end)`."""

    def __init__(self, after: list[str], before: list[str]):
        self.after = _cue_pattern(after, after=True)
        self.before = _cue_pattern(before, after=False)

    def explained(self, text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
        # the patterns only look a few words either side
        before, after = text[max(sentence_start, start - _REACH):start], text[end:min(sentence_end, end + _REACH)]
        bracket = _OPEN_AFTER.match(after)
        if bracket and is_lay_phrase(bracket.group(1)):
            return True
        if bracket and _ACRONYM_ONLY.match(bracket.group(1)):
            after = after[bracket.end():]  # "sleep apnoea (OSA) is a condition ...": look past the abbreviation
        if _inside_brackets_after_lay_phrase(before, after):
            return True
        return bool(self.after.match(after) or self.before.search(before) or _DASH_AFTER.match(after))


def _inside_brackets_after_lay_phrase(before: str, after: str) -> bool:
    """The term is in brackets, alone or in a short list, right after a lay phrase."""
    opening, closing = before.rfind("("), after.find(")")
    if opening < 0 or closing < 0 or ")" in before[opening:] or "(" in after[:closing]:
        return False
    inside = before[opening + 1:] + " " + after[:closing]
    if any(c.isdigit() for c in inside) or len(inside.split()) > _BRACKET_LIST_WORDS or inside.count(",") > 1:
        return False  # numbers, or a long list of examples rather than the name of the thing
    lead = _INSIDE_OPEN.search(before[:opening + 1])
    return bool(lead and is_lay_phrase(lead.group(1)))


def is_lay_phrase(text: str) -> bool:
    """Words a reader can use: not a number, statistic, citation or a bare abbreviation."""
    if _LABEL.match(text) or _ACRONYM_ONLY.match(text):
        return False
    return any(sum(map(str.isalpha, word)) >= 2 for word in WORD.findall(text))
