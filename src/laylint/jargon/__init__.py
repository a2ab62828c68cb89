"""Jargon, acronyms and rare words: the shared per-document scan behind the jargon/* rules.

The text is matched once per document (`analysis.memo("jargon", ...)`); the lexicon, matcher and
explanation patterns are built once per process (`analysis.ruleset.memo`, shared between rule sets
with identical files: see `lexicon.shared`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from laylint.jargon import acronyms as acronym_finder
from laylint.jargon import words as wordlib
from laylint.jargon.explain import Explainer
from laylint.jargon.lexicon import Lexicon, jargon_lexicon, merge_jargon
from laylint.jargon.matcher import TermMatch, find_terms


@dataclass
class Scan:
    text: str
    lexicon: Lexicon
    explainer: Explainer
    sentence_starts: list[int]
    sentence_ends: list[int]
    exempt: list[tuple[int, int]]  # metadata drug/outcome names, web addresses
    words: list[tuple[int, int, str]]
    terms: list[TermMatch] = field(default_factory=list)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentence_starts[index], self.sentence_ends[index]

    def sentence_text(self, offset: int) -> str:
        start, end = self.sentence_bounds(offset)
        return self.text[start:end]

    def explained(self, start: int, end: int) -> bool:
        return self.explainer.explained(self.text, start, end, *self.sentence_bounds(start))

    def is_exempt(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.exempt)

    def starts_sentence(self, offset: int) -> bool:
        sentence_start = self.sentence_bounds(offset)[0]
        return not any(c.isalnum() for c in self.text[sentence_start:offset])


def _lexicon(analysis) -> Lexicon:
    if analysis.ruleset is None:
        from laylint.ruleset import load_ruleset

        return merge_jargon(load_ruleset([]).lexicon("jargon"))
    return jargon_lexicon(analysis.ruleset)


def _explainer(analysis, lexicon: Lexicon) -> Explainer:
    from laylint.jargon.lexicon import shared

    build = lambda: Explainer(lexicon.explain_after, lexicon.explain_before)  # noqa: E731
    return shared(analysis.ruleset, ("jargon", "explainer"), build) if analysis.ruleset else build()


def _build(analysis) -> Scan:
    text = analysis.text
    lexicon = _lexicon(analysis)
    sentences = analysis.sentences
    scan = Scan(text, lexicon, _explainer(analysis, lexicon), [s.start for s in sentences],
                [s.end for s in sentences], wordlib.name_spans(text, analysis.metadata) + wordlib.address_spans(text),
                wordlib.words(text))
    scan.terms = [m for m in find_terms(analysis, lexicon) if not scan.is_exempt(m.start, m.end)]
    return scan


def scan(analysis) -> Scan:
    return analysis.memo("jargon", lambda: _build(analysis))


@dataclass(frozen=True)
class RareWord:
    start: int
    end: int
    word: str
    zipf: float


def rare_words(analysis, max_zipf: float, min_letters: int) -> list[RareWord]:
    """Every occurrence of a word rarer than max_zipf that no other jargon rule covers."""
    return analysis.memo(("jargon", "rare", max_zipf, min_letters), lambda: _rare(scan(analysis), max_zipf, min_letters))


def _rare(found: Scan, max_zipf: float, min_letters: int) -> list[RareWord]:
    term_starts = [m.start for m in found.terms]
    result = []
    for start, end, word in found.words:
        score = wordlib.word_zipf(word, min_letters, max_zipf)
        if score is None or score >= max_zipf:
            continue  # most words: common
        index = bisect.bisect_right(term_starts, start) - 1
        if index >= 0 and found.terms[index].end > start:
            continue  # inside a lexicon term: jargon/term reports it
        if word.lower() in found.lexicon.allowed or _is_abbreviation(word) or found.is_exempt(start, end):
            continue
        if word[:1].isupper() and not found.starts_sentence(start):
            continue  # a proper noun (no tagger: capitalised inside a sentence)
        result.append(RareWord(start, end, word, score))
    return result


def _is_abbreviation(word: str) -> bool:
    return any(acronym_finder.is_acronym(part) for part in wordlib.split_parts(word))
