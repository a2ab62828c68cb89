"""User-supplied regular expressions, compiled with RE2 (linear time: a rule pack cannot hang a run).

RE2's \\b is ASCII-only, so whole-word matching is checked here on Unicode word characters.
"""

from __future__ import annotations

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False


class PatternError(ValueError):
    pass


NEVER = r"[^\s\S]"  # matches nothing; RE2 has no (?!) lookahead


def alternation(patterns) -> str:
    """One RE2 pattern matching any of `patterns` (NEVER for none)."""
    return "|".join(f"(?:{p})" for p in patterns) or NEVER


def compile_pattern(pattern: str, ignore_case: bool = True):
    try:
        return re2.compile(("(?i)" if ignore_case else "") + pattern, _OPTIONS)
    except re2.error as exc:
        message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PatternError(f"invalid regular expression {pattern!r}: {message}") from None


def pattern_list_problems(key: str, patterns, ignore_case: bool = True):
    """(key, message) for a rule's list of RE2 patterns that does not compile, one by one or joined
    (as the check compiles them: valid alone, they may be too large together). Run at load."""
    for pattern in patterns:
        try:
            compile_pattern(str(pattern))
        except PatternError as exc:
            yield key, str(exc)
            return
    try:
        compile_pattern(alternation(str(p) for p in patterns), ignore_case)
    except PatternError:
        yield key, "the patterns together are too large for RE2; split them over several rules"


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_words(compiled, text: str):
    """(start, end) of matches that are whole words (not inside a longer word)."""
    for match in compiled.finditer(text):
        start, end = match.start(), match.end()
        if start == end:
            continue
        if start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
            continue
        if end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]):
            continue
        yield start, end
