"""Figures an abstract writes between 0 and 1 with an interval inside 0..1 and no label: metadata
validation reads them as proportions written as fractions, which no summary figure can match. Say what
they are: an accuracy estimate ("sensitivity: 0.67, 0.55 to 0.77") is a proportion, drafted 67%; a value
with a unit ("by 0.15 mmol/L") is a mean difference; a value after a labelled ratio in the same sentence
takes its label; "time to 12-month remission: 0.84" is a time-to-event estimate, a hazard ratio (CHECK);
a likelihood ratio or a relative sensitivity has no metadata measure and is left out."""

from __future__ import annotations

import re

from laylint.draft.estimate_kinds import as_percent
from laylint.draft.estimates import _LABEL as LABEL, _MEASURE_OF as MEASURE_OF
from laylint.draft.model import Fact

_RATIOS = ("risk-ratio", "odds-ratio", "hazard-ratio", "rate-ratio")
_UNIT = re.compile(r"^\s*(?:mmol/L|µmol/L|μmol/L|mg/dL|mg/L|g/L|g/dL|kg/m2|kg|g|mg|cm|mm\s?Hg|mmHg|mm|km|m|metres?|meters?|"
                   r"litres?|liters?|mL|L|kPa|seconds?|minutes?|hours?|days?|weeks?|months?|years?|points?|units?|logMAR)\b")
_ACCURACY = re.compile(r"(?<!relative )(?<!relative\s)\b(?:sensitivity|specificity|sensitive|specific|"
                       r"(?:positive|negative)\s+predictive\s+values?|PPV|NPV)\b", re.I)
# ratios that are no proportion: a likelihood ratio, "relative sensitivity", or a labelled ratio measure
_OTHER = re.compile(r"\b(?:likelihood\s+ratios?|relative\s+(?:sensitivity|specificity)|ratios?|(?-i:\b[aA]?(?:RR|OR|HR)s?\b)|"
                    r"differences?|odds|hazards?)\b", re.I)
_NO_MEASURE = re.compile(r"\b(?:likelihood\s+ratios?|relative\s+(?:sensitivity|specificity))\b", re.I)
_FOR_ACCURACY = re.compile(r"^[\s,]*(?:for|of)\s+(?:the\s+)?(?P<w>sensitivity|specificity)\b", re.I)
# "(sensitivity: 0.67, 0.55 to 0.77; specificity: 0.94, 0.92 to 0.95)": estimate and interval after a colon
_COLON = re.compile(r"\b(?P<w>sensitivity|specificity)\s*[:=]\s*(?P<v>0?\.\d+|1\.0+)\s*,\s*(?P<lo>0?\.\d+|1\.0+)\s*(?:to|-|–)\s*"
                    r"(?P<hi>0?\.\d+|1\.0+)\s*(?=[;)\]])", re.I)


def colon_estimates(sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """Accuracy estimates in the colon form, which no estimate pattern reads, drafted as percentages."""
    found = []
    for m in _COLON.finditer(sentence.text):
        start, end = sentence.start + m.start("v"), sentence.start + m.end()
        if any(start < e and end > s for s, e in taken):
            continue
        fact = Fact(value=float(m["v"]), percent=False, measure="proportion", start=start, end=end, sentence=sentence,
                    ci=(float(m["lo"]), float(m["hi"])), written=(m["v"], m["lo"], m["hi"]))
        fact.lead_end, fact.group_end = sentence.start + m.start(), end
        as_percent(fact, "an accuracy estimate written as a proportion in the abstract")
        fact.stated_outcome = fact.outcome = m["w"].lower()
        found.append(fact)
    return found
_TIME_TO = re.compile(r"\btime\s+to\s+[\w -]{1,40}?[:,]?\s*$", re.I)


def _looks_fraction(fact: Fact) -> bool:
    return fact.measure is None and not fact.percent and fact.ci is not None and 0 < fact.value < 1 \
        and all(0 <= b <= 1 for b in fact.ci)


def settle(found: list[Fact]) -> list[Fact]:
    """Settle each bare fraction in one sentence's facts; returns those to leave out (no measure holds them)."""
    left_out = []
    for i, fact in enumerate(found):
        if not _looks_fraction(fact):
            continue
        s, base = fact.sentence.text, fact.sentence.start
        at, end = fact.start - base, fact.end - base
        value_at = s.find(fact.written[0], at) if fact.written else -1
        after_value = s[value_at + len(fact.written[0]):] if value_at >= 0 else ""
        unit = _UNIT.match(after_value)
        if unit:
            fact.measure = "mean-difference"
            fact.notes.append(f"derived: {fact.written[0]} {unit.group(0).strip()} has a unit, so a mean difference")
            continue
        since = max([f.end - base for f in found[:i] if f.end - base <= at] + [0])
        prefix = s[:at]
        accuracy = [m.start() for m in _ACCURACY.finditer(prefix)]
        other = [m for m in _OTHER.finditer(prefix)]
        after = s[(fact.group_end - base if fact.group_end else end):]
        named = _FOR_ACCURACY.match(after)
        if named:  # "0.82 (95% CI 0.66 to 0.91) for sensitivity": the outcome follows the figure
            fact.stated_outcome = fact.outcome = named["w"].lower()
        if named or (accuracy and (not other or accuracy[-1] > other[-1].start())):
            fact.measure = "proportion"
            as_percent(fact, "an accuracy estimate written as a proportion in the abstract")
            continue
        if other and _NO_MEASURE.fullmatch(other[-1].group(0)):
            left_out.append(fact)
            continue
        labels = [MEASURE_OF[m.lastgroup] for m in LABEL.finditer(s[since:at])]
        if labels and labels[-1] in _RATIOS:  # "risk ratio (RR) for stopping before six months 0.91, 95% CI ..."
            fact.measure = labels[-1]
            fact.uncertain.append(f"the label ({labels[-1]}) stands far before the value: check it is this value's")
            continue
        earlier = [f.measure for f in found[:i] if f.measure in _RATIOS]
        if earlier and not _ACCURACY.search(s[since:at]):
            fact.measure = earlier[-1]
            fact.uncertain.append(f"no label of its own: read as the sentence's earlier {earlier[-1]}")
            continue
        if _TIME_TO.search(prefix):
            fact.measure = "hazard-ratio"
            fact.uncertain.append("no measure named: a time-to-event outcome (\"time to\"), read as a hazard ratio")
    return left_out
