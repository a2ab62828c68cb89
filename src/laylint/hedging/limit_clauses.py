"""A limitation read as a general clause (round 21), not as the next wording.

Rounds 18-20 added the wordings each fresh sample showed, and the next sample found their neighbours ("only
applicable to", "unable to comment on", "were inconclusive", "involving only 362 women", "needs further testing").
Here a clause states a limit when a marker meets an evidence object, each a word class (`limitation_clauses` in
lexicons/hedges.yaml):

- restriction: "only"/"just" before the evidence ("only one trial", "only enough data"), its scope ("only
  applicable to") or a count of people as the object of a study verb ("involving only 362 women") or with a
  taking-part verb ("only 86 babies took part"); "only 3% had side effects" and "only two people died" are results;
- inability: "unable to", "could not"... + a verb of knowing or concluding, said of the review, the evidence or a
  result ("we are unable to comment", "the effect could not be estimated"; not "people who could not walk");
- uncertainty: "inconclusive"; "preclude"/"prevent" stopping a conclusion ("preclude any definitive comment");
- need: a need word with "further/more..." just before a research object ("needs further study"), or right before
  "testing"/"evaluation" with no person or test result before ("needs further testing"; not a patient's tests);
- certainty stated at any level ("the quality of the studies was good", "moderate level evidence").

A clause is a stretch of the sentence between stop marks and clause breaks ("but", "which", "who"...).
"""

from __future__ import annotations

from dataclasses import dataclass

from laylint.text import tokens as split_words

STOPS = frozenset({";", ":", ".", "?", "!", "(", ")"})
KEYS = ("breaks", "evidence", "mass", "amounts", "finding", "amount_words", "scope", "numbers", "people", "study_verbs", "taking_part", "inability",
        "inability_adverbs", "knowing", "knowers", "uncertain", "preventing", "conclusions", "need", "more",
        "research", "clinical", "test_results", "grade", "graded", "levels", "copulas")


def _words(phrase: str) -> tuple:
    return tuple(m.group().lower() for m in split_words(phrase.lower()))


@dataclass(frozen=True)
class Classes:
    lists: dict  # key -> {first word: [word tuples, longest first]}
    triggers: frozenset  # words one of which a sentence needs for any reader to find something

    @classmethod
    def read(cls, data: dict) -> "Classes | None":
        if not data:
            return None
        lists = {}
        for key in KEYS:
            by_first: dict = {}
            for phrase in data.get(key, []):
                words = _words(phrase)
                if words:
                    by_first.setdefault(words[0], []).append(words)
            lists[key] = {w: sorted(set(v), key=len, reverse=True) for w, v in by_first.items()}
        triggers = {"only", "just", *lists["uncertain"], *lists["preventing"], *lists["need"], *lists["grade"],
                    *lists["inability"]}
        return cls(lists, frozenset(triggers))

    def at(self, key: str, words, i: int, end: int) -> int:
        """The length of the longest phrase of list `key` starting at words[i] (before `end`), or 0."""
        for phrase in self.lists[key].get(words[i], ()) if i < end else ():
            if tuple(words[i:i + len(phrase)]) == phrase and i + len(phrase) <= end:
                return len(phrase)
        return 0

    def has(self, key: str, word: str) -> bool:
        return (word,) in self.lists[key].get(word, ())


def states_limit(classes: Classes | None, tokens, start: int, end: int) -> str | None:
    """The shape by which text[start:end] states a limit of the evidence ("restriction: only"), or None."""
    if classes is None:
        return None
    first, last = tokens.span(start, end)
    words = tokens.words
    if classes.triggers.isdisjoint(words[first:last]):
        return None  # most sentences
    for a, b in _clauses(classes, words, first, last):
        for reader in (_restriction, _inability, _uncertainty, _need, _certainty):
            found = reader(classes, words, a, b)
            if found:
                return found
    return None


def _clauses(classes, words, first: int, last: int):
    a = first
    for i in range(first, last):
        if words[i] in STOPS or classes.has("breaks", words[i]):
            if i > a:
                yield a, i
            a = i + 1
    if last > a:
        yield a, last


def _number(words, i: int, end: int) -> int:
    """The length of a count at words[i] ("362", "1 , 200", "twelve"), or 0; a percentage is not a count."""
    if i < end and words[i].isdigit():
        n = 1
        while i + n + 1 < end and words[i + n] == "," and words[i + n + 1].isdigit():
            n += 2
        return 0 if i + n < end and words[i + n] in ("%", "percent", "per") else n
    return 0


