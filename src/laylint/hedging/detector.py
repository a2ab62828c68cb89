"""Sentence-level hedge detection: does this text express doubt, and with which cues?

A cue inside a booster ("no doubt") or a not-hedge phrase ("as soon as possible") does not count. `hedge_level` grades a span:
HEDGED (a hedge cue: "may", "probably"), WEAK (only possibility or link wording: "can",
"linked to") or NONE.
"""

from __future__ import annotations

from laylint.hedging.phrases import Match, without_overlaps

HEDGED, WEAK, NONE = "hedged", "weak", "none"


def hedge_cues(lexicon, source, start: int = 0, end: int | None = None) -> list[Match]:
    """Hedge cues in a text (or its Tokens), optionally within [start, end)."""
    cues = lexicon.hedges.find(source, start, end)
    if not cues:
        return cues
    blockers = lexicon.not_hedges.find(source, start, end) + lexicon.boosters.find(source, start, end)
    return without_overlaps(cues, blockers)


def is_hedged(lexicon, text: str) -> bool:
    """The sentence-level detector measured by bench/hedge_eval.py."""
    return bool(hedge_cues(lexicon, text))


def hedge_level(lexicon, source, start: int = 0, end: int | None = None) -> str:
    if hedge_cues(lexicon, source, start, end):
        return HEDGED
    if lexicon.weak_hedges.search(source, start, end):
        return WEAK
    return NONE
