"""Sentence ends that a full-stop rule misses (issue #16, round 32), found in the text once per document.

spaCy's sentencizer starts a sentence after a token that is a full stop (or "!", "?"). Two real ends are not such
tokens, so every rule that reads sentences saw two sentences as one:

  a glued bullet   list items flattened into one line keep their dash against the full stop or semicolon
                   ("were included.\u2010 We also ...", "less pain;\u2010 risk of death"): "included.\u2010" is one token;
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

_MISSED_END = re.compile(
    # a glued bullet: the end mark, closing quotes or brackets, then a dash against them and a blank
    rf"[.;!?][{_CLOSERS}]*[{_DASHES}]\s+(?=\S)"
    # or, after a semicolon, a spaced dash: "combined with placebo; - antivirals alone"
    rf"|;[{_CLOSERS}]*\s+[{_DASHES}]\s+(?=\S)"
    # a word ending in a capital letter after a small one or a digit ("EoE", "g/dL") and its full stop, or a capital
    # letter on its own (checked in missed_starts), then a capitalised word
    rf"|(?<![\w.\u2019'/])(?P<letter>(?:[A-Za-z0-9/]*[a-z0-9/])?[A-Z]|[a-z]|No)\.\s+(?=(?P<next>[A-Z][A-Za-z0-9]*)\b(?!\.))")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")


def missed_starts(text: str) -> list[int]:
    """The offsets in `text` where a sentence starts after an end that the full-stop rule misses."""
    if "." not in text and ";" not in text:
        return []
    found = []
    for match in _MISSED_END.finditer(text):
        if match.group("letter") is None or _letter_ends_sentence(text, match):
            found.append(match.end())
    return found


def _letter_ends_sentence(text: str, match: re.Match) -> bool:
    letter, following = match.group("letter"), match.group("next")
    if letter == "No" and following in _NUMBER_WORDS:
        return False  # "Table No. Three"
    if following in _OPENERS:
        return True
    if letter == "No" or letter.islower():
        return False  # "No. 3", "cytochrome c. Smith" (only before a sentence opener: "No. In ...", "c. The ...")
    if len(letter) > 1:
        return True  # no initial ends in a small letter and a capital ("EoE. Children", "11.0 g/dL. Nausea")
    previous = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    if previous is None:
        return False
    word = previous.group(1)
    return word.islower() and word not in _BEFORE_A_NAME
