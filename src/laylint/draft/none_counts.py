"""Counts of none that the results state in words: "No studies reported death from bleeding", "None of the
included studies assessed adverse events", "We did not find any studies that compared X with Y", "No deaths
occurred in either group". A summary may repeat them ("no study looked at quality of life"), so each becomes a
`measure: count` finding of value 0, its population saying what was not done."""

from __future__ import annotations

import re

from laylint.draft.model import Fact
from laylint.draft.textnorm import Sentence

_STUDIES = r"(?:stud(?:y|ies)|trials?|RCTs?)"
_CLAUSE_START = r"(?:^|[;:]\s*|,\s*(?:and|but|while)\s+|\b(?:and|but|while|whereas)\s+)"
# what the studies did not do: a verb, or a participle ("No studies evaluating modified RDR were eligible")
_DID = (r"(?:(?:was|were|had\s+been)\s+)?(?:reported|assessed|measured|evaluated|compared|examined|investigated|provided|considered|"
        r"analy[sz]ed|looked|addressed|designed|met|used|described|presented|recorded|focused|tested|studied|included|"
        r"reporting|assessing|measuring|evaluating|comparing|examining|investigating|looking|addressing|testing|providing|"
        r"conducted|took\s+place|had)\b")
# "No studies reported ...", "None of the included studies assessed ...", "Neither study reported ..."
_NO_STUDIES = re.compile(_CLAUSE_START + r"(?P<zero>no|none\s+of\s+the|neither)\s+(?:(?:included|eligible|other|identified|"
                         r"remaining|available)\s+)?(?P<noun>" + _STUDIES + r")\s+(?P<what>" + _DID + r"[^,;.]{0,90}?)(?=\s*(?:[,;.]|$))",
                         re.I)
# "We did not find any studies that compared exercise with placebo", "We identified no eligible studies"
_FOUND_NONE = re.compile(r"\bwe\s+(?:did\s+not\s+(?:find|identify|include)\s+any|found\s+no|identified\s+no|could\s+not\s+(?:find|"
                         r"identify)\s+any|included\s+no)\s+(?:(?:eligible|relevant|additional|further)\s+)?(?P<noun>" + _STUDIES + r")"
                         r"(?P<what>(?:\s+(?:that|which)?\s*[^,;.]{0,90}?)?)(?=\s*(?:[,;.]|$))", re.I)
# "No deaths occurred", "there were no deaths", "with no events in both groups", "the study reported no cases of X"
_NO_EVENTS = re.compile(r"(?:\b(?P<lead>there\s+were|(?:studies|study|trials?)\s+(?:reported|recorded|observed))\s+no|(?<![\w-])no)\s+"
                        r"(?P<noun>(?:[\w-]+\s+){0,3}?(?:deaths|events|cases\s+of\s+[\w-]+))\s*"
                        r"(?P<what>(?:occurred|were\s+(?:reported|observed|recorded|seen)|in\s+(?:either|both|any)\b)[^,;.()]{0,60}?"
                        r"(?=\s*(?:[,;.(]|$))|(?=\s*[,;.(]|\s*$))", re.I)
# "No treatment-related serious adverse events or adverse events grade 3/4 were reported", "with no treatment-emergent
# serious adverse events reported in the studies": a longer noun phrase, then the verb
_NO_EVENTS_LONG = re.compile(r"(?:^|[;:]\s*|\bwith\s+)no\s+(?P<noun>[^,;.()]{0,60}?\b(?:deaths|events|cases)\b[^,;.()]{0,30}?)\s+"
                             r"(?P<what>(?:were\s+)?(?:reported|observed|recorded)|occurred)\b", re.I)
_NOTE = "a count of none, stated in words"
_NOT_EVENT = re.compile(r"\b(?:difference|effect|evidence|data|information|more|fewer|other|significant|such|further)\b", re.I)


def find(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """The counts of none in one results sentence; spans already read are skipped."""
    s, base = sentence.text, sentence.start
    found = []
    for pattern in (_NO_STUDIES, _FOUND_NONE):
        for match in pattern.finditer(s):
            noun = "studies" if match["noun"].lower().startswith("stud") else _plural(match["noun"])
            what = re.sub(r"\s+", " ", match["what"]).strip()
            start = match.start("zero") if "zero" in pattern.groupindex else match.start()
            found.append(zero_count(sentence, base + start, base + match.end(), f"{noun} ({what})" if what else noun))
    if not re.search(r"\bthere\s+were\s+no\s+(?:clear\s+|significant\s+|important\s+)?differences?\b", s, re.I):
        for match in _NO_EVENTS.finditer(s):
            noun = re.sub(r"\s+", " ", match["noun"]).strip()
            if _NOT_EVENT.search(noun) or not (match["what"] or match["lead"]):
                continue  # "no difference in events", "no other events": not a count of none
            found.append(zero_count(sentence, base + match.start(), base + match.end(), noun))
    for match in _NO_EVENTS_LONG.finditer(s):
        start, end = base + match.start(), base + match.end()
        if not any(start < f.end and end > f.start for f in found) and not _NOT_EVENT.search(match["noun"]):
            found.append(zero_count(sentence, start, end, re.sub(r"\s+", " ", match["noun"]).strip()))
    found = [f for f in found if not any(f.start < e and f.end > st for st, e in taken)]
    taken.extend((f.start, f.end) for f in found)
    return found


def stated(fact: Fact) -> bool:
    """A count of none read here (kept, unlike a bare "0 studies")."""
    return fact.role == "count" and fact.value == 0 and any(note.endswith(_NOTE) for note in fact.notes)


def _plural(noun: str) -> str:
    noun = noun.strip()
    return noun if noun.lower().endswith("s") else noun + "s"


def zero_count(sentence: Sentence, start: int, end: int, population: str) -> Fact:
    fact = Fact(value=0, percent=False, measure="count", start=start, end=end, sentence=sentence, role="count",
                written=("0", "", ""))
    fact.population = population
    fact.lead_end, fact.group_end = start, end
    fact.notes.append(_NOTE.strip(": "))
    return fact
