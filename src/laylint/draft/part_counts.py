"""Counts of some of the studies, in the forms the other count readers leave: a list that leaves out the noun and
the verb ("Nineteen RCTs were conducted in low-income countries, 27 in middle-income countries and 7 in mixed
settings"), a part of a whole ("Twenty-two of the 25 trials investigated X", "six out of the eight included
studies", "Of these, 48 had results", "87 of them in low-income countries"), and the people of "none of the 38
participants had X"."""

from __future__ import annotations

import re

from laylint.draft.counts import _ELIDED, _STUDY_COUNT, PEOPLE_NOUNS, STUDY_NOUNS, _count
from laylint.draft.model import Fact
from laylint.draft.none_counts import zero_count
from laylint.draft.textnorm import NUMBER, Sentence, number_value

_PREPOSITION = r"(?:in|on|from|at|among|with)"
# "Nineteen RCTs were conducted in ...": the first count, its verb and preposition
_FIRST = re.compile(r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + STUDY_NOUNS + r")\s+(?:(?:were|was)\s+)?"
                    r"(?:[a-z]+ed\s+)?(?P<prep>" + _PREPOSITION + r")\s", re.I)
_ELIDED_PREP = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?P<n>" + NUMBER + r")\s+(?P<prep>" + _PREPOSITION + r")\s+(?P<what>[^,;.()]{2,80}?)" \
               r"(?=\s*(?:[,;.]|\band\b|$))", re.I)
# "Twenty-two of the 25 trials", "six out of the eight included studies", "24 of 25 trials"
_PART_OF = re.compile(r"(?<![\w.,/-])(?P<n>" + NUMBER + r")\s+(?:out\s+)?of\s+(?:the\s+)?(?P<m>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?"
                      r"(?P<noun>" + STUDY_NOUNS + r")\b", re.I)
# "Of these, 48 had ...", "Of the 209 included studies, 34 had ...", "87 of them in ..."
_OF_THESE = re.compile(r"\bof\s+(?:these|them|those|the\s+" + NUMBER + r"\s+(?:[\w-]+\s+){0,2}?" + STUDY_NOUNS + r")\s*,\s*(?P<n>" + NUMBER
                       + r")\s+(?P<what>(?:were|was|had|used|reported|assessed|evaluated|included|compared|took|provided|used)\b"
                       r"[^,;.()]{0,80}?)(?=\s*(?:[,;.(]|$))"
                       r"|(?<![\w.,/-])(?P<n2>" + NUMBER + r")\s+of\s+(?:them|these)\s+(?P<what2>(?:were\s+|was\s+)?(?:" + _PREPOSITION +
                       r")\s+[^,;.()]{2,80}?)(?=\s*(?:[,;.(]|$))", re.I)
_STUDIES_COLON = re.compile(r"\b(?:studies|trials|RCTs)(?P<colon>\s*:)\s*", re.I)
# "none of the 38 participants experienced X": the 38 are counted, and no one had X
_NONE_OF_PEOPLE = re.compile(r"\bnone\s+of\s+the\s+(?P<n>" + NUMBER + r")\s+(?P<noun>" + PEOPLE_NOUNS + r")\s+(?P<what>[^,;.()]{2,80}?)"
                             r"(?=\s*(?:[,;.(]|$))", re.I)


def find(sentence: Sentence, taken: list[tuple[int, int]], earlier: list[Fact] = ()) -> list[Fact]:
    """The part counts of one results sentence; spans already read are skipped. `earlier`: the counts already read
    in it, whose "27 in middle-income countries" read as a count of countries becomes one of the studies."""
    s, base = sentence.text, sentence.start
    found: list[Fact] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and b > st for st, e in taken + [(f.start, f.end) for f in found])

    def add(match, group: str, noun: str) -> Fact | None:
        start, end = base + match.start(group), base + match.end(group)
        value = number_value(match[group])
        if value is None or value != int(value) or not free(start, end) or re.match(r"\s*(?:%|per\b)", s[match.end(group):]):
            return None
        count = _count(sentence, start, end, match[group], noun)
        if count:
            count.end = end
            found.append(count)
        return count

    first = _FIRST.search(s)
    if first:
        for match in _ELIDED_PREP.finditer(s, first.end()):
            if match["prep"].lower() != first["prep"].lower():
                continue
            for fact in earlier:  # "four on adults" is four RCTs, not four adults
                if fact.start == base + match.start("n") and (fact.population or "").lower().startswith(match["prep"].lower() + " "):
                    fact.population = f"{first['noun']} ({fact.population})"
            count = add(match, "n", first["noun"])
            if count:
                count.population = f"{first['noun']} ({match['prep']} {_plain(match['what'])})"
    colon = _STUDIES_COLON.search(s)
    if colon and not _STUDY_COUNT.search(s, 0, colon.start()):  # "differed between the studies: seven used X, 10 used Y"
        for match in _ELIDED.finditer(s, colon.start("colon")):
            count = add(match, "n", "studies")
            if count:
                count.population = f"studies ({_plain(match['what'])})"
    for match in _PART_OF.finditer(s):
        add(match, "n", f"{match['noun']} (of {match['m']})")
    for match in _OF_THESE.finditer(s):
        group, what = ("n", match["what"]) if match["n"] else ("n2", match["what2"])
        count = add(match, group, "studies")
        if count:
            count.population = f"studies ({_plain(what)})"
    for match in _NONE_OF_PEOPLE.finditer(s):
        noun = re.sub(r"\s+", " ", match["noun"])
        add(match, "n", noun)
        found.append(zero_count(sentence, base + match.start(), base + match.end(), f"{noun} ({_plain(match['what'])})"))
    taken.extend((f.start, f.end) for f in found)
    return found


def _plain(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()
