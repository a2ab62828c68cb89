"""Kind `jargon-term`: a lexicon term used without an explanation at or before its first use."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option


@dataclass(frozen=True)
class Options:
    max_alternatives: int = option(3, minimum=1)


def validate(options):
    if options.max_alternatives < 1:
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
        plain = "; ".join(found.lexicon.terms[match.key].plain[: rule.options.max_alternatives])
        yield analysis.diagnostic(rule, match.start, match.end, suggestion=plain,
                                  term=found.text[match.start:match.end], plain=plain)


KIND = Kind("jargon-term", check, Options, fields=("term", "plain"), validate=validate)
