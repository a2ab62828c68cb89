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


def test_the_english_class_made_directly_is_blank_english_with_a_sentencizer(reference):
    """Made without spacy.blank's config round trip: the same language, pipes and word attributes."""
    fresh, trained = nlp._build(nlp.BLANK)
    assert not trained and fresh.lang == reference.lang == "en" and type(fresh) is type(reference)
    assert fresh.pipe_names == reference.pipe_names == ["sentencizer"]
    text = " ".join(TRICKY)
    attributes = lambda doc: [(t.is_alpha, t.is_punct, t.like_num, t.is_stop, t.shape_, t.norm_, t.lower_)  # noqa: E731
                              for t in doc]
    assert attributes(nlp.make_doc(fresh, text)) == attributes(nlp.make_doc(reference, text))


CODE_ENDINGS = ["1A.", "type 1A.", "2B.)", "(3C.", "IIIB.", "4d.", "5.", "A.", "HbA1c.", "COVID-19A.", "6A.'",
                "7Z..", "8A.\u201d", "stage 2A. Next", "9A\u2026", "10B.,", "a.m.", "e.g.", "U.K.", "1A.%"]


def test_the_code_full_stop_among_the_suffixes_splits_as_when_tried_after_them(reference):
    """One suffix regex with the code full stop last, against spaCy's suffixes and then the code full stop."""
    fresh, _ = nlp._build(nlp.BLANK)
    pieces = [piece for ending in CODE_ENDINGS for piece in ending.split()]
    for piece in pieces + [piece[:cut] for piece in pieces for cut in range(1, len(piece))]:
        got, expected = fresh.tokenizer.suffix_search(piece), reference.tokenizer.suffix_search(piece)
        assert (got and got.span()) == (expected and expected.span()), piece
    for text in CODE_ENDINGS:
        assert _read(fresh, text) == _read(reference, text)
    assert [t.text for t in nlp.make_doc(fresh, "Relapse type 1A.")][-2:] == ["1A", "."]


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


# -- the jargon matcher, given its forms as texts need them (laylint.jargon.matcher.TermMatcher) ---------

TERM_TEXTS = [
    "Adults with heart failure who took an ACE inhibitor had fewer hospital admissions for cardiac arrhythmia.",
    "Chemotherapy plus radiotherapy probably prolongs progression-free survival in non-small cell lung cancer.",
    "Children with acute otitis media given amoxicillin were no less likely to have a recurrence.",
    "In a double\u2010blind randomised controlled trial, cognitive behavioural therapy eased postnatal depression.",
    "Preterm infants on continuous positive airway pressure had less bronchopulmonary dysplasia.",
    "Nicotine replacement therapy and varenicline both helped people quit; e-cigarettes may help too.",
    "People on haemodialysis with end-stage kidney disease had less pruritus with the new medicine.",
    "Polycystic ovary syndrome, cystic fibrosis and anti-inflammatory drugs: known names, not jargon.",
    "THE EFFICACY AND SAFETY OF SSRIs IN ADOLESCENTS WITH MAJOR DEPRESSIVE DISORDER",
    "Greek capitals in a name (\u03a3\u03a4\u0391\u03a3\u0397 trial) and a meta-analysis of hypertension studies.",
]


def _whole_matcher(pipeline, forms):
    """The matcher as it was built before: every form tokenized and added at the first text."""
    from spacy.matcher import PhraseMatcher

    whole = PhraseMatcher(pipeline.vocab, attr="LOWER")
    by_label: dict = {}
    for label, form in forms:
        by_label.setdefault(label, []).append(form)
    for label, group in by_label.items():
        whole.add(label, list(pipeline.tokenizer.pipe(group)))
    return whole


def _spans(spans):
    from spacy.util import filter_spans

    return [(span.start_char, span.end_char, span.label_) for span in filter_spans(spans)]


@pytest.fixture(scope="module")
def term_forms():
    from laylint.jargon.lexicon import merge_jargon
    from laylint.jargon.matcher import _forms
    from laylint.ruleset import load_ruleset

    return _forms(merge_jargon(load_ruleset([]).lexicon("jargon")))


def test_the_jargon_matcher_finds_what_the_whole_matcher_finds_text_by_text(term_forms, monkeypatch):
    from laylint.jargon import matcher
    from laylint.jargon.matcher import TermMatcher

    monkeypatch.setattr(matcher, "SCAN_CHARS", 10**9)  # stay in the partial mode for every text
    pipeline, _ = nlp._build(nlp.BLANK)
    lazy, whole = TermMatcher(pipeline, term_forms), _whole_matcher(nlp._build(nlp.BLANK)[0], term_forms)
    texts = TERM_TEXTS[:-1] + [json.loads(line)["summary"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    differing, found = [], 0
    for text in texts:
        doc = nlp.make_doc(pipeline, text.replace("\u2010", "-"))
        got, expected = _spans(lazy(doc)), _spans(whole(doc, as_spans=True))
        found += len(got)
        if got != expected:
            differing.append((text[:40], got, expected))
    assert differing == []
    assert found > 1000  # the corpus does hold lexicon terms
    pending = sum(len(group) for group in lazy._pending.values())
    assert 0 < pending < len(term_forms)  # some forms were added, some never needed


def test_the_first_text_adds_only_the_forms_it_can_hold(term_forms):
    from laylint.jargon.matcher import TermMatcher

    pipeline, _ = nlp._build(nlp.BLANK)
    lazy = TermMatcher(pipeline, term_forms)
    spans = _spans(lazy(nlp.make_doc(pipeline, TERM_TEXTS[0])))
    added = len(term_forms) - sum(len(group) for group in lazy._pending.values())
    assert [TERM_TEXTS[0][start:end] for start, end, _ in spans] == ["heart failure", "ACE inhibitor", "cardiac",
                                                                  "arrhythmia"]
    assert 3 <= added < 60


def test_a_capital_sigma_or_the_scanning_limit_adds_every_form(term_forms):
    from laylint.jargon.matcher import TermMatcher

    pipeline, _ = nlp._build(nlp.BLANK)
    sigma = TermMatcher(pipeline, term_forms + [("\u03c3\u03c4\u03b1\u03c3\u03b7", "\u03a3\u03a4\u0391\u03a3\u0397")])
    spans = _spans(sigma(nlp.make_doc(pipeline, TERM_TEXTS[-1])))
    assert not sigma._pending
    assert [label for _, _, label in spans] == ["\u03c3\u03c4\u03b1\u03c3\u03b7", "meta-analysis", "hypertension"]
    from laylint.jargon import matcher

    long_text = " ".join(TERM_TEXTS[:-1]) * (matcher.SCAN_CHARS // len(" ".join(TERM_TEXTS[:-1])) + 1)
    past = TermMatcher(pipeline, term_forms)
    assert _spans(past(nlp.make_doc(pipeline, long_text))) == _spans(_whole_matcher(pipeline, term_forms)(
        nlp.make_doc(pipeline, long_text), as_spans=True))
    assert not past._pending


def test_complete_adds_every_pending_form(term_forms):
    from laylint.jargon.matcher import TermMatcher

    pipeline, _ = nlp._build(nlp.BLANK)
    lazy = TermMatcher(pipeline, [("statin", "statin"), ("statin", "statins"), ("angina", "angina")])
    assert _spans(lazy(nlp.make_doc(pipeline, "Statins were given."))) == [(0, 7, "statin")]
    assert lazy._pending
    lazy.complete()
    assert not lazy._pending
    assert _spans(lazy.matcher(nlp.make_doc(pipeline, "Angina eased."), as_spans=True)) == [(0, 6, "angina")]
