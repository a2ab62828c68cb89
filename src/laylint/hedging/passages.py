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
    if limit_clauses.states_limit(lexicon.limitation_clauses, tokens, start, end):
        return True  # a marker meeting an evidence object in one clause ("involving only 362 women")
    if _has_cue(lexicon, tokens, start, end):
        return True
    # Last, as the dearest: the tests are pure and any one suffices, so their order leaves the answer as it was (issue #19).
    # A subject about the evidence with an appraisal concept ("the trials were all small").
    return bool(appraisal.appraises(lexicon, tokens, start, end))


def _has_cue(lexicon, tokens, start: int, end: int) -> bool:
    """A limitation cue not blocked, or a weak cue not blocked with a weakness word in the sentence."""
    cues = lexicon.limitation_cues.find(tokens, start, end)
    weak = [] if cues else lexicon.weak_limitation_cues.find(tokens, start, end)
    if not cues and not weak:
        return False  # no cue: most sentences (the cues that block one need not be looked for)
    not_cues = lexicon.not_limitation_cues.find(tokens, start, end)
    if without_overlaps(cues, not_cues):
        return True
    weak = without_overlaps(weak or lexicon.weak_limitation_cues.find(tokens, start, end), not_cues)
    return bool(weak) and bool(lexicon.weakness_words.search(tokens, start, end))


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
        cued = _cued_in(lexicon, analysis, tokens, block)
        if cued is None:
            continue
        if block.kind == "heading":
            following = next((b for b in blocks[index + 1:] if b.kind == "heading"), None)
            passages.append(Passage(block.prose_start, following.prose_start if following else len(text), *cued))
        else:
            passages.append(Passage(block.prose_start, _list_end(blocks, index), *cued))
    return passages


def has_limitation_passage(lexicon, analysis) -> bool:
    """bool(limitation_passages(...)). Whether a block opens a passage does not depend on the other blocks, so they are
    read last first: summaries state their limits near the end (Cochrane's "Limitations of the evidence", or the
    closing sentence on the quality of the evidence), and the search stops at the first passage found (issue #19)."""
    from laylint.hedging import tokens_of

    tokens = tokens_of(analysis)
    return any(_cued_in(lexicon, analysis, tokens, block, last_first=True) is not None
               for block in reversed(analysis.document.blocks))


def _cued_in(lexicon, analysis, tokens, block, last_first: bool = False) -> tuple[int, int] | None:
    """Where a block opens a limitations passage: the heading if cued, else a paragraph's first cued sentence (with
    `last_first`, any cued sentence: the answer to "is one cued?" is the same); None when it opens none."""
    block_start, block_end = block.prose_start, block.prose_start + len(block.text)
    if block.kind == "heading":
        return (block_start, block_end) if _is_cued(lexicon, tokens, block_start, block_end) else None
    first, last = _sentences_in(analysis, block_start, block_end)
    sentences = analysis.sentences[first:last]
    cued = next((s for s in (reversed(sentences) if last_first else sentences)
                 if _is_cued(lexicon, tokens, s.start, s.end)), None)
    return None if cued is None else (cued.start, cued.end)


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
