"""The words of counts, with no imports of the claims modules: what counts studies and people, a word, its stem.
(counted.py re-exports them; participant_units.py, called while quantities reads the figures, needs them too.)"""

from __future__ import annotations

import re

STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ies)|trials?|RCTs?|reviews?|articles?|papers?|reports?)\b", re.IGNORECASE)
PEOPLE_WORDS = re.compile(r"\b(?:people|persons?|patients?|participants?|adults?|child(?:ren)?|women|woman|men|man|"
                           r"bab(?:y|ies)|infants?|newborns?|neonates?|girls?|boys?|individuals?|mothers?|volunteers?)\b",
                           re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def word_stem(word: str) -> str:
    word = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[:-len(end)]
    return word
