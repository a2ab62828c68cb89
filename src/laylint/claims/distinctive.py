"""Which outcome a figure's words name: distinctive words weigh, topic words do not (claims round 37, part A).

A declared outcome is told apart from the others by some of its words. Words of the review's title ("intubation"
in a review of intubation) and words several declared outcomes share ("attempt" in "number of intubation attempts"
and "success at the first attempt") tell nothing apart: a mention made only of such words ("intubation attempts")
is weak. In one phrase with a distinctive outcome it is that outcome's modifier, not a second outcome: "airway trauma
during intubation attempts (RR 0.21)", "weight gain after smoking cessation (MD 2.1 kg)", "death during dialysis
(RR 0.9)" state the first outcome's figures. Alone in its clause, a weak mention still names its outcome ("fewer
intubation attempts (MD -0.08)").

Inside a results bracket a figure takes the outcome said before it, never the noun of a later count of the same
bracket: in "(NNTB 7; 8 studies; 759 intubation attempts)", 7 is not a figure of "intubation attempts".

A run-in label that names an outcome ("Airway injury: ...", "- **Pain**: ...") heads its paragraph or list item:
a figure there whose clause names no outcome, or only a weak one, is the label's.
"""

from __future__ import annotations

import re

# words that name no outcome in particular: function words, measure words, generic nouns of findings
_GENERIC = frozenset("""
a an the of in on at to for with and or by from as per than versus vs during after before following within among
any all other number numbers rate rates risk risks level levels score scores total overall proportion percentage
people participants patients person who had have has having were was being been more less fewer time times
""".split())
_WORD = re.compile(r"[^\W\d_]+")
# the few words between an outcome and its modifier: "airway trauma [during] intubation attempts"
_MODIFIER_GAP = re.compile(r"\A\s*(?:\w+\s+){0,1}?(?:during|after|following|before|while|in|at|on|from|among|with|"
                           r"due\s+to|related\s+to|caused\s+by|associated\s+with)\s+(?:(?:the|an?|their|its|each|every)\s+)?\Z",
                           re.IGNORECASE)
# a number right before a mention: the mention is that count's noun ("759 intubation attempts")
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+\Z")


def _stem(word: str) -> str:
    # plurals only: count_words.word_stem also takes -ing/-ed off and differs on about 1 corpus word in 5
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> set[str]:
    """The content words of a phrase, stemmed (plural -s off), without the generic ones."""
    return {stem for w in _WORD.findall(text) if len(w) > 2 and (stem := _stem(w)) not in _GENERIC}


def common_words(metadata) -> frozenset[str]:
    """Words that tell no declared outcome apart: the title's, and those of two or more outcomes' names and aliases."""
    if metadata is None:
        return frozenset()
    seen: dict[str, int] = {}
    for name, aliases in metadata.outcomes.items():
        for word in set().union(*(words(phrase) for phrase in [name, *aliases])):
            seen[word] = seen.get(word, 0) + 1
    return frozenset(words(metadata.title or "")) | {word for word, outcomes in seen.items() if outcomes > 1}


def _common(analysis) -> frozenset[str]:
    return analysis.memo("claims.common-outcome-words", lambda: common_words(analysis.metadata))


def weak(analysis, mention) -> bool:
    """Is the outcome mention made only of topic words and words shared by several outcomes?"""
    return not (words(mention.text) - _common(analysis))


def without_modifiers(analysis, outcomes: list) -> list:
    """The clause's outcome mentions less weak ones that modify a distinctive one just before them."""
    text, kept = analysis.text, []
    for index, mention in enumerate(outcomes):
        head = outcomes[index - 1] if index else None
        if head is not None and head.name != mention.name and weak(analysis, mention) and not weak(analysis, head) \
                and _MODIFIER_GAP.match(text[head.end:mention.start]):
            continue
        kept.append(mention)
    return kept


def without_later_count_nouns(text: str, figure, outcomes: list, bracket: tuple[int, int] | None) -> list:
    """Inside a results bracket, the outcomes less the nouns of counts said after the figure in that bracket."""
    if bracket is None:
        return outcomes
    kept = [m for m in outcomes if not (figure.end <= m.start < bracket[1]
                                        and _COUNT_BEFORE.search(text, max(bracket[0], m.start - 16), m.start))]
    return kept if any(m.end <= figure.start for m in kept) else outcomes


def labels(analysis, mentions: list) -> list:
    """The distinctive outcome mentions that are run-in labels ("Airway injury: ...", "- **Pain**: ...")."""
    from laylint.jargon.run_in_label import in_run_in_label

    def build():
        return [m for m in mentions if m.kind == "outcome" and in_run_in_label(analysis.text, m.start, m.end)
                and not weak(analysis, m)]

    return analysis.memo("claims.outcome-labels", build)


def label_outcome(run_in: list, figure, block_of) -> str | None:
    """The outcome the run-in label heading the figure's paragraph or list item names (None if none)."""
    here = block_of(figure.start)
    heading = [m for m in run_in if m.end <= figure.start and block_of(m.start) == here]
    return heading[-1].name if heading else None
