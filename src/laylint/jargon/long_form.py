"""Long forms by their words' initials. An acronym's long form written earlier in the summary, without the bracket that would join the two ("Spinal
muscular atrophy affects babies. ... SMA mice"): the fix is to join them, not to spell it out (README-independent-27)."""

from __future__ import annotations

import re

from laylint.text import HYPHENS

_SMALL_WORDS = frozenset("of the and in for to a an with on by".split())
# words that do not name a thing: a run of them spelling letters is chance ("is more severe" for IMS)
_NOT_NAMING = frozenset("is are was were be been being has have had do does did not no that this these those which who "
                        "we they it its their our some many most all any each more less than such as at from or but "
                        "can could may might will would should also very during after before between into about over under within "
                        "without through per among against via".split())  # a preposition ends a name: "alcohol use during"
_SUBJECTS = frozenset("we i you he she they who authors researchers".split())
_EDGES = re.compile(r"^[\s,;:\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$")
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


def _initials(before: str, limit: int) -> list[str]:
    """The first letters of the last `limit` words of `before` (hyphenated parts count as words; small words not)."""
    words = [w for w in re.split(rf"[\s{re.escape(HYPHENS)}/]+", _EDGES.sub("", before)) if w]
    initials = [w[0].lower() for w in words if w[0].isalnum() and w.lower() not in _SMALL_WORDS]
    return initials[-limit:]


def _letters(short: str) -> str:
    singular = short[:-1] if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short
    return "".join(c for c in singular if c.isalpha()).lower()


def initials_in_order(short: str, before: str) -> bool:
    """Do the initials of the last words before, from one that starts the acronym, spell all its letters in order?"""
    letters = _letters(short)
    initials = "".join(_initials(before, min(len(letters) + 5, 2 * len(letters))))
    start = initials.rfind(letters[:1]) if letters else -1
    while start >= 0:
        rest = iter(initials[start:])
        if all(c in rest for c in letters):
            return True
        start = initials.rfind(letters[0], 0, start)
    return False


def initials_hold(short: str, before: str) -> bool:
    """Do the initials of the words right before a bracket hold the acronym's letters (three or more) in any order,
    one of four or more maybe left out ("follicular T-helper (TFH)", "receptor activator of nuclear factor B ligand (RANKL)"):
    a definition with its letters moved or lost (README-independent-27). The words start and end on its letters."""
    letters = _letters(short)
    if len(letters) < 3:
        return False
    initials = _initials(before, len(letters) + 2)
    for size in range(len(letters) - 1, len(initials) + 1):
        window = initials[-size:]
        if window[0] not in letters or window[-1] not in letters:
            continue
        missing = sum(max(0, letters.count(c) - window.count(c)) for c in set(letters))
        if (missing == 0 or missing == 1 and len(letters) >= 4) and sum(c in letters for c in window) >= len(letters) - missing:
            return True
    return False
