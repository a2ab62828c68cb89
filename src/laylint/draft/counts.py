"""Counts of studies and people: per comparison ("16 studies, 12,169 participants" beside an
estimate), per arm ("(n = 158)"), and the other counts the results state ("Twenty-two studies were
published as full-text articles"). Each becomes a `measure: count` finding."""

from __future__ import annotations

import re

from laylint.draft.model import Fact
from laylint.draft.textnorm import NUMBER, Sentence, number_value

STUDY_NOUNS = r"(?:stud(?:y|ies)|trials?|RCTs?|cluster-RCTs?|quasi-RCTs?|comparisons?|articles?|reports?|publications?|records?|" \
              r"references?|cohorts?|meta-analyses|datasets?|analyses|countries|clusters|sites|centres|centers|hospitals|villages)"
PEOPLE_NOUNS = r"(?:participants?|people|persons?|patients?|women|men|mothers|children|infants|neonates|newborns|babies|adults|" \
               r"adolescents|girls|boys|individuals|subjects|volunteers|pregnancies|families|households|students|workers|" \
               r"residents|smokers|users|survivors|eyes|ears|teeth|limbs|wounds|ulcers|intubations?|intubation\s+attempts|" \
               r"episodes|procedures|operations|deliveries|births|cases|events|deaths|admissions|visits|nets|doses|vaccinations|recipients)"
_QUALIFIER = r"(?:(?:randomi[sz]ed|included|eligible|evaluable|analysed|analyzed|new|additional|existing|enrolled|treated|" \
             r"healthy|older|pregnant|hospitali[sz]ed|premature|preterm|term|critically\s+ill|ongoing|unique|[a-z]+-(?:year|month|week)-old|" \
             r"[A-Za-z-]+)\s+){0,3}?"
COUNT = re.compile(r"(?<![\w.,/-])(?P<n>" + NUMBER + r")\s+(?P<noun>" + _QUALIFIER + r"(?:" + STUDY_NOUNS + r"|" + PEOPLE_NOUNS + r"))\b", re.I)
_N_EQUALS = re.compile(r"\b[nN]\s*=\s*(?P<n>\d[\d,]*)")
# "(RR 0.90, 95% CI 0.70 to 1.15; participants = 1861; trials = 15)": the noun before its number
_NOUN_EQUALS = re.compile(r"\b(?P<noun>" + STUDY_NOUNS + r"|" + PEOPLE_NOUNS + r")\s*=\s*(?P<n>\d[\d,]*)(?![\d.])", re.I)
_NOT_COUNT_AFTER = re.compile(r"^\s*(?:per|%|years?|months?|weeks?|days?|hours?|mg|kg|to\s+\d|or\s+more|or\s+older)", re.I)
_NOT_COUNT_BEFORE = re.compile(r"(?:aged?|ages|ranged?\s+from|from|between|to|than|over|under|least|about|approximately|around|"
                               r"every|per|each|of\s+the|top|first|last|phase|type|grade|stage|level|day|week|month|year)\s*$", re.I)


def in_group(fact: Fact, text: str) -> list[Fact]:
    """The counts in an estimate's bracket: "(RR 0.93, 95% CI 0.71 to 1.21; 34 trials, 3941 participants)"."""
    if fact.lead_end is None or fact.group_end is None:
        return []
    group = text[fact.lead_end:fact.group_end]
    found = []
    for match in COUNT.finditer(group):
        count = _count(fact.sentence, fact.lead_end + match.start("n"), fact.lead_end + match.end("n"), match["n"], match["noun"])
        if count:
            count.drug, count.comparator = fact.drug, fact.comparator
            count.certainty = None
            count.notes.append(f"for {fact.outcome}" if fact.outcome else "")
            found.append(count)
    for match in _N_EQUALS.finditer(group):
        count = _count(fact.sentence, fact.lead_end + match.start("n"), fact.lead_end + match.end("n"), match["n"], "participants")
        if count:
            count.drug, count.comparator = fact.drug, fact.comparator
            found.append(count)
    for match in _NOUN_EQUALS.finditer(group):
        count = _count(fact.sentence, fact.lead_end + match.start("n"), fact.lead_end + match.end("n"), match["n"], match["noun"])
        if count:
            count.drug, count.comparator = fact.drug, fact.comparator
            count.notes.append(f"for {fact.outcome}" if fact.outcome else "")
            found.append(count)
    return found


