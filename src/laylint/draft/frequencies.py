"""Natural frequencies in an abstract's sentence: per-arm risks and differences per 100 or 1000 ("770 per 1000 ...
100 more (62 more to 139 more) per 1000 with PCNL", "from 380 per 1000 to 327 per 1000"), "Amongst 1000 women ..., 37
more ...", "5 versus 10 in 10,000 women", a baseline risk with its derived other arm, and rates per person-time."""

from __future__ import annotations

import re

from laylint.draft.model import Fact
from laylint.draft.textnorm import DIGITS, NUMBER, Sentence, format_number, number_value

_PER_1000 = re.compile(r"per\s+(?P<denominator>1,?000|100,?000|10,?000|100)\b(?P<rest>[\s-]*(?:person|patient|child|women|people|"
                       r"participants?)?[\s-]*(?P<time>years?|months?|weeks?|days?|seasons?)?)", re.I)
_DIFFERENCE = re.compile(r"(?P<value>" + NUMBER + r")\s+(?P<dir>more|fewer|less|higher|lower|additional)\b"
                         r"(?:\s*[(\[]\s*(?:95%\s*CI[:,]?\s*)?(?P<low>" + NUMBER + r")\s*(?P<ldir>more|fewer|less|higher|lower)?"
                         r"\s*(?:to|-)\s*(?P<high>" + NUMBER + r")\s*(?P<hdir>more|fewer|less|higher|lower)?\s*[)\]])?", re.I)

_BASED_ON = re.compile(r"\b[Bb]ased\s+on\s+(?:an?\s+(?:assumed\s+|baseline\s+)?(?:risk|rate)\s+of\s+)?(?P<n>" + DIGITS + r")\s+"
                       r"(?:[a-z-]+\s+){0,4}?(?:per\s+1,?000\s+)?(?:[a-z-]+\s+){0,6}?(?:(?:in|with|for|among)\s+(?:the\s+)?"
                       r"(?P<arm>[\w/+-]+(?:\s+(?!with\b|in\b|for\b|among\b)[\w/+-]+){0,3}?)(?:\s+(?:group|arm))?)(?=\s*[,;.])")
# (the arm is the last "with X": "Based on 300 per 1000 children with persistent diarrhoea with placebo")


def _baseline_and_derived(sentence: Sentence, facts: list[Fact], used: list[tuple[int, int]]) -> None:
    """"Based on 31 complications in the RIRS group, this corresponds to six fewer ... per 1000 with PCNL":
    the baseline group's risk (per 1000 implied), and the other group's risk derived from it."""
    s, base = sentence.text, sentence.start
    differences = [f for f in facts if f.measure == "risk-difference" and f.role == "effect"]
    if len(differences) != 1:
        return
    difference = differences[0]
    baseline = next((f for f in facts if f.role == "arm" and f.measure == "proportion" and f.end <= difference.start), None)
    found = _BASED_ON.search(s)
    if baseline is None and found and not any(found.start("n") < e and found.end("n") > st for st, e in used):
        value = number_value(found["n"])
        baseline = Fact(value=round(value / 10, 6), percent=True, measure="proportion", start=base + found.start("n"),
                        end=base + found.end(), sentence=sentence, role="arm", written=(format_number(value / 10), "", ""))
        baseline.notes.append(f"derived: {found['n']} per 1000 (the abstract's baseline), written as a percentage")
        baseline.arm_text = found["arm"]
        baseline.lead_end, baseline.group_end = baseline.start, baseline.end
        facts.append(baseline)
        used.append((found.start("n"), found.end()))
    elif baseline is not None and baseline.arm_text is None and found:
        baseline.arm_text = found["arm"]
    if baseline is None or not difference.arm_text:
        return
    decimals = max(len(t.split(".")[1]) if "." in t else 0 for t in (baseline.written[0], difference.written[0]))
    value = round(baseline.value + difference.value, decimals)
    derived = Fact(value=value, percent=True, measure="proportion", start=difference.start, end=difference.end, sentence=sentence,
                   role="arm", written=(f"{value:.{decimals}f}", "", ""))
    derived.arm_text = difference.arm_text
    derived.notes.append(f"derived: {baseline.written[0]}% plus the difference {difference.written[0]}%, not stated in the abstract")
    derived.lead_end, derived.group_end = derived.start, derived.end
    facts.append(derived)


