"""One group's figures: per-arm percentages ("26.1% vs 19.3%", "415 patients (13.8%) ... and 511
patients (17.1%)", "35 of 158 (22.2%)"), natural frequencies and rates (frequencies.py), and background
shares ("238 [76.3%] female"). Thresholds, I2 and p-values are skipped."""

from __future__ import annotations

import re

from laylint.draft.frequencies import frequencies
from laylint.draft.model import Fact
from laylint.draft.textnorm import DIGITS, Sentence, format_number, number_value

_PERCENT = re.compile(r"(?P<num>" + DIGITS + r")\s?%")
_THRESHOLD_BEFORE = re.compile(
    r"(?:[<>≤≥=]|\bat\s+least|\bmore\s+than|\bless\s+than|\bgreater\s+than|\bover|\bunder|\bup\s+to|\bbelow|\babove|"
    r"\bexceeding|\bI\s?2|\bI²|\btau2|\bMCID(?:\s+was)?|\bmargin(?:\s+(?:was|of))?|\bthreshold(?:\s+(?:was|of))?|"
    r"\bcut-?off(?:\s+of)?|\btarget(?:\s+of)?|\bpower|\bby|\bwithin|\bnearly|\bapproximately)\s*(?:\(|\[)?\s*$", re.I)
_THRESHOLD_AFTER = re.compile(r"^\s*(?:or\s+(?:more|greater|higher|less|lower)|reduction\s+in|improvement\s+in|"
                              r"increase\s+in|decrease\s+in|of\s+(?:the\s+)?(?:predicted|normal|maximum)|power|"
                              r"confidence|CI|credible|probability)", re.I)
_ARM = re.compile(
    r"\b(?:in|among|for|with|on|of)\s+(?:the\s+|those\s+(?:in\s+the\s+|receiving\s+|given\s+|on\s+|taking\s+)?|patients\s+"
    r"(?:in\s+the\s+|receiving\s+|given\s+|on\s+)|participants\s+(?:in\s+the\s+|receiving\s+|given\s+)|children\s+(?:in\s+the\s+|"
    r"receiving\s+|given\s+))?(?P<arm>[A-Za-z][\w/+-]*(?:\s+(?!group\b|arm\b|users?\b|and\b|vs\b|versus\b)[\w/+-]+){0,4}?)"
    r"\s+(?:group|arm|users?|recipients)s?\b", re.I)
_ARM_WITH = re.compile(r"\b(?:with|on|receiving|given|taking|after|using|among)\s+(?P<arm>(?!the\b|a\b|an\b)[A-Za-z][\w/+-]*"
                       r"(?:\s+(?!and\b|vs\b|versus\b|or\b|compared\b|than\b|in\b|of\b|for\b|respectively\b|would\b|could\b|will\b|"
                       r"is\b|was\b|were\b|are\b|be\b|may\b|might\b)"
                       r"(?:\d+(?:\.\d+)?%|[\w/+-]+)){0,4})", re.I)  # "chlorhexidine 0.2%": the strength stays in the name
_COUNT_PERCENT = re.compile(r"(?P<n>" + DIGITS + r")(?:\s+of\s+(?P<of>" + DIGITS + r"))?(?:\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
                            r"\s*[(\[]\s*(?P<pct>" + DIGITS + r")\s?%\s*[)\]]")
_PERCENT_COUNT = re.compile(r"(?P<pct>" + DIGITS + r")\s?%\s*[(\[]\s*(?:n\s*=\s*)?(?P<n>" + DIGITS + r")\s*(?:/|of|out\s+of)\s*(?P<of>"
                            + DIGITS + r")(?:\s+(?P<noun>[a-z][\w-]*))?\s*[)\]]")
_MEDIANS = re.compile(r"\b(?P<kind>medians?|means?)\s+(?:of\s+)?(?P<a>" + DIGITS + r")\s*(?:vs\.?|versus|and|compared\s+with)\s*(?P<b>"
                      + DIGITS + r")\s+(?P<unit>[a-z]+(?:\s+(?:per|a|each)\s+[a-z]+)?)", re.I)
# "Median OS was 16.2 months versus 13.1 months": one figure per group, no interval
_MEDIAN_PAIR = re.compile(r"\b(?P<kind>[Mm]edian|[Mm]ean)\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?P<a>" + DIGITS + r")\s+"
                          r"(?P<unit>months|weeks|days|years|hours|minutes)(?:\s+with\s+[\w/+-]+(?:\s+[\w/+-]+){0,3}?)?\s*,?\s*"
                          r"(?:vs\.?|versus|compared\s+with|and)\s+(?P<b>" + DIGITS + r")\s+(?P=unit)\b")
