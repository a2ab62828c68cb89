"""Kind `jargon-term`: a lexicon term used without an explanation at or before its first use."""

from __future__ import annotations

OPTIONS = {"max_alternatives": int}


def validate(options):
    if options.get("max_alternatives", 1) < 1:
        yield "max_alternatives", "must be at least 1"


def check(rule, analysis):
    from laylint.jargon import scan

    found = scan(analysis)
    seen = set()
    for match in found.terms:
        if match.key in seen:
            continue  # only the first use needs an explanation
        seen.add(match.key)
        if found.explained(match.start, match.end):
            continue
        plain = found.lexicon.terms[match.key].plain[: rule.options.get("max_alternatives", 3)]
        yield analysis.diagnostic(rule, match.start, match.end, suggestion="; ".join(plain),
                                  term=found.text[match.start:match.end], plain="; ".join(plain))
