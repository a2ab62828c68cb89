"""Kind `rare-word`: a word that is rare in general English (wordfreq Zipf frequency below a threshold)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option


@dataclass(frozen=True)
class Options:
    max_zipf: float = option(2.75, minimum=0, maximum=8)
    min_letters: int = option(3, minimum=1)


def validate(options):
    if not 0 <= options.max_zipf <= 8:
        yield "max_zipf", "Zipf frequencies run from 0 to 8"


def check(rule, analysis):
    from laylint.jargon import rare_words, scan

    found = scan(analysis)
    max_zipf = float(rule.options.max_zipf)
    seen = set()
    for rare in rare_words(analysis, max_zipf, rule.options.min_letters):
        key = rare.word.lower()
        if key in seen:
            continue
        seen.add(key)
        if found.explained(rare.start, rare.end):
            continue
        yield analysis.diagnostic(rule, rare.start, rare.end, word=rare.word, zipf=f"{rare.zipf:.1f}",
                                  threshold=f"{max_zipf:g}")


KIND = Kind("rare-word", check, Options, fields=("word", "zipf", "threshold"), validate=validate)
