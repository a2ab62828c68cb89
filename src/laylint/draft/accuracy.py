"""Diagnostic test accuracy: "The clinical HINTS examination (12 studies, 1890 participants) was 94.0%
(95% CI ...) sensitive, and 86.9% (...) specific", "The PHQ-2 had a sensitivity of 85.3% ... and a
specificity of 79.5%", "The sensitivity of FIT was 79.0% ... and its specificity was 94.1%".
The test is the subject of the clause (an arm of its own, no comparator); the outcome is the accuracy
word next to the figure; the studies and people in the subject's bracket are the test's."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.model import Fact

_MEASURES = {"sensitivity": "sensitivity", "sensitive": "sensitivity", "specificity": "specificity", "specific": "specificity",
             "accuracy": "accuracy", "accurate": "accuracy", "positive predictive value": "positive predictive value",
             "ppv": "positive predictive value", "negative predictive value": "negative predictive value",
             "npv": "negative predictive value"}
# how a summary writes the same measure ("was 94% sensitive")
FORMS = {"sensitivity": ("sensitive",), "specificity": ("specific",), "accuracy": ("accurate",)}
_TEST_RESULT = re.compile(r"^(?P<x>false[- ]positive|false[- ]negative)(?:\s+(?:test|screening))?\s+results?$", re.I)


def outcome_forms(name: str) -> set[str]:
    """"false-positive results" is written "false positives" too."""
    found = _TEST_RESULT.match(name)
    if found:
        x = found["x"]
        lay = {"false alarm", "false alarms"} if "positive" in x.lower() else {"missed diagnoses"}
        return {x, x + "s", x.replace("-", " ") + "s"} | lay
    return set(FORMS.get(name, ()))


_NOUN = re.compile(r"\b(?:sensitivity|specificity|accuracy|positive\s+predictive\s+value|negative\s+predictive\s+value|"
                   r"(?-i:PPV|NPV))\b", re.I)
_ADJECTIVE_AFTER = re.compile(r"^[\s)\]]*(?:(?:to|-|–)\s*\d+(?:\.\d+)?\s*%\s*)?(?:\([^()]*\)\s*)?(?P<a>sensitive|specific|accurate)\b",
                              re.I)
_SENTENCE = re.compile(r"\b(?:sensitivity|specificity|sensitive|specific|predictive\s+values?)\b", re.I)
# a clause that opens with its subject: "The PHQ-2 (11 studies, 6100 participants) had ...", "FIT was ..."
_SUBJECT = re.compile(r"^\s*(?:(?:overall|similarly|however|in\s+addition|by\s+contrast),?\s+)?(?:the\s+)?"
                      r"(?P<x>[A-Za-z][\w/+'’-]*(?:,?\s+(?!was\b|were\b|had\b|has\b|showed\b|is\b|are\b)[\w/+'’-]+){0,10}?)\s*"
                      r"(?P<b>\([^()]*\)\s*)?(?:was|were|had|has|is|are|showed|demonstrated|yielded|achieved|reached)\b", re.I)
_OF_TEST = re.compile(r"^(?:(?:pooled|summary|overall|mean|median)\s+)?(?:sensitivity|specificity|accuracy)"
                      r"(?:\s+and\s+(?:sensitivity|specificity))?\s+of\s+(?:the\s+)?(?P<x>.+)$", re.I)
_NOT_TEST = re.compile(r"^(?:it|its|this|these|that|we|they|studies|study|trials?|results?|data|evidence|certainty|"
                       r"(?:pooled\s+|summary\s+)?(?:sensitivity|specificity|accuracy)|participants|patients)\b", re.I)
_MEASURE_FIRST = re.compile(r"(?:(?:pooled|summary|overall|mean|median|its|their|the)\s+)*(?:sensitivity|specificity|accuracy|"
                            r"positive\s+predictive|negative\s+predictive|PPV|NPV|area\s+under)\b", re.I)
_CLAUSE = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+(?=\w+\s+\w+[^,]*?(?:was|were|had|has)\b)|\.\s+")


_THRESHOLD = re.compile(r"^\s*(?:at|with|using)\s+(?:a|the)\s+(?:threshold|cut-?off|cut-?point)\s+(?:value\s+)?(?:of\s+)?"
                        r"(?P<t>[^,;]{1,25}?),\s+", re.I)
_AREA = re.compile(r"\b(?:area\s+under\s+(?:the\s+)?(?:receiver\s+operating\s+characteristic\s+|ROC\s+)?curve|AUC|AUROC|"
                   r"c[\s-]statistic)\b", re.I)


def assign(facts: list[Fact], arms: N.Arms, abbr: dict[str, str]) -> None:
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence.start, []).append(fact)
    last = {"test": None}  # "At 40 mg/L, the sensitivity was ...": the test of the sentences before
    for start in sorted(by_sentence):
        group = by_sentence[start]
        s = group[0].sentence.text
        if _SENTENCE.search(s):
            _sentence(sorted(group, key=lambda f: f.start), s, start, arms, abbr, last)


def not_findings(facts: list[Fact]) -> list[Fact]:
    """An area under the curve (0.83) is neither a share of people nor a ratio: no metadata measure holds it."""
    return [f for f in facts if f.role != "count" and f.measure in (None, "proportion") and not f.percent and 0 < f.value < 1
            and _AREA.search(f.sentence.text[:f.start - f.sentence.start][-80:])]


# "SR pooled sensitivity against RID at the 0.1 μmol/g cutoff", "FC summary specificity versus colonoscopy": the test
# before the measure, the reference standard after "against", the cutoff last
_TEST_FIRST = re.compile(r"^(?P<t>[A-Za-z][\w/+'’-]*(?:\s+(?!pooled\b|summary\b|overall\b|sensitivity\b|specificity\b)[\w/+'’-]+){0,5})\s+"
                         r"(?:(?:pooled|summary|overall|mean|median)\s+)?(?:sensitivity|specificity|accuracy)"
                         r"(?:\s+and\s+(?:sensitivity|specificity))?"
                         r"(?:\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?(?P<r>.+?))?"
                         r"(?:\s+(?:at|with|using)\s+(?:a|the)\s+(?P<c>[^,;]{1,25}?)\s*(?:cut-?offs?|thresholds?|cut-?points?)(?:\s+values?)?)?$",
                         re.I)
# a subheading "Serum or plasma retinol for diagnosing vitamin A deficiency" names the test of its sentences
_HEADING_TEST = re.compile(r"^(?P<x>.+?)\s+(?:for|in)\s+(?:the\s+)?(?:diagnos\w*|detect\w*|identif\w*|ruling\s+(?:in|out)|"
                           r"rule\s+out|screening\s+for)\b", re.I)


def heading_test(heading: str | None, arms: N.Arms, abbr: dict) -> str | None:
    found = _HEADING_TEST.match(heading or "")
    return _test_arm(found["x"], arms, abbr) if found and len(found["x"].split()) <= 8 else None


def _subjects(s: str, arms: N.Arms, abbr: dict, last: dict) -> list[tuple[int, str, tuple[int, int] | None, str | None]]:
    """(clause start, test, span of the subject's bracket, reference standard) of each clause that names its test."""
    starts = [0] + [m.end() for m in _CLAUSE.finditer(s)]
    found = []
    for start in starts:
        threshold = _THRESHOLD.match(s[start:])
        if threshold:  # "At a threshold of 20 mg/L, the CRP test had ...": the test at that threshold
            start += threshold.end()
        blank = re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group(0)), s[start:])  # "Serum ferritin (SF) pooled ..."
        clause = re.match(r"^\s*(?:the\s+)?(?P<p>[^,;]*?\b(?:sensitivity|specificity)\b[^,;]*?)\s+(?:was|were|is|are)\b", blank, re.I)
        first = _TEST_FIRST.match(re.sub(r"\s+", " ", clause["p"])) if clause and not threshold else None
        if first and not _NOT_TEST.match(first["t"]) and not _MEASURE_FIRST.match(first["t"]) \
                and not re.fullmatch(r"(?:pooled|summary|overall|mean|median|its|their|the|and|but|while)", first["t"], re.I):
            reference = _test_arm(first["r"], arms, abbr) if first["r"] else None
            phrase = first["t"] + (f" at {first['c'].strip()}" if first["c"] else "")
            last["base"] = first["t"]
            test = _test_arm(phrase, arms, abbr)
            if test:
                last["test"] = test
                found.append((start, test, None, reference))
                continue
        match = _SUBJECT.match(s[start:])
        if not match:
            continue
        phrase = match["x"].strip(" ,")
        of_test = _OF_TEST.match(phrase)
        if of_test:
            phrase = of_test["x"]
        if _NOT_TEST.match(phrase) or _MEASURE_FIRST.match(phrase):
            if not (threshold and last["test"]):
                continue
            phrase = last["base"]
        if threshold:
            last["base"] = phrase
            phrase = f"{phrase} at {threshold['t'].strip()}"
        else:
            last["base"] = phrase
        test = _test_arm(phrase, arms, abbr)
        if test:
            last["test"] = test
            bracket = (start + match.start("b"), start + match.end("b")) if match["b"] else None
            found.append((start, test, bracket, None))
    return found


