"""One PhraseMatcher over every surface form of every lexicon term, built once per process.

Allowed names of several words ("cystic fibrosis", "anti-inflammatory") are matched too, so that the longest match wins
over a term inside them ("fibrosis"); they are then dropped: an allowed name is never reported."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.text import surface_forms, tokens

_ALLOWED = "\u0000allowed"  # the label of allowed names (no lexicon key can be it)
_TYPED_HYPHENS = re.compile("[\u2010\u2011]")


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
    shields = sorted(form for name in lexicon.allowed if len(tokens(name)) > 1 for form in surface_forms(name))
    if shields:
        matcher.add(_ALLOWED, list(nlp.tokenizer.pipe(shields)))
    return matcher


def term_matcher(analysis, lexicon):
    from laylint import nlp as pipelines

    return analysis.shared(("jargon", "matcher", analysis.nlp_name),
                           lambda: _build(pipelines.load(analysis.nlp_name)[0], lexicon))


def find_terms(analysis, lexicon) -> list[TermMatch]:
    """Lexicon terms in the prose; where matches overlap the longest wins (an allowed name included)."""
    from spacy.util import filter_spans

    doc = analysis.doc
    if _TYPED_HYPHENS.search(analysis.text):
        # the tokenizer splits compounds only at "-": "active\u2010placebo\u2010assisted" would stay one token and
        # hide "placebo". Matched on a copy with "-" (same length, so the offsets hold)
        from laylint import nlp as pipelines

        doc = pipelines.make_doc(pipelines.load(analysis.nlp_name)[0], _TYPED_HYPHENS.sub("-", doc.text))
    spans = filter_spans(term_matcher(analysis, lexicon)(doc, as_spans=True))
    return [TermMatch(span.start_char, span.end_char, span.label_) for span in spans if span.label_ != _ALLOWED]
