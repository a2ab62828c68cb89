"""Natural frequencies whose denominator is stated once: "For every 100 people given a dummy pill,
about 5 had headaches. About 8 to 14 did with the new pill." (5%, 8% to 14%), worked examples, ranges
of differences ("from 44 fewer to 21 more per 1,000") and intervals after a share of 1,000.
Passes over the figures `quantities.find` has read, in place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from laylint.claims.figure import BLANKS, SENTENCE_END, Figure, share_decimals
from laylint.claims.patterns import ROUND_BASES, Patterns

if TYPE_CHECKING:
    from laylint.claims.read_numbers import Reader

_FRAME_SENTENCES = 3  # a denominator stated once holds for its sentence and the next two (in one paragraph)
_THAT = re.compile(r"\bthat,?\s*\Z", re.IGNORECASE)  # "we can assume that of 1000 people ...": a clause's start too
# "18 more points on a 0 to 100 scale", "increased by 23 degrees", "2 kg more": a difference in a measured unit,
# never a share of the denominator stated before it
_MEASURED_AFTER = re.compile(r"\s*(?:(?:more|fewer|less|extra|higher|lower|greater)\s+)?(?:points?|degrees?|°)(?![\w-])",
                             re.IGNORECASE)
_OPENER = re.compile(r"(?:^|[.!?:;\n])\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+,\s*\Z")  # "Moreover, ", "In addition, "

def frames(text: str, pats: Patterns, reader: Reader, figures: list[Figure]) -> None:
    """A denominator stated once ("For every 100 people given a dummy pill, ...") makes the bare
    numbers after it, in its sentence and the next two of its paragraph, shares of it: "about 5"
    is 5 in 100, "about 8 to 14" is 8 to 14 in 100, "15 fewer" is 15 fewer per 100. "If 4 people
    use the drops, one extra ..." is one more per 4 (a number needed to treat)."""
    frames = list(pats.frame.finditer(text))
    if not frames:
        return
    for index, frame in enumerate(frames):
        if any(f.unit == "difference" and f.numerator == 1 and f.start < frame.start("b") < f.end for f in figures):
            continue  # "one stroke prevented for every 588": the figure's own denominator, not one for what follows
        denominator, _ = reader.number(frame.group("b"))
        lead = BLANKS.sub(" ", frame.group("lead").lower())
        lead = re.sub(r"\b(?:roughly|about|around|approximately) ", "", lead)  # "for roughly every 100": for every 100
        round_base = denominator in ROUND_BASES
        if lead in ("of", "treating") and text[:frame.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", ";", "\n") \
                and not _OPENER.search(text, max(0, frame.start() - 40), frame.start()) \
                and not (lead == "of" and round_base and _THAT.search(text, max(0, frame.start() - 10), frame.start())):
            continue  # "Of 100 children who ..." (or "Moreover, of 1000 women") starts a sentence; "a total of 1,000 people" is a count
            # ("trials treating 2,000 people" is a count too)
        if lead.startswith("in group") and denominator < 100:
            continue  # "taught in groups of 10 children": the size of a class, not a denominator
        if not round_base and lead not in ("if", "for every", "for each", "treating"):  # "Treating 3 people ..., one extra"
            continue
        scope_end = _scope_end(text, frame.end())
        if index + 1 < len(frames):
            scope_end = min(scope_end, frames[index + 1].start())
        if frame.group("imagined") is not None:
            scope_end = _worked_example(text, frame, scope_end, figures)
        own = None
        for figure in figures:
            if figure.start <= frame.start("b") < figure.end and figure.unit in ("count", "number"):
                figure.unit, figure.form, figure.counted = "denominator", "denominator", ""
                own = figure
                continue
            if not frame.end() <= figure.start < scope_end or figure.form == "frequency" or figure.unit == "assumed":
                continue
            if _MEASURED_AFTER.match(text, figure.end) or pats.after["dose"].match(text, figure.end):
                continue
            if figure.word and not (figure.qualifier or figure.change or figure.unit == "count"
                                    or pats.after["elliptical"].match(text, figure.end)):
                continue  # "... to need one after PCNL": a pronoun, not a share
            _share_of(figure, denominator, round_base)
            if not round_base and figure.unit == "difference":
                figure.start = frame.start("b")  # "if 4 people use the drops, one extra ...": one claim, both numbers
                if own is not None:
                    own.unit = "merged"


_MODAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:would|will|could|might|may|should|can)\b", re.IGNORECASE)
_PREMISE_END = re.compile(r"[:;]|[.!?](?=\s|$)|\n")
# "- Of the 20 people who have TB, the test finds 11": a smaller group of the example, at a line or sentence start
_SUBGROUP = re.compile(r"(?:^|[\n.:;!?]\s*(?:[-*\u2022]\s*)?)\s*of\s+the\s+(?P<b>\d[\d,]*)\s+", re.IGNORECASE)


