"""Kind `sentence-length`: a sentence with more words than `max_words`; over `error_above` words
the diagnostic is raised to severity error (0 turns that off)."""

from __future__ import annotations

from dataclasses import replace

from laylint.readability.counts import document_counts

OPTIONS = {"max_words": int, "error_above": int}


def validate(options):
    for key in OPTIONS:
        if options.get(key, 1) < 0:
            yield key, "must be 0 or more"


def check(rule, analysis):
    limit, error_above = rule.options.get("max_words", 25), rule.options.get("error_above", 0)
    for item in document_counts(analysis).sentences:
        words = item.counts.words
        if words <= limit:
            continue
        escalate = 0 < error_above < words
        sentence = item.sentence
        diagnostic = analysis.diagnostic(rule, sentence.start, sentence.end, words=words,
                                         limit=error_above if escalate else limit)
        yield replace(diagnostic, severity="error") if escalate else diagnostic
