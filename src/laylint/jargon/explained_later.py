"""Is a term in the summary's review question explained in the next paragraph? (issue #16, round 35t)

  "Review question", "In newborn babies with jaundice, does light treatment lower bilirubin levels?", "Background",
  "Jaundice is a yellow colour of the skin caused by high bilirubin (a yellow substance in the blood) levels."

The one-sentence review question restates the title and, like a heading, has no room for an explanation: the
paragraph after it (past its heading) may give it, as the paragraph under a heading may (jargon_term's heading
tests). A use in between, of its last word or its abbreviation, is met unexplained, and the term stays reported.
A title term explained only further on stays reported too (README-independent-12h; rounds after-2 and 4)."""

from __future__ import annotations

import re
from functools import lru_cache

from laylint.jargon.explained_next import JUDGED

_QUESTION_HEADING = re.compile(r"(?:review\s+)?questions?", re.I)
# The abbreviation after the term, a word or three of its name between: "peripheral artery disease (PAD)"
_ABBREVIATION_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d_][\w\u2010\u2011-]*){0,3}?\s*\(([A-Z][A-Za-z0-9\u2010\u2011-]{1,11})\)")


def in_review_question(analysis, offset: int) -> bool:
    """Is `offset` in the summary's review question: one sentence after the title with only headings before it, that
    asks ("Does re-feeding help preterm babies grow?", read as a heading when it is short) or stands under "Review
    question"? Not a first key message."""
    from laylint.jargon import block_index

    index = block_index(analysis, offset)
    blocks = analysis.document.blocks
    if not index or any(b.kind != "heading" for b in blocks[:index]):
        return False  # the title (its own tests), or a paragraph after the summary's first
    text = blocks[index].text.strip()
    if any(mark in text[:-1] for mark in ".?!"):
        return False  # more than one sentence: a paragraph that can explain
    return text.endswith("?") or bool(_QUESTION_HEADING.fullmatch(blocks[index - 1].text.strip(" :#*")))


def explained_at_next_use(analysis, found, later, match, explained) -> bool:
    """Is the term's next use in the next paragraph of prose (headings may come between) and explained there
    (`explained(use)`), with no use of its last word or its abbreviation between?"""
    from laylint.jargon import block_index

    following = next((use for use in later if use.key == match.key), None)
    if following is None or not explained(following):
        return False
    blocks = analysis.document.blocks
    here, there = block_index(analysis, match.start), block_index(analysis, following.start)
    if here is None or there is None or there <= here or any(b.kind != "heading" for b in blocks[here + 1:there]):
        return False  # not the next paragraph: the reader has read on without the explanation
    if JUDGED.match(found.text, following.end, found.sentence_bounds(following.start)[1]):
        return False  # a judgement, not what it is: "Atherosclerotic cardiovascular diseases are a major cause of"
    between = found.text[match.end:following.start]
    if _last_word(found.text[match.start:match.end].split()[-1].lower()).search(between):
        return False
    short = _ABBREVIATION_AFTER.match(found.text, match.end)
    return not (short and re.search(rf"\b{re.escape(short.group(1))}s?\b", found.text[short.end():following.start]))


@lru_cache(maxsize=1024)
def _last_word(word: str) -> re.Pattern:
    """The word, any ending: "polyp" finds "polyps", "topical" finds "topically"."""
    stem = word[:-1] if len(word) > 4 and word.endswith("s") else word
    return re.compile(rf"\b{re.escape(stem)}", re.I)
