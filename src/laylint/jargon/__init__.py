"""Jargon, acronyms and rare words: the shared per-document scan behind the jargon/* rules.

The text is matched once per document (`analysis.memo("jargon", ...)`); the lexicon, matcher and
explanation patterns are built once per process and rule set (`analysis.shared`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from laylint.jargon import acronyms as acronym_finder
from laylint.jargon.explain import Explainer
from laylint.jargon.frequency import word_zipf
from laylint.jargon.lexicon import Lexicon, jargon_lexicon
from laylint.jargon.matcher import TermMatch, find_terms
from laylint.text import address_spans, alternation, hyphen_parts, surface_forms, words


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


def _explainer(analysis, lexicon: Lexicon) -> Explainer:
    return analysis.shared(("jargon", "explainer"), lambda: Explainer(lexicon.explain_after, lexicon.explain_before))


def _name_spans(text: str, metadata) -> list[tuple[int, int]]:
    """Where the drugs and outcomes declared in the metadata (or their aliases) appear, in any of their forms."""
    if metadata is None:
        return []
    names = set()
    for mapping in (metadata.drugs, metadata.outcomes):
        for name, aliases in mapping.items():
            for written in [name, *aliases]:
                names |= surface_forms(written) if written.strip() else set()
    if not names:
        return []
    pattern = re.compile(rf"(?<![^\W_])(?:{alternation(names)})(?:'s|\u2019s)?(?![^\W_])", re.I)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _build(analysis) -> Scan:
    text = analysis.text
    lexicon = jargon_lexicon(analysis)
    sentences = analysis.sentences
    scan = Scan(text, lexicon, _explainer(analysis, lexicon), [s.start for s in sentences],
                [s.end for s in sentences], _name_spans(text, analysis.metadata) + address_spans(text), words(text))
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
        score = word_zipf(word, min_letters, max_zipf)
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
    return any(acronym_finder.is_acronym(part) for part in hyphen_parts(word))
