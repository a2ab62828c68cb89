"""Effect estimates and their confidence intervals: ratios (RR, OR, HR, rate ratio), differences
(MD, SMD, risk difference), numbers needed to treat, vaccine efficacy, and pooled proportions
("0.11 (95% CI 0.08 to 0.15)" becomes 11%). I2 values, p-values and thresholds are not estimates."""

from __future__ import annotations

import re

from laylint.draft.estimate_kinds import settle_kind
from laylint.draft.model import Fact
from laylint.draft.textnorm import DIGITS, Sentence, number_value

_Q = r"(?:adjusted\s+|pooled\s+|summary\s+|crude\s+|overall\s+|unadjusted\s+|Peto\s+|weighted\s+)?"
# measure -> label pattern; order matters where one label starts another
LABELS = (
    ("rate-ratio", _Q + r"(?:incidence\s+)?rate\s+ratios?|\bI?RR(?=[\s,:=(\[])(?<=IRR)|\bRaR\b"),
    ("relative-reduction", r"(?<!lack\sof\s)(?:[Vv]accine\s+)?[Ee]fficacy|\bVE\b|relative\s+risk\s+reductions?|\bRRR\b|relative\s+reductions?"),
    ("risk-ratio", _Q + r"(?:risk\s+ratios?|relative\s+risks?)|\ba?RR\b"),
    ("odds-ratio", _Q + r"odds\s+ratios?|\ba?OR\b|\bPOR\b"),
    ("hazard-ratio", _Q + r"(?:sub-?distribution\s+|cause-specific\s+)?hazard\s+ratios?|\ba?HR\b|\bsHR\b"),
    ("standardised-mean-difference", _Q + r"standardi[sz]ed\s+mean\s+differences?|\bSMDs?\b|Hedges'?\s*g|Cohen'?s\s*d"),
    ("risk-difference", _Q + r"(?:absolute\s+)?risk\s+differences?|absolute\s+(?:risk\s+)?(?:reduction|difference|increase)s?"
     r"|\bRD\b|\bARR\b|\bARI\b|percentage[- ]point\s+difference"),
    ("number-needed-to-treat", r"numbers?\s+needed\s+to\s+(?:treat|harm)(?:\s+(?:for|to)\s+(?:an?\s+)?(?:additional\s+)?"
     r"(?:beneficial|harmful)?\s*(?:outcome|benefit|harm))?|\bNNT[BH]?\b"),
    ("mean-difference", _Q + r"(?:mean|median)\s+differences?|\bW?MDs?\b|\bdifference\b|\bMeanDiff\b"),
    ("proportion", _Q + r"(?:prevalence|proportions?|incidence|frequency|cumulative\s+incidence|event\s+rate|response\s+rate)"),
)
_LABEL = re.compile("|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(LABELS)))
_CI_FIRST = re.compile(r"(?P<label>" + _LABEL.pattern + r")\s*[(\[]\s*9\d\s?%\s*(?:CI|confidence\s+intervals?)\s*[)\]]\s*(?:[=:]|was)?\s*"
                       r"(?P<value>" + DIGITS + r")(?P<tail>\s*%?)\s*[(\[]\s*(?P<low>" + DIGITS + r")(?P<ltail>\s*%?)\s*(?:to|-|,)\s*"
                       r"(?P<high>" + DIGITS + r")(?P<htail>\s*%?)\s*[)\]]")
_MEASURE_OF = {f"m{i}": measure for i, (measure, _) in enumerate(LABELS)}
_NUM = re.compile(DIGITS)
_UNIT_TAIL = r"(?:\s*%(?:\s+(?:more|fewer|less|lower|higher))?|\s*(?:percentage|per\s*cent)[- ]points?|(?:\s+(?:[a-zA-Zµμ/]+|\d+(?:\.\d+)?\s*m2)){0,3}?)"
_SIGN_WORDS = re.compile(r"\b(fewer|less|lower|smaller|shorter|decrease|reduction)\b", re.I)
_CI = re.compile(
    r"(?:(?P<level>\d{2}(?:\.\d+)?)\s?%\s*(?:confidence|credible|uncertainty|compatibility)?\s*(?:intervals?|CIs?|CrIs?|UIs?)"
    r"(?:\s*[(\[]\s*(?:CIs?|CrIs?|UIs?)\s*[)\]])?|\bCIs?\b(?:\s*9\d\s?%)?|\b9[05]\s?%(?=\s*-?\d[\d.]*\s+to\s+-?\d))"
    r"\s*(?:[:=,]|\bwas\b|\bof\b|\bfrom\b)?\s*[(\[]?\s*"
    r"(?P<low>(?<=[A-Za-z])-\d+(?:\.\d+)?|" + DIGITS + r")(?P<ltail>" + _UNIT_TAIL + r")\s*(?:to|-|and|,|;)\s*(?P<high>" + DIGITS + r")"
    r"(?P<htail>\s*%(?:\s+(?:more|fewer|less|lower|higher))?|\s*(?:percentage|per\s*cent)[- ]points?|(?:\s+(?:points?\s+)?(?:more|fewer|less|lower|higher|greater|better|worse))?)")
# ("absolute risk difference 7%, 1% fewer to 14% more": each bound's direction after its per cent)
_BARE_CI = re.compile(r"\s*[,;]?\s*[(\[]{0,2}\s*(?P<low>" + DIGITS + r")(?P<ltail>\s*%(?:\s+(?:more|fewer|less|lower|higher))?|"
                      r"(?:\s+(?:more|fewer|less|lower|higher))?)"
                      r"\s*(?:to|-)\s*(?P<high>" + DIGITS + r")(?P<htail>\s*%(?:\s+(?:more|fewer|less|lower|higher))?|"
                      r"(?:\s+(?:more|fewer|less|lower|higher))?)"
                      r"\s*(?=[)\];,]|$)")
_TRIPLET = re.compile(r"[(\[]\s*(?P<value>" + DIGITS + r")\s*,\s*(?P<low>" + DIGITS + r")\s*(?:to|-)\s*(?P<high>" + DIGITS
                      + r")\s*(?=[;,)\]])")
_PERCENT_TAIL = re.compile(r"^\s*(?:%|(?:percentage|per\s*cent)[- ]points?)", re.I)
_NOT_VALUE_BEFORE = re.compile(r"(?:\bI\s?2|\bI²|\btau2|\bChi2|\bP|\bp|\bdf|\bn|\bN|\bZ|\bt)\s*(?:[=<>≤≥]|value)\s*$")


def _signed(number: str, tail: str) -> float:
    value = number_value(number)
    if value is not None and value > 0 and _SIGN_WORDS.search(tail or ""):
        value = -value
    return value


# "reduced total cholesterol by", "fell by", "lowered blood pressure by" (within one clause, no bracket between)
_FELL_BY = re.compile(r"\b(?:reduced|reduces|reduce|lowered|lowers|decreased|decreases|fell|dropped|declined)\b[^.;:()\d]{0,60}\bby\s*$",
                      re.I)
_FELL = "derived: below zero, the abstract says it fell by this much"
_DIRECTION = re.compile(r"\b(better|worse)\b", re.I)


def _directed(value_tail: str, bound_tail: str, bound: float | None) -> float | None:
    """"MD 7.04 points better, 95% CI 6.94 points worse to 21.02 points better": a bound in the other
    direction than the estimate's is below zero."""
    own, its = _DIRECTION.search(value_tail or ""), _DIRECTION.search(bound_tail or "")
    if bound is None or own is None or its is None or own.group(1).lower() == its.group(1).lower():
        return bound
    return -bound


def _in_brackets(text: str, position: int) -> int | None:
    """The start of the innermost bracket open at `position`, if any."""
    depth, index = 0, position - 1
    while index >= 0:
        char = text[index]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth == 0:
                return index
            depth -= 1
        index -= 1
    return None


def _bracket_end(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "([":
            depth += 1
        elif text[index] in ")]":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def _value_after_label(window: str, label_end: int):
    """The first number after a label (digits only), with only connecting words between."""
    against = re.match(r"\s+against\s", window[label_end:])  # "Efficacy against norovirus AGE of any severity was 58.7%"
    gap = window[label_end:label_end + (90 if against else 60)]
    gap_text = re.sub(r"[(\[][A-Za-z]{1,8}[)\]]", lambda m: " " * len(m.group(0)), gap)  # "(RR)" "[OR]"
    for match in _NUM.finditer(gap_text):
        before = gap_text[:match.start()]
        if re.search(r"[.;]\s|\d|[<>≤≥]|\b(?:at\s+least|more\s+than|less\s+than|greater\s+than|up\s+to|above|below)\s*$", before) \
                or re.search(r"9\d\s?%\s*$", before) \
                or re.match(r"\s?%\s*(?:CI|confidence|credible)", gap_text[match.end():]):
            return None
        if re.search(r"\b(?:was|were|is|of|for|at|in|on|to|with)\b", before) and len(before) > (85 if against else 45):
            return None
        return label_end + match.start(), label_end + match.end(), match.group(0)
    return None


def find(sentence: Sentence, text: str) -> list[Fact]:
    """Every effect estimate in one sentence (spans in abstract offsets)."""
    s, base = sentence.text, sentence.start
    facts: list[Fact] = []
    used: list[tuple[int, int]] = []
    previous_measure = None

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and b > st for st, e in used)

    def add(measure, value_text, value_tail, low, ltail, high, htail, span, label_text="", value_start=None):
        nonlocal previous_measure
        value = _signed(value_text, value_tail)
        if value is None:
            return
        percent = bool(_PERCENT_TAIL.match(value_tail or "")) or bool(low is not None and _PERCENT_TAIL.match(ltail or "")
                                                                         and measure in (None, "proportion", "risk-difference", "relative-reduction"))
        ci = None
        notes = []
        if low is not None:
            if _SIGN_WORDS.search(htail or "") and not re.search(r"[A-Za-z]", ltail or ""):
                ltail = htail  # "1.2 to 3.0 lower": the direction written once, after both bounds
            lo, hi = _signed(low, ltail), _signed(high, htail)
            lo, hi = _directed(value_tail, ltail, lo), _directed(value_tail, htail, hi)
            if value < 0 and lo is not None and hi is not None and 0 < min(lo, hi) <= -value <= max(lo, hi):
                lo, hi = -hi, -lo  # "13 mg lower (95% CI 10 to 15)": the interval of the same fall, written as its size
            if lo is not None and hi is not None:
                if lo > hi:
                    lo, hi = hi, lo
                ci = (lo, hi)
        written = (value_text, low or "", high or "")
        if measure is None and ci is None:
            return
        at = value_start if value_start is not None else span[0]
        fell = _FELL_BY.search(s[:at]) or (facts and _FELL in facts[-1].notes and re.search(r"\band\s+(?:(?:[^.;:()\d]|\d+-[a-z])*?\bby\s*)?$", s[:at][-80:]))
        if measure in (None, "mean-difference") and not percent and ci and value > 0 and ci[0] > 0 and fell:
            value, ci, measure = -value, (-ci[1], -ci[0]), "mean-difference"  # (a fall by an amount is a difference)
            notes.append(_FELL)  # (and "... and LDL cholesterol by 0.16 mmol/L (...)": the same verb)
        fact = Fact(value=value, percent=percent, measure=measure, start=base + span[0], end=base + span[1],
                    sentence=sentence, ci=ci, written=written, notes=notes)
        settle_kind(fact, s, span, label_text)
        if fact.measure is not None or fact.ci is not None:
            fact.lead_end = base + (value_start if value_start is not None else span[0])
            bracket = _in_brackets(s, value_start if value_start is not None else span[0])  # not "(RR)" before the value
            if bracket is not None:
                fact.lead_end = base + bracket
                fact.group_end = base + _bracket_end(s, bracket)
            else:  # the estimate and its bracketed interval: "was 0.11 (95% CI: 0.08-0.15)"
                closing = re.match(r"[^()\[\];]*?[)\]]", s[span[1]:])
                fact.group_end = base + span[1] + (closing.end() if closing else 0)
            facts.append(fact)
            used.append(span)
            previous_measure = fact.measure

    # 0. the interval's label before the value: "RR (95% CI) = 0.88 (0.79 to 0.99)"
    for first in _CI_FIRST.finditer(s):
        measure = next(_MEASURE_OF[k] for k in _MEASURE_OF if first[k])
        add(measure, first["value"], first["tail"], first["low"], first["ltail"], first["high"], first["htail"],
            (first.start(), first.end()), first["label"], first.start("value"))
    # 1. a confidence interval, and the value before it
    for ci in _CI.finditer(s):
        if overlaps(ci.start(), ci.end()):
            continue
        window_start = max([e for _, e in used if e <= ci.start()], default=0)
        window = s[window_start:ci.start()]
        labels = list(_LABEL.finditer(window))
        chosen = None
        for label in reversed(labels):
            found = _value_after_label(window, label.end())
            if found and _OTHER_ESTIMATE.search(window, found[1]):
                continue  # "(MD): 0.79 (0.74 to 0.83) for ... at a specificity (0.93, 95% CI ...)": the 0.93's interval
            if found:
                chosen = (label, found)
                break
        if chosen:
            label, (vstart, vend, vtext) = chosen
            measure = _MEASURE_OF[label.lastgroup]
            tail = window[vend:vend + 30]
            span = (window_start + label.start(), ci.end())
            add(measure, vtext, tail, ci["low"], ci["ltail"], ci["high"], ci["htail"], span, label.group(0), window_start + vstart)
            continue
        # no label: the last number before the interval, with only unit words between; it takes the
        # measure of the estimate before it in the sentence ("of infections 0.25 (95% CI 0.18-0.32)")
        bare = [m for m in _NUM.finditer(window) if not re.match(r"[A-Za-z]", window[m.end():m.end() + 1])]  # (not "6MWD")
        if not bare:
            continue
        last = bare[-1]
        between = window[last.end():]
        if not re.fullmatch(r"\s*(?:%|(?:percentage|per\s*cent)[- ]points?)?(?:\s*[a-zA-Zµμ/-]+){0,4}\s*[,;:(\[]*\s*", between) \
                and not _SCALE_GAP.fullmatch(between) and not _COMPARED_GAP.fullmatch(between):
            continue
        if _NOT_VALUE_BEFORE.search(window[:last.start()]):
            continue
        inherited = previous_measure if previous_measure in ("proportion", None) and facts else None
        context = window[max(0, last.start() - 60):last.start()]
        if inherited == "proportion" and not re.search(r"[%]", between):
            context = "proportion " + context
        add(inherited if inherited != "proportion" else None, last.group(0), between, ci["low"], ci["ltail"], ci["high"],
            ci["htail"], (window_start + last.start(), ci.end()), context)
    # 2. a labelled value without "95% CI": "RR 1.77", "(incidence rate ratio 0.56, 0.45-0.70)", "NNTB 5"
    for label in _LABEL.finditer(s):
        if overlaps(label.start(), label.end()):
            continue
        measure = _MEASURE_OF[label.lastgroup]
        found = _value_after_label(s, label.end())
        if not found:
            continue
        vstart, vend, vtext = found
        if overlaps(vstart, vend):
            continue
        tail = s[vend:vend + 30]
        if measure in ("mean-difference", "proportion") and not re.match(r"\s*[,;:]?\s*[(\[]{0,2}\s*" + DIGITS + r"\s*(?:to|-)", tail) \
                and not (measure == "mean-difference" and re.match(r"(?:\s+[a-zA-Zµμ/]+){1,3}\s*[,;]\s*(?:" + DIGITS + r")\s*(?:to|-)", tail)):
            continue  # "difference of 5 points", "incidence 2.6 per 1000": not estimates without an interval
        if measure == "relative-reduction" and not _PERCENT_TAIL.match(tail):
            continue
        bare = None
        for unit in re.finditer(r"(?:\s*%|\s+[a-zA-Zµμ/]+){0,3}", s[vend:vend + 40]):
            for cut in range(unit.end(), -1, -1):
                if re.fullmatch(r"(?:\s*%|\s+[a-zA-Zµμ/]+)*", s[vend:vend + cut]):
                    bare = _BARE_CI.match(s, vend + cut)
                    if bare:
                        break
            break
        if bare and _fits(vtext, bare):  # (the value's own direction is read before its interval: "7%, 1% fewer to 14% more")
            add(measure, vtext, s[vend:bare.start("low")], bare["low"], bare["ltail"], bare["high"], bare["htail"],
                (label.start(), bare.end()), label.group(0), vstart)
        elif measure != "proportion" and not _THRESHOLD.search(s[max(0, label.start() - 80):label.start()]):
            if re.match(r"\s*(?:to|-|and)\s*\d", tail) or re.match(r"\s*(?:studies|trials|participants)", tail):
                continue  # a range of values ("NNTB ranging from 3 to 7") or a count
            add_plain = Fact(value=_signed(vtext, tail), percent=bool(_PERCENT_TAIL.match(tail)), measure=measure,
                             start=base + label.start(), end=base + vend, sentence=sentence, written=(vtext, "", ""))
            if add_plain.value is None or re.match(r"\s*(?:to|-)\s*\d", tail):
                continue
            settle_kind(add_plain, s, (label.start(), vend), label.group(0))
            bracket = _in_brackets(s, vstart)
            add_plain.lead_end = base + (bracket if bracket is not None else vstart)
            add_plain.group_end = base + (_bracket_end(s, bracket) if bracket is not None else vend)
            facts.append(add_plain)
            used.append((label.start(), vend))
            previous_measure = add_plain.measure
    # 2b. "The NNT for at least 50% pain relief over 4 to 6 hours with ... 200 mg compared to placebo was 2.3 (1.9 to 3.0)"
    for label in _LABEL.finditer(s):
        measure = _MEASURE_OF[label.lastgroup]
        if overlaps(label.start(), label.end()) or measure not in _RATIO_OR_NNT:
            continue
        was = _WAS_VALUE.search(s, label.end(), min(len(s), label.end() + 160))
        if not was or overlaps(was.start("value"), was.end()) or not _fits(was["value"], was) \
                or re.search(r"[;]|" + _LABEL.pattern, s[label.end():was.start()]):
            continue
        add(measure, was["value"], "", was["low"], "", was["high"], "", (label.start(), was.end()), label.group(0), was.start("value"))
    # 3. a second group's value with a bare interval: "22.1 months (95% CI 19.5-25.3) ... versus 14.6 months (12.0-16.8)"
    for second in _SECOND_ARM.finditer(s):
        if overlaps(second.start("value"), second.end()) or not facts or not _fits(second["value"], second):
            continue
        before = [f for f in facts if f.end - base <= second.start() and f.ci is not None]
        if not before or before[-1].measure not in (None, "proportion"):
            continue
        add(before[-1].measure, second["value"], second["tail"], second["low"], second["ltail"] or second["tail"],
            second["high"], second["htail"] or second["tail"], (second.start("value"), second.end()))
    # 3b. the last of a series with a bare interval: "...; and time to six-month remission 0.88 (0.76 to 1.01)"
    for bare in _BARE_VALUE.finditer(s):
        if overlaps(bare.start("value"), bare.end()) or not _fits(bare["value"], bare):
            continue
        before = [f for f in facts if f.end - base <= bare.start("value") and f.ci is not None]
        gap = s[before[-1].end - base:bare.start("value")] if before else ""
        if not before or not re.fullmatch(r"[\s\w,;'()-]{0,80}", gap) or re.search(r"\d(?![\d.]*-[a-z])", gap) or _NOT_SERIES.search(gap) \
                or re.match(r"\s*(?:[a-z]+\s+)?(?:patients|people|participants|women|men|children|per|in\s+\d|out\s+of)\b", s[bare.end():]):
            continue  # (not "only 90 (70 to 117) patients will die": a count of people)
        add(before[-1].measure, bare["value"], "", bare["low"], "", bare["high"], "", (bare.start("value"), bare.end()),
            value_start=bare.start("value"))
    # 4. "(0.97, 0.84 to 1.11)": a value and interval without a label take the measure before them
    for triplet in _TRIPLET.finditer(s):
        if overlaps(triplet.start(), triplet.end()) or not _fits(triplet["value"], triplet):
            continue
        measure = previous_measure or _measure_before(text, base + triplet.start())
        if measure is None:
            continue
        add(measure, triplet["value"], "", triplet["low"], "", triplet["high"], "", (triplet.start(), triplet.end()),
            value_start=triplet.start("value"))
    # 5. "one additional hip fracture for every 83 people treated": a number needed to treat (or harm)
    for every in _ONE_FOR_EVERY.finditer(s):
        if overlaps(every.start(), every.end()):
            continue
        value = number_value(every["n"])
        if value is None or value < 1:
            continue
        fact = Fact(value=value, percent=False, measure="number-needed-to-treat", start=base + every.start(), end=base + every.end(),
                    sentence=sentence, written=(every["n"], "", ""))
        fact.stated_outcome = re.sub(r"^(?:events?\s+of\s+)", "", every["outcome"])
        fact.notes.append(f'"one {every["outcome"]} for every {every["n"]}" in the abstract')
        fact.lead_end, fact.group_end = base + every.start(), base + every.end()
        facts.append(fact)
        used.append((every.start(), every.end()))
    facts.sort(key=lambda f: f.start)
    return facts


_ONE_FOR_EVERY = re.compile(r"\bone\s+(?:(?:additional|extra|more|fewer|less|excess|avoidable)\s+)?(?P<outcome>[a-z][\w-]*(?:\s+[\w-]+){0,5}?)"
                            r"\s+(?:(?:would\s+be\s+|was\s+|is\s+)?(?:prevented|avoided|caused)\s+)?(?:for|in)\s+every\s+"
                            r"(?P<n>" + DIGITS + r")\s+(?:more\s+)?(?:people|patients|participants|persons|women|men|children|adults|"
                            r"infants|individuals|users)\b", re.I)
_SECOND_ARM = re.compile(r"(?:\bversus|\bvs\.?|\band|\bcompared\s+with|\bcompared\s+to|,)\s+(?P<value>" + DIGITS + r")"
                         r"(?P<tail>\s*%|(?:\s+[a-zA-Z]+){0,2})\s*[(\[]\s*(?P<low>" + DIGITS + r")(?P<ltail>\s*%)?\s*(?:to|-)\s*"
                         r"(?P<high>" + DIGITS + r")(?P<htail>\s*%)?\s*[)\]]")
# "-6.17 points on the Aberrant Behavior Checklist (ABC) - Irritability subscale (95% CI ...)"
_SCALE_GAP = re.compile(r"\s*(?:points?|units?)\s+on\s+(?:the\s+)?[^.;\d]{0,80}?\b(?:scale|subscale|score|index|questionnaire|checklist|"
                        r"inventory)\s*[,;:(\[]*\s*", re.I)
# "1.47 days greater in the drained population (95% CI ...)"
# ("walked 49 metres further than on ERAs (95% CI ...)", "48 metres further in 6MWD (95% CI ...)")
_COMPARED_GAP = re.compile(r"\s*[a-zA-Z]+\s+(?:greater|more|less|fewer|longer|shorter|higher|lower|further)(?:\s+(?!\d+\b)[\w-]+){0,5}"
                           r"\s*[,;:(\[]*\s*")
_BARE_VALUE = re.compile(r"(?P<value>" + DIGITS + r")\s*[(\[]\s*(?P<low>" + DIGITS + r")\s*(?:to|-)\s*(?P<high>" + DIGITS + r")\s*[)\]]")
# a range, not an interval: "aged 45 (18 to 60)", "median follow-up 3 (1 to 5) years"
_NOT_SERIES = re.compile(r"\b(?:aged?|ages|range|ranging|median|mean|(?<!-)(?:years?|months?|weeks?|days?)|follow|duration|scores?)\b", re.I)
_OTHER_ESTIMATE = re.compile(r"\d\s*[(\[]\s*-?\d[\d.]*\s*(?:to|-)\s*-?\d")
_RATIO_OR_NNT = ("risk-ratio", "odds-ratio", "hazard-ratio", "rate-ratio", "number-needed-to-treat")
_WAS_VALUE = re.compile(r"\b(?:was|were|is)\s+(?P<value>" + DIGITS + r")\s*[(\[]\s*(?P<low>" + DIGITS + r")\s*(?:to|-|,)\s*(?P<high>"
                        + DIGITS + r")\s*[)\]]")
_THRESHOLD = re.compile(r"\b(?:margin|threshold|MCID|minimal(?:ly)?\s+(?:clinically\s+)?important|cut-?off|defined\s+as|target|"
                        r"at\s+least|more\s+than|less\s+than|greater\s+than)\b[^.;()]*$", re.I)


def _fits(value_text: str, match) -> bool:
    value, low, high = number_value(value_text), number_value(match["low"]), number_value(match["high"])
    return None not in (value, low, high) and min(low, high) <= value <= max(low, high)


def _measure_before(text: str, position: int) -> str | None:
    """The measure of the closest labelled estimate earlier in the abstract (BMJ writes later ones bare)."""
    labels = list(_LABEL.finditer(text[max(0, position - 600):position]))
    for label in reversed(labels):
        measure = _MEASURE_OF[label.lastgroup]
        if measure not in ("proportion", "mean-difference") or label.group(0).lower().startswith("mean"):
            return measure
    return None
