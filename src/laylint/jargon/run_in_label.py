"""A run-in label: a term that, with a word or two, opens its line and ends in a colon, then the text it heads
("- Other outcomes: We did not find information about living longer, quality of life ...", "**Baby outcomes:**
AMB may make little difference to ..."). Like a short heading ("Baby outcomes"), it names what the lines after it
are about; the next use of the term is the one to explain (issue #16, round 32t)."""

from __future__ import annotations

import re

_LABEL_WORDS = 3  # "Other important outcomes:", as for a short heading
_WORD = r"[^\W\d_][\w'\u2019\u2010\u2011-]*"
# The start of its line: a list mark or a number, bold or italic marks; then only words up to the term ("Other ")
_LINE_OPENING = re.compile(rf"[ \t]*(?:[-*+\u2022\u2013\u2014]\s+|\d{{1,2}}[.)]\s+)?[*_]{{0,2}}"
                           rf"((?:{_WORD}[ \t]+){{0,2}})")
# After the term: the rest of its words, a colon (inside or outside the bold marks), then text on the same line
_LABEL_END = re.compile(rf"((?:[ \t]+{_WORD}){{0,2}}?)[ \t]*[*_]{{0,2}}[ \t]*:[ \t]*[*_]{{0,2}}[ \t]*[^\W_]")


# Pronouns and verbs make the words before the colon a sentence, not a label
_NOT_A_LABEL = frozenset("we they i you it there he she our their its is are was were be been has have had did do does "
                         "may might can could will would measured assessed reported looked found included used gave "
                         "compared studied".split())


def in_run_in_label(text: str, start: int, end: int) -> bool:
    """Does the term at [start, end) sit in a label of at most three words that opens its line and ends with a
    colon followed by text on the same line?"""
    line_start = text.rfind("\n", 0, start) + 1
    opening = _LINE_OPENING.fullmatch(text, line_start, start)
    label_end = opening and _LABEL_END.match(text, end)
    if not label_end:
        return False
    lead, rest = opening.group(1).lower().split(), label_end.group(1).lower().split()
    if _NOT_A_LABEL.intersection(lead + rest):
        return False  # a sentence that runs into a colon: "We measured outcomes:", "The outcomes were:"
    return len(lead) + len(text[start:end].split()) + len(rest) <= _LABEL_WORDS