def _count(sentence: Sentence, start: int, end: int, number: str, noun: str) -> Fact | None:
    value = number_value(number)
    if value is None or value != int(value) or value < 0:
        return None
    noun = re.sub(r"\s+", " ", noun.strip())
    fact = Fact(value=value, percent=False, measure="count", start=start, end=end + 1 + len(noun), sentence=sentence,
                role="count", written=(str(int(value)), "", ""))
    fact.population = noun
    fact.lead_end, fact.group_end = start, fact.end
    return fact


_PAIR = re.compile(r"(?P<a>" + NUMBER + r")\s+and\s+(?P<b>" + NUMBER + r")\s+(?P<noun>" + PEOPLE_NOUNS + r")\b(?=[^.;]*\brespectively\b)", re.I)
_TO_ARM = re.compile(r"(?P<n>" + NUMBER + r")\s+(?:[a-z]+\s+){0,2}?(?:were\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+)?to\s+"
                     r"(?:the\s+|receive\s+(?:the\s+)?)?(?P<arm>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)(?:\s+(?:group|arm))?(?=\s*(?:[,;.]|and\b|$))", re.I)
_BARE_ARM_N = re.compile(r"(?<![\w,.])(?P<arm>(?!\d)[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s*[(\[]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*[)\]]")


# "We included 55 trials: 29 included term neonates, 22 included preterm neonates, and four included both": the noun left out
_ELIDED = re.compile(r"(?:^|[:;,]\s*|\band\s+|\bwhile\s+|\bwhereas\s+)(?P<n>" + NUMBER + r")\s+(?:of\s+(?:them|these)\s+)?"
                     r"(?P<what>(?:were\s+|was\s+)?(?:included|evaluated|assessed|compared|investigated|examined|used|utili[sz]ed|published|reported|recruited|"
                     r"enrolled|studied|tested|measured|focused|took\s+place|conducted|awaiting\s+classification|(?:are\s+|were\s+)?ongoing|"
                     r"as\s+(?:short|long|medium))\b(?:\s+(?!and\b|or\b|while\b|whereas\b)[\w-]+){0,4})", re.I)
