"""Kind `sentence-length`: a sentence with more words than `max_words`; over `error_above` words
it is the case `very-long`, an error (0 turns that off).

With `quiet_where_hard` (the default) it stays silent on a sentence that a running hard-sentence rule
reports: that rule's message already names the length, so one problem gets one message. Selected
alone, it reports every long sentence."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind
from laylint.readability.counts import document_counts


@dataclass(frozen=True)
class Options:
    max_words: int = 25
    error_above: int = 0
    quiet_where_hard: bool = True


def validate(options):
    for key in ("max_words", "error_above"):
        if getattr(options, key) < 0:
            yield key, "must be 0 or more"


def _reported_as_hard(analysis) -> set[int]:
    """Sentence indexes the running hard-sentence rules report."""
    from laylint.readability.formulas import GRADE_FORMULAS
    from laylint.readability.hard import judge

    return {verdict.item.sentence.index for rule in analysis.running("hard-sentence")
            for verdict in judge(analysis, GRADE_FORMULAS[rule.options.formula], rule.options)}


def check(rule, analysis):
    limit, error_above = rule.options.max_words, rule.options.error_above
    quiet = _reported_as_hard(analysis) if rule.options.quiet_where_hard else set()
    for item in document_counts(analysis).sentences:
        words = item.counts.words
        if words <= limit or item.sentence.index in quiet:
            continue
        very_long = 0 < error_above < words
        sentence = item.sentence
        yield analysis.diagnostic(rule, sentence.start, sentence.end, case="very-long" if very_long else None,
                                  words=words, limit=error_above if very_long else limit)


KIND = Kind("sentence-length", check, Options, fields=("words", "limit"), validate=validate,
            severities={"very-long": "error"})
