"""Sentences the sentence splitter left run together, for judging a sentence's length (issue #16, round 31).

A summary may lose the marks the splitter relies on: list items flattened into one line ("less pain.\u2010 We are
less certain ...", "urinary incontinence;\u2010 risk of pain;\u2010 ..."), a full stop after a letter the tokenizer
keeps as an initial ("chronic hepatitis B. We summarized ..."), or a bullet's label before a colon ("Diet plans
versus advice in teens aged 10 to 19: It is unclear if ..."). Each part is a sentence to the reader; a sentence is
long only when one of its parts is."""

from __future__ import annotations

import re

# Words that open a sentence: after ". " inside a found sentence (the splitter missed it) or after a label's colon
_OPENERS = (r"(?:We|The|This|These|Those|It|Its|In|Our|There|They|Their|However|Overall|Most|Some|All|No|None|Only|"
            r"People|Participants|Studies|Trials|Results|Evidence|Both|Each|Few|Many|More|Also|But|So|Because|When|If)")
_BREAK = re.compile(
    # a bullet dash glued to a full stop or a semicolon: ".\u2010 We", ";\u2010 risk of pain"
    r"(?<=[.;!?])[\"'\u201d\u2019)]*\s*[\u2010\u2011\u2012\u2013\u2014-]\s+"
    # a full stop the splitter took for an initial's or an abbreviation's, before a sentence opener
    rf"|(?<=[A-Za-z0-9)])[.!?]\s+(?={_OPENERS}\b)"
    # a label's colon before a sentence opener
    rf"|:\s+(?={_OPENERS}\b)")


def pieces(text: str) -> list[str]:
    """The parts of a found sentence that are sentences of their own (one part: it is one sentence)."""
    if not _BREAK.search(text):
        return [text]
    return [part for part in _BREAK.split(text) if part.strip()]
