"""One PhraseMatcher over every surface form of every lexicon term, built once per process."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TermMatch:
    start: int  # prose offsets [start, end)
    end: int
    key: str  # lowercase lexicon name


def _build(nlp, lexicon):
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, term in lexicon.terms.items():
        matcher.add(key, list(nlp.tokenizer.pipe(sorted(term.surface_forms()))))
    return matcher


def term_matcher(analysis, lexicon):
    from laylint import nlp as pipelines

    return analysis.shared(("jargon", "matcher", analysis.nlp_name),
                           lambda: _build(pipelines.load(analysis.nlp_name)[0], lexicon))


def find_terms(analysis, lexicon) -> list[TermMatch]:
    """Lexicon terms in the prose; where matches overlap the longest wins."""
    from spacy.util import filter_spans

    doc = analysis.doc
    spans = filter_spans(term_matcher(analysis, lexicon)(doc, as_spans=True))
    return [TermMatch(span.start_char, span.end_char, span.label_) for span in spans]
