"""Kind `existence`: flag words or phrases (RE2 patterns) that should not appear, e.g. a house style's banned words."""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind
from laylint.patterns import alternation, compile_pattern, find_words, pattern_list_problems


@dataclass(frozen=True)
class Options:
    tokens: list[str] = field(default_factory=list)
    ignore_case: bool = True
    suggestion: str | None = None


def validate(options):
    yield from pattern_list_problems("tokens", options.tokens, options.ignore_case)


def _compiled(rule, analysis):
    pattern = alternation(rule.options.tokens)
    return analysis.ruleset.memo(("existence", rule.id, pattern),
                                 lambda: compile_pattern(pattern, rule.options.ignore_case))


def check(rule, analysis):
    compiled = _compiled(rule, analysis)
    text = analysis.text
    for start, end in find_words(compiled, text):
        yield analysis.diagnostic(rule, start, end, suggestion=rule.options.suggestion, match=text[start:end])


KIND = Kind("existence", check, Options, fields=("match",), validate=validate)
