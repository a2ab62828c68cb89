"""GRADE certainty: per finding ("low-certainty evidence", "moderate-quality evidence", "we are
uncertain", "very uncertain") and the document's level (the most common among the main results)."""

from __future__ import annotations

import re
from collections import Counter

from laylint.draft.model import Fact

LEVEL = re.compile(
    r"\b(?P<level>very[\s-]+low|low|moderate|high)(?:[\s-]+to[\s-]+(?:very[\s-]+low|low|moderate|high))?[\s-]+"
    r"(?:certainty|quality|grade)(?:[\s-]+(?:of\s+)?(?:the\s+)?(?:evidence|data))?\b"
    # "certainty of evidence was low"; not "the methodological quality was low" (risk of bias, not GRADE); "The certainty of
    # evidence according to GRADE for most studies was very low", "certainty ... was judged to be 'very low'"
    r"|(?<!methodological )(?<!study )(?<!reporting )\b(?:certainty|quality|confidence\s+in\s+the\s+evidence)\s+"
    r"(?:of\s+(?:the\s+)?evidence\s+)?(?:(?:according\s+to\s+GRADE\s+)?for\s+(?:most|all|these|the|this|each)\b[^.;:()]{0,60}?\s+(?=was\b|were\b|is\b))?"
    r"(?:(?:was|were|is)\s+(?:judged|rated|assessed|graded|considered)\s+(?:to\s+be|as)|was|were|is|:|=|as|rated\s+as|judged\s+as)?"
    r"\s*['‘’\"“]?(?P<after>very[\s-]+low|low|moderate|high)\b"
    r"|GRADE\s*[:=]?\s*(?P<grade>very[\s-]+low|low|moderate|high)\b", re.I)
UNCERTAIN = re.compile(r"\b(?:very\s+uncertain|we\s+are\s+(?:very\s+)?uncertain|evidence\s+is\s+very\s+uncertain|"
                       r"we\s+do\s+not\s+know)\b", re.I)
ORDER = ("very-low", "low", "moderate", "high")


def _normal(level: str) -> str:
    return re.sub(r"[\s-]+", "-", level.lower())


def of_fact(fact: Fact, text: str) -> tuple[str | None, str]:
    """(level, why) for one finding: its own bracket first, then its clause and sentence."""
    sentence = fact.sentence
    if fact.lead_end is not None and fact.group_end is not None:
        group = text[fact.lead_end:fact.group_end]
        found = LEVEL.search(group)
        if found:
            return _normal(found["level"] or found["after"] or found["grade"]), "in its bracket"
    # the rest of the sentence, nearest first (after the figure, then before it)
    after = text[fact.group_end or fact.end:sentence.end]
    found = LEVEL.search(after)
    if found and not re.search(r"\(\s*(?:RR|OR|MD|SMD|HR|risk|odds|mean)\b", after[:found.start()]):
        return _normal(found["level"] or found["after"] or found["grade"]), "later in its sentence"
    before = text[sentence.start:fact.start]
    matches = list(LEVEL.finditer(before))
    if matches:
        found = matches[-1]
        return _normal(found["level"] or found["after"] or found["grade"]), "earlier in its sentence"
    if UNCERTAIN.search(text[sentence.start:sentence.end]):
        return "very-low", "the sentence says the evidence is very uncertain"
    if found and (found["level"] or found["after"] or found["grade"]):
        return _normal(found["level"] or found["after"] or found["grade"]), "later in its sentence"
    following = re.match(r"[ \t]*[^\n]*?[.?!](?=\s|$)", text[sentence.end:sentence.end + 400])
    rated = _RATED.search(following.group(0)) if following else None
    if rated:
        return _normal(rated["level"]), "the next sentence rates it"
    return None, ""


# "The MD was 3.59 (...). We downgraded the certainty of evidence to very low for inconsistency."
_RATED = re.compile(r"\b(?:downgraded|rated|judged|graded|assessed)\s+(?:the\s+)?(?:certainty|quality)\s+of\s+(?:the\s+)?evidence\s+"
                    r"(?:to|as)\s+(?P<level>very[\s-]+low|low|moderate|high)\b", re.I)


def document_level(facts: list[Fact], text: str, sentences=()) -> tuple[str | None, str]:
    """The most common level among the main results, with or without figures (every GRADE level the
    results state, and "very uncertain" as very low); ties go to the first of them."""
    levels = []
    for sentence in sentences:
        found = [_normal(m["level"] or m["after"] or m["grade"]) for m in LEVEL.finditer(sentence.text)
                 if not re.search(r"\b(?:GRADE\s+(?:approach|criteria|methods)|we\s+(?:used|assessed|rated|judged))", sentence.text, re.I)
                 or re.search(r"evidence\)?\s*[;).]", sentence.text)]
        if not found and UNCERTAIN.search(sentence.text):
            found = ["very-low"]
        levels.extend(found)
    if not levels:
        levels = [f.certainty for f in facts if f.certainty and f.role == "effect"]
    if not levels:
        overall = LEVEL.search(text)
        if overall:
            level = _normal(overall["level"] or overall["after"] or overall["grade"])
            return level, "the abstract's overall statement"
        return None, ""
    counts = Counter(levels)
    best = max(counts.values())
    tied = [level for level in levels if counts[level] == best]
    chosen = tied[0]
    summary = ", ".join(f"{n} {level}" for level, n in sorted(counts.items(), key=lambda x: ORDER.index(x[0]), reverse=True))
    why = f"the most common level among {len(levels)} results ({summary})"
    if len(set(tied)) > 1:
        why += "; a tie, broken towards the first result"
    return chosen, why


_ALL = re.compile(r"\ball\s+(?:the\s+|our\s+)?(?:findings|outcomes|results|comparisons|estimates|evidence)\b[^.]*\b(?:certainty|quality|confidence)\b"
                  r"|\b(?:certainty|quality|confidence)\b[^.]*\bfor\s+all\s+(?:the\s+)?(?:outcomes|comparisons|findings)\b", re.I)


def for_all(sentences) -> tuple[str | None, str]:
    """"Since all findings were based on one study ..., the confidence in the evidence was very low":
    one level the abstract gives every finding (used for the findings whose own sentence rates none)."""
    for sentence in sentences:
        if _ALL.search(sentence.text):
            levels = {_normal(m["level"] or m["after"] or m["grade"]) for m in LEVEL.finditer(sentence.text)}
            if len(levels) == 1:
                return levels.pop(), "the abstract rates all its findings"
    return None, ""
