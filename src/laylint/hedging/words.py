"""Content words, normalised without a lemmatizer (the default pipeline has none).

Irregular forms come from the lexicon's `inflections`; regular ones lose one suffix from its
`suffixes` list. Both sides of a comparison go through the same function, so "included" and
"include" meet at "includ" even though that is not a word.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MIN_STEM = 3


class Normaliser:
    def __init__(self, function_words: frozenset, inflections: dict, suffixes: tuple, generic_words: frozenset = frozenset()):
        self.function_words = function_words
        self.generic_words = generic_words
        self.inflections = inflections
        self.suffixes = suffixes

    @classmethod
    def for_lexicon(cls, lexicon) -> "Normaliser":
        return cls(lexicon.function_words, lexicon.inflections, lexicon.suffixes, lexicon.generic_words)

    def normalise(self, word: str) -> str:
        word = word.lower().replace("’", "'")
        if word in self.inflections:
            return self.inflections[word]
        for suffix, replacement in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                return word[: len(word) - len(suffix)] + replacement
        return word

    def content_words(self, text: str, drop_generic: bool = True) -> set[str]:
        """Normalised words of `text` that carry meaning (function words and, by default, generic ones dropped)."""
        found = set()
        for match in _WORD.finditer(text):
            word = match.group().lower()
            if word in self.function_words:
                continue
            normal = self.normalise(word)
            if normal in self.function_words or (drop_generic and normal in self.generic_words):
                continue
            found.add(normal)
        return found