# "Mean pain with no treatment was 62.00 points on a 0 to 100 scale (0 = no pain) compared to 27.06 points with exercise"
_MEAN_ARMS = re.compile(r"\b[Mm]ean\s+(?P<outcome>(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:with|in|for|among)\s+(?:the\s+)?(?P<arm1>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,4}?)"
                        r"(?:\s+(?:group|arm))?\s+was\s+(?P<a>" + DIGITS + r")(?P<middle>[^;]{0,90}?)\s+compared\s+(?:to|with)\s+"
                        r"(?P<b>" + DIGITS + r")(?:\s+(?:points?|[a-z]+))?\s+(?:with|in|for|among)\s+(?:the\s+)?"
                        r"(?P<arm2>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,4}?)(?:\s+(?:group|arm))?(?=\s*[(,;.]|$)")
_BETWEEN = re.compile(r"(?:between\s+(?P<low>" + DIGITS + r")\s?%\s+and|(?<=would\sbe\s)(?P<low2>" + DIGITS + r")\s?%\s+to)\s+"
                      r"(?P<high>" + DIGITS + r")\s?%", re.I)  # "between 39% and 60%", "would be 12.5% to 52.6%"


# "0.12% chlorhexidine", "hydrocortisone 1% cream", "chlorhexidine 0.2% versus ...": a concentration, part of a name
_FORMULATION = r"(?:cream|gel|ointment|solution|mouthwash|mouth\s?rinse|rinse|drops?|spray|lotion|foam|shampoo|varnish|paste|saline|" \
               r"dextrose|glucose|sucrose|w/v|w/w|v/v|topical|eye\s?drops|nasal\s+spray|solution)"
_DRUG_WORD = r"(?:(?!(?:baseline|routine|medicine|online|urine|guideline|vaccine|decline|machine|examine|determine)\b)" \
             r"[a-z][a-z-]*(?:xidine|caine|idine|icin|mycin|cillin|azole|olol|pril|sartan|statin|mab|nib|one|ine|ide|ol|ate|ium))"
_CONCENTRATION_AFTER = re.compile(r"^\s*(?:" + _FORMULATION + r"|" + _DRUG_WORD + r")\b", re.I)
_CONCENTRATION_BEFORE = re.compile(r"\b(?:" + _FORMULATION + r"|" + _DRUG_WORD + r")\s*$", re.I)


def is_concentration(s: str, start: int, end: int) -> bool:
    """A percentage that is a strength of a preparation, not a share of people."""
    return bool(_CONCENTRATION_AFTER.match(s[end:end + 40]) or (
        _CONCENTRATION_BEFORE.search(s[max(0, start - 40):start]) and not re.match(r"\s*(?:of|in|among|were|was|had)\b", s[end:end + 10])))


def _skip_percent(s: str, start: int, end: int) -> bool:
    before, after = s[max(0, start - 40):start], s[end:end + 30]
    if is_concentration(s, start, end):
        return True
    threshold = _THRESHOLD_BEFORE.search(before)
    if threshold and re.match(r"\s*by\b", threshold.group(0), re.I) and re.search(r"\breported\s+by\s*$", before, re.I) \
            and re.match(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:recipients|participants|patients|people|women|men|children|"
                         r"adults|infants|users)\b", s[end:]):
        threshold = None  # "reported by 21.4% of vaccine recipients": a share of a group, not a change
    if threshold or _THRESHOLD_AFTER.match(after):
        return True
    if re.search(r"\b(?:CI|interval|I\s?2|I²)\s*[:=,]?\s*(?:[(\[]\s*)?$", before):
        return True
    return bool(re.match(r"^\s*(?:-|to)\s*" + DIGITS + r"\s?%", after) and not re.search(r"between\s*$", before))