def _worked_example(text: str, frame, scope_end: int, figures: list[Figure]) -> int:
    """"Imagine a group of 100 people are tested, and 20 of them really have TB": the numbers its own
    clause assumes are no results; "Of the 20 people who have TB, ..." after it is a smaller group
    (a denominator, and the end of the shares of 100). Returns where the shares of the example end."""
    premise = _PREMISE_END.search(text, frame.end())
    premise_end = premise.start() if premise else len(text)
    groups, reach = [], frame.end()
    for match in _SUBGROUP.finditer(text, frame.end(), frame.end() + 600):
        between = text[reach:match.start("b")]  # list items are paragraphs of their own: each must be such a group
        if between.count("\n\n") > 1 or ("\n\n" in between and not groups and premise_end > match.start()):
            break
        groups.append(match.start("b"))
        reach = match.end()
    for figure in figures:
        if figure.unit in ("number", "count") and frame.end() <= figure.start < premise_end \
                and not _MODAL_AFTER.match(text, figure.end):  # "80 would have a heart attack": a result
            figure.unit, figure.form, figure.counted = "assumed", "assumed", ""
        elif figure.unit in ("number", "count") and figure.start in groups:
            figure.unit, figure.form, figure.counted = "denominator", "denominator", ""
    return min([scope_end] + groups)


_FROM_BEFORE = re.compile(r"\b(?:from|between|anywhere\s+from)\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+(?P<change>fewer|less|more|extra)(?:\s+[A-Za-z-]+){0,2}?\s+(?:to|and)\s+\Z", re.IGNORECASE)


def difference_ranges(text: str, figures: list[Figure]) -> None:
    """"from 44 fewer to 21 more per 1,000" (the CI of an anticipated absolute effect): one range of
    differences, -4.4 to +2.1 points, not two differences."""
    for first, second in zip(figures, figures[1:]):
        if second.unit != "difference" or not second.denominator or first.unit == "merged" \
                or not (first.unit == "difference" or (first.change and first.unit in ("number", "count"))
                        or (first.unit == "label" and first.form == "number")):  # "ranged from 51 fewer to ...": no scale
            continue
        between = _TO_BETWEEN.match(text[first.end:second.start] if first.unit != "difference" or first.text[-1:].isdigit()
                                    else " " + first.text.split()[-1] + text[first.end:second.start])
        if not between or not _FROM_BEFORE.search(text, max(0, first.start - 30), first.start):
            continue
        if first.unit != "difference":
            points = first.value * 100 / second.denominator
            first.value = -points if between.group("change").lower() in ("fewer", "less") else points
        low, high = sorted((first.value, second.value))
        second.start, second.text = first.start, text[first.start:second.end]
        second.form, second.low, second.high, second.value = "range", low, high, (low + high) / 2
        first.unit = "merged"


_END = r"(?P<{0}>\d+(?:\.\d+)?)\s+(?P<{0}_change>fewer|less|more|extra)"
# "(85 fewer to 27 fewer)", "(95% CI 19 fewer to 114 more)" right after "... per 1000 (men)"
_BRACKETED_DIFFERENCES = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s*\(\s*(?:95\s?%\s*(?:CI|confidence\s+interval)\s*[:,]?\s*)?(?:from\s+)?"
                                    + _END.format("lo") + r"\s*(?:to|-|–|—)\s*" + _END.format("hi") + r"\s*\)", re.IGNORECASE)


