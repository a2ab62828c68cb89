"""Hedging: the cue lexicon, the sentence hedge detector, clauses, negation and quotes, content words.

Used by the kinds `limitations`, `overclaim` and `certainty` (rules hedging/*) and by
bench/hedge_eval.py. Everything is rule-based: it needs no trained spaCy pipeline.
"""


def tokens_of(analysis):
    """The prose of a document as Tokens, built once per document (every hedging rule reads it)."""
    from laylint.hedging.phrases import Tokens

    return analysis.memo("hedging.tokens", lambda: Tokens(analysis.text))
