"""Kind `word-count`: the summary's word count is outside a house style's range (max_words 0: no upper limit)."""

from __future__ import annotations

from laylint.readability.counts import document_counts
from laylint.readability.title import title_diagnostic

OPTIONS = {"min_words": int, "max_words": int}
DOCUMENT_SCOPE = True


def validate(options):
    if options.get("min_words", 0) > options.get("max_words", float("inf")):
        yield "min_words", "must not be more than max_words"


def check(rule, analysis):
    low, high = rule.options.get("min_words", 0), rule.options.get("max_words", 0)
    words = document_counts(analysis).total.words
    if words < low or (high and words > high):
        yield title_diagnostic(rule, analysis, words=words, min_words=low, max_words=high or "any number of")