def difference_intervals(text: str, figures: list[Figure]) -> None:
    """"58 fewer events per 1000 (85 fewer to 27 fewer)": Cochrane's absolute effect with its
    confidence interval in brackets, both per the same 1,000: the interval -8.5 to -2.7 points,
    checked against the finding's interval like any CI quoted after its estimate."""
    for figure in figures:
        if figure.unit != "difference" or figure.denominator not in ROUND_BASES or figure.low is not None:
            continue
        match = _BRACKETED_DIFFERENCES.match(text, figure.end)
        if not match:
            continue
        inside = [f for f in figures if match.start("lo") <= f.start < match.end() and f is not figure]
        if not inside:
            continue
        scale = 100 / figure.denominator
        ends = [float(match.group(end)) * scale * (-1 if match.group(end + "_change").lower() in ("fewer", "less") else 1)
                for end in ("lo", "hi")]
        low, high = sorted(ends)
        interval = inside[0]
        for other in inside[1:]:
            other.unit = "merged"
        interval.start, interval.end = match.start("lo"), match.end("hi_change")
        interval.text = text[interval.start:interval.end]
        interval.unit, interval.form, interval.low, interval.high = "label", "ci", low, high
        interval.value, interval.decimals, interval.denominator = (low + high) / 2, share_decimals(figure.denominator), figure.denominator
        interval.change, interval.direction, interval.counted = False, "", ""


def restated_points(text: str, figures: list[Figure]) -> None:
    """"raises survival by about 10% (roughly 10 more per 100 treated)": a change in per cent restated
    at once, in the same sentence, as the same difference per 100 (or per 1,000) is that absolute
    difference in points, not a relative change."""
    for figure, then in zip(figures, figures[1:]):
        if figure.unit != "relative" or figure.form != "relative" or figure.value <= 0 \
                or then.unit != "difference" or then.denominator not in (100, 1000) or then.low is not None:
            continue
        if then.start - figure.end > 40 or SENTENCE_END.search(text, figure.end, then.start):
            continue
        points = abs(then.value)
        if abs(points - figure.value) > max(1.0, 0.1 * figure.value) or (figure.direction == "down") != (then.value < 0):
            continue
        if _backed_by_ratio(text, figure, figures):
            continue  # "by roughly 30% (about 30 more per 100, risk ratio 1.31)": the ratio says it is relative
        figure.unit, figure.form, figure.change = "difference", "difference", True
        figure.value = -figure.value if then.value < 0 else figure.value
        figure.denominator, figure.direction = 100, then.direction


def bracketed_points(text: str, figures: list[Figure]) -> None:
    """"33 more people out of 100 ... compared with placebo (33% absolute improvement)", "16 more out of
    100 withdrew ... (16% more withdrawals)": the same difference, restated at once in brackets in per
    cent, says nothing new: it is not judged again (a bracket with another value still is)."""
    last = None
    for figure in figures:
        if figure.unit == "difference" and figure.denominator in (100, 1000) and figure.low is not None:
            last = None
        elif figure.unit == "difference" and figure.denominator in (100, 1000):
            last = figure
        elif last is not None and figure.parenthesised and figure.unit in ("percent", "relative") \
                and figure.form in ("percent", "relative") and figure.start - last.end <= 240 \
                and not SENTENCE_END.search(text, last.end, figure.start) \
                and abs(abs(last.value) - figure.value) <= 0.5 and not (figure.direction == "down" and last.value > 0):
            figure.restates = True  # still a percentage stated (metadata/missing counts it), but not judged again
            last = None
        elif figure.unit in ("percent", "relative", "ratio", "difference") or (figure.unit == "number" and not figure.word):
            last = None  # another figure between: the bracket may restate that one


