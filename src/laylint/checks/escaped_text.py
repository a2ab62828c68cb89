"""Kind `escaped-text`: a summary returned as a JSON string and never decoded, so its line breaks, tabs and
quotes are printed as two characters each (a backslash and `n`, `t` or `"`). One diagnostic per document, at
the first escape, naming how many there are: the fix is one decode, not one edit per escape.

Only clear escapes count. A `\\n` or `\\t` followed by a small letter is a word, not an escape (LaTeX
`\\neq`, `\\textbf`, a path `C:\\new`), and so is a `\\"` on one letter (LaTeX's umlaut `\\"o`). Escapes
inside a Windows path (`C:\\Data\\New`, `\\\\server\\Temp`) or inline code (a regex in backticks; Markdown's
code is not prose at all) do not count. A rule fires at `minimum` clear escapes or more."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.checks.kind import Kind, option

# a run of backslashes and the character it escapes; the character after tells a clear escape
ESCAPE = re.compile(r'(\\+)([nt"])(?=(.{0,2}))', re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")
PATH_TOKEN = re.compile(r"(?:^|\s)(?:[A-Za-z]:\\|\\\\[A-Za-z0-9])\S*")
NAMES = {"n": ("line breaks", "\\n"), "t": ("tabs", "\\t"), '"': ("quotes", '\\"')}


@dataclass(frozen=True)
class Options:
    minimum: int = option(2, minimum=1)  # clear escapes needed before the rule speaks ("\n\n" is two)


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans where a backslash is not an escape: inline code and Windows paths."""
    return [match.span() for pattern in (CODE, PATH_TOKEN) for match in pattern.finditer(text)]


def _word_like(char: str, following: str) -> bool:
    """Is this backslash a word's, not an escape's? \\neq, \\textbf, C:\\new; LaTeX's umlaut \\"o or \\"{o}."""
    if char != '"':
        return following[:1].isascii() and following[:1].islower()
    return following[:1] == "{" or following[:1].isalpha() and not following[1:2].isalpha()


def clear_escapes(text: str) -> list[tuple[int, str]]:
    """(offset of the backslash, escaped character) of every clear escape in the prose."""
    masked = _masked(text) if "`" in text or ":\\" in text or "\\\\" in text else []
    found = []
    for match in ESCAPE.finditer(text):
        start = match.start(2) - 1  # the backslash right before the character
        if _word_like(match.group(2), match.group(3)):
            continue
        if any(low <= start < high for low, high in masked):
            continue
        found.append((start, match.group(2)))
    return found


def _described(found: list[tuple[int, str]]) -> tuple[str, str]:
    """("line breaks ('\\n') and quotes ('\\"')", "line breaks and quotes"): the kinds found, commonest first."""
    counts: dict[str, int] = {}
    for _, char in found:
        counts[char] = counts.get(char, 0) + 1
    kinds = sorted(counts, key=lambda char: (-counts[char], "nt\"".index(char)))
    escapes = " and ".join(f"{NAMES[char][0]} ('{NAMES[char][1]}')" for char in kinds)
    return escapes, " and ".join(NAMES[char][0] for char in kinds)


def check(rule, analysis):
    text = analysis.text
    if "\\" not in text:
        return  # almost every summary
    found = clear_escapes(text)
    if len(found) < rule.options.minimum:
        return
    escapes, real = _described(found)
    start = found[0][0]
    yield analysis.diagnostic(rule, start, start + 2, count=len(found), escapes=escapes, real=real)


KIND = Kind("escaped-text", check, Options, fields=("count", "escapes", "real"))
