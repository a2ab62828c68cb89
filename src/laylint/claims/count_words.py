"""The words of counts, with no imports of the claims modules: what counts studies and people, a word, its stem.
(counted.py re-exports them; participant_units.py, called while quantities reads the figures, needs them too.)"""

from __future__ import annotations

import re

STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ies)|trials?|RCTs?|reviews?|articles?|papers?|reports?)\b", re.IGNORECASE)
# the plural of each word for people, and its singular: the one list every reader of people counts uses
PEOPLE_NOUNS = {"people": "person", "persons": "person", "patients": "patient", "participants": "participant",
                "adults": "adult", "children": "child", "women": "woman", "men": "man", "babies": "baby",
                "infants": "infant", "newborns": "newborn", "neonates": "neonate", "girls": "girl", "boys": "boy",
                "individuals": "individual", "mothers": "mother", "volunteers": "volunteer"}
PEOPLE_PLURALS = "|".join(PEOPLE_NOUNS)  # a regex alternation: "12 to 48 participants"
# the plural nouns a number of people is said with ("28 smokers"): smoking-cessation reviews count smokers
PEOPLE_COUNTED = PEOPLE_PLURALS + "|smokers"
PEOPLE_WORDS = re.compile(rf"\b(?:{'|'.join(sorted({*PEOPLE_NOUNS, *PEOPLE_NOUNS.values()}))})\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def word_stem(word: str) -> str:
    word = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[:-len(end)]
    return word