def find(sentence: Sentence, text: str, taken: list[tuple[int, int]]) -> list[Fact]:
    """Per-arm figures, natural frequencies and background shares in one sentence; `taken` holds
    the spans (abstract offsets) of the estimates already found, which are not read again."""
    s, base = sentence.text, sentence.start
    facts: list[Fact] = []
    used = [(a - base, b - base) for a, b in taken if a >= base and b <= sentence.end]

    def free(a: int, b: int) -> bool:
        return not any(a < e and b > st for st, e in used)

    # "35 of 158 participants (22.2%)", "415 patients (13.8%)", "45,232 (11.0%) participants"
    for match in _COUNT_PERCENT.finditer(s):
        if not free(match.start("pct"), match.end()) or _skip_percent(s, match.start("pct"), match.end("pct")):
            continue
        count = number_value(match["n"])
        if count is None or count != int(count) or re.search(r"(?:aged?|\bn\s*=|mean|median|SD)\s*[\[(]?\s*$", s[:match.start()]):
            continue
        fact = _percent_fact(sentence, match.start("pct"), match.end(), match["pct"], role="arm")
        fact.start = fact.lead_end = base + match.start()
        fact.written = (match["pct"], "", "")
        facts.append(fact)
        counted = Fact(value=count, percent=False, measure="count", start=base + match.start("n"), end=base + match.end("n"),
                       sentence=sentence, role="count", written=(match["n"], "", ""))
        noun = match["noun"]
        if not noun or noun.split()[0] in ("of", "in", "and", "with"):
            tail = re.match(r"\s*(?P<noun>[a-z][\w-]*)", s[match.end():])
            noun = tail["noun"] if tail and tail["noun"] not in ("in", "and", "of", "with", "vs", "versus", "respectively", "given",
                                                                 "receiving", "treated", "taking", "using", "on", "who", "were",
                                                                 "was", "had") else None
        counted.population = noun or "participants"
        counted.partner = fact
        facts.append(counted)
        if match["of"]:
            denominator = Fact(value=number_value(match["of"]), percent=False, measure="count", start=base + match.start("of"),
                               end=base + match.end("of"), sentence=sentence, role="count", written=(match["of"], "", ""))
            denominator.population = (noun or "participants") + " (denominator)"
            denominator.partner = fact
            facts.append(denominator)
        used.append((match.start(), match.end()))
    # "11.7% (n = 76/650)"
    for match in _PERCENT_COUNT.finditer(s):
        if not free(match.start(), match.end()):
            continue
        fact = _percent_fact(sentence, match.start(), match.end(), match["pct"], role="arm")
        fact.group_end = fact.end = base + match.end()
        facts.append(fact)
        for group, suffix in (("n", ""), ("of", " (denominator)")):
            count = Fact(value=number_value(match[group]), percent=False, measure="count", start=base + match.start(group),
                         end=base + match.end(group), sentence=sentence, role="count", written=(match[group], "", ""))
            count.population = (match["noun"] or "participants") + suffix
            count.partner = fact
            facts.append(count)
        used.append((match.start(), match.end()))
    # "(median 60 vs 102 minutes per day)": one figure per group, in the order of the arms
    for match in _MEDIANS.finditer(s):
        if not free(match.start("a"), match.end("b")):
            continue
        for group in ("a", "b"):
            fact = Fact(value=number_value(match[group]), percent=False, measure=None, start=base + match.start(group),
                        end=base + match.end(group), sentence=sentence, role="arm", written=(match[group], "", ""))
            fact.notes.append(f"{match['kind'].lower().rstrip('s')}, {match['unit']}")
            fact.lead_end, fact.group_end = base + match.start(), fact.end
            facts.append(fact)
        used.append((match.start(), match.end()))
    for match in _MEDIAN_PAIR.finditer(s):
        if not free(match.start("a"), match.end()) or re.match(r"\s*[(\[]\s*(?:95|9\d)", s[match.end():]):
            continue
        for group in ("a", "b"):
            fact = Fact(value=number_value(match[group]), percent=False, measure=None, start=base + match.start(group),
                        end=base + match.end(group), sentence=sentence, role="arm", written=(match[group], "", ""))
            fact.notes.append(f"{match['kind'].lower()}, {match['unit']}")
            fact.lead_end, fact.group_end = base + match.start("a"), fact.end  # the outcome is before the first figure
            facts.append(fact)
        used.append((match.start("a"), match.end()))
    # "Mean pain with no treatment was 62.00 points ... compared to 27.06 points with exercise": each group's mean
    for match in _MEAN_ARMS.finditer(s):
        if not free(match.start("a"), match.end("b")):
            continue
        unit = re.match(r"\s*(points?|[a-z]+)", match["middle"])
        for group, arm in (("a", "arm1"), ("b", "arm2")):
            fact = Fact(value=number_value(match[group]), percent=False, measure=None, start=base + match.start(group),
                        end=base + match.end(group), sentence=sentence, role="arm", written=(match[group], "", ""))
            fact.notes.append(f"mean{', ' + unit.group(1) if unit else ''}")
            fact.arm_text, fact.stated_outcome = match[arm], match["outcome"]
            fact.lead_end, fact.group_end = base + match.start(), fact.end
            facts.append(fact)
        used.append((match.start("a"), match.end("b")))
    # bare percentages: "26.1% ... versus 19.3%", "(12.1% vs. 6.6%)", "absolute effects 5.0% versus 5.8%"
    ranges = [(m.start(), m.end()) for m in _BETWEEN.finditer(s)]
    for match in _PERCENT.finditer(s):
        if not free(match.start(), match.end()) or _skip_percent(s, match.start(), match.end()):
            continue
        if any(a <= match.start() < b for a, b in ranges):
            continue  # "between 37% and 60%": a range, read below with the ratio it comes from
        facts.append(_percent_fact(sentence, match.start(), match.end(), match["num"], role="arm"))
        used.append((match.start(), match.end()))
    facts.extend(frequencies(sentence, used))
    for fact in facts:
        if fact.role == "arm" and fact.arm_text is None:
            fact.arm_text = arm_near(s, fact.start - base, fact.end - base)
    return sorted(facts, key=lambda f: f.start)