def _restriction(c, words, a, b):
    for i in range(a, b):
        if words[i] not in ("only", "just") or (i > a and words[i - 1] == "not"):
            continue
        j = i + 1
        if c.at("scope", words, j, b):
            return f"restriction: only {words[j]}"
        counted = False  # "only trials with high doses showed a benefit" is a result: a count or amount is needed
        for k in range(j, min(j + 4, b)):  # "only a few small trials": amount words up to the evidence object
            if c.at("evidence", words, k, b) and (counted or c.has("mass", words[k])):
                return f"restriction: only ... {words[k]}"
            if not (c.has("amount_words", words[k]) or words[k].isdigit()):
                break
            counted = counted or words[k].isdigit() or c.has("amounts", words[k])
        n = _number(words, j, b) or c.at("numbers", words, j, b)
        if n:
            k = j + n
            for noun in range(k, min(k + 3, b)):  # "214 adults", "362 pregnant women"
                if c.has("people", words[noun]):
                    if (i > a and c.has("study_verbs", words[i - 1])) or c.at("taking_part", words, noun + 1, b):
                        return f"restriction: only {words[j]} {words[noun]}"
                    break
    return None


def _inability(c, words, a, b):
    for i in range(a, b):
        n = c.at("inability", words, i, b)
        if not n:
            continue
        k = i + n
        while k < b and c.has("inability_adverbs", words[k]):
            k += 1
        if k < b and c.at("knowing", words, k, b) and any(c.has("knowers", w) for w in words[a:i]):
            if c.has("finding", words[k]) and not any(c.has("evidence", w) for w in words[k + 1:min(k + 5, b)]):
                continue  # "we could not find any trials" is a gap; "we were unable to find a difference", a result
            return f"inability: {' '.join(words[i:k + 1])}"
    return None


def _uncertainty(c, words, a, b):
    for i in range(a, b):
        if c.has("uncertain", words[i]):
            return f"uncertainty: {words[i]}"
        if c.has("preventing", words[i]):
            # what is stopped is a conclusion ("preclude any definitive comment", "prevented us from drawing
            # conclusions"); "a goal hindered by strong contributions" stops no conclusion
            if any(c.has("conclusions", w) for w in words[i + 1:min(i + 7, b)]):
                return f"uncertainty: {words[i]}"
    return None


def _need(c, words, a, b):
    if not any(c.at("need", words, i, b) for i in range(a, b)):
        return None
    for i in range(a, b):
        if c.at("research", words, i, b) and any(c.at("more", words, k, i) for k in range(max(a, i - 3), i)):
            return f"need: {words[i]}"
        # "testing", "evaluation" may be a patient's ("to see if more detailed testing is required", "people with a
        # positive scan need further testing"): only right after the modifier, with no person or test result before
        if c.has("clinical", words[i]) and i > a and c.at("more", words, i - 1, i) \
                and not any(c.has("people", w) or c.has("test_results", w) for w in words[a:i]):
            return f"need: {words[i]}"
    return None


def _certainty(c, words, a, b):
    for i in range(a, b):
        if c.has("grade", words[i]) and i + 1 < b and words[i + 1] == "of":
            k = i + 2
            while k < b and words[k] in ("the", "this", "these", "its", "their", "our", "included", "available"):
                k += 1
            if k < b and c.has("graded", words[k]):
                rest = words[k + 1:min(k + 8, b)]
                if any(c.has("copulas", w) for w in rest) and any(c.has("levels", w) for w in rest):
                    return f"certainty: {words[i]} of {words[k]}"
        if c.has("levels", words[i]):  # "moderate level evidence", "moderate to high quality evidence"
            k = i + 1
            if k + 1 < b and words[k] == "to" and c.has("levels", words[k + 1]):
                k += 2
            k += words[k:k + 1] == ["-"]
            if k < b and c.has("grade", words[k]):
                k += 1 + (words[k + 1:k + 2] == ["-"])
                if k < b and words[k] == "evidence":
                    return f"certainty: {words[i]} {words[k - 1]} evidence"
            # "studies of moderate to high quality"
            if i >= a + 2 and words[i - 1] == "of" and c.has("graded", words[i - 2]):
                k = i + 1
                if k + 1 < b and words[k] == "to" and c.has("levels", words[k + 1]):
                    k += 2
                k += words[k:k + 1] == ["methodological"]
                if k < b and words[k] in ("quality", "certainty"):
                    return f"certainty: {words[i - 2]} of {words[i]} quality"
    return None
