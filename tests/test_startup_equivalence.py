"""Start-up shortcuts (issue #19) against the plain construction each replaces: the tokenizer that adds
spaCy's English exceptions only as texts need them gives the tokens and sentences of spacy.blank("en")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Texts that lean on spaCy's English exceptions (contractions, abbreviations with full stops, times,
# emoticons) and on laylint's own (unit letters that end a sentence, "vs.", "et al.").
TRICKY = [
    "We don't know whether it works; they'd hoped it would, but it didn't in children under 5 yrs.",
    "Smokers who'd tried patches (e.g. 21 mg/day) quit more often than those who hadn't, i.e. 1 in 10.",
    "Doses were given at 8 a.m. and 6 p.m. vs. placebo; Dr. Smith et al. reported it in Jan. 2019.",
    "Babies gained 178 g. Mothers' milk supply rose by 12 ml. Nobody's sure why :) or :-(",
    "The trial (Wilson et al., 2011) ended early. Relapse type 1A. Fewer relapses occurred.",
    "Y'all can't say it's ok'd; we'll see, won't we? Ma'am, it ain't so. Dialysis 3x/wk.",
    "Patients on haemodialysis in the U.S. and U.K. (n = 1,093) had less itching, Fig. 2 shows.",
    "Chemo pts w/ NSCLC: o.O -- 'cause it's 'bout time, c'mon. Mr. and Mrs. Jones, approx. 50.",
]


def _reference():
    """The pipeline as laylint built it before: spacy.blank("en") with every exception, then laylint's."""
    import spacy
    from spacy.symbols import ORTH

    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    for abbreviation in nlp._ABBREVIATIONS:
        if " " not in abbreviation:
            reference.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for unit in nlp._UNIT_LETTERS:
        reference.tokenizer.add_special_case(unit, [{ORTH: unit[:-1]}, {ORTH: "."}])
    suffixes = reference.tokenizer.suffix_search
    reference.tokenizer.suffix_search = lambda text: suffixes(text) or nlp._CODE_FULL_STOP(text)
    return reference


def _read(pipeline, text: str):
    doc = nlp.make_doc(pipeline, text)
    for _, component in pipeline.pipeline:
        doc = component(doc)
    return [(t.text, t.whitespace_, t.norm_, t.lower_, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def reference():
    return _reference()


@pytest.mark.parametrize("text", TRICKY)
def test_a_fresh_deferred_tokenizer_reads_a_text_as_blank_english_does(reference, text):
    fresh, _ = nlp._build(nlp.BLANK)
    assert isinstance(fresh.tokenizer, nlp.DeferredExceptions)
    pending = len(fresh.tokenizer._pending)
    assert _read(fresh, text) == _read(reference, text)
    assert 0 < pending - len(fresh.tokenizer._pending) < 60  # only the exceptions this text contains were added


def test_the_corpus_tokenizes_the_same_while_exceptions_are_added_text_by_text(reference, monkeypatch):
    from spacy.attrs import LOWER, NORM, ORTH, SPACY

    monkeypatch.setattr(nlp, "SCAN_CHARS", 10**9)  # stay in the scanning mode for all 891 summaries
    deferred, _ = nlp._build(nlp.BLANK)
    attributes = [ORTH, SPACY, NORM, LOWER]  # the sentencizer reads nothing else
    differing = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = nlp.make_doc(deferred, row["summary"]).to_array(attributes)
        expected = nlp.make_doc(reference, row["summary"]).to_array(attributes)
        if got.shape != expected.shape or (got != expected).any():
            differing.append(row["id"])
    assert differing == []
    assert deferred.tokenizer._pending  # some exceptions never occurred, and were never added


def test_past_the_scanning_limit_or_before_forking_every_exception_is_added(reference):
    deferred, _ = nlp._build(nlp.BLANK)
    deferred.tokenizer("A short text.")
    assert deferred.tokenizer._pending
    nlp.DeferredExceptions.complete(deferred.tokenizer)
    assert not deferred.tokenizer._pending
    long_text = " ".join(TRICKY) * (nlp.SCAN_CHARS // len(" ".join(TRICKY)) + 1)
    again, _ = nlp._build(nlp.BLANK)
    assert _read(again, long_text) == _read(reference, long_text)
    assert not again.tokenizer._pending


def test_the_jargon_matcher_tokenizes_its_forms_with_the_exceptions_they_contain():
    deferred, _ = nlp._build(nlp.BLANK)
    forms = ["people who'd quit", "e.g. asthma", "Dr. Foster's syndrome"]
    reference = _reference()
    got = [[t.text for t in doc] for doc in deferred.tokenizer.pipe(forms)]
    assert got == [[t.text for t in doc] for doc in reference.tokenizer.pipe(forms)]
    assert got[0] == ["people", "who", "'d", "quit"]
