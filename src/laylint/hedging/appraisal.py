"""A sentence that appraises the evidence, recognised by its concepts rather than by a fixed wording (round 19).

Cochrane authors state limits in endless wordings ("the trials were not similar enough to be combined", "these
results should be read with caution"); each round's new phrases fixed the seen wordings only. Here a sentence
appraises the evidence when a subject about the evidence (studies, trials, data, results, the review, "we") stands
with a concept of one family (amount, quality, consistency, precision, certainty, need, applicability), in a
place that ties the two:

- before: a modifier just before the subject, with no preposition between ("only one small trial", "no suitable
  study"; not "no deaths in the trials");
- after: a verb just after the subject ("the programmes varied", "the trials had flaws");
- predicates: an adjective after the subject and a copula ("the trials were all quite small"; not "the studies
  found small benefits");
- anywhere: a phrase anywhere in a sentence that has a subject ("with caution", "wide range");
- self: a phrase that carries its own subject, or needs none ("not possible to say", "the setting is vital").

A cue listed as `neutral` ("similar enough", "conclusive", "blinded") counts only when negated ("not similar
enough"); any other cue, negated, is not an appraisal ("did not differ" between groups is a result). A family's
`require` words must also be in the sentence (a call for research needs "needed"), and its `not` phrases cancel
cues they overlap ("no evidence of a difference" is a result). The families are data: lexicons/hedges.yaml
`appraisal_families`.

Round 20: a neutral cue also counts after a restrictor (`appraisal_grammar` `restrictors`) just before it or its
subject: "only one was a high-quality trial", "none of the trials was of high quality" say how many were good.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from laylint.hedging.phrases import Phrases, phrase_words, without_overlaps

POSITIONS = ("before", "after", "predicates", "anywhere", "self")
LISTS = ("subjects", *POSITIONS, "neutral", "require", "not")
STOPS = frozenset({";", ":", ".", "?", "!", "(", ")"})  # a subject and its cue stay in one stretch of the sentence


@dataclass(frozen=True)
class Family:
    name: str
    subjects: Phrases
    cues: dict  # position -> Phrases
    neutral: frozenset  # cue phrases (as word tuples) that count only when negated
    require: Phrases | None
    blockers: Phrases | None
    reach: int  # words between subject and cue, at most


def read_family(name: str, entry: dict, reach: int) -> Family:
    def phrases(key):
        return Phrases.flat(entry[key]) if entry.get(key) else None

    return Family(name, Phrases.flat(entry.get("subjects") or []),
                  {pos: phrases(pos) for pos in POSITIONS if entry.get(pos)},
                  frozenset(phrase_words(p) for p in entry.get("neutral") or []),
                  phrases("require"), phrases("not"), reach)


@dataclass(frozen=True)
class Grammar:
    """The word classes the families share: copulas, adverbs allowed after a copula, prepositions, clause breaks."""

    copulas: frozenset
    adverbs: frozenset
    prepositions: frozenset
    determiners: frozenset
    quantifiers: frozenset  # "most of the trials": "of" after one of these keeps the subject
    breaks: frozenset
    restrictors: Phrases | None = None  # "only one", "none of": a neutral cue after one counts ("only one was well run")


def _negated(lexicon, tokens, first: int, index: int, begin: int) -> bool:
    """Is there a negation among tokens [max(first, index - 4), index), after token `begin`?"""
    lo = max(first, index - 4, begin)
    if lo >= index:
        return False
    return bool(lexicon.negations.find(tokens, tokens.starts[lo], tokens.starts[index]))


def _token(tokens, offset: int) -> int:
    """The index of the token that holds text offset `offset`."""
    return bisect.bisect_right(tokens.starts, offset) - 1


def _between_ok(grammar, words, a: int, b: int) -> bool:
    """No clause break or stop mark among the words [a, b). A break word just after "not" is an adverb ("is not yet
    strong"), not a new clause ("the trials were small, yet...")."""
    return not any(w in STOPS or (w in grammar.breaks and not (i > 0 and words[i - 1] in ("not", "n't")))
                   for i, w in enumerate(words[a:b], a))


def _family_finds(lexicon, grammar, family: Family, tokens, start: int, end: int, starts=None) -> str | None:
    subjects = family.subjects.find(tokens, start, end)
    if not subjects and "self" not in family.cues:
        return None
    if family.require is not None and not family.require.search(tokens, start, end):
        return None
    words = tokens.words
    first, last = tokens.span(start, end)
    blockers = subject_spans = None  # worked out at the first cue found (most tries find none)
    for position, phrases in family.cues.items():
        if starts is not None and not _present(starts[position], first, last):
            continue  # no cue of this position starts here: find would return nothing
        cues = phrases.find(tokens, start, end)
        if not cues:
            continue
        if blockers is None:
            blockers = family.blockers.find(tokens, start, end) if family.blockers is not None else []
            subject_spans = [(_token(tokens, s.start), _token(tokens, s.end - 1) + 1) for s in subjects]
        for cue in without_overlaps(cues, blockers) if blockers else cues:
            c0, c1 = _token(tokens, cue.start), _token(tokens, cue.end - 1) + 1
            # a subject inside the cue ("a good estimate") is not what the cue is said of
            others = [(s0, s1) for s0, s1 in subject_spans if not (s0 < c1 and c0 < s1)]
            if position == "self":
                s0, tied = c0, c0
            else:
                found = _tie(grammar, words, position, c0, c1, others, family.reach)
                if found is None:
                    continue
                s0, tied = found
            neutral = phrase_words(cue.text) in family.neutral
            # negation between the subject and the cue, or just before the cue
            begin = tied if position in ("after", "predicates") else first
            if neutral and position == "before":  # "did not cause harm in well-designed trials": the "not" is another phrase's
                begin = _phrase_start(grammar, words, first, c0)
            negated = _negated(lexicon, tokens, first, c0, begin)
            if neutral and not negated and grammar.restrictors is not None:
                negated = _restricted(grammar, tokens, _phrase_start(grammar, words, first, min(s0, c0)), min(s0, c0)) \
                    or _restricted(grammar, tokens, _phrase_start(grammar, words, first, c0), c0)
            cue_negates = bool(lexicon.negations.find(tokens, cue.start, cue.end))
            if neutral and not (negated or cue_negates):
                continue
            if not neutral and negated and not cue_negates and position != "before":
                continue  # "did not differ between the groups": a result, not an appraisal
            return f"{family.name}: {cue.text}"
    return None


def _phrase_start(grammar, words, first: int, index: int) -> int:
    """The first token after the last preposition, clause break or stop mark before token `index` (at least `first`):
    a negation or restrictor before that belongs to another phrase ("only one child in the well-run trials")."""
    for i in range(index - 1, first - 1, -1):
        if words[i] in STOPS or words[i] in grammar.breaks or words[i] in grammar.prepositions:
            return i + 1
    return first


def _restricted(grammar, tokens, first: int, index: int) -> bool:
    """Does a restrictor ("only one", "none of the") stand among the 6 tokens before token `index`? Six: "only two of
    the seven studies"."""
    lo = max(first, index - 6)
    if lo >= index:
        return False
    return bool(grammar.restrictors.find(tokens, tokens.starts[lo], tokens.starts[index]))


def _tie(grammar, words, position: str, c0: int, c1: int, subjects, reach: int) -> tuple[int, int] | None:
    """Where the subject tied to this cue starts, and the token where it ends (where a negation may start)."""
    for s0, s1 in subjects:
        if position == "anywhere":
            return s0, (s1 if s1 <= c0 else c1)
        if position == "before" and c1 <= s0 and s0 - c1 <= 2 and _between_ok(grammar, words, c1, s0) \
                and not any(w in grammar.prepositions for w in words[c1:s0]):
            return s0, s0
        if position in ("after", "predicates") and s1 <= c0 and c0 - s1 <= reach and _between_ok(grammar, words, s1, c0) \
                and not _object_of_phrase(grammar, words, s0):
            if position == "after":
                return s0, s1
            gap = words[s1:c0]
            copula = max((i for i, w in enumerate(gap) if w in grammar.copulas), default=None)
            if copula is not None and all(w in grammar.adverbs for w in gap[copula + 1:]):
                return s0, s1
    return None


def _object_of_phrase(grammar, words, s0: int) -> bool:
    """Does a preposition stand before the subject ("the fall in pain in the trials was small")? Then it is not
    what the predicate is said of. "Most of the trials were small": "of" is not one."""
    index = s0 - 1
    while index >= 0 and words[index] in grammar.determiners:
        index -= 1
    if index >= 0 and words[index] == "of":
        return not (index > 0 and words[index - 1] in grammar.quantifiers)
    return index >= 0 and words[index] in grammar.prepositions


def _starts(tokens, families) -> list:
    """Per family, {list name: sorted token indices where one of its phrases may start}, once per document: what
    tokens.candidates gives for each list, found in one pass over the document's distinct words for all ~40 lists
    (and handed to tokens, which would otherwise work each out again). A list with no start in a sentence finds
    nothing there, so most sentences cost a bisect per list, not a lookup."""
    memo = tokens.__dict__.get("_appraisal_starts")
    if memo is not None and memo[0] is families:  # keyed by identity: a Family holds dicts, so is not hashable
        return memo[1]
    lists, by_first = _first_words(families)
    if not lists:
        return [{} for _ in families]
    tokens.candidates(lists[0][1])  # builds tokens._positions (word -> its token indices), which is all we read
    found: dict[int, list] = {}
    for word, indices in tokens._positions.items():
        for slot in by_first.get(word, ()):
            found.setdefault(slot, []).extend(indices)
    starts = [{} for _ in families]
    for slot, (family, phrases, name) in enumerate(lists):
        known = tokens._candidates.get(phrases)
        if known is None:
            known = tokens._candidates[phrases] = sorted(found.get(slot, ()))
        starts[family][name] = known
    tokens._appraisal_starts = (families, starts)
    return starts


_FIRST_WORDS: list = []  # [(families, (lists, by_first))]: once per process and lexicon


def _first_words(families) -> tuple[list, dict]:
    """[(family index, Phrases, list name)] of every list of every family, and {first word of a phrase: the slots
    of the lists that have a phrase starting with it}."""
    for known, value in _FIRST_WORDS:
        if known is families:
            return value
    lists = [(index, phrases, name) for index, family in enumerate(families)
             for name, phrases in {"subjects": family.subjects, "require": family.require, **family.cues}.items()
             if phrases is not None]
    by_first: dict[str, list[int]] = {}
    for slot, (_, phrases, _) in enumerate(lists):
        for word in phrases.index:
            by_first.setdefault(word, []).append(slot)
    value = lists, by_first
    _FIRST_WORDS[:] = [*_FIRST_WORDS[-3:], (families, value)]  # a few lexicons at most (tests build several)
    return value


def _present(starts, first: int, last: int) -> bool:
    at = bisect.bisect_left(starts, first)
    return at < len(starts) and starts[at] < last


def _may_find(family: Family, starts: dict, first: int, last: int) -> bool:
    """False when the family surely finds nothing in tokens [first, last): no self cue, and no subject with another
    cue, or a required word missing. Only a cheap necessary test; _family_finds decides."""
    if family.require is not None and not _present(starts["require"], first, last):
        return False
    if "self" in starts and _present(starts["self"], first, last):
        return True
    return _present(starts["subjects"], first, last) and any(
        _present(starts[position], first, last) for position in family.cues if position != "self")


def appraises(lexicon, tokens, start: int, end: int) -> str | None:
    """The family and cue by which text[start:end] appraises the evidence ("amount: few"), or None."""
    grammar, families = lexicon.appraisal_grammar, lexicon.appraisal_families
    first, last = tokens.span(start, end)
    for family, starts in zip(families, _starts(tokens, families)):
        if not _may_find(family, starts, first, last):
            continue
        found = _family_finds(lexicon, grammar, family, tokens, start, end, starts)
        if found:
            return found
    return None
