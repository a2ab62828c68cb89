"""Rule-based clause splitting (the blank pipeline has no parser).

A clause ends at ; : or a spaced dash, before a clause-break word ("but", "whereas", "which"),
and at a comma followed by "and"/"or"/"so". A clause opened by a subordinator ("although",
"because") also ends at its first comma: "Although it may help, aspirin causes ulcers".
"""

from __future__ import annotations

import re

from laylint.hedging.phrases import Tokens

_PUNCTUATION = re.compile(r"[;:]|\s[–—-]\s|\s--\s")
_COMMA = re.compile(r",")


def clauses(lexicon, text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the clauses of a sentence, in order, covering it."""
    tokens = Tokens(text)  # once: each comma asks about the words after it
    cuts = {m.start() for m in _PUNCTUATION.finditer(text)}
    # "not yet proven": "yet" after "not" or "as" is an adverb, not a new clause that would lose the negation.
    breaks = [m for m in lexicon.clause_breaks.find(tokens)
              if not (m.text.lower() == "yet" and tokens.word_before(m.start) in ("not", "as", "n't"))]
    cuts.update(m.start for m in breaks if m.start > 0)
    for comma in _COMMA.finditer(text):
        after = comma.end() + (len(text[comma.end():]) - len(text[comma.end():].lstrip()))
        if any(m.start == after for m in lexicon.clause_breaks_after_comma.find(tokens, after, min(len(text), after + 12))):
            cuts.add(comma.start())
    # A subordinate clause at the start of a span ends at its first comma.
    openers = {m.start for m in breaks}
    for start in sorted({0} | cuts):
        first_word = start + (len(text[start:]) - len(text[start:].lstrip(" ,;:–—-")))
        if first_word in openers:
            comma = text.find(",", first_word)
            next_cut = min((c for c in cuts if c > start), default=len(text))
            if 0 <= comma < next_cut:
                cuts.add(comma)
    edges = sorted({0, len(text)} | cuts)
    return [(a, b) for a, b in zip(edges, edges[1:]) if text[a:b].strip(" ,;:–—-")]


def clause_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= position < end:
            return start, end
    return 0, spans[-1][1] if spans else position
