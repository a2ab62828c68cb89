"""Kind `substitution`: a word with a plainer replacement ("utilize" -> "use").

With `safe_fix: true` the replacement is applied by `laylint check --fix`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind
from laylint.patterns import PatternError, compile_pattern, find_words


@dataclass(frozen=True)
class Options:
    swap: dict[str, str] = field(default_factory=dict)  # RE2 pattern -> replacement
    ignore_case: bool = True
    safe_fix: bool = False


def validate(options):
    for pattern in options.swap:
        try:
            compile_pattern(str(pattern))
        except PatternError as exc:
            yield "swap", str(exc)


def _matchers(rule, analysis):
    def build():
        return [(compile_pattern(str(p), rule.options.ignore_case), r) for p, r in rule.options.swap.items()]

    return analysis.ruleset.memo(("substitution", rule.id), build)


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def check(rule, analysis):
    text = analysis.text
    seen = set()
    for compiled, replacement in _matchers(rule, analysis):
        for start, end in find_words(compiled, text):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            original = text[start:end]
            fixed = _match_case(replacement, original)
            yield analysis.diagnostic(rule, start, end, suggestion=fixed, fix_text=fixed,
                                      safe_fix=rule.options.safe_fix, match=original, replacement=fixed)


KIND = Kind("substitution", check, Options, fields=("match", "replacement"), validate=validate)
