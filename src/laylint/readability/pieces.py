"""Sentences run together behind a label's colon, for judging a sentence's length (issue #16, rounds 31 and 32).

A summary's list may lose its layout: a bullet's label before a colon and a sentence ("Diet plans versus advice in
teens aged 10 to 19: It is unclear if ..."). The label and the sentence are one sentence to every other rule (the
label names what the sentence is about), but to the reader each part is read on its own; a sentence is long only
when one of its parts is. (Round 31 also split glued bullets, ".\u2010 We", and a letter's full stop, "hepatitis B.
We", here; round 32 made those sentence ends in the sentence splitter itself: laylint.text.sentence_ends.)"""

from __future__ import annotations

import re

# Words that open a sentence after a label's colon
_OPENERS = (r"(?:We|The|This|These|Those|It|Its|In|Our|There|They|Their|However|Overall|Most|Some|All|No|None|Only|"
            r"People|Participants|Studies|Trials|Results|Evidence|Both|Each|Few|Many|More|Also|But|So|Because|When|If)")
_BREAK = re.compile(rf":\s+(?={_OPENERS}\b)")


def pieces(text: str) -> list[str]:
    """The parts of a found sentence that are sentences of their own (one part: it is one sentence)."""
    if not _BREAK.search(text):
        return [text]
    return [part for part in _BREAK.split(text) if part.strip()]
