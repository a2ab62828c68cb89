"""Kind `existence`: flag words or phrases (RE2 patterns) that should not appear, e.g. a house style's banned words."""

from __future__ import annotations

from laylint.patterns import PatternError, compile_pattern, find_words

OPTIONS = {"tokens": list, "ignore_case": bool, "suggestion": str}


def validate(options):
    for token in options.get("tokens", []):
        try:
            compile_pattern(str(token))
        except PatternError as exc:
            yield "tokens", str(exc)


def _compiled(rule, analysis):
    tokens = [str(t) for t in rule.options.get("tokens", [])]
    pattern = "|".join(f"(?:{t})" for t in tokens) or "(?!)"
    build = lambda: compile_pattern(pattern, rule.options.get("ignore_case", True))  # noqa: E731
    return analysis.ruleset.memo(("existence", rule.id, pattern), build) if analysis.ruleset else build()


def check(rule, analysis):
    compiled = _compiled(rule, analysis)
    text = analysis.text
    for start, end in find_words(compiled, text):
        yield analysis.diagnostic(rule, start, end, suggestion=rule.options.get("suggestion"), match=text[start:end])
