"""The summary's opening headings: its title, a question title, "Key messages" (issue #16, round 36t).

A term there names what the review is about ("Exercise interventions for heart failure"), not a section of the
summary, so the tests that let a section heading's general word pass ("Outcomes important to patients", then the
outcomes) do not apply to it. A chat preamble or template label before the title ("Here is the plain language
summary:", "Plain Language Summary Title") is not the summary's body."""

from __future__ import annotations

import re

_PREAMBLE = re.compile(r"(?:here\s+is|here's|i\s+can|i\s+have|i've|below\s+is|sure|certainly|is\s+there\s+anything)\b|"
                       r"(?:#+\s*)?(?:plain\s+language\s+summary|pls|summary)(?:\s+title)?\s*:?$", re.I)


def in_opening_heading(analysis, offset: int) -> bool:
    """Is `offset` in a heading that comes before the first paragraph of the summary's body?"""
    from laylint.jargon import block_index

    index = block_index(analysis, offset)
    blocks = analysis.document.blocks
    if index is None or blocks[index].kind != "heading":
        return False
    return all(b.kind == "heading" or _PREAMBLE.match(b.text.strip(" *#_")) for b in blocks[:index])
