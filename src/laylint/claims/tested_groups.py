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
from dataclasses import dataclass

from laylint.claims.figure import SENTENCE_END, Figure
from laylint.claims.accuracy_vocabulary import FINDING_VERBS, MEASURES, MISSED, WRONG_WORDS, pattern

# "around 20 women will have precancerous changes", "980 women who will not have", "50 people without the disease"
_GROUP = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:who\s+)?(?:(?:will|would|do|does|did)\s+)?(?P<not>not\s+|n[o']t\s+)?"
                    r"(?:have|has|had|develop|get|be\s+diagnosed\s+with)\b|\s*(?:[\w-]+\s+){0,2}?(?P<with>with|without)\b",
                    re.IGNORECASE)
_MISSED = pattern(rf"\b{MISSED}\b")
_WRONGLY = pattern(rf"\b(?:{WRONG_WORDS}|false(?:ly)?[\s-]+positive|unnecessarily)\b")
_FOUND = pattern(rf"\b(?:correctly|{FINDING_VERBS}|find|finds|found|rule[sd]?\s+out|test(?:s|ed)?\s+(?:positive|negative))\b")
_RESULT = pattern(rf"\b(?:positive|negative|test\s+results?|{MISSED}|{WRONG_WORDS})\b")
_MEASURE = pattern(rf"(?:{MEASURES})\b")
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


@dataclass
class _Group:
    sentence: int
    end: int
    size: int  # people in the group
    total: int | None  # the imagined people it is part of (a share of 1,000), if known
    without: bool  # the group without the condition


def _groups(text: str, spans, figures: list[Figure]) -> list[_Group]:
    """"around 20 women will have precancerous changes" (a share of the 1,000 imagined), or "Of the 20 people who
    have the deficiency, ..." (a group the worked example names: frames.py read its number as a denominator)."""
    groups = []
    for figure in figures:
        framed = figure.framed and figure.form == "frequency" and figure.numerator
        if not framed and figure.unit != "denominator":
            continue
        match = _GROUP.match(text, figure.end)
        sentence = _sentence_of(spans, figure.start)
        said = re.split(r"[().;,]", text[figure.end:figure.end + 80])[0]  # "280 will have a false-positive result": no group
        if match is None or _FOUND.search(_CLAUSE_START.sub("", text[spans[sentence][0]:figure.start])) \
                or _RESULT.search(said):
            continue
        without = bool(match.group("not")) or (match.group("with") or "").lower() == "without"
        size = figure.numerator if framed else int(figure.value)
        groups.append(_Group(sentence, figure.end, size, figure.denominator if framed else None, without))
    return groups


def _counted(figure: Figure, group: _Group, same_sentence: bool) -> int | None:
    """The people a figure counts in the group's terms: a share of the same 1,000, or a bare number in the
    group's own sentence ("Of the 20 who have it, the test would correctly find 11 but miss 9")."""
    if figure.framed and figure.form == "frequency" and figure.numerator and group.total is not None:
        return figure.numerator if figure.denominator == group.total else None
    if same_sentence and figure.unit in ("number", "count") and not figure.framed and figure.value == int(figure.value) \
            and figure.value >= 0 and not figure.qualifier:
        return int(figure.value)
    return None


def tested_groups(text: str, figures: list[Figure], metadata=None) -> None:
    """Only for a source that declares a sensitivity or specificity to compare the shares with."""
    if metadata is None or not any(_MEASURE.match(name) for name in metadata.outcomes):
        return
    spans = _sentence_spans(text)
    groups = _groups(text, spans, figures)
    for index, group in enumerate(groups):
        last = min(group.sentence + _REACH, groups[index + 1].sentence - 1 if index + 1 < len(groups) else len(spans))
        for figure in figures:
            at = _sentence_of(spans, figure.start)
            if not group.sentence <= at <= last or figure.start < group.end:
                continue
            if (people := _counted(figure, group, at == group.sentence)) is None:
                continue
            before = text[spans[at][0]:figure.start]
            clause = _CLAUSE_START.sub("", before)
            following = min([f.start for f in figures if f.start >= figure.end] + [figure.end + 60])
            # its own words only: "correctly clear 66 but wrongly suggest 14": "wrongly" is the 14's
            after = re.split(r"[().;]|\bbut\b", text[figure.end:following])[0]
            if _MISSED.search(clause):
                measure, rest = "sensitivity", True  # missed among those who have it
            elif _WRONGLY.search(clause) or _WRONGLY.search(after):
                measure, rest = "specificity", True  # wrongly flagged among those who do not
            elif _FOUND.search(clause) or _FOUND.search(before):
                measure, rest = ("specificity" if group.without else "sensitivity"), False
            else:
                continue
            # the group the measure is of: the one stated, or the rest of the imagined people ("23 of every
            # 10,000 will have it ... 280 will have a false-positive result": 280 of the other 9,977)
            if (measure == "specificity") == group.without:
                size = group.size
            elif group.total is not None:
                size = group.total - group.size
            else:
                continue
            if size <= 0 or (people > size and at != group.sentence):
                continue  # more than the group, said in another sentence: some other count
            right = size - people if rest else people  # those the test got right
            figure.unit, figure.form, figure.counted, figure.word = "percent", "frequency", "", False
            figure.value, figure.decimals = 100 * right / size, 0
            figure.numerator, figure.denominator, figure.measure, figure.rest = right, size, measure, rest