_STUDY_COUNT = re.compile(r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?" + STUDY_NOUNS + r"\b", re.I)


# "The decision aids focused on 71 different decisions": a count of things the abstract names
_DIFFERENT = re.compile(r"(?<![\w.,/-])(?P<n>" + NUMBER + r")\s+(?P<noun>(?:different|distinct|separate)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                        re.I)


def different_things(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    s, base = sentence.text, sentence.start
    found = []
    for match in _DIFFERENT.finditer(s):
        start, end = base + match.start("n"), base + match.end("n")
        if any(start < e and end > st for st, e in taken) or _NOT_COUNT_BEFORE.search(s[:match.start()]):
            continue
        noun = re.sub(r"\s+(?:were|was|are|is|in|of|for|with|and|or|that|which)$", "", match["noun"])
        count = _count(sentence, start, end, match["n"], noun)
        if count:
            found.append(count)
            taken.append((start, end))
    return found


def elided_study_counts(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """Counts of studies whose noun the sentence leaves out after a count of studies ("...: 29 included
    term neonates, 22 included preterm neonates, and four included both"), and "(N = 4) and ... (N = 3)"
    that add up to the studies just counted."""
    s, base = sentence.text, sentence.start
    first = _STUDY_COUNT.search(s)
    if first is None:
        return []
    found = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and b > st for st, e in taken)

    for match in _ELIDED.finditer(s, first.end()):
        start, end = base + match.start("n"), base + match.end("n")
        value = number_value(match["n"])
        if value is None or value != int(value) or not free(start, end) or re.match(r"\s*(?:%|per\b)", s[match.end("n"):]):
            continue
        what = re.sub(r"\s+", " ", match["what"]).strip()
        count = _count(sentence, start, end, match["n"], "studies")
        count.population = f"studies ({what})"
        count.end = end
        found.append(count)
        taken.append((start, end))
    equals = [m for m in _N_EQUALS.finditer(s, first.end()) if free(base + m.start(), base + m.end())]
    total = number_value(first["n"])
    if len(equals) > 1 and total is not None and sum(number_value(m["n"]) or 0 for m in equals) == total:
        for match in equals:  # "seven RCTs in recurrent (N = 4) and newly diagnosed (N = 3) glioma"
            count = _count(sentence, base + match.start("n"), base + match.end("n"), match["n"], "studies")
            found.append(count)
            taken.append((base + match.start(), base + match.end()))
    return found


_EVENTS_OCCURRED = re.compile(r"(?:^|,\s+|\bthere\s+were\s+)(?P<n>\d[\d,]*|" + NUMBER + r")\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s+"
                              r"(?:occurred|were\s+(?:recorded|observed|reported|identified|diagnosed))\b", re.I)
_NONE_IN = re.compile(r"\b(?:and|but|while|whereas|vs\.?|versus)\s+(?P<none>none|no\s+one|nobody)\s+in\s+the\s+"
                      r"(?P<arm>[\w/+-]+(?:\s+[\w/+-]+)?)\s+(?:group|arm)\b", re.I)


def in_sentence(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """Other counts the results state: "(n = 408)" beside an arm, "Twenty-two studies were published
    as full-text articles", "7 ongoing trials". Spans already read are skipped."""
    s, base = sentence.text, sentence.start
    found = elided_study_counts(sentence, taken) + different_things(sentence, taken)

    def free(a: int, b: int) -> bool:
        return not any(a < e and b > st for st, e in taken)

    allocation = re.search(r"\b(?:randomi[sz]|randomly|assigned|allocated|received)", s, re.I)
    if allocation:
        # "2997 to the zenagliflozin group and 2991 to the placebo group"
        for match in _TO_ARM.finditer(s):
            if not free(base + match.start(), base + match.end()) or number_value(match["n"]) is None:
                continue
            count = _count(sentence, base + match.start("n"), base + match.end("n"), match["n"], "participants")
            if count:
                count.arm_text = match["arm"]
                found.append(count)
                taken.append((base + match.start(), base + match.end()))
        # "731 received tranexamic acid and 729 received placebo"
        for match in re.finditer(r"(?P<n>" + NUMBER + r")\s+(?:[a-z]+\s+)?(?:received|were\s+(?:randomly\s+)?(?:assigned|allocated|"
                                 r"randomi[sz]ed)\s+to|got)\s+(?:the\s+)?(?P<arm>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)(?=\s*(?:[,;.]|and\b|$))", s, re.I):
            if not free(base + match.start(), base + match.end()) or number_value(match["n"]) is None:
                continue
            count = _count(sentence, base + match.start("n"), base + match.end("n"), match["n"], "participants")
            if count and count.value > 1:
                count.arm_text = match["arm"]
                found.append(count)
                taken.append((base + match.start(), base + match.end()))
        # "received the vaccine (17,215) or placebo (17,069)"
        for match in _BARE_ARM_N.finditer(s, allocation.start()):
            if not free(base + match.start("n"), base + match.end()) or re.search(r"\d", match["arm"]):
                continue
            count = _count(sentence, base + match.start("n"), base + match.end("n"), match["n"], "participants")
            if count and count.value > 1:
                count.arm_text = match["arm"]
                found.append(count)
                taken.append((base + match.start("n"), base + match.end()))
    # "occurred in 2 and 14 participants, respectively"
    for match in _PAIR.finditer(s):
        if not free(base + match.start(), base + match.end()):
            continue
        for index, group in enumerate(("a", "b")):
            count = _count(sentence, base + match.start(group), base + match.end(group), match[group], match["noun"])
            if count:
                count.arm_text = f"__arm{index}__"
                found.append(count)
        taken.append((base + match.start(), base + match.end()))
    for match in COUNT.finditer(s):
        start, end = base + match.start("n"), base + match.end()
        if not free(start, end) or _NOT_COUNT_BEFORE.search(s[:match.start()]) or _NOT_COUNT_AFTER.match(s[match.end("n"):]):
            continue
        if re.search(r"[(\[]\s*$", s[:match.start()]) and re.match(r"\s*(?:%|[)\]])", s[match.end("n"):]):
            continue
        count = _count(sentence, start, base + match.end("n"), match["n"], match["noun"])
        if count:
            count.end = end
            arm = re.match(r"\s*(?:(?:in|among|of)\s+the\s+(?P<a>[\w/+-]+(?:\s+[\w/+-]+)?)\s+(?:group|arm)|(?:given|receiving|treated\s+with|"
                           r"on|taking|who\s+(?:had\s+)?(?:received|took|used))\s+(?:the\s+|a\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)"
                           r"(?=\s*(?:[,;.]|and\b|or\b|$))|who\s+(?P<c>had\s+not|did\s+not|were\s+not))\b", s[match.end():])
            if arm and re.match(PEOPLE_NOUNS, match["noun"].split()[-1], re.I):
                count.arm_text = arm["a"] or arm["b"] or "__other__"  # "... and in 538 women who had not"
            recipients = re.fullmatch(r"(?P<arm>[\w/+-]+(?:\s+[\w/+-]+)?)\s+recipients", match["noun"], re.I)
            if recipients and not count.arm_text:
                count.arm_text = recipients["arm"]  # "in 14 vaccine recipients and in 52 placebo recipients"
            found.append(count)
    # "During follow-up, 2 611 hip fractures occurred": events counted
    for match in _EVENTS_OCCURRED.finditer(s):
        start, end = base + match.start("n"), base + match.end("noun")
        if not free(start, end) or _NOT_COUNT_BEFORE.search(s[:match.start()]) or number_value(match["n"]) is None:
            continue
        count = _count(sentence, start, base + match.end("n"), match["n"], match["noun"])
        if count and count.value > 1:
            count.end = end
            found.append(count)
            taken.append((start, end))
    # "Deaths occurred in three patients (1%) in the A group and none in the B group": no one in B
    for match in _NONE_IN.finditer(s):
        before = list(COUNT.finditer(s[:match.start()]))
        if not before or not re.search(r"\b(?:in|among)\s+the\s+[\w/+-]+(?:\s+[\w/+-]+)?\s+(?:group|arm)\b", s[before[-1].end():match.start()]) \
                or not re.match(PEOPLE_NOUNS, before[-1]["noun"].split()[-1], re.I):
            continue  # only after a count of people in another named group
        zero = Fact(value=0, percent=False, measure="count", start=base + match.start("none"), end=base + match.end("none"),
                    sentence=sentence, role="count", written=("0", "", ""))
        zero.population, zero.arm_text = re.sub(r"\s+", " ", before[-1]["noun"]), match["arm"]
        zero.lead_end, zero.group_end = zero.start, zero.end
        zero.notes.append(f'"{match["none"]}" in the abstract')
        found.append(zero)
    for match in _N_EQUALS.finditer(s):
        start, end = base + match.start(), base + match.end()
        if not free(start, end):
            continue
        count = _count(sentence, base + match.start("n"), base + match.end("n"), match["n"], "participants")
        if count:
            arm = re.search(r"(?P<arm>[\w/+-]+(?:\s+[\w/+-]+){0,5})\s*[(\[]\s*$", s[:match.start()])
            count.arm_text = arm["arm"] if arm else None
            count.population = "participants"
            found.append(count)
    return found
