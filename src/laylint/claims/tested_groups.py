"""A test's accuracy shown on an imagined group (claims round 35, part M): "For every 1000 women screened, around
20 will have precancerous changes. The HPV test will correctly identify 18 of these women (but will miss 2)."
The group with the condition (20) and the one without it ("980 women who will not have") are the denominators of
the numbers after them: 18 of 20 found is a sensitivity of 90%, 2 of 20 missed is one of 90% too; 881 of 980
cleared is a specificity of 89.9%, 99 of 980 wrongly told they have it is one of 89.9% too. Such numbers get that
share and the measure they state (`Figure.measure`), so the judge compares them with the source's sensitivity or
specificity of the test their sentence names, instead of with shares of 1,000.
"""

from __future__ import annotations

import re

from laylint.claims.figure import SENTENCE_END, Figure

# "around 20 women will have precancerous changes", "980 women who will not have", "50 people without the disease"
_GROUP = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:who\s+)?(?:(?:will|would|do|does|did)\s+)?(?P<not>not\s+|n[o']t\s+)?"
                    r"(?:have|has|had|develop|get|be\s+diagnosed\s+with)\b|\s*(?:[\w-]+\s+){0,2}?(?P<with>with|without)\b",
                    re.IGNORECASE)
_MISSED = re.compile(r"\bmiss(?:es|ed)?\b", re.IGNORECASE)
_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|falsely|false(?:ly)?[\s-]+positive|unnecessarily)\b", re.IGNORECASE)
_FOUND = re.compile(r"\b(?:correctly|identif(?:y|ies|ied)|detect(?:s|ed)?|pick(?:s|ed)?\s+up|find|finds|found|"
                    r"diagnos(?:e|es|ed)|rule[sd]?\s+out|test(?:s|ed)?\s+(?:positive|negative))\b", re.IGNORECASE)
_RESULT = re.compile(r"\b(?:positive|negative|test\s+results?|miss(?:es|ed)?|incorrectly|wrongly|falsely)\b", re.IGNORECASE)
_MEASURE = re.compile(r"(?:sensitivity|specificity)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*[(,;:]", re.DOTALL)
_REACH = 2  # sentences after the group's own that may use it


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    return spans + [(start, len(text))]


def _sentence_of(spans, at: int) -> int:
    return next(i for i, (a, b) in enumerate(spans) if a <= at < b or i == len(spans) - 1)


def tested_groups(text: str, figures: list[Figure], metadata=None) -> None:
    """Only for a source that declares a sensitivity or specificity to compare the shares with."""
    if metadata is None or not any(_MEASURE.match(name) for name in metadata.outcomes):
        return
    framed = [f for f in figures if f.framed and f.form == "frequency" and f.numerator]
    if len(framed) < 2:
        return
    spans = _sentence_spans(text)
    groups = []  # (sentence, figure, without)
    for figure in framed:
        match = _GROUP.match(text, figure.end)
        sentence = _sentence_of(spans, figure.start)
        said = re.split(r"[().;,]", text[figure.end:figure.end + 80])[0]  # "280 will have a false-positive result": no group
        if match is not None and not _FOUND.search(_CLAUSE_START.sub("", text[spans[sentence][0]:figure.start])) \
                and not _RESULT.search(said):
            groups.append((sentence, figure, bool(match.group("not")) or (match.group("with") or "").lower() == "without"))
    for index, (sentence, group, without) in enumerate(groups):
        last = min(sentence + _REACH, groups[index + 1][0] - 1 if index + 1 < len(groups) else len(spans))
        for figure in framed:
            at = _sentence_of(spans, figure.start)
            if figure is group or not sentence <= at <= last or figure.start < group.end \
                    or figure.denominator != group.denominator:
                continue
            before = text[spans[at][0]:figure.start]
            clause = _CLAUSE_START.sub("", before)
            after = re.split(r"[().;]", text[figure.end:figure.end + 60])[0]
            if _MISSED.search(clause):
                measure, rest = "sensitivity", True  # missed among those who have it
            elif _WRONGLY.search(clause) or _WRONGLY.search(after):
                measure, rest = "specificity", True  # wrongly flagged among those who do not
            elif _FOUND.search(clause) or _FOUND.search(before):
                measure, rest = ("specificity" if without else "sensitivity"), False
            else:
                continue
            # the group the measure is of: the one stated, or the rest of the imagined people ("23 of every
            # 10,000 will have it ... 280 will have a false-positive result": 280 of the other 9,977)
            size = group.numerator if (measure == "specificity") == without else group.denominator - group.numerator
            if not 0 < figure.numerator <= size:
                continue
            right = size - figure.numerator if rest else figure.numerator  # those the test got right
            figure.value, figure.decimals = 100 * right / size, 0
            figure.numerator, figure.denominator, figure.measure, figure.rest = right, size, measure, rest
