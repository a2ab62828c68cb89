"""The strict form of the certainty check (hedging/certainty-strict, on by default): only a result sentence a
careful medical editor would change nearly every time.

A sentence is held to low-certainty wording only when
- it reports a result in words: a result verb ("reduced", "was similar", "little or no difference") or a
  null finding ("no evidence of a difference"); a figure alone, a score, a rate or a list item is not enough;
- it names, by the metadata's own names or aliases, an outcome with graded findings, and every graded finding
  it could mean (each comparison of that outcome its drug names fit, all of them when it names none) is of low
  or very-low certainty: a review with one comparison, or a drug named that picks one, or all agreeing;
- it carries no hedge at all, counting plain words of doubt a lay reader takes as one ("we did not find clear
  evidence", "less clear", "we are not very sure"); moderate wording ("probably") is reported only when every
  finding it could mean is of very low certainty;
- it is not a definition, advice or a list item under a lead-in that carries the hedge.
Why so narrow: independent judges found the broad rule right on 40-50% of its hits on reviews it was not
tuned on (bench/data/precision/README-independent-11.md, -12h.md); most misses were sentences that were not
results, or that could mean a finding of a higher certainty.
"""

from __future__ import annotations

from laylint.hedging.phrases import Phrases

_COMPILED: dict[tuple, Phrases] = {}


def phrases(words) -> Phrases:
    key = tuple(words)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = Phrases.flat(list(key))
    return found


def doubted(options, tokens, start: int, end: int) -> bool:
    """Plain words of doubt the strict form counts as a hedge ("no clear evidence", "not very sure")."""
    return bool(options.strict_hedges) and phrases(options.strict_hedges).search(tokens, start, end)


def not_a_result(options, tokens, start: int, end: int) -> bool:
    """A definition or advice read as a result ("X is defined as", "it is important to discuss")."""
    return bool(options.strict_not_results) and phrases(options.strict_not_results).search(tokens, start, end)


def states_result(lex, tokens, start: int, end: int, verbs) -> bool:
    return bool(verbs) or lex.not_certainty_hedges.search(tokens, start, end)


def under_hedged_lead_in(lex, analysis, index: int) -> bool:
    """A list item under a lead-in that carries the hedge ("We are uncertain whether drains reduce:" then
    "- abscesses (9 more per 1000)"): the item continues the hedged sentence."""
    from laylint.hedging import tokens_of
    from laylint.hedging.detector import hedge_cues

    sentences, tokens = analysis.sentences, tokens_of(analysis)
    if sentences[index].block != "list_item":
        return False
    position = index - 1
    while position >= 0 and index - position <= 8 and sentences[position].block != "heading":
        before = sentences[position]
        if before.text.rstrip().endswith(":"):
            return bool(hedge_cues(lex, tokens, before.start, before.end))
        position -= 1
    return False