def _backed_by_ratio(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A ratio later in the figure's sentence that is the relative change: 30% higher and RR 1.31."""
    end = SENTENCE_END.search(text, figure.end)
    stop = end.start() if end else len(text)
    change = (-figure.value if figure.direction == "down" else figure.value) / 100
    return any(other.unit == "ratio" and other.form == "ratio" and figure.end < other.start < stop
               and abs(other.value - 1 - change) <= max(0.02, 0.1 * abs(change)) for other in figures)


def intervals_per(text: str, figures: list[Figure]) -> None:
    """"113 per 1,000 (95% CI 57 to 221)", "113 per 1,000 (from 57 to 221)": an interval after a share of
    1,000, written without a per cent sign, is in the same units: 5.7% to 22.1%."""
    previous = None
    for figure in figures:
        if figure.form == "ci-level":
            continue
        interval = figure.form == "ci" or (figure.form == "range" and figure.unit == "number" and figure.parenthesised)
        if interval and not figure.denominator and previous is not None and previous.form == "frequency" \
                and previous.denominator \
                and figure.low is not None and "%" not in figure.text and figure.high < previous.denominator \
                and figure.start - previous.end <= 120 and not SENTENCE_END.search(text, previous.end, figure.start):
            scale = 100 / previous.denominator
            figure.low, figure.high, figure.value = figure.low * scale, figure.high * scale, figure.value * scale
            figure.decimals, figure.denominator = share_decimals(previous.denominator), previous.denominator
            figure.unit, figure.form = "label", "ci"  # "(from 57 to 221)": checked as the estimate's interval
        previous = figure


def _scope_end(text: str, start: int) -> int:
    position = start
    for _ in range(_FRAME_SENTENCES):
        end = SENTENCE_END.search(text, position)
        if end is None:
            return len(text)
        if end.group(0) == "\n\n":
            return end.start()
        position = end.end()
    return position


def _share_of(figure: Figure, denominator: float, round_base: bool) -> None:
    """Read a bare number (or range) under a denominator as a share of it, in place."""
    plain = figure.unit == "number" or (figure.unit == "count" and figure.counted == "people"
                                        and (not figure.size or figure.span_low is not None))
    if not plain or figure.form not in ("number", "range") or figure.value < 0:
        return
    if figure.unit == "count" and figure.span_low is not None:  # "drops to between 0 and 24 women": a range of shares
        figure.form, figure.low, figure.high = "range", figure.span_low, figure.value
        figure.value = (figure.low + figure.high) / 2
    high = figure.high if figure.form == "range" else figure.value
    if high >= denominator or high != int(high) or (figure.low is not None and figure.low != int(figure.low)):
        return
    scale, decimals = 100 / denominator, share_decimals(denominator)
    if figure.change:
        if figure.form != "number":
            return
        points = figure.value * scale
        figure.unit, figure.form, figure.decimals = "difference", "difference", decimals
        figure.value = -points if figure.direction == "down" else points
        figure.numerator, figure.denominator = int(high), int(denominator)
    elif not round_base:
        return
    elif figure.form == "range":
        figure.unit, figure.decimals, figure.denominator = "percent", decimals, int(denominator)
        figure.low, figure.high, figure.value = figure.low * scale, figure.high * scale, figure.value * scale
    else:
        figure.unit, figure.form, figure.decimals = "percent", "frequency", decimals
        figure.numerator, figure.denominator, figure.value = int(figure.value), int(denominator), figure.value * scale
    figure.counted, figure.word, figure.framed = "", False, True


# "In 1000 people referred ..., of whom 200 have glaucoma, the tests would miss about 60": a population
# imagined to show what a test's sensitivity and specificity mean
_TESTED_FRAME = re.compile(r"\b(?:in|of|for\s+every|among|if)\s+(?:a\s+group\s+of\s+)?(?:1,?000|100|10,?000)\s+"
                           r"(?:people|patients|women|men|children|adults|persons|individuals)\b", re.IGNORECASE)
_ACCURACY = re.compile(r"\b(?:sensitivity|specificity|false[\s-]+(?:positives?|negatives?)|"
                       r"would\s+(?:be\s+)?(?:miss(?:ed)?|detect(?:ed)?|(?:correctly|wrongly|incorrectly)\s+\w+))\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?=\s|$)|$)")
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)


def tested_examples(text: str, figures: list[Figure]) -> None:
    """"In 1000 people referred, of whom 200 have glaucoma, the tests would miss about 60 cases out of
    the 200 (sensitivity 70%) and wrongly refer 50 out of 800" (and the next sentence, "If prevalence were
    5%, ... would be 15 missed out of 50"): the counts of a worked example of a test's accuracy are no
    result of one test or outcome; they are marked so that the judge checks them by value alone."""
    if not _TESTED_FRAME.search(text):
        return
    spans, populations, follow = [], [], False
    for sentence in _SENTENCE.finditer(text):
        frame = _TESTED_FRAME.search(sentence.group(0))
        example = bool(frame and _ACCURACY.search(sentence.group(0)))
        if example or (follow and _WOULD.search(sentence.group(0))):
            spans.append(sentence.span())
        if example:
            populations.append(sentence.start() + frame.start())
        follow = example
    for figure in figures:
        if not any(start <= figure.start < end for start, end in spans):
            continue
        if figure.unit in ("number", "count") and any(figure.start <= at + 30 and at < figure.end for at in populations) \
                and not figure.word and 100 <= figure.value <= 10000 and figure.value % 100 == 0:
            figure.unit, figure.form, figure.counted = "denominator", "denominator", ""  # "In 1000 people tested": imagined
        elif figure.unit in ("number", "count") or (figure.unit == "percent" and figure.form == "frequency"):
            figure.example = True