_AMONG_DENOMINATOR = re.compile(r"\b(?:among(?:st)?|for\s+every|of\s+every|in\s+every|out\s+of)\s+(?P<d>1,?000|10,?000|100)\s+"
                                r"[^,;()\d]{0,140}?,\s+(?P<n>" + NUMBER + r")\s+(?P<dir>more|fewer|less)\b\s+(?:[a-z]+\s+){0,2}?"
                                r"(?:will\s+have|would\s+have|had|have|received|receive|developed|develop|experienced|got|get|"
                                r"needed|need|were\s+given)\s+(?:an?\s+|the\s+)?(?P<o>[a-z][\w-]*(?:\s+[\w-]+){0,3}?)"
                                r"(?=\s+(?:when|if|with|than|compared|in|after|because|during)\b|\s*[,;(.]|$)", re.I)
_IN_DENOMINATOR = re.compile(r"(?<![\d.,])(?P<a>" + DIGITS + r")\s+(?:versus|vs\.?|compared\s+with)\s+(?P<b>" + DIGITS + r")\s+(?:in|out\s+of)\s+"
                             r"(?P<d>1,?000|10,?000|100,?000)\s+(?:[a-z-]+\s+)?(?:women|men|people|persons|participants|patients|children|"
                             r"adults|infants|individuals|screened|screening)\b")


