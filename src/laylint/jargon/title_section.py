"""Is a title term explained by the summary's first section, "What is X?", right after the key messages? (issue #16,
round 37t)

  "Psychological therapy in inflammatory bowel disease", "Review question", "Does therapy help people with
  inflammatory bowel disease?", "Key messages", "- Therapy may help.", "What is inflammatory bowel disease?",
  "Inflammatory bowel disease is a group of lifelong illnesses of the gut."

The Cochrane template puts the review question and the key messages between the title and the background that
explains the condition. The one-line review question restates the title and has no room for an explanation, so a
use there is no unexplained meeting (round term35-before judged "Psychological interventions in inflammatory bowel
disease", its review question, then "What is inflammatory bowel disease?" false). Only the opening may come
between (headings, the review question, key messages that do not use the term): a use in the key messages (judges
split: README-independent-12h; rounds term35-before and term36-before judged some false, rounds 5 and 7 true), a
section of its own in between ("What did we do?"), a question never answered (a list of template questions) or the
term's abbreviation used in between leaves it reported (tests/test_jargon_round7.py)."""

from __future__ import annotations

import bisect
import re


_KEY_MESSAGES = re.compile(r"(?:key|main)\s+(?:messages?|points|findings|results)|summary", re.I)


def is_key_messages(block) -> bool:
    """Is the block the "Key messages" heading (the summary of the summary)?"""
    return block.kind == "heading" and bool(_KEY_MESSAGES.fullmatch(block.text.strip(" :#*\u2013\u2014-")))


def one_question(block) -> bool:
    """Is the block one sentence that asks: the review question restating the title?"""
    text = block.text.strip()
    return text.endswith("?") and not any(mark in text[:-1] for mark in ".?!")


def asked_after_key_messages(analysis, found, later, match) -> bool:
    from laylint.jargon import asks_what_it_is, block_index
    from laylint.jargon.explained_later import _ABBREVIATION_AFTER as _NAME_ABBREVIATION_AFTER
    from laylint.jargon.opening_heading import in_opening_heading

    if not in_opening_heading(analysis, match.start):
        return False  # not the title: a section heading's term is judged by the paragraph under it
    question = next((use for use in later if use.key == match.key and asks_what_it_is(found, use.start)), None)
    if question is None:
        return False
    blocks = analysis.document.blocks
    here, there = block_index(analysis, match.start), block_index(analysis, question.start)
    if here is None or there is None or there <= here + 1 or blocks[there].kind != "heading":
        return False  # the heading right under the title has its own test (answered_by_next_heading)
    key_messages = next((i for i in range(here + 1, there) if is_key_messages(blocks[i])), None)
    if key_messages is None:
        return False  # no key messages between: a section of the body came first
    for block in blocks[here + 1:key_messages]:
        if block.kind != "heading" and not one_question(block):
            return False  # prose before the key messages other than the review question
    if any(block.kind == "heading" for block in blocks[key_messages + 1:there]):
        return False  # another section between the key messages and the question
    if any(use.key == match.key and use.start < question.start and block_index(analysis, use.start) > key_messages
           for use in later):
        return False  # the key messages use it: the reader has met it unexplained (README-independent-12h, tests of
        # rounds 5 and 7; rounds 35 and 36 judged some such hits false: the judges are split, so it stays reported)
    after = bisect.bisect_left(found.sentence_starts, found.sentence_bounds(question.start)[1])
    if after >= len(found.sentence_starts) or found.text[found.sentence_starts[after]:found.sentence_ends[after]
                                                         ].rstrip().endswith("?"):
        return False  # no answer: the question is the last sentence, or another question follows
    short = _NAME_ABBREVIATION_AFTER.match(found.text, match.end)
    return not (short and re.search(rf"\b{re.escape(short.group(1))}s?\b", found.text[short.end():question.start]))
