"""Limitations passages: a heading cued by a limitation word opens a section (until the next
heading); a cued sentence makes its paragraph or list item a passage (with the list after it,
when the paragraph ends in ":"). Weak cues ("however",
"quality") count only with a weakness word ("poor", "low", "few") in the same sentence. A sentence that says how
sure the evidence is ("high-certainty evidence") is a passage too, even when it is sure, and so is one that
appraises the evidence in any wording (appraisal.py: a subject about the evidence with a concept of a family)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from laylint.hedging import appraisal, limit_clauses
from laylint.hedging.phrases import without_overlaps


@dataclass(frozen=True)
class Passage:
    start: int  # prose offsets of the whole passage
    end: int
    cue_start: int  # the cued heading or sentence, where diagnostics go
    cue_end: int


def _is_cued(lexicon, tokens, start: int, end: int) -> bool:
    if lexicon.not_evidence_cues.search(tokens, start, end):
        return False  # "I apologize for the limitation...": about the chat, not the evidence
    if lexicon.stated_certainty_cues.search(tokens, start, end):
        return True  # "high-quality evidence": saying how sure the evidence is says what a limitations passage says
    if appraisal.appraises(lexicon, tokens, start, end):
        return True  # a subject about the evidence with an appraisal concept ("the trials were all small")
    if limit_clauses.states_limit(lexicon.limitation_clauses, tokens, start, end):
        return True  # a marker meeting an evidence object in one clause ("involving only 362 women")
    cues = lexicon.limitation_cues.find(tokens, start, end)
    weak = [] if cues else lexicon.weak_limitation_cues.find(tokens, start, end)
    if not cues and not weak:
        return False  # no cue: most sentences (the cues that block one need not be looked for)
    not_cues = lexicon.not_limitation_cues.find(tokens, start, end)
    if without_overlaps(cues, not_cues):
        return True
    weak = without_overlaps(weak or lexicon.weak_limitation_cues.find(tokens, start, end), not_cues)
    return bool(weak) and lexicon.weakness_words.search(tokens, start, end)


def is_cued(lexicon, tokens, start: int, end: int) -> bool:
    """Does text[start:end] (a sentence or heading) speak about a weakness of the evidence?"""
    return _is_cued(lexicon, tokens, start, end)


def limitation_sentences(lexicon, analysis) -> list:
    """Every sentence about the evidence's weaknesses, wherever it stands (key messages, results...): cued,
    with a hedge or a weakness word, or calling for research."""
    from laylint.hedging import detector, tokens_of

    tokens = tokens_of(analysis)
    found = []
    for sentence in analysis.sentences:
        start, end = sentence.start, sentence.end
        if lexicon.not_evidence_cues.search(tokens, start, end):
            continue
        if _is_cued(lexicon, tokens, start, end) or detector.hedge_cues(lexicon, tokens, start, end) \
                or lexicon.weakness_words.search(tokens, start, end) \
                or lexicon.statement_cues["future"].search(tokens, start, end):
            found.append(sentence)
    return found


def limitation_passages(lexicon, analysis) -> list[Passage]:
    from laylint.hedging import tokens_of

    text, blocks, tokens = analysis.text, analysis.document.blocks, tokens_of(analysis)
    passages: list[Passage] = []
    for index, block in enumerate(blocks):
        block_start, block_end = block.prose_start, block.prose_start + len(block.text)
        if block.kind == "heading":
            if _is_cued(lexicon, tokens, block_start, block_end):
                following = next((b for b in blocks[index + 1:] if b.kind == "heading"), None)
                end = following.prose_start if following else len(text)
                passages.append(Passage(block_start, end, block_start, block_end))
            continue
        first, last = _sentences_in(analysis, block_start, block_end)
        cued = next((s for s in analysis.sentences[first:last] if _is_cued(lexicon, tokens, s.start, s.end)), None)
        if cued is not None:
            passages.append(Passage(block_start, _list_end(blocks, index), cued.start, cued.end))
    return passages


def _sentences_in(analysis, start: int, end: int) -> tuple[int, int]:
    starts = analysis.memo("hedging.sentence_starts", lambda: [s.start for s in analysis.sentences])
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def _list_end(blocks, index: int) -> int:
    """A paragraph ending in ":" ("The study had limitations:") takes in the list items after it."""
    block = blocks[index]
    end = block.prose_start + len(block.text)
    if block.kind == "paragraph" and block.text.rstrip().endswith(":"):
        for item in blocks[index + 1:]:
            if item.kind != "list_item":
                break
            end = item.prose_start + len(item.text)
    return end
