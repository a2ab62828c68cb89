"""One PhraseMatcher over every surface form of every lexicon term, built once per process.

Allowed names of several words ("cystic fibrosis", "anti-inflammatory") are matched too, so that the longest match wins
over a term inside them ("fibrosis"); they are then dropped: an allowed name is never reported."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.text import surface_forms, tokens

_ALLOWED = "\u0000allowed"  # the label of allowed names (no lexicon key can be it)
_TYPED_HYPHENS = re.compile("[\u2010\u2011]")
_FINAL_SIGMA = "\u03a3"  # the one capital whose lowercase depends on what follows it (str.lower)
HEAD = 6  # characters of a form's squeezed text that index it: few forms share a head, so few are searched for
# Past this many characters of text every form is added: a few summaries (a pre-commit run) are matched with
# the forms they can hold; a larger run pays for the whole matcher once, like before, and ~2 ms more.
SCAN_CHARS = 12_000


@dataclass(frozen=True)
class TermMatch:
    start: int  # prose offsets [start, end)
    end: int
    key: str  # lowercase lexicon name


def _squeezed(text: str) -> str:
    """Lowercase, whitespace removed: a form's tokens can match only where this of the form is in this of the text."""
    return "".join(text.lower().split())


class TermMatcher:
    """The PhraseMatcher, given its ~2,500 forms as texts need them. Tokenizing every form cost ~130 ms of
    each cold start; a form can match only if its squeezed text (`_squeezed`) occurs in the text's (its
    tokens' LOWER values are slices of the text, lowercased), so the first texts tokenize just the forms
    that pass that test (a 400-word summary: a few dozen). Past SCAN_CHARS characters of text, or on
    `complete()` (before forking workers), every remaining form is added. Matches are those of the
    matcher built whole (tests/test_startup_equivalence.py)."""

    def __init__(self, nlp, forms: list[tuple[str, str]]):
        from spacy.matcher import PhraseMatcher

        self.nlp, self.matcher, self._scanned = nlp, PhraseMatcher(nlp.vocab, attr="LOWER"), 0
        # pending forms by the first HEAD characters of their squeezed text, so that a text looks up its own
        # slices of that length instead of searching itself for every form; a form with a capital sigma is
        # always due (its lowercase, token by token, may differ from the whole's)
        self._pending: dict[str, list[tuple[int, str, str, str]]] = {}  # (place in `forms`, label, form, squeezed)
        for index, (label, form) in enumerate(forms):
            squeezed = "" if _FINAL_SIGMA in form else _squeezed(form)
            self._pending.setdefault(squeezed[:HEAD], []).append((index, label, form, squeezed))

    def _add(self, due: list[tuple[int, str, str, str]]) -> None:
        due = sorted(due)  # in the order of `forms`, as the whole matcher was given them
        docs = self.nlp.tokenizer.pipe([form for _, _, form, _ in due])  # one call: one scan for exceptions
        by_label: dict[str, list] = {}
        for (_, label, _, _), doc in zip(due, docs):
            by_label.setdefault(label, []).append(doc)
        for label, found in by_label.items():
            self.matcher.add(label, found)

    def prepare(self, text: str) -> None:
        if not self._pending:
            return
        self._scanned += len(text)
        if self._scanned >= SCAN_CHARS or _FINAL_SIGMA in text:
            self.complete()
            return
        squeezed = _squeezed(text)
        slices = {squeezed[i:i + HEAD] for i in range(len(squeezed) - HEAD + 1)}
        due = []
        for head in [head for head in self._pending if (head in slices if len(head) == HEAD else head in squeezed)]:
            group = self._pending.pop(head)
            due += [entry for entry in group if entry[3] in squeezed]
            kept = [entry for entry in group if entry[3] not in squeezed]
            if kept:
                self._pending[head] = kept
        self._add(due)

    def complete(self) -> None:
        """Add every form still pending."""
        due = [entry for group in self._pending.values() for entry in group]
        self._pending = {}
        self._add(due)

    def __call__(self, doc, text: str | None = None):
        """The matches in `doc`, whose text is `text` (Doc.text rebuilds it from the tokens: given when known)."""
        if self._pending:
            self.prepare(doc.text if text is None else text)
        return self.matcher(doc, as_spans=True)


def _forms(lexicon) -> list[tuple[str, str]]:
    """(label, form) in the order the matcher was always given them: each term's forms sorted, then allowed names."""
    found = [(key, form) for key, term in lexicon.terms.items() for form in sorted(term.surface_forms())]
    shields = sorted(form for name in lexicon.allowed if len(tokens(name)) > 1 for form in surface_forms(name))
    return found + [(_ALLOWED, form) for form in shields]


def term_matcher(analysis, lexicon) -> TermMatcher:
    from laylint import nlp as pipelines

    return analysis.shared(("jargon", "matcher", analysis.nlp_name),
                           lambda: TermMatcher(pipelines.load(analysis.nlp_name)[0], _forms(lexicon)))


def find_terms(analysis, lexicon) -> list[TermMatch]:
    """Lexicon terms in the prose; where matches overlap the longest wins (an allowed name included)."""
    from spacy.util import filter_spans

    doc, text = analysis.doc, analysis.text
    if _TYPED_HYPHENS.search(text):
        # the tokenizer splits compounds only at "-": "active\u2010placebo\u2010assisted" would stay one token and
        # hide "placebo". Matched on a copy with "-" (same length, so the offsets hold)
        from laylint import nlp as pipelines

        text = _TYPED_HYPHENS.sub("-", text)
        doc = pipelines.make_doc(pipelines.load(analysis.nlp_name)[0], text)
    spans = filter_spans(term_matcher(analysis, lexicon)(doc, text))
    return [TermMatch(span.start_char, span.end_char, span.label_) for span in spans if span.label_ != _ALLOWED]
