"""The nearest drug or outcome a figure may be about, and the balanced parentheses attachment reads."""

from __future__ import annotations

import re

from laylint.claims.mentions import Mention
from laylint.claims.quantities import Figure


def parentheses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost balanced parentheses in text[start:end] ("(risk ratio (RR) 0.93; 5.0% versus 5.8%)" is one)."""
    spans, depth, opened = [], 0, 0
    for index in range(start, end):
        char = text[index]
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, index + 1))
    return spans


def nearest(figure: Figure, candidates: list[Mention], text: str = "", forward: re.Pattern | None = None) -> Mention | None:
    if not candidates:
        return None
    if figure.parenthesised:
        if forward is not None:  # "(8 or 9 out of 1000 ... after [total thyroidectomy] compared with ...)": its own arm
            for mention in candidates:
                if figure.end <= mention.start <= figure.end + 60 and ")" not in text[figure.end:mention.start] \
                        and forward.match(text, figure.end, mention.start):
                    return mention
        before = [m for m in candidates if m.end <= figure.start]
        if before:
            return before[-1]
    if forward is not None:  # "28% chance of improving on [placebo]", "6% of people on [the dummy pill]"
        for mention in candidates:
            if mention.start >= figure.end and mention.start - figure.end <= 60 \
                    and forward.match(text, figure.end, mention.start):
                return mention

    def distance(mention: Mention):
        gap = figure.start - mention.end if mention.end <= figure.start else mention.start - figure.end
        return (gap, 0 if mention.end <= figure.start else 1)  # ties go to the phrase before

    return min(candidates, key=distance)
