"""What a count of studies or people is about: its segment and piece of the sentence, the drugs its piece
names, the other parts of its whole ("the other three"), and whether its sentence speaks of screening."""

from __future__ import annotations

import bisect
import re

from laylint.claims.mentions import Mention
from laylint.claims.nearest import nearest as _nearest, parentheses
from laylint.claims.quantities import Figure

SEGMENT_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:()\[\]]|[.!?](?=\s)")  # not the comma of "21,000"
_PIECE_BREAK = re.compile(r"[,;:]|[.!?](?=\s)|\s(?:and|while|whereas|but)\s", re.IGNORECASE)


def _piece(text: str, start: int, end: int, position: int, holes: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of text[start:end] around `position` between punctuation and "and", "or",
    "while"... not counting what stands inside `holes` (parentheses, drug names): the part of a
    listing sentence one count belongs to ("two studies looked at diuretics, | one looked at steroids
    | and one looked at antivirals")."""
    left, right = start, end
    for match in _PIECE_BREAK.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in holes):
            continue
        if match.end() <= position:
            left = match.end()
        elif match.start() >= position:
            right = match.start()
            break
    return left, right


def count_arms(text: str, figure: Figure, sentence_start: int, sentence_end: int, clause,
               mentions: list[Mention], comparison: re.Pattern) -> tuple[tuple[str, ...], tuple[str, ...], Mention | None, str]:
    """The drugs a count of studies or people is about: those named in its own piece of the sentence
    (inside its parenthesis first, else the piece the parenthesis stands in). Returns (subjects,
    comparators, the nearest drug, the piece), the first three empty when the piece names none. `clause` is an
    attach.Clause (its parentheses are cached on it)."""
    if clause.parens is None:
        clause.parens = parentheses(text, clause.start, clause.end)
    names = [(m.start, m.end) for m in mentions]
    holding = [(a, b) for a, b in parentheses(text, sentence_start, sentence_end) if a < figure.start < b]
    drugs = [m for m in mentions if m.kind == "drug"]
    if holding:
        inner = min(holding, key=lambda p: p[1] - p[0])
        left, right = _piece(text, inner[0] + 1, inner[1] - 1, figure.start, names)
        found = [m for m in drugs if left <= m.start and m.end <= right]
        if found:
            return _arms_of(text, found, left, comparison, figure) + (text[left:right],)
        outer = max(holding, key=lambda p: p[1] - p[0])
        position, holes = outer[0], names + [outer]
    else:
        position, holes = figure.start, names
    holes = holes + [p for p in parentheses(text, sentence_start, sentence_end) if p not in holding]
    left, right = _piece(text, sentence_start, sentence_end, position, holes)
    return _arms_of(text, [m for m in drugs if left <= m.start and m.end <= right], left, comparison, figure) \
        + (text[left:right],)


def _arms_of(text: str, found: list[Mention], left: int, comparison: re.Pattern, figure: Figure):
    if not found:
        return (), (), None
    subjects = [m for m in found if not comparison.search(text, left, m.start)]
    others = [m for m in found if m not in subjects]
    nearest = _nearest(figure, subjects or found)
    return tuple(dict.fromkeys(m.name for m in subjects)), tuple(dict.fromkeys(m.name for m in others)), nearest


def segment(text: str, breaks: list[int], figure: Figure, start: int, end: int) -> str:
    """The part of the figure's sentence between the punctuation around it ("...and included 13
    articles relating to eight trials in the meta-analysis"): what the figure's count is of.
    `breaks` holds the start of every SEGMENT_BREAK in the text (found once: per figure, a search
    from the sentence start would make a sentence of many figures quadratic)."""
    limit = max(end, figure.end)
    index = bisect.bisect_left(breaks, figure.start) - 1  # the last break ending by the figure
    left = start
    if index >= 0 and breaks[index] + 1 <= figure.start and breaks[index] >= start:
        left = breaks[index] + 1
    right = limit
    index = bisect.bisect_left(breaks, figure.end)
    if index < len(breaks) and breaks[index] + 1 <= limit and not (text[breaks[index]] in ".!?" and breaks[index] + 1 == limit):
        right = breaks[index]  # a full stop needs the space after it, which a search ending at limit cannot see
    return text[left:right]


_REST = re.compile(r"\b(?:other|remaining|rest\s+of\s+the)\s+\Z", re.IGNORECASE)


def siblings(figure: Figure, counts, text: str, block_of) -> tuple[float, ...]:
    """The exception or the rest after a count of studies, in its sentence or the next, in its block:
    the other part of one whole ("six trials showed no benefit. One trial suggested ...", "the other
    three ..."). Counts in parentheses restate a result's evidence and split nothing."""
    here = next((s for f, s, _ in counts if f is figure), None)
    if here is None or any(f is figure and boxed for f, _, boxed in counts):  # "(6 RCTs, 588 women)": evidence, no part
        return ()
    return tuple(f.value for f, s, boxed in counts if f.start > figure.start and f.counted == figure.counted == "studies"
                 and not boxed and s - here <= 1 and block_of(f.start) == block_of(figure.start)
                 and (f.value == 1 or _REST.search(text, max(0, f.start - 30), f.start)))


# "Seventy of these trials focused on ...": a number before "of these" makes them a part of the count before,
# which is then the review's own, not a count of studies screened
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
                            r"(?:[- ]\w+)?)\s+\Z", re.IGNORECASE)


def screening(text: str, screening: re.Pattern, start: int, end: int) -> bool:
    """Does the span speak of screening ("eligible", "Of these, 12 were included")?"""
    return any(not match.group(0).lower().startswith("of th") or not _NUMBER_BEFORE.search(text, max(0, match.start() - 16), match.start())
               for match in screening.finditer(text, start, end))
