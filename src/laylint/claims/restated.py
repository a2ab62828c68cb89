"""Figures that restate another figure, or a ratio, in a form the patterns read as something else.

Passes over the figures `quantities.find` has read (in place), run after the denominators:
- "USD 7177 (EUR 5678)": a conversion of an amount, in brackets right after it, is no figure of its own;
- "for every 100 people cured with placebo, only 47 were cured with steroid": the same event counted
  in both arms is a ratio (0.47), not 47 in 100 people;
- "the risk was about 60% of that with placebo": a ratio (0.60) written in per cent;
- "half of patients live longer and half shorter": what a median means, not a share.
"""

from __future__ import annotations

import re

from laylint.claims.patterns import CURRENCY

_AMOUNT = r"\d[\d,.]*"
# an amount (or a range of amounts) in one currency, then an open bracket and another currency
_CONVERSION = re.compile(rf"{CURRENCY}\s?{_AMOUNT}(?:\s*(?:to|-|–)\s*(?:{CURRENCY})?\s?{_AMOUNT})?\s*\(\s*{CURRENCY}\s?\Z")
# "... of that with", "of the risk in", "of the rate on": a share of the other arm's risk
_OF_OTHER_ARM = re.compile(r"\s+of\s+(?:that|the\s+(?:risk|rate|chance|odds))\s+(?:seen\s+)?(?:with|in|on|among)\b",
                           re.IGNORECASE)  # not "21% of those taking X": a share of people
_PARTICIPLE = re.compile(r"\s+(?P<verb>[a-z]{2,}ed)\b", re.IGNORECASE)  # "100 people cured": the participle at once


def _rates(amount, conversion) -> list[float]:
    if amount.low is not None and conversion.low is not None and amount.low > 0:
        return [conversion.low / amount.low, conversion.high / amount.high]
    if amount.low is None and conversion.low is None and amount.value > 0:
        return [conversion.value / amount.value]
    return []


def conversions(text: str, figures) -> None:
    """"£7,177 (€5,678)", "(USD 3055 to 60,291 (EUR 2417 to 47,702))": the bracketed amount is the one
    before it in another currency, so no figure of its own, when its rate holds: a range converts both
    ends at one rate, and every conversion in the text at about the same rate (a changed one is checked)."""
    pairs = []
    for index, figure in enumerate(figures):
        if index and figure.unit in ("number", "count", "dose") \
                and _CONVERSION.search(text, max(0, figure.start - 60), figure.start):
            rates = _rates(figures[index - 1], figure)
            if rates and max(rates) <= min(rates) * 1.05:
                pairs.append((figure, sum(rates) / len(rates)))
    if not pairs:
        return
    middle = sorted(rate for _, rate in pairs)[(len(pairs) - 1) // 2]
    for figure, rate in pairs:
        if abs(rate - middle) <= 0.05 * middle:
            figure.unit, figure.counted = "label", ""


def events_per_events(text: str, frame_pattern, figures) -> None:
    """"For every 100 people cured in the placebo group, only 47 were cured in the steroid group": the
    denominator is people with the event in one arm, the share is people with it in the other, so the
    figure is their ratio. Told apart from "For every 100 people given placebo, 5 had a rash" by the
    frame's participle said again after the share ("cured ... were cured")."""
    framed = [f for f in figures if f.framed and f.form == "frequency" and f.denominator in (100, 1000)]
    if not framed:
        return
    frames = list(frame_pattern.finditer(text))
    for figure in framed:
        frame = next((m for m in reversed(frames) if m.end() <= figure.start), None)
        if frame is None:
            continue
        described = _PARTICIPLE.match(text, frame.end("noun"))
        if described is None:
            continue
        after = text[figure.end:figure.end + 40]
        if not re.match(rf"\s+(?:were|was|had\s+been|got)\s+{re.escape(described.group('verb'))}\b", after, re.IGNORECASE):
            continue
        figure.unit, figure.form = "ratio", "ratio"
        figure.value, figure.decimals = figure.numerator / figure.denominator, figure.decimals + 2
        figure.numerator = figure.denominator = None
        figure.framed = False


def share_of_other_arm(text: str, figures) -> None:
    """"the risk was about 60% of that with placebo": a ratio of 0.60."""
    for figure in figures:
        if figure.unit == "percent" and figure.form == "percent" and 0 < figure.value < 1000 \
                and _OF_OTHER_ARM.match(text, figure.end):
            figure.unit, figure.form = "ratio", "ratio"
            figure.value, figure.decimals = figure.value / 100, figure.decimals + 2


_HALF_AND_HALF = re.compile(r"[^.;]{0,80}?\b(?:and|while|,)\s+(?:the\s+other\s+)?half\b", re.IGNORECASE)


_MEDIAN_BEFORE = re.compile(r"\bmedian\b[^.;!?]{0,120}\Z", re.IGNORECASE)


def median_halves(text: str, figures) -> None:
    """"the median survival is 16 months: half of patients live longer and half live shorter": the
    meaning of a median, not a result ("half had pain and half did not" stays a share)."""
    for figure in figures:
        if figure.form == "fraction" and figure.denominator == 2 and _HALF_AND_HALF.match(text, figure.end) \
                and _MEDIAN_BEFORE.search(text, max(0, figure.start - 120), figure.start):
            figure.unit = "label"
