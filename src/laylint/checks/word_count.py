"""Kind `word-count`: the summary's word count is outside a house style's range (max_words 0: no upper limit), by
more than `tolerance` (a share of the limit it misses: a few words either side are not worth an edit)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.checks.leftover import not_a_summary
from laylint.readability.counts import document_counts
from laylint.readability.title import title_diagnostic


@dataclass(frozen=True)
class Options:
    min_words: int = option(0, minimum=0)
    max_words: int = option(0, minimum=0)
    tolerance: float = option(0.0, minimum=0, below=1)


def validate(options):
    if options.max_words and options.min_words > options.max_words:
        yield "min_words", "must not be more than max_words"


def check(rule, analysis):
    if not_a_summary(analysis):
        return  # only chat or a placeholder ("..."): artifacts says the text is not a summary, not "0 words"
    low, high = rule.options.min_words, rule.options.max_words
    slack = float(rule.options.tolerance)
    words = document_counts(analysis).total.words
    if words < low * (1 - slack) or (high and words > high * (1 + slack)):
        yield title_diagnostic(rule, analysis, words=words, min_words=low, max_words=high or "any number of")


KIND = Kind("word-count", check, Options, fields=("words", "min_words", "max_words"), validate=validate,
            document_scope=True)