def _test_arm(phrase: str, arms: N.Arms, abbr: dict) -> str | None:
    """The test a subject names: an arm of the same words, or a new one named as the abstract writes it
    (not merged into a longer or shorter name: "HINTS Plus" is not "HINTS")."""
    phrase = N.clean(phrase)  # a threshold ("at 40 mg/L") tells two tests apart, like a dose
    if not phrase or len(phrase.split()) > 12 or N._NOT_ARM.search(phrase):
        return None
    wanted = {N.key(phrase), N.key(N.expand(phrase, abbr))}
    for name in arms.names:
        if N.key(name) in wanted or any(N.key(a) in wanted for a in arms.aliases[name]):
            return name
    written = N.canonical(phrase)
    name = N.canonical(N.clean(N.expand(phrase, abbr)))  # "FC" is named "faecal calprotectin", like any arm
    arms.names.append(name)
    arms.aliases[name] = set()
    arms.sources[name] = "a results sentence"
    if N.key(written) != N.key(name):
        arms.aliases[name].add(written)
    return name


def _sentence(group: list[Fact], s: str, base: int, arms: N.Arms, abbr: dict, last: dict) -> None:
    subjects = _subjects(s, arms, abbr, last)
    headed = heading_test(group[0].sentence.heading, arms, abbr)
    previous_end, queued, figure = 0, [], None
    for fact in group:
        at = fact.start - base
        owner = [(t, r) for start, t, _, r in subjects if start <= at]
        test, reference = owner[-1] if owner else (headed, None)
        if fact.role == "count":
            if any(b and b[0] <= at < b[1] for _, t, b, _ in subjects if t == test):
                fact.drug, fact.comparator = test, None
            elif figure is not None and figure.drug and _in_its_bracket(s, figure.start - base, figure.end - base, at):
                fact.drug, fact.comparator = figure.drug, figure.comparator  # "92% (95% CI 85 to 96; 23 studies, 1110 participants)"
            continue
        if not fact.percent or fact.measure not in (None, "proportion"):
            continue
        window = s[previous_end:at]
        previous_end = (fact.group_end or fact.end) - base
        after = _ADJECTIVE_AFTER.match(s[(fact.group_end or fact.end) - base:])
        named = [_MEASURES[re.sub(r"\s+", " ", w.lower())] for w in _NOUN.findall(window)]
        if after:
            outcome = _MEASURES[after["a"].lower()]
        elif named:
            outcome, queued = named[0] if len(named) > 1 and " and " in window else named[-1], named[1:] if " and " in window else []
        elif queued:  # "sensitivity and specificity were 90% (...) and 80% (...)"
            outcome = queued.pop(0)
        else:
            continue
        fact.outcome = outcome
        if test:
            fact.drug, fact.comparator = test, reference
            figure = fact


def _in_its_bracket(s: str, figure_start: int, figure_end: int, at: int) -> bool:
    """The count at `at` is inside the bracket that opens at the figure (its CI's bracket)."""
    opened: list[int] = []
    for i, char in enumerate(s[:at]):
        if char in "([":
            opened.append(i)
        elif char in ")]" and opened:
            opened.pop()
    return bool(opened) and figure_start < opened[0] <= figure_end + 2
