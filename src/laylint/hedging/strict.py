"""The strict form of the certainty check (hedging/certainty-strict, on by default): only a result sentence a
careful medical editor would change nearly every time.

A sentence is held to low-certainty wording only when
- it reports a result in words: a result verb ("reduced", "was similar", "little or no difference") or a
  null finding ("no evidence of a difference"); a figure, a score or a rate alone is not enough;
- it names, by the metadata's own names or aliases, an outcome with graded findings, and every graded finding
  it could mean (each comparison of that outcome its drug names fit, all of them when it names none) is of low
  or very-low certainty: a review with one comparison, or a drug named that picks one, or all agreeing;
- it carries no hedge at all, counting plain words of doubt a lay reader takes as one ("we did not find clear
  evidence", "less clear", "we are not very sure"); moderate wording ("probably") is reported only when every
  finding it could mean is of very low certainty;
- it is not a definition, advice or a list item under a lead-in that carries the hedge;
- it gives no certainty label, nor does the next sentence of its paragraph or list item ("The certainty of this
  evidence is low."): the reader is told how sure the evidence is right there, and judges split on such
  sentences (README-independent-14h.md). A next sentence that states a result of its own ("Blood loss was similar
  (high-certainty evidence)", or names an outcome) labels that result, not this one.
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


def labelled_next(lex, analysis, index: int) -> bool:
    """The next sentence, in the same paragraph or list item, is a certainty label and no result of its own."""
    from laylint.hedging import statements, tokens_of
    from laylint.hedging.findings import mention_kinds

    sentences, tokens = analysis.sentences, tokens_of(analysis)
    if index + 1 >= len(sentences):
        return False
    here, after = sentences[index], sentences[index + 1]
    if after.block != here.block or "\n" in analysis.text[here.end:after.start]:
        return False
    if "outcome" in mention_kinds(analysis).get(after.index, ()):
        return False  # "X may increase fistula (low-certainty evidence)": that label is its own finding's
    return statements.states_certainty(lex, tokens, after.start, after.end) \
        and not lex.result_verbs.find(tokens, after.start, after.end)


# A drug name followed by one of these names a variant arm the metadata may not declare ("hormone therapy with
# extra medicines"): it cannot pick a comparison.
VARIANT_AFTER = ("with", "plus", "combined", "together", "alongside", "added", "+")


def level(analysis, index: int, finding_units) -> str | None:
    """The surest certainty among the graded findings a sentence could mean, or None when it picks none.

    Its figures, when they match findings, say which (a figure of a finding the source does not grade: None).
    Else its outcome names (every outcome whose name or alias contains the words, hedging.findings.could_mean)
    and its drug names: the comparisons of those outcomes the drugs fit, all of them when none fits; both arms
    of one comparison named pick it, unless a name runs on into a variant arm ("hormone therapy with ...").
    A comparison the source gives without a level, among those it could mean, leaves the level unknown (None)."""
    import re

    from laylint import claims
    from laylint.hedging.findings import ORDER, _sentence_index, could_mean

    meta = analysis.metadata
    units = set(finding_units or ())
    matched = [claim for claim in claims.extract(analysis)
               if claim.sentence == index and claim.unit in units and claim.verdict in ("verified", "wrong-pair")]
    figured = [c.pair_finding if c.verdict == "wrong-pair" else c.finding for c in matched]
    figured = [f for f in figured if f is not None]
    if figured:
        if not all(f.certainty for f in figured):
            return None
        return min((f.certainty for f in figured), key=ORDER.index)
    outcomes: set[str] = set()
    drugs: set[str] = set()
    named: set[str] = set()
    for mention in claims.mentions(analysis):
        if _sentence_index(analysis, mention.start) != index:
            continue
        if mention.kind == "outcome":
            outcomes |= could_mean(meta, mention.name, mention.text)
        else:
            drugs |= could_mean(meta, mention.name, mention.text, meta.drugs)
            after = re.match(r"\s*(\+|\w+)", analysis.text[mention.end:mention.end + 30])
            if not (after and after.group(1).lower() in VARIANT_AFTER):
                named.add(mention.name)
    found = [f for f in meta.findings if f.outcome in outcomes and (f.certainty or f.measure != "count")]
    fitting = [f for f in found if f.drug in drugs or f.comparator in drugs] or found
    both = {(f.drug, f.comparator) for f in fitting if f.drug in named and f.comparator in named}
    if len(both) == 1:
        fitting = [f for f in fitting if (f.drug, f.comparator) in both]
    if any(f.comparator and not f.certainty for f in fitting):
        return None  # it may mean a comparison the source gives without a level (an arm's own rate does not count)
    return min((f.certainty for f in fitting if f.certainty), key=ORDER.index, default=None)


def _event_count_pattern(options):
    """"one person had", "no one died", "two deaths were reported", "there were three deaths": what happened,
    counted; None when the options give no counts."""
    import re

    if not (options.strict_counts and options.strict_counted):
        return None
    key = ("event-count", tuple(options.strict_counts), tuple(options.strict_counted), tuple(options.strict_occurred))
    found = _COMPILED.get(key)
    if found is None:
        def words(items):
            return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in items), key=len, reverse=True))
        count = rf"(?:\d+|{words(options.strict_counts)})"
        counted = rf"(?:{count}\s+(?:[\w‐‑-]+\s+){{0,3}}?(?:{words(options.strict_counted)})|no\s*one|nobody|none)"
        occurred = words(options.strict_occurred)
        found = _COMPILED[key] = re.compile(
            rf"\b{counted}\b(?:\s+[\w‐‑-]+){{0,5}}?\s+(?:{occurred})\b|\bthere\s+(?:was|were|had\s+been)\s+{count}\b",
            re.IGNORECASE)
    return found


def event_count(options, text: str) -> bool:
    """The sentence counts what happened (a number of people or events, in one arm or in the trials overall) and
    compares nothing: "One child had bleeding after surgery, which stopped without treatment", "No one died".
    A count is not an effect estimate: there is nothing to hedge, and "we are uncertain whether ... prevents"
    does not fit (README-independent-37a.md). "Fewer children had bleeding than ..." compares: still a finding."""
    pattern = _event_count_pattern(options)
    if pattern is None or not pattern.search(text):
        return False
    if "%" in text:
        return False  # a rate ("12% of children had bleeding") is an estimate, not a count
    return not (options.strict_comparisons and phrases(options.strict_comparisons).search(text))