def frequencies(sentence: Sentence, used: list[tuple[int, int]]) -> list[Fact]:
    """Natural frequencies per 1000 (per-arm risks and differences) and rates per person-time."""
    s, base = sentence.text, sentence.start
    facts: list[Fact] = []
    for per in _PER_1000.finditer(s):
        denominator = number_value(per["denominator"])
        if per["time"]:  # a rate: "2.6 per 1000 person years", "0.93 cases per child-year" handled below
            number = list(re.finditer(DIGITS, s[max(0, per.start() - 40):per.start()]))
            if number:
                n = number[-1]
                nstart = max(0, per.start() - 40) + n.start()
                if any(nstart < e and nstart >= st for st, e in used):
                    continue
                fact = Fact(value=number_value(n.group(0)), percent=False, measure="rate", start=base + nstart, end=base + per.end(),
                            sentence=sentence, role="arm", written=(n.group(0), "", ""))
                fact.notes.append(f"per {per['denominator']}{per['rest'].rstrip()}")
                fact.lead_end, fact.group_end = fact.start, fact.end
                facts.append(fact)
                used.append((nstart, per.end()))
            continue
        window_start = max([e for _, e in used if e <= per.start()], default=0)
        window = s[window_start:per.start()]
        difference = late_ci_words = None
        for found in _DIFFERENCE.finditer(window):
            before = window[:found.start()]
            if before.count("(") + before.count("[") > before.count(")") + before.count("]"):
                continue  # a bound: "three more cancer cases (0 fewer to 7 more) per 1000"
            difference = found
        if difference is not None and not difference["low"]:
            bracket = re.match(r"[^()\[\]]{0,40}?[(\[]\s*(?P<low>" + NUMBER + r")\s*(?P<ldir>more|fewer|less|higher|lower)?\s*(?:to|-)\s*"
                               r"(?P<high>" + NUMBER + r")\s*(?P<hdir>more|fewer|less|higher|lower)?\s*[)\]]\s*$",
                               window[difference.end():])
            if bracket:
                late_ci_words = bracket  # its interval sits between the difference and "per 1000"
        scale = 100 / denominator
        if denominator >= 10000:  # "47 cases per 100,000 persons": a rate, kept as written
            number = list(re.finditer(DIGITS, window))
            if number and len(window) - number[-1].end() < 40:
                n = number[-1]
                fact = Fact(value=number_value(n.group(0)), percent=False, measure="rate", start=base + window_start + n.start(),
                            end=base + per.end(), sentence=sentence, role="arm", written=(n.group(0), "", ""))
                fact.notes.append(f"per {per['denominator']}{per['rest'].rstrip()}")
                fact.lead_end, fact.group_end = fact.start, fact.end
                facts.append(fact)
                used.append((window_start + n.start(), per.end()))
            continue
        late_ci = re.match(r"\s*[(\[]\s*(?P<low>" + NUMBER + r")\s*(?P<ldir>more|fewer|less|higher|lower)?\s*(?:to|-)\s*(?P<high>" + NUMBER
                           + r")\s*(?P<hdir>more|fewer|less|higher|lower)?\s*[)\]]", s[per.end():]) or late_ci_words
        two_groups = re.search(r"(?P<a>" + DIGITS + r")\s+(?:versus|vs\.?)\s+(?P<b>" + DIGITS + r")\s*$", window)
        if two_groups and difference and difference.end() <= two_groups.start():
            difference = None  # "with one additional ultrasonography than with mammography alone (5 versus 3 per 1000"
        if difference and len(window) - difference.end() < 60:
            value = number_value(difference["value"])
            sign = -1 if difference["dir"].lower() in ("fewer", "less", "lower") else 1
            fact = Fact(value=round(sign * value * scale, 6), percent=True, measure="risk-difference",
                        start=base + window_start + difference.start(), end=base + per.end(), sentence=sentence, role="effect")
            bounds = difference if difference["low"] else late_ci  # "36 fewer ... per 1000 (64 fewer to 8 fewer)"
            if bounds is not None and bounds["low"]:
                low = number_value(bounds["low"]) * (-1 if (bounds["ldir"] or difference["dir"]).lower() in ("fewer", "less", "lower") else 1)
                high = number_value(bounds["high"]) * (-1 if (bounds["hdir"] or difference["dir"]).lower() in ("fewer", "less", "lower") else 1)
                fact.ci = (round(min(low, high) * scale, 6), round(max(low, high) * scale, 6))
            fact.written = tuple(format_number(v) for v in (fact.value, *(fact.ci or ("", ""))) if v != "") + ("", "")
            fact.written = fact.written[:3]
            fact.notes.append(f"derived: {difference.group(0).strip()} per {per['denominator']}, written as a percentage")
            fact.lead_end, fact.group_end = fact.start, fact.end
            tail = s[per.end() + (late_ci.end() if late_ci and not difference["low"] else 0):]
            after = re.match(r"\s*(?:(?:with|in|for|among|using|receiving)\s+(?:the\s+)?(?P<arm>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)"
                             r"(?:\s+(?:group|arm))?)(?=\s*(?:[(,;.]|than|compared|$))", tail)
            fact.arm_text = after["arm"] if after else None
            fact.notes.append("per 1000 in the abstract")
            named = re.fullmatch(r"\s*(?P<o>[a-z][\w-]*(?:\s+[\w-]+){0,3}?)\s*", re.sub(r"[(\[][^()\[\]]*[)\]]", " ", window[difference.end():]))
            if named and not re.fullmatch(r"(?:people|persons?|patients?|participants?|women|men|children|adults|infants|cases?|"
                                          r"events?)", named["o"]) and not re.search(r"\b(?:of|per|in|with)$", named["o"]):
                fact.stated_outcome = named["o"]  # "two additional breast cancers per 1000 women"
                found_how = re.match(r"[\s-]*(?:[a-z]+\s+){0,2}?(?:were|was|are|is|will\s+be|would\s+be)\s+(?P<v>detected|diagnosed|identified|found)\b",
                                     s[per.end():], re.I) or re.search(r"\b(?P<v>detected|diagnosed|identified|found)\s*$",
                                                                      window[:difference.start()], re.I)
                if found_how:  # "... per 1000 women were detected": the outcome is the detection
                    fact.stated_outcome += " " + found_how["v"].lower()
            facts.append(fact)
            used.append((window_start + difference.start(), per.end()))
            continue
        # "from 380 events per 1000 people to 327 per 1000", "5 versus 3 per 1000", "770 participants per 1000"
        pair = re.search(r"(?P<a>" + DIGITS + r")(?:\s+[a-z]+){0,2}\s+(?:per\s+1,?000\s+(?:[a-z]+\s+)?)?(?:to|versus|vs\.?|and|compared\s+with)\s+"
                         r"(?P<b>" + DIGITS + r")(?:\s+[a-z]+){0,2}\s*$", window)
        single = re.search(r"(?P<a>" + DIGITS + r")(?:\s+[a-z-]+){0,3}\s*$", window)
        numbers = [(pair, "a"), (pair, "b")] if pair else ([(single, "a")] if single else [])
        for match, group in numbers:
            nstart = window_start + match.start(group)
            value = number_value(match[group])
            fact = Fact(value=round(value * scale, 6), percent=True, measure="proportion", start=base + nstart,
                        end=base + window_start + match.end(group), sentence=sentence, role="arm")
            fact.written = (format_number(value * scale), "", "")
            fact.notes.append(f"derived: {match[group]} per {per['denominator']}, written as a percentage")
            fact.lead_end, fact.group_end = fact.start, fact.end
            if pair and group == "a" and re.search(r"\bfrom\s+$", window[:match.start("a")]):
                fact.arm_text = "__from__"
            elif pair and group == "b" and re.search(r"\bfrom\s+", window[max(0, match.start("a") - 8):match.start("a")]):
                fact.arm_text = "__to__"
            elif not pair:
                # "With placebo, 220 per 1000 children had pain; with antibiotics, 154 per 1000 (125 to 189)"
                lead = re.search(r"(?:^|[;:]\s*|\.\s+)(?:with|in|among|for)\s+(?:the\s+)?(?P<arm>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)"
                                 r"(?:\s+(?:group|arm))?,\s*$", s[:nstart], re.I)
                if lead:
                    fact.arm_text = lead["arm"]
                if late_ci and not (late_ci["ldir"] or late_ci["hdir"]):
                    low, high = number_value(late_ci["low"]), number_value(late_ci["high"])
                    if low is not None and high is not None and low <= value <= high:  # "180 per 1000 (135 to 240)"
                        fact.ci = (round(low * scale, 6), round(high * scale, 6))
                        fact.written = (fact.written[0], format_number(low * scale), format_number(high * scale))
                        fact.end = fact.group_end = base + per.end() + late_ci.end()
            facts.append(fact)
        if numbers:
            used.append((window_start + numbers[0][0].start(), per.end()))
    for found in _AMONG_DENOMINATOR.finditer(s):  # "Amongst 1000 women who do not have cancer, 37 more received ..."
        if any(found.start() < e and found.end() > st for st, e in used):
            continue
        scale = 100 / number_value(found["d"])
        sign = -1 if found["dir"].lower() in ("fewer", "less") else 1
        fact = Fact(value=round(sign * number_value(found["n"]) * scale, 6), percent=True, measure="risk-difference",
                    start=base + found.start(), end=base + found.end("dir"), sentence=sentence, role="effect")
        fact.written = (format_number(fact.value), "", "")
        fact.notes.append(f"derived: {found['n']} {found['dir']} of {found['d']}, written as a percentage")
        fact.lead_end, fact.group_end = fact.start, fact.end
        fact.stated_outcome = found["o"].strip()
        facts.append(fact)
        used.append((found.start(), found.end("dir")))
    for found in _IN_DENOMINATOR.finditer(s):  # "(5 versus 10 in 10,000 women; RR ...": each arm's risk
        if any(found.start() < e and found.end() > st for st, e in used):
            continue
        scale = 100 / number_value(found["d"])
        for group in ("a", "b"):
            value = number_value(found[group])
            fact = Fact(value=round(value * scale, 6), percent=True, measure="proportion", start=base + found.start(group),
                        end=base + (found.end(group) if group == "a" else found.end()), sentence=sentence, role="arm")
            fact.written = (format_number(value * scale), "", "")
            fact.notes.append(f"derived: {found[group]} in {found['d']}, written as a percentage")
            fact.lead_end, fact.group_end = fact.start, fact.end
            facts.append(fact)
        used.append((found.start(), found.end()))
    _baseline_and_derived(sentence, facts, used)
    # "0.93 cases per child-year", "1.19 cases per 1000 person-years" (the latter caught above)
    for rate in re.finditer(r"(?P<n>" + DIGITS + r")\s+(?:[a-z]+\s+)?per\s+(?:child|person|patient|participant)[\s-](?:years?|months?|seasons?)", s):
        if any(rate.start() < e and rate.end() > st for st, e in used):
            continue
        fact = Fact(value=number_value(rate["n"]), percent=False, measure="rate", start=base + rate.start(), end=base + rate.end(),
                    sentence=sentence, role="arm", written=(rate["n"], "", ""))
        fact.notes.append(s[rate.end("n"):rate.end()].strip())
        fact.lead_end, fact.group_end = fact.start, fact.end
        facts.append(fact)
        used.append((rate.start(), rate.end()))
    return facts
