"""Kind `substitution`: a word with a plainer replacement ("utilize" -> "use").

With `safe_fix: true` the replacement is applied by `laylint check --fix`.
"""

from __future__ import annotations

from laylint.patterns import PatternError, compile_pattern, find_words

OPTIONS = {"swap": dict, "ignore_case": bool, "safe_fix": bool}


def validate(options):
    for pattern, replacement in options.get("swap", {}).items():
        if not isinstance(replacement, str):
            yield "swap", f"replacement for {pattern!r} must be text"
        try:
            compile_pattern(str(pattern))
        except PatternError as exc:
            yield "swap", str(exc)


def _matchers(rule, analysis):
    def build():
        ignore_case = rule.options.get("ignore_case", True)
        return [(compile_pattern(str(p), ignore_case), r) for p, r in rule.options.get("swap", {}).items()]

    return analysis.ruleset.memo(("substitution", rule.id), build) if analysis.ruleset else build()


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
                                      safe_fix=rule.options.get("safe_fix", False), match=original, replacement=fixed)
