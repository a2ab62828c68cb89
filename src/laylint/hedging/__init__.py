"""Hedging: the cue lexicon, the sentence hedge detector, clauses, negation and quotes, content words.

Used by the kinds `limitations`, `overclaim` and `certainty` (rules hedging/*) and by
bench/hedge_eval.py. Everything is rule-based: it needs no trained spaCy pipeline.
"""
