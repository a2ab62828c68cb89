"""Kind `sentence-length`: a sentence with more words than `max_words`; over `error_above` words
it is the case `very-long`, an error (0 turns that off)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.readability.counts import document_counts


@dataclass(frozen=True)
class Options:
    max_words: int = option(25, minimum=0)
    error_above: int = option(0, minimum=0)


def validate(options):
    for key in ("max_words", "error_above"):
        if getattr(options, key) < 0:
            yield key, "must be 0 or more"


def check(rule, analysis):
    limit, error_above = rule.options.max_words, rule.options.error_above
    for item in document_counts(analysis).sentences:
        words = item.counts.words
        if words <= limit:
            continue
        very_long = 0 < error_above < words
        sentence = item.sentence
        yield analysis.diagnostic(rule, sentence.start, sentence.end, case="very-long" if very_long else None,
                                  words=words, limit=error_above if very_long else limit)


KIND = Kind("sentence-length", check, Options, fields=("words", "limit"), validate=validate,
            severities={"very-long": "error"})
