"""Scales the reader has been given (issue #16, round 38t; README-independent-37b false patterns 5 and 7):

  a word of an instrument's name    "the NIPS (Neonatal Infant Pain Scale) score", "the Hospital Anxiety and
                                    Depression Scale": the name says what it measures, and no plainer word can
                                    replace one of its words (not a lowercase "a neonatal pain scale", nor a
                                    lexicon term that is the instrument itself: "visual analogue scale")
  a GRADE level after the scale     "We rated our confidence in the evidence as high, moderate, low or very low."
                                    ... "Moderate-certainty evidence shows that ...": the summary has said what the
                                    levels are (not before it, nor a list of levels about something else: "doses
                                    were high, moderate or low")
"""

from __future__ import annotations

import re

_NAME_WORD = r"[A-Z][\w'\u2019\u2010\u2011-]*"
# A name in capitals, its small words between, ending with what an instrument is called
_INSTRUMENT_NAME = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:(?:of|and|for|in|the|&)\s+)?{_NAME_WORD})*\s+"
    r"(?:Scale|Score|Questionnaire|Inventory|Index|Profile|Checklist|Tool|Test|Measure|Instrument|Assessment|"
    r"Rating|Survey|Schedule)s?\b")
_REACH = 80  # characters either side of the term: a name is short


def inside_instrument_name(found, match) -> bool:
    """Is the term a part of a capitalised instrument name (not its head word), outside a heading's capitals?"""
    start, end = found.sentence_bounds(match.start)
    if _mostly_capitalised(found.text[start:end]):
        return False  # a title in title case: "Neonatal Pain Scales in Preterm Babies" capitalises every word
    for name in _INSTRUMENT_NAME.finditer(found.text, max(start, match.start - _REACH), min(end, match.end + _REACH)):
        head = re.search(r"\S+$", name.group()).start() + name.start()
        if name.start() <= match.start and match.end <= head:
            return True
    return False


def _mostly_capitalised(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]{4,}", sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


_LEVEL = r"(?:very\s+low|high|moderate|low)"
# The GRADE levels listed ("high, moderate, low or very low") or spanned ("from very low to high")
_LEVELS = re.compile(rf"\b{_LEVEL}(?:\s*,?\s*(?:or\s+|and\s+)?{_LEVEL}\b){{2,}}|\bfrom\s+{_LEVEL}\s+to\s+{_LEVEL}\b", re.I)
# ... in words a reader knows: how sure, how confident, how much to trust the evidence
_LAY_SCALE = re.compile(r"\b(?:confiden(?:ce|t)|sure|trust|certain)\b", re.I)
_GRADE_LEVEL_TERM = re.compile(rf"^{_LEVEL}[\s\u2010\u2011-]+(?:certainty|quality)\s+(?:evidence|of\s+(?:the\s+)?evidence)$",
                               re.I)


def grade_scale_given_before(found, match) -> bool:
    """Is the term a GRADE level ("moderate-certainty evidence"), after a sentence that listed the levels in lay
    words ("We rated our confidence in the evidence as high, moderate, low or very low")?"""
    if not _GRADE_LEVEL_TERM.match(match.key):
        return False
    for levels in _LEVELS.finditer(found.text, 0, match.start):
        start, end = found.sentence_bounds(levels.start())
        if end <= match.start and _LAY_SCALE.search(found.text, start, end):
            return True
    return False
