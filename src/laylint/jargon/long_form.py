"""An acronym's long form written earlier in the summary, without the bracket that would join the two ("Spinal
muscular atrophy affects babies. ... SMA mice"): the fix is to join them, not to spell it out (README-independent-27)."""

from __future__ import annotations

import re

from laylint.text import HYPHENS

_SMALL_WORDS = frozenset("of the and in for to a an with on by".split())
# words that do not name a thing: a run of them spelling letters is chance ("is more severe" for IMS)
_NOT_NAMING = frozenset("is are was were be been being has have had do does did not no that this these those which who "
                        "we they it its their our some many most all any each more less than such as at from or but "
                        "can could may might will would should also very".split())
_SUBJECTS = frozenset("we i you he she they who authors researchers".split())
_WORD = re.compile(rf"[^\W_]+(?:['\u2019][^\W_]+)?")


def written_before(text: str, acronym) -> str | None:
    """The words before the acronym, consecutive (small words between them, hyphenated parts counted), whose first
    letters spell it ("spinal muscular atrophy" for SMA, "Prader-Willi syndrome" for PWS), as written; None if none.
    Three letters or more, or two capitalised words ("Harlequin Ichthyosis" for HI): two small letters are chance."""
    key = acronym.key
    letters = (key[:-1] if key.endswith("s") and len(key) > 2 and key[-2].isupper() else key).lower()
    if not letters.isalpha() or len(letters) < 2:
        return None
    words = [m for m in _WORD.finditer(text, 0, acronym.start)]
    found = None
    for index, first in enumerate(words):
        if first.group()[0].lower() != letters[0] or first.group().lower() in _SMALL_WORDS | _NOT_NAMING:
            continue
        if index and first.group().endswith("ed") and words[index - 1].group().lower() in _SUBJECTS:
            continue  # "We reviewed clinical trials": a verb after its subject, not a name's first word
        end = _spell(text, words, index, letters)
        if end is not None:
            found = (first.start(), words[end].end())
    if found is None:
        return None
    long_form = text[found[0]:found[1]]
    if len(letters) == 2 and not all(w[:1].isupper() for w in long_form.split()):
        return None
    rest = re.split(rf"[\s{re.escape(HYPHENS)}]+", long_form)[1:]
    plain = long_form[1:2].islower() and all(w[:1].islower() for w in rest)  # "Spinal muscular atrophy" at a start
    return long_form[0].lower() + long_form[1:] if plain else long_form


def _spell(text: str, words: list, index: int, letters: str) -> int | None:
    """The index of the last word when words from `index` spell the letters, each word starting the next letter
    (small words may come between, and only a space or a hyphen between any two words)."""
    position, at = 0, index
    while at < len(words):
        word = words[at].group()
        lower = word.lower()
        if at > index and not re.fullmatch(rf"[\s{re.escape(HYPHENS)}]+", text[words[at - 1].end():words[at].start()]):
            return None  # a comma, a full stop or a bracket between: not one name
        if lower in _NOT_NAMING or word.isupper() and len(word) > 1:
            return None
        if lower in _SMALL_WORDS and position:
            at += 1
            continue
        if lower[0] != letters[position]:
            return None
        position += 1
        if position == len(letters):
            return at
        at += 1
    return None
