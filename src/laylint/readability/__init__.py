"""Readability: laylint's own syllable counter, sentence/word counts and the standard formulas.

No network and no copyleft dependency: textstat (which fetches NLTK's CMU dictionary at first
use) is only the reference the tests compare against.
"""
