"""Kind `rare-word`: a word that is rare in general English (wordfreq Zipf frequency below a threshold)."""

from __future__ import annotations

OPTIONS = {"max_zipf": float, "min_letters": int}


def validate(options):
    if not 0 <= options.get("max_zipf", 2.75) <= 8:
        yield "max_zipf", "Zipf frequencies run from 0 to 8"


def check(rule, analysis):
    from laylint.jargon import rare_words, scan

    found = scan(analysis)
    max_zipf = float(rule.options.get("max_zipf", 2.75))
    seen = set()
    for rare in rare_words(analysis, max_zipf, rule.options.get("min_letters", 3)):
        key = rare.word.lower()
        if key in seen:
            continue
        seen.add(key)
        if found.explained(rare.start, rare.end):
            continue
        yield analysis.diagnostic(rule, rare.start, rare.end, word=rare.word, zipf=f"{rare.zipf:.1f}",
                                  threshold=f"{max_zipf:g}")
