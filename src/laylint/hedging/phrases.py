"""Word lists -> compiled whole-word patterns.

Entries are literal phrases (escaped, so a lexicon cannot make the regex slow): a space matches any
run of spaces, "..." a gap of up to three words, and ' matches both ' and ’.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD_EDGE = r"[\w'’-]"
_GAP = r"(?:\s+[\w'’-]+){0,3}?\s+"


def phrase_pattern(phrase: str) -> str:
    parts = []
    for chunk in phrase.strip().split("..."):
        words = [re.escape(word).replace("'", "['’]") for word in chunk.split()]
        parts.append(r"\s+".join(words))
    body = _GAP.join(part for part in parts if part)
    # A contraction ending ("n't") attaches to the word before it.
    left = "" if phrase.startswith("n'") else rf"(?<!{_WORD_EDGE})"
    return rf"{left}(?:{body})(?!{_WORD_EDGE})"


def _longest_first(phrases) -> list[str]:
    unique = {str(p).strip().lower() for p in phrases if str(p).strip()}
    return sorted(unique, key=lambda p: (-len(p), p))


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    group: int  # which entry of a grouped list matched (0 for a flat list)


class Phrases:
    """A flat list of phrases, or groups of phrases (each group with its own data, e.g. a suggestion)."""

    def __init__(self, groups: list[list[str]]):
        alternatives = []
        for index, phrases in enumerate(groups):
            body = "|".join(phrase_pattern(p) for p in _longest_first(phrases)) or "(?!)"
            alternatives.append(f"(?P<g{index}>{body})")
        self.pattern = re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE)

    @classmethod
    def flat(cls, phrases) -> "Phrases":
        return cls([list(phrases)])

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        end = len(text) if end is None else end
        return [Match(m.start(), m.end(), m.group(), int(m.lastgroup[1:]))
                for m in self.pattern.finditer(text, start, end)]

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self.pattern.search(text, start, len(text) if end is None else end) is not None


def without_overlaps(matches: list[Match], blockers: list[Match]) -> list[Match]:
    """Drop matches that overlap a blocker (e.g. "doubt" inside the booster "no doubt")."""
    return [m for m in matches if not any(b.start < m.end and m.start < b.end for b in blockers)]