def _percent_fact(sentence: Sentence, start: int, end: int, number: str, role: str) -> Fact:
    value = number_value(number)
    fact = Fact(value=value, percent=True, measure="proportion", start=sentence.start + start, end=sentence.start + end,
                sentence=sentence, role=role, written=(number, "", ""))
    fact.lead_end = fact.start
    fact.group_end = fact.end
    return fact


def arm_near(s: str, start: int, end: int) -> str | None:
    """The group a figure belongs to: "in the placebo group" after it (before the next figure), or
    "with ICBT" right after it."""
    after = s[end:]
    stop = re.search(DIGITS + r"\s?%|;|\bversus\b|\bvs\b|\bcompared\b|\band\s+\d|,\s+(?:then\s+|so\s+)?(?:the|while|whereas|but)\s", after)
    window = after[:stop.start()] if stop else after
    window = window[:90]
    for pattern in (_ARM, _ARM_WITH):
        found = pattern.search(window)
        if found and found.start() < 40:
            return found["arm"]
    if re.match(r"[^()\[\]]*?" + DIGITS + r"\s?%", after[:40]) and re.search(r"[(\[][^()\[\]]*$", s[:start]):
        return None  # "(12.1% vs. 6.6%)": a run of figures after "in the A group than in the B group"
    before = s[max(0, start - 60):start]
    found = list(_ARM.finditer(before))
    if found and found[-1].end() > len(before) - 12:
        return found[-1]["arm"]
    stated = _WITH_IS.search(s[max(0, start - 90):start])
    if stated:  # "if the chance of live birth with a standard starting dose is 25%"
        return stated["arm"]
    return None


_WITH_IS = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?P<arm>[A-Za-z][\w/+-]*(?:\s+(?!is\b|was\b|would\b|will\b|and\b|or\b)[\w/+-]+){0,4}?)"
                      r"\s+(?:is|was|would\s+be|will\s+be)\s+(?:(?:assumed|taken)\s+to\s+be\s+)?(?:about\s+|around\s+)?$", re.I)


def anticipated_ranges(sentences: list[Sentence], facts: list[Fact]) -> list[Fact]:
    """"In women with a risk of irregular bleeding of 18% with placebo, the risk would be between 39% and
    60% with the pill": the other group's anticipated risk, whose range the abstract gives and whose value
    is the baseline times the risk ratio stated just before (derived, and said so)."""
    found: list[Fact] = []
    for sentence in sentences:
        for match in _BETWEEN.finditer(sentence.text):
            start = sentence.start + match.start()
            baseline = next((f for f in reversed(facts) if f.sentence is sentence and f.role == "arm" and f.percent
                             and f.end <= start and f.outcome and f.drug), None)
            ratio = next((f for f in reversed(facts) if f.role == "effect" and f.measure in ("risk-ratio", "odds-ratio") and f.start < start
                          and f.drug and f.sentence.paragraph == sentence.paragraph and f.drug != (baseline.drug if baseline else None)),
                         None)
            if baseline is None or ratio is None:
                continue
            low_text = match["low"] or match["low2"]
            low, high = number_value(low_text), number_value(match["high"])
            decimals = max(len(t.split(".")[1]) if "." in t else 0 for t in (low_text, match["high"]))
            if ratio.measure == "odds-ratio":  # through the odds: p' = OR p / (1 - p + OR p)
                p = baseline.value / 100
                value = round(100 * ratio.value * p / (1 - p + ratio.value * p), decimals)
            else:
                value = round(baseline.value * ratio.value, decimals)
            if low is None or high is None or not low <= value <= high:
                continue  # not the ratio this range comes from
            fact = Fact(value=value, percent=True, measure="proportion", start=start, end=sentence.start + match.end(),
                        sentence=sentence, ci=(low, high), role="arm", drug=ratio.drug, outcome=baseline.outcome,
                        written=(format_number(value), low_text, match["high"]))
            how = "risk ratio" if ratio.measure == "risk-ratio" else "odds ratio (through the odds)"
            fact.notes.append(f"derived: {baseline.written[0] or format_number(baseline.value)}% and the {how} {ratio.written[0]}; "
                              f"the abstract gives only the range {low_text}% to {match['high']}%")
            fact.lead_end = fact.group_end = fact.end
            found.append(fact)
    return found
