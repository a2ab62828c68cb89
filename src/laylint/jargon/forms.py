"""Surface forms of a lexicon term: plurals and British/American spellings.

The default pipeline (spacy.blank) has no lemmatizer, so instead of lemmatising the text we
expand each term into the forms it can take and match those on the lowercase text.
"""

from __future__ import annotations

import re

_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_IZE = re.compile(r"iz(e|ed|es|ing|ation|ations)\b")
_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)\b")
_EMIA = re.compile(r"(?<!a)emia\b")
_AEMIA = re.compile(r"aemia\b")
# British -> American spellings (haemorrhage/hemorrhage, oedema/edema, tumour/tumor, titre/titer).
_BRITISH = ((re.compile(r"(?<=\w)ae|\bae(?=\w)"), "e"), (re.compile(r"(?<=\w)oe(?=\w)|\boe(?=\w)"), "e"),
            (re.compile(r"(?<=\w\w)our"), "or"), (re.compile(r"(?<=\w\w)tre\b"), "ter"))
# Latin and Greek plurals common in medicine: (singular ending, plural ending).
_CLASSICAL = (("um", "a"), ("is", "es"), ("us", "i"), ("ion", "ia"), ("ex", "ices"), ("ix", "ices"), ("a", "ae"))


def plurals(word: str) -> set[str]:
    """Plausible plurals of a noun; forms that are not words are harmless (they never match)."""
    forms = set()
    if _CONSONANT_Y.search(word):
        forms.add(word[:-1] + "ies")
    elif _SIBILANT.search(word):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    for singular, plural in _CLASSICAL:
        if word.endswith(singular) and len(word) > len(singular) + 2:
            forms.add(word[: -len(singular)] + plural)
    return forms


def spellings(phrase: str) -> set[str]:
    """The phrase in British and American spelling (randomised/randomized, anaemia/anemia)."""
    forms = {phrase, _IZE.sub(r"is\1", phrase), _ISE.sub(r"iz\1", phrase)}
    forms |= {_EMIA.sub("aemia", f) for f in list(forms)} | {_AEMIA.sub("emia", f) for f in list(forms)}
    for pattern, american in _BRITISH:
        forms |= {pattern.sub(american, f) for f in list(forms)}
    return forms


def expand(term: str, plural: bool = True) -> set[str]:
    """Every lowercase form of a term: spellings, and plurals of its last word."""
    base = " ".join(term.lower().split())
    forms = set()
    for spelling in spellings(base):
        forms.add(spelling)
        if plural:
            head, _, last = spelling.rpartition(" ")
            forms |= {f"{head} {p}".strip() for p in plurals(last)}
    # Hyphens typed as U+2010/U+2011 stay one token in spaCy; match those spellings too.
    forms |= {f.replace("-", hyphen) for f in forms if "-" in f for hyphen in ("\u2010", "\u2011")}
    return forms
