"""Kind `substitution`: a word with a plainer replacement ("utilize" -> "use").

With `safe_fix: true` the replacement is applied by `laylint check --fix`, except for the patterns
listed in `suggest_only`: their replacement usually needs the sentence reworded ("with regard to" ->
"about"), so it is offered as a suggestion and never applied. Where matches overlap, the longest wins
("a majority of the" -> "most of the" over "a majority of" -> "most").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind
from laylint.patterns import PatternError, alternation, compile_pattern, find_words


@dataclass(frozen=True)
class Options:
    swap: dict[str, str] = field(default_factory=dict)  # RE2 pattern -> replacement
    ignore_case: bool = True
    safe_fix: bool = False
    suggest_only: list[str] = field(default_factory=list)  # swap patterns never applied by --fix


def validate(options):
    for pattern in options.swap:
        try:
            compile_pattern(str(pattern))
        except PatternError as exc:
            yield "swap", str(exc)


def _matchers(rule, analysis):
    def build():
        suggest = set(rule.options.suggest_only)
        return [(compile_pattern(str(p), rule.options.ignore_case), r, p in suggest) for p, r in rule.options.swap.items()]

    return analysis.ruleset.memo(("substitution", rule.id), build)


def _any_swap(rule, analysis):
    """All the swap patterns as one: a text it finds nothing in needs no pattern run alone (most summaries).
    None when they are too large for RE2 together."""
    def build():
        try:
            return compile_pattern(alternation(str(p) for p in rule.options.swap), rule.options.ignore_case)
        except PatternError:
            return None

    return analysis.ruleset.memo(("substitution", rule.id, "any"), build)


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def check(rule, analysis):
    text = analysis.text
    any_swap = _any_swap(rule, analysis)
    if any_swap is not None and any_swap.search(text) is None:
        return
    found = []
    for order, (compiled, replacement, suggest) in enumerate(_matchers(rule, analysis)):
        for start, end in find_words(compiled, text):
            found.append((start, -(end - start), order, end, replacement, suggest))
    taken_until = -1
    for start, _, _, end, replacement, suggest in sorted(found):
        if start < taken_until:
            continue  # inside a longer (or earlier-listed) match
        taken_until = end
        original = text[start:end]
        fixed = _match_case(replacement, original)
        yield analysis.diagnostic(rule, start, end, suggestion=fixed, fix_text=None if suggest else fixed,
                                  safe_fix=rule.options.safe_fix and not suggest, match=original, replacement=fixed)


KIND = Kind("substitution", check, Options, fields=("match", "replacement"), validate=validate)
