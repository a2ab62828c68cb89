"""Kind `sentence-length`: a sentence with more words than `max_words`; over `error_above` words
it is the case `very-long`, an error (0 turns that off).

With `quiet_where_hard` (the default) it leaves every sentence a running hard-sentence rule judges (each
of at least that rule's `min_words` words) to that rule: hard-sentence reports a long sentence itself,
naming its length, so one problem gets one message, and a long sentence it does not report is one whose
words are all easy (its grade is within the margin). Selected alone, or with `quiet_where_hard: false`,
it reports every long sentence."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.readability.counts import document_counts


@dataclass(frozen=True)
class Options:
    max_words: int = option(25, minimum=0)
    error_above: int = option(0, minimum=0)
    quiet_where_hard: bool = True


def validate(options):
    for key in ("max_words", "error_above"):
        if getattr(options, key) < 0:
            yield key, "must be 0 or more"


def _judged_by_hard_sentence(analysis) -> int | None:
    """The fewest words a sentence needs for a running hard-sentence rule to judge it (None: none runs)."""
    least = [rule.options.min_words for rule in analysis.running("hard-sentence")]
    return min(least) if least else None


def check(rule, analysis):
    limit, error_above = rule.options.max_words, rule.options.error_above
    judged_from = _judged_by_hard_sentence(analysis) if rule.options.quiet_where_hard else None
    for item in document_counts(analysis).sentences:
        words = item.counts.words
        if words <= limit or judged_from is not None and words >= judged_from:
            continue
        very_long = 0 < error_above < words
        sentence = item.sentence
        yield analysis.diagnostic(rule, sentence.start, sentence.end, case="very-long" if very_long else None,
                                  words=words, limit=error_above if very_long else limit)


KIND = Kind("sentence-length", check, Options, fields=("words", "limit"), validate=validate,
            severities={"very-long": "error"})
