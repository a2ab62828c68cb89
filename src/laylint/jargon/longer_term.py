"""Is a longer term already covered by a shorter one the reader was told about? (issue #16, round 36u)

  reported, then a longer term           "cognitive" reported ... "cognitive function" (one plain head noun more)
  explained, then a longer term          "randomised trials (studies where chance decides ...)" ...
  with the same head                     "randomised controlled trials"; "(desaturation)" ... "oxygen saturation"

The explained phrase runs to its explanation: "randomised trials (studies ...)" explains "randomised trials", and a
word that is no lexicon term counts when a plain phrase before it explains it: "a drop in oxygen levels
(desaturation)". Every word of the earlier term is a form of a word of the longer one ("de-" or "non-" before it: desaturation,
saturation), and the words it adds are everyday words, not jargon of their own ("controlled", "oxygen", "function").
An explained term must hold the longer term's head (its last word): "randomised trials" explains "randomised
controlled trials". A reported one must be the modifier of one everyday head noun: the writer told about
"cognitive" needs no message for "cognitive function"; but a modifier added to a reported term makes a new idea
("serious adverse events", "all-cause mortality", "secondary outcomes", "active placebo": judged true in earlier
rounds), and so do two words more ("cognitive behavioural therapy") or a word that is a term of its own ("oral
anticoagulants"). A hyphenated word is never everyday ("all-cause"). The shorter form merely
used (neither explained nor reported) covers nothing, nor does a term only sharing a word ("heart rate", "heart
failure")."""

from __future__ import annotations

import re

_NEGATING = ("de", "non")  # "desaturation" is a drop in saturation: one family
_EVERYDAY_ZIPF = 4.0  # words at least this common in English are not jargon ("function" 5.0, "oxygen" 4.5)
_WORD = re.compile(r"[^\W\d_]+(?:[\u2010\u2011-][^\W\d_]+)*")  # "all-cause" is one word


def covered_by_shorter(found, match, explained, reported) -> bool:
    """`explained`, `reported`: the terms explained and reported so far (jargon.scan's matches, in text order)."""
    words = [w.lower() for w in _WORD.findall(found.text[match.start:match.end])]
    if len(words) < 2:
        return False
    if any(use.key != match.key and _covers(found, words, _explained_phrase(found, use), True) for use in explained):
        return True
    if any(use.key != match.key and _covers(found, words, _written(found, use.start, use.end), False)
           for use in reported):
        return True
    return _head_explained_before(found, match, words)


def _written(found, start: int, end: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(found.text[start:end])]


# A word or two between an explained term and its explanation: "randomised trials (studies where ...)"
_UP_TO_EXPLANATION = re.compile(r"((?:[ \t\u00a0\u2010\u2011-]+[^\W\d_]+){1,2}?)\s*[(\u2013\u2014]")


def _explained_phrase(found, use) -> list[str]:
    """The words of an explained term up to its explanation, when a word or two stand between."""
    between = _UP_TO_EXPLANATION.match(found.text, use.end)
    end = between.end(1) if between and found.explained(use.start, between.end(1)) else use.end
    return _written(found, use.start, end)


# Everyday words that make a research term of a general one: "secondary outcomes", "primary outcome"
# (judged research-speak in earlier rounds, though "outcomes" was explained)
_RESEARCH_QUALIFIERS = frozenset("primary secondary overall main surrogate composite absolute relative active "
                                 "adjusted pooled standard control".split())

_SHORTER_BY = 2  # letters: "saturation" for "saturations"; not a word's opening ("inter" for "intervals")
_HEAD = re.compile(r"[^\W\d_]{5,}")


def _head_explained_before(found, match, words: list[str]) -> bool:
    """Was a form of the longer term's head, itself no everyday word, explained earlier as a word of its own? "a drop
    in oxygen levels (desaturation)" ... "oxygen saturation"."""
    head = words[-1]
    if len(head) < 5 or _common(found, head) or not all(_everyday(found, w) for w in words[:-1]):
        return False  # an everyday head ("group", "outcomes") is explained as part of many other things
    stem = head[:5]
    for word in _HEAD.finditer(found.text, 0, match.start):
        folded = word.group().lower()
        if stem in folded and len(folded) >= len(head) - _SHORTER_BY and _one_family(folded, head) \
                and found.explained(word.start(), word.end()):
            return True
    return False


def _covers(found, words: list[str], shorter: list[str], needs_head: bool) -> bool:
    if not shorter or len(shorter) >= len(words):
        return False
    left = list(range(len(words)))  # positions of the longer term's words not yet matched
    for word in shorter:
        position = next((i for i in left if _one_family(word, words[i])), None)
        if position is None:
            return False
        left.remove(position)
    holds_head = len(words) - 1 not in left
    if holds_head != needs_head or not needs_head and len(left) > 1:
        return False  # explained: the head and its modifiers; reported: a modifier of one head noun
    return all(_everyday(found, words[i]) for i in left)


def _one_family(shorter: str, longer: str) -> bool:
    from laylint.jargon import same_word

    if same_word(shorter, longer):
        return True
    return any(shorter.startswith(prefix) and same_word(shorter[len(prefix):].lstrip("-"), longer)
               for prefix in _NEGATING)


def _common(found, word: str) -> bool:
    from laylint.jargon.frequency import zipf

    return found.lexicon.is_everyday(word) or zipf(word) >= _EVERYDAY_ZIPF


def _everyday(found, word: str) -> bool:
    """An everyday word, not jargon of its own: not a lexicon term, common in English."""
    from laylint.jargon.frequency import zipf

    if not word.isalpha() or word in _RESEARCH_QUALIFIERS or word in found.lexicon.terms or (word.endswith("s") and word[:-1] in found.lexicon.terms):
        return False
    return found.lexicon.is_everyday(word) or zipf(word) >= _EVERYDAY_ZIPF
