"""The text layer: what a word is, how word forms relate, and how word lists are merged, for every
rule family (claims, hedging, jargon, readability).

    words     WORD and words(); the two other notions rules need: counted_words (readability
              formulas) and tokens (phrase lexicons)
    forms     plurals, -ed/-ing forms, British/American spellings, typographic variants
    lexicons  the lexicon files of rules/lexicons and the user's rule paths, merged and checked
"""

from laylint.text.forms import Stemmer, bases, fold, key, phrase_pattern, singulars, surface_forms
from laylint.text.words import (HYPHENS, WORD, address_spans, alternation, alternation_shared_tails, counted_words,
                                hyphen_parts, tokens, trim, words)

__all__ = [
    "HYPHENS", "WORD", "Stemmer", "address_spans", "alternation", "alternation_shared_tails", "bases", "counted_words",
    "fold", "hyphen_parts", "key", "phrase_pattern", "singulars", "surface_forms", "tokens", "trim", "words",
]
