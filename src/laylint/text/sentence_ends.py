"""Sentence ends that a full-stop rule misses (issue #16, round 32), found in the text once per document.

spaCy's sentencizer starts a sentence after a token that is a full stop (or "!", "?"). Two real ends are not such
tokens, so every rule that reads sentences saw two sentences as one:

  a glued bullet   list items flattened into one line keep their dash against the full stop or semicolon
                   ("were included.\u2010 We also ...", "less pain;\u2010 risk of death"): "included.\u2010" is one
                   token;
                   and a semicolon is no full stop ("with placebo; - antivirals alone")
  a letter's stop  the tokenizer keeps a capital letter and its full stop together as an initial ("J. Smith"), also
                   when the letter ends a name ("chronic hepatitis B. We found ...", "vitamin D. Most ..."), and so
                   it does after a word that ends in a small letter and a capital ("people with EoE. We", "g/dL. The"),
                   after a small letter ("cytochrome c. The") and after the answer "No." (an abbreviation of number)

A word of several letters ends its sentence before any capitalised word (no initial looks like "EoE"); a small
letter or "No." only before a word that opens sentences and is no surname ("We", "The", "However"); a capital
letter before such a word, or before any capitalised word after a lowercase word that does not lead into a name
("influenza A. Amantadine ...", but "written by A. Smith", "J. K. Rowling", "E. coli", "No. 3" stay whole).
"""

from __future__ import annotations

import re

_DASHES = "\u2010\u2011\u2012\u2013\u2014-"
_CLOSERS = "\"'\u201d\u2019)\\]"

# Words that open sentences and are not surnames
_OPENERS = frozenset("""
    We The This These Those That It Its In Our There They Their Then However Overall Most Some All No None Only One
    Two Three Four Five Both Each Few Many More Less Also But So Because When While Where If For Here Further
    Furthermore Moreover Finally Similarly Although Though Despite After Before During Among Compared Nevertheless
    People Participants Patients Children Adults Women Men Studies Trials Results Evidence Researchers Reviewers
""".split())

_NUMBER_WORDS = frozenset("One Two Three Four Five".split())

# Lowercase words that lead into a person's name ("by A. Smith", "and J. Jones"): after them a letter is an initial
_BEFORE_A_NAME = frozenset("""
    by and or with from to of as at for nor professor doctor dr mr mrs ms prof sir von van de la le du der den da di
""".split())

# A dash before a blank: a bullet when glued to an end mark (maybe past closing quotes or brackets), or after a
# semicolon and a blank ("combined with placebo; - antivirals alone"), checked in Python. One pattern per dash: a
# literal first character is found by a fast search, a class is tried at every character (~30 us a summary)
_DASH_BEFORE_BLANK = [(dash, re.compile(re.escape(dash) + r"\s+(?=\S)")) for dash in _DASHES]
_CLOSING = frozenset(_CLOSERS.replace("\\", ""))
# A full stop before a capitalised word (one that is no initial itself): the word before it is checked in Python,
# which rejects almost every one at its last letter (a plain "word. The" is already a sentence end)
_STOP = re.compile(r"\.\s+(?=([A-Z][A-Za-z0-9]*)\b(?!\.))")
# The word before that full stop: ending in a capital after a small letter or digit ("EoE", "g/dL"), or one letter
_LETTERED = re.compile(r"(?:[A-Za-z0-9/]*[a-z0-9/])?[A-Z]|[a-z]|No")
_WORD_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")  # right before the letter: not "subset [K. Rubtsova"


def missed_starts(text: str) -> list[int]:
    """The offsets in `text` where a sentence starts after an end that the full-stop rule misses."""
    found = [match.end() for dash, pattern in _DASH_BEFORE_BLANK if dash in text for match in pattern.finditer(text)
             if _ends_a_bullet(text, match.start())]
    for match in _STOP.finditer(text):
        stop = match.start()
        last = text[stop - 1] if stop else ""
        if not (last.isupper() or last == "o" or (last.islower() and (stop < 2 or not text[stop - 2].isalpha()))):
            continue  # "word. The": spaCy already ends the sentence there
        start = stop - 1
        while start > 0 and stop - start < 40 and text[start - 1] in _WORD_CHARACTERS:
            start -= 1
        if start and (text[start - 1].isalnum() or text[start - 1] in ".\u2019'_"):
            continue  # "U.S. Army", "e.g. The"
        letter = text[start:stop]
        if _LETTERED.fullmatch(letter) and _letter_ends_sentence(text, start, letter, match.group(1)):
            found.append(match.end())
    return sorted(found)


def _ends_a_bullet(text: str, dash: int) -> bool:
    before = dash
    while before and text[before - 1].isspace():
        before -= 1
    spaced = before < dash
    while before and text[before - 1] in _CLOSING:
        before -= 1
    mark = text[before - 1] if before else ""
    return mark == ";" or (mark in (".", "!", "?") and not spaced)


def _letter_ends_sentence(text: str, start: int, letter: str, following: str) -> bool:
    if letter == "No" and following in _NUMBER_WORDS:
        return False  # "Table No. Three"
    if following in _OPENERS:
        return True
    if letter == "No" or letter.islower():
        return False  # "No. 3", "cytochrome c. Smith" (only before a sentence opener: "No. In ...", "c. The ...")
    if len(letter) > 1:
        return True  # no initial ends in a small letter and a capital ("EoE. Children", "11.0 g/dL. Nausea")
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1)
    return word.islower() and word not in _BEFORE_A_NAME
