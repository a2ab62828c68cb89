"""Is a word negated ("does not prove") or quoted ("'miracle' drug") where it stands?"""

from __future__ import annotations

import re

# Straight or curly double quotes, curly single quotes, and straight single quotes that open
# after a space and close before one (so apostrophes in "weren't" are not quotes).
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<![\w])'[^']*'(?![\w])")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def is_quoted(text: str, start: int, end: int) -> bool:
    return any(q_start < start and end < q_end for q_start, q_end in quoted_spans(text))


def is_negated(lexicon, source, clause_start: int, start: int, window: int) -> bool:
    """A negation in the same clause, at most `window` words before `start`; a negation ending
    in "that" ("no evidence that") covers the rest of the clause. `source`: a text or its Tokens."""
    text = getattr(source, "text", source)
    for negation in lexicon.negations.find(source, clause_start, start):
        if negation.text.lower().endswith(" that"):
            return True
        between = text[negation.end:start].split()
        if len(between) <= window:
            return True
        # "We cannot say that any medicine ... definitely prevents": a negated "say/find that" covers what follows.
        if "that" in (w.lower().strip(",;:") for w in between[:window]):
            return True
    return False


_NOUN_FORMS = ("cause", "causes")  # "caused" is a verb or a passive ("was caused by")


def is_causal_noun(lexicon, tokens, match, word_before: bool = True) -> bool:
    """A causal word used as a noun: after a determiner or adjective ("the cause", "similar results in"); and
    "cause(s)" before "of", "in", "for", a verb "is/was" ("central causes of dizziness", "causes in the brain"), or
    at a clause's end ("a brain cause,"). `tokens`: the analysis's Tokens; word_before False skips the first test
    (the certainty rule has its own list of words before a result verb)."""
    if word_before and tokens.word_before(match.start) in lexicon.causal_noun_markers:
        return True  # any causal word after a determiner: "the cause", "similar results in"
    if match.text.lower() not in _NOUN_FORMS:
        return False
    # A determiner agreeing with the noun one or two words before: "a brain cause", "some brain causes".
    determiners = lexicon.causal_noun_singular if match.text.lower() == "cause" else lexicon.causal_noun_plural
    phrase = re.split(r"[.,;:!?()\[\]]", tokens.text[max(0, match.start - 60):match.start])[-1]
    before = [w.lower() for w in re.findall(r"[\w'’\u2010\u2011-]+", phrase)[-2:]]
    # ... unless the word between is a plural noun, the head of a longer subject ("these studies causes").
    if before and before[-1] in determiners:
        return True
    if len(before) == 2 and before[0] in determiners and not re.search(r"[^su]s$|ies$", before[1]):
        return True
    rest = tokens.text[match.end:match.end + 40].lstrip()
    if not rest or rest[0] in ",.;:)!?":
        return True
    following = re.match(r"[\w'’]+", rest)
    return bool(following) and following.group().lower() in lexicon.causal_noun_after
