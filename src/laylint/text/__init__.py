"""The text layer: words, word forms and lexicons, shared by every rule family.

    words     what a word is (WORD), and the two other notions rules need (counted_words, tokens)
    forms     plurals, -ed/-ing forms, British/American spellings, typographic variants
    lexicons  word lists from rules/lexicons and the user's rule paths, merged and checked
"""

from laylint.text.forms import (Stemmer, american, bases, fold, key, phrase_pattern, phrase_words, plurals,
                                singular, singulars, spellings, surface_forms, word_forms)
from laylint.text.words import (HYPHENS, WORD, address_spans, alternation, counted_words, hyphen_parts, is_counted,
                                tokens, trim, words)

__all__ = [
    "HYPHENS", "WORD", "Stemmer", "address_spans", "alternation", "american", "bases", "counted_words", "fold",
    "hyphen_parts", "is_counted", "key", "phrase_pattern", "phrase_words", "plurals", "singular", "singulars", "spellings",
    "surface_forms", "tokens", "trim", "word_forms", "words",
]
