"""Kind `existence`: flag words or phrases (RE2 patterns) that should not appear, e.g. a house style's banned words."""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind
from laylint.patterns import PatternError, alternation, compile_pattern, find_words


@dataclass(frozen=True)
class Options:
    tokens: list[str] = field(default_factory=list)
    ignore_case: bool = True
    suggestion: str | None = None


def validate(options):
    for token in options.tokens:
        try:
            compile_pattern(str(token))
        except PatternError as exc:
            yield "tokens", str(exc)
            return
    try:  # compiled at load as the check compiles them: valid one by one, they may be too large together
        compile_pattern(alternation(str(t) for t in options.tokens), options.ignore_case)
    except PatternError:
        yield "tokens", "the patterns together are too large for RE2; split them over several rules"


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
